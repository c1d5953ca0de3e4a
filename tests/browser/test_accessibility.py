"""axe-core finds nothing on any page, in both languages, in light and dark mode."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest

from tests.conftest import CHARTS_INDEX, LANGS, chart_page_paths, page_paths

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
# The list of charts, each chart's own page and its embed too (hooks/chart_pages.py).
PATHS = page_paths() + [CHARTS_INDEX] + [p for path in chart_page_paths() for p in (path, path + "embed/")]
CASES = [(path, lang, scheme) for path in PATHS for lang in LANGS for scheme in ("light", "dark")]


# Rules Lighthouse's own axe turns on that axe's defaults may leave out: small targets (WCAG 2.5.8)
# and links told apart from their sentence by colour alone.
LIGHTHOUSE_RULES = "{'target-size': {enabled: true}, 'link-in-text-block': {enabled: true}}"


def violations(page) -> list[str]:
    # Run by the test's own channel: the page's Content-Security-Policy rightly refuses an added <script>.
    page.evaluate(AXE)
    result = page.evaluate(f"axe.run(document, {{resultTypes: ['violations'], rules: {LIGHTHOUSE_RULES}}})")
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


@pytest.mark.parametrize("path,lang,scheme", CASES, ids=[f"{l}:/{p}:{s}" for p, l, s in CASES])
def test_axe_finds_nothing(new_page, site, path, lang, scheme):
    page, watch = new_page(width=1280, scheme=scheme)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    assert violations(page) == []


PHONE_CASES = [(path, lang) for path in PATHS for lang in LANGS]


@pytest.mark.parametrize("path,lang", PHONE_CASES, ids=[f"{l}:/{p}" for p, l in PHONE_CASES])
def test_axe_finds_nothing_on_a_touch_phone(new_page, site, path, lang):
    """At 375 px with touch, where controls take their touch sizes and wrap differently."""
    page, watch = new_page(width=375, height=812, has_touch=True, is_mobile=True)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    assert violations(page) == []
