"""Material's palette stylesheet trimmed to the colours in use, schemes and structure intact."""

from __future__ import annotations

import gzip
from pathlib import Path

import material
import pytest

from explainer.errors import SiteError
from explainer.assets.palette_css import blocks, split_selectors, trim_palette, used_colours

INDIGO = {"primary": {"indigo"}, "accent": {"indigo"}}
MATERIAL_PALETTE = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("palette.*.min.css"))


def test_rules_for_other_colours_go_and_the_rest_stay():
    css = ("[data-md-color-scheme=slate]{color-scheme:dark}"
           "[data-md-color-primary=red]{--md-primary-fg-color:red}"
           "[data-md-color-primary=indigo]{--md-primary-fg-color:#4051b5}"
           "[data-md-color-accent=pink]{--md-accent-fg-color:pink}"
           "@media screen and (max-width:76em){[data-md-color-primary=red] .md-tabs{x:1}}"
           "@media screen{[data-md-color-primary=indigo] .md-nav{y:2}}")
    assert trim_palette(css, INDIGO) == ("[data-md-color-scheme=slate]{color-scheme:dark}"
                                         "[data-md-color-primary=indigo]{--md-primary-fg-color:#4051b5}"
                                         "@media screen{[data-md-color-primary=indigo] .md-nav{y:2}}")


def test_a_selector_list_keeps_the_selectors_in_use():
    css = "[data-md-color-primary=red] a,[data-md-color-primary=indigo] a,b:is(.x,.y){c:d}"
    assert trim_palette(css, INDIGO) == "[data-md-color-primary=indigo] a,b:is(.x,.y){c:d}"


def test_split_selectors_ignores_commas_in_parentheses():
    assert split_selectors("a:not(.x,.y), b ,c") == ["a:not(.x,.y)", "b", "c"]


def test_blocks_reject_broken_css():
    with pytest.raises(ValueError, match="unbalanced"):
        list(blocks("a{b:c"))


def test_used_colours_from_one_scheme_or_several():
    assert used_colours({"primary": "teal"}) == {"primary": {"teal"}, "accent": {"indigo"}}
    assert used_colours([{"primary": "indigo", "accent": "pink"}, {"primary": "black", "accent": "pink"}]) == \
        {"primary": {"indigo", "black"}, "accent": {"pink"}}


def test_materials_own_palette_keeps_both_schemes_and_indigo_and_shrinks():
    css = MATERIAL_PALETTE.read_text(encoding="utf-8")
    trimmed = trim_palette(css, INDIGO)
    assert "[data-md-color-scheme=slate]" in trimmed and "[data-md-color-primary=indigo]" in trimmed
    assert "[data-md-color-accent=indigo]" in trimmed
    assert "[data-md-color-primary=red]" not in trimmed and "[data-md-color-accent=pink]" not in trimmed
    assert trimmed.count("{") == trimmed.count("}")
    assert len(gzip.compress(trimmed.encode())) < len(gzip.compress(css.encode())) / 2


def test_a_palette_of_another_shape_is_one_clear_error(tmp_path):
    import shutil

    from explainer.assets.stylesheet import site_stylesheet
    from explainer.material_files import material_files

    installed = MATERIAL_PALETTE.parents[2]  # Material's templates
    names = material_files([str(installed)])
    theme = tmp_path / "theme"
    theme.mkdir()
    shutil.copy(installed / "base.html", theme / "base.html")
    for name, text in ((names.bundle, ""), (names.search_worker, ""), (names.main_css, "body{}"),
                       (names.palette_css, "a{b:c")):
        (theme / name).parent.mkdir(parents=True, exist_ok=True)
        (theme / name).write_text(text, encoding="utf-8")
    with pytest.raises(SiteError, match=r"^assets/stylesheets/palette\.[0-9a-f]+\.min\.css: unexpected shape: .*unbalanced"):
        site_stylesheet([str(theme)], tmp_path, {"primary": "indigo"})
