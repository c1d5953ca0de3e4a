"""Material's two invalid attributes are removed from a page, in exactly the shapes its templates write
them, and nothing else is touched."""

from __future__ import annotations

import pytest

from explainer.assets.material_html import valid_material_html
from explainer.upstream import UpstreamChanged, check_material_invalid_html


def test_the_toggles_lose_autocomplete_and_the_section_label_its_empty_tabindex():
    page = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'
            '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">')
    assert valid_material_html(page) == (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">'
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">')


@pytest.mark.parametrize("html", [
    # autocomplete is valid on a text box: the search box keeps it
    '<input type="text" class="md-search__input" name="query" autocomplete="off" spellcheck="false">',
    '<label class="md-nav__link" for="__nav_1" id="__nav_1_label" tabindex="0">',
    '<a tabindex="-1" href="#">x</a>',
    '<p>Write tabindex="" and autocomplete="off" in text.</p>',
])
def test_anything_else_is_left_as_it_is(html):
    assert valid_material_html(html) == html


def test_the_check_fails_once_material_writes_valid_toggles(tmp_path):
    from explainer.upstream import material_templates

    copy = tmp_path / "templates"
    (copy / "partials").mkdir(parents=True)
    base = (material_templates() / "base.html").read_text(encoding="utf-8")
    (copy / "base.html").write_text(base.replace(' autocomplete="off"', ""), encoding="utf-8")
    (copy / "partials" / "nav-item.html").write_text(
        (material_templates() / "partials" / "nav-item.html").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(UpstreamChanged, match="#__drawer and #__search"):
        check_material_invalid_html(upstream=copy)
