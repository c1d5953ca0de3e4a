"""What the pages ask for that only crawlers want: nothing. Material's script fetches a sitemap.xml beside
the language root of every page that has link[rel=alternate] (exactly): under /en/ and /zh-hant/ there is
none (the one sitemap is at the site's root), so main.html writes rel=" alternate" and no page asks for one
(a 404 each, seen before). The 404 page is titled by its own words, and a reloaded page starts with the
drawer and search closed. (That one holds in Chromium either way: it is Firefox that restores a checkbox's
state on reload, which Material's autocomplete="off", dropped as invalid, prevented and site.js now does;
no Firefox runs here.)"""

from __future__ import annotations

import pytest

PAGES = [("", "zh"), ("numbers/", "en"), ("interview/rule-of-law/parallel/", "zh-hant"), ("glossary/", "en")]


@pytest.mark.parametrize("path,lang", PAGES, ids=[f"{lang}:/{path}" for path, lang in PAGES])
def test_no_page_asks_for_a_sitemap(new_page, site, path, lang):
    page, watch = new_page()
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    page.wait_for_timeout(300)
    assert not [url for url in watch.requested if "sitemap" in url]
    assert watch.problems() == []


def test_the_404_page_has_its_own_title(new_page, site):
    page, watch = new_page()
    response = page.goto(site.url + "en/no-such-page/", wait_until="networkidle")
    assert response.status == 404
    assert page.title() == "404 · 页面不存在 / 頁面不存在 / Page not found"


def test_the_drawer_and_search_toggles_start_closed_after_a_reload(new_page, site):
    page, watch = new_page(width=375, height=740)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.locator("label.md-header__button[for=__drawer]").click()  # the reader opens the menu
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.reload(wait_until="networkidle")
    assert page.evaluate("[document.getElementById('__drawer').checked, document.getElementById('__search').checked]") \
        == [False, False]
    assert watch.problems() == []
