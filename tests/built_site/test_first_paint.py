"""Nothing a page loads holds up its first paint but the HTML and one stylesheet: every script file is
deferred, Material's bundle is requested after first paint (tests/browser/test_first_paint_order.py
watches it happen), Plotly is never in the page's markup, no styles are inlined,
and the one stylesheet (Material's, its palette, the site's) carries only the palette colours in use."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGS, page_paths

SCRIPT_TAG = re.compile(r"<script\b[^>]*\bsrc=[^>]*>", re.I)
STYLESHEET = re.compile(r"<link\b[^>]*\brel=\"stylesheet\"[^>]*>", re.I)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", page_paths())
def test_script_files_are_deferred_and_materials_bundle_waits_for_first_paint(site, path, lang):
    html = site.html(path, lang)
    tags = SCRIPT_TAG.findall(html)
    assert any("site.js" in tag for tag in tags), "expected site.js"
    blocking = [tag for tag in tags if not re.search(r"\b(defer|async)\b", tag)]
    assert not blocking, f"parser-blocking scripts on {lang}:/{path}: {blocking}"
    assert not any("bundle." in tag for tag in tags), "Material's bundle is requested after first paint"
    assert re.search(r'script\.src="[^"]*assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js"', html), \
        f"{lang}:/{path}: no loader for Material's bundle"
    assert not any("plotly" in tag for tag in tags), "Plotly must load on demand, not with the page"


SITE_STYLESHEET = re.compile(r'<link rel="stylesheet" href="[^"]*assets/stylesheets/(site\.[0-9a-f]{8}\.css)">')


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", page_paths())
def test_one_render_blocking_stylesheet_and_no_inlined_styles(site, path, lang):
    html = site.html(path, lang)
    sheets = STYLESHEET.findall(html)
    assert len(sheets) == 1 and SITE_STYLESHEET.fullmatch(sheets[0]), f"{lang}:/{path}: {sheets}"
    assert "<style" not in html, f"{lang}:/{path} inlines styles: they belong in the one stylesheet"


def test_every_page_and_the_404_page_share_one_stylesheet_with_only_the_colours_in_use(site):
    names = {SITE_STYLESHEET.search(site.html(path, lang)).group(1) for lang in LANGS for path in page_paths()}
    names.add(SITE_STYLESHEET.search((site.dir / "404.html").read_text(encoding="utf-8")).group(1))
    assert len(names) == 1
    css = (site.dir / "assets/stylesheets" / names.pop()).read_text(encoding="utf-8")
    assert ".md-typeset" in css and ".ex-figure" in css and ".ex-parallel__row" in css  # Material's and the site's
    assert "[data-md-color-scheme=slate]" in css and "[data-md-color-primary=indigo]" in css
    assert "[data-md-color-primary=red]" not in css and "[data-md-color-accent=pink]" not in css
    assert "sourceMappingURL" not in css and "/* Site styles" not in css and "/* Parallel text" not in css  # compact
