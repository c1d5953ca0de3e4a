"""Nothing a page loads holds up its first paint but the HTML and one stylesheet: every script file is
deferred (Material's bundle included), Plotly is never in the page's markup, and the inlined palette
carries only the colours in use."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGS, page_paths

SCRIPT_TAG = re.compile(r"<script\b[^>]*\bsrc=[^>]*>", re.I)
STYLESHEET = re.compile(r"<link\b[^>]*\brel=\"stylesheet\"[^>]*>", re.I)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", page_paths())
def test_script_files_are_deferred(site, path, lang):
    tags = SCRIPT_TAG.findall(site.html(path, lang))
    assert tags, "expected Material's bundle and site.js"
    blocking = [tag for tag in tags if not re.search(r"\b(defer|async)\b", tag)]
    assert not blocking, f"parser-blocking scripts on {lang}:/{path}: {blocking}"
    assert not any("plotly" in tag for tag in tags), "Plotly must load on demand, not with the page"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", page_paths())
def test_one_render_blocking_stylesheet(site, path, lang):
    sheets = STYLESHEET.findall(site.html(path, lang))
    assert len(sheets) == 1 and "main." in sheets[0], f"{lang}:/{path}: {sheets}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_inlined_palette_holds_only_the_colours_in_use(site, lang):
    for path in page_paths():
        html = site.html(path, lang)
        palette = re.search(r"<style data-explainer-palette>(.*?)</style>", html, re.S)
        assert palette, f"{lang}:/{path} has no inlined palette"
        css = palette.group(1)
        assert "[data-md-color-scheme=slate]" in css and "[data-md-color-primary=indigo]" in css
        assert "[data-md-color-primary=red]" not in css and "[data-md-color-accent=pink]" not in css
    assert "[data-md-color-primary=red]" not in (site.dir / "404.html").read_text(encoding="utf-8")
