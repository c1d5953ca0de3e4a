"""The registry of the site's own inline scripts: a mark only for a listed name, valid only in this build."""

from __future__ import annotations

import pytest

from explainer.assets.site_scripts import ATTRIBUTE, SITE_SCRIPTS, is_site_script, site_script_mark, unmarked


def test_a_listed_name_gets_a_mark_that_this_build_recognises():
    mark = site_script_mark("load-bundle")
    name, value = mark.split("=", 1)
    assert name == ATTRIBUTE
    assert is_site_script(value.strip('"'))


def test_an_unlisted_name_says_where_to_register_it():
    with pytest.raises(KeyError, match="hooks/explainer/assets/site_scripts.py"):
        site_script_mark("chart-init")


@pytest.mark.parametrize("value", [None, "", "load-bundle", "load-bundle 00", "no-such " + "0" * 32])
def test_forged_or_partial_marks_are_not_the_sites(value):
    assert not is_site_script(value)


def test_every_entry_says_where_it_is_written_and_what_for():
    for name, purpose in SITE_SCRIPTS.items():
        assert name == name.lower() and " " not in name
        assert ".html" in purpose or ".py" in purpose, name
        assert ": " in purpose, name


def test_marks_are_removed_and_nothing_else():
    html = f'<script {site_script_mark("no-js")}>x</script><p {ATTRIBUTE}="no-js other">y</p>'
    assert unmarked(html) == f'<script>x</script><p {ATTRIBUTE}="no-js other">y</p>'
