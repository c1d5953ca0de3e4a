"""Every page in both languages loads cleanly: no console error, no failed or off-site request."""

from __future__ import annotations

import pytest

from tests.conftest import LANGS, page_paths

from explainer.editions import hreflang  # noqa: E402  (tests/conftest.py puts hooks/ on the path)

PAGES = [(path, lang) for path in page_paths() for lang in LANGS]


@pytest.mark.parametrize("path,lang", PAGES, ids=[f"{lang}:/{path}" for path, lang in PAGES])
def test_page_loads_cleanly(new_page, site, path, lang):
    page, watch = new_page()
    response = page.goto(site.page_url(path, lang), wait_until="networkidle")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.evaluate("document.documentElement.lang") == hreflang(lang)  # zh-Hans, zh-Hant, en
    assert watch.problems() == []
    assert not [url for url in watch.requested if "search_index.json" in url], "search index fetched before search was opened"
    # the search worker's query analysis comes with the index, not with every page (page weight)
    assert not [url for url in watch.requested if "search-analysis.js" in url], "query analysis fetched before search"


@pytest.mark.parametrize("path,lang", PAGES, ids=[f"{lang}:/{path}" for path, lang in PAGES])
def test_no_horizontal_scroll_on_a_phone(new_page, site, path, lang):
    page, watch = new_page(width=375, height=740)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a 375px phone"
