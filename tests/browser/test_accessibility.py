"""axe-core finds nothing on any page, in both languages, in light and dark mode."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest

from tests.conftest import LANGS, page_paths

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
CASES = [(path, lang, scheme) for path in page_paths() for lang in LANGS for scheme in ("light", "dark")]


def violations(page) -> list[str]:
    page.add_script_tag(content=AXE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


@pytest.mark.parametrize("path,lang,scheme", CASES, ids=[f"{l}:/{p}:{s}" for p, l, s in CASES])
def test_axe_finds_nothing(new_page, site, path, lang, scheme):
    page, watch = new_page(width=1280, scheme=scheme)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    assert violations(page) == []
