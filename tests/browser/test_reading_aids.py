"""Citing a figure, glossary tooltips, search in the reader's language, the 404 page."""

from __future__ import annotations

import json
import time

from tests.support.site_build import ROOT


def copied(page, button) -> str:
    """Press a copy button and return what reaches the clipboard. The browser's clipboard outlives a
    test's page, and the citation code loads on first use, so wait for this copy, not a former one."""
    page.evaluate("navigator.clipboard.writeText('(nothing copied yet)')")
    button.click()
    # Polled from here: wait_for_function does not await an async predicate (its promise is truthy at
    # once), so it never waited, and under load the read after it still found the placeholder.
    deadline = time.monotonic() + 10
    while True:
        text = page.evaluate("navigator.clipboard.readText()")
        if text and text != "(nothing copied yet)":
            return text
        assert time.monotonic() < deadline, "nothing reached the clipboard within 10 s"
        page.wait_for_timeout(50)


def test_copy_citation_and_link(new_page, site, server):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url("numbers/", "en") + "#shared-courts", wait_until="networkidle")
    card = page.locator("#shared-courts")
    text = copied(page, card.get_by_role("button", name="Copy citation"))
    assert "3,084 courts" in text
    assert "past five years" in text
    assert "Ma Xiaoqiu" in text
    assert text.endswith(site.url + "en/numbers/#shared-courts")
    assert copied(page, card.get_by_role("button", name="Copy link")) == site.url + "en/numbers/#shared-courts"
    assert watch.problems() == []


def test_copy_citation_in_chinese(new_page, site):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    text = copied(page, page.locator("#market-disputes-resolved").get_by_role("button", name="复制引用"))
    assert "56.87万件" in text and "近四年" in text and "马小秋" in text
    assert text.endswith(site.url + "numbers/#market-disputes-resolved.")  # GB/T 7714, the zh default


def test_glossary_term_shows_its_definition_on_hover_and_focus(new_page, site):
    """The tooltip says, as text, the glossary's definition of the term (data/glossary.json), on hover
    and on keyboard focus alike."""
    from explainer.text.punctuation import fullwidth

    glossary = json.loads((ROOT / "data" / "glossary.json").read_text(encoding="utf-8"))
    definitions = {entry["zh"]["term"]: fullwidth(entry["zh"]["definition"]) for entry in glossary["terms"]}
    page, watch = new_page()
    page.goto(site.page_url("interview/grassroots-governance/", "zh"), wait_until="networkidle")
    name = page.locator("article abbr[title]").first.inner_text().strip()
    # Found again by its text: Material moves title into its own tooltip, so [title] would move on
    term = page.locator("article abbr").filter(has_text=name).first
    expected = definitions[name]
    tooltip = page.locator(".md-tooltip2--active, .md-tooltip--active").first
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.inner_text().strip() == expected
    page.mouse.move(0, 0)
    tooltip.wait_for(state="hidden", timeout=5000)
    term.focus()  # a keyboard reader: the term is focusable (tabindex 0)
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.inner_text().strip() == expected
    assert watch.problems() == []


def search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()  # on a desktop the search box is in the header
    box.fill(query)
    box.press("End")  # Material searches on key events; fill() alone types without one
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    return page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")


def test_chinese_search_finds_words_inside_sentences_and_only_chinese_pages(new_page, site):
    page, watch = new_page()
    page.goto(site.page_url("", "zh"), wait_until="networkidle")
    results = search(page, "共享法庭")
    assert results
    assert all("/en/" not in url for url in results), results
    assert any("numbers/" in url or "digital-governance/" in url for url in results)
    assert watch.problems() == []


def test_english_search_returns_english_pages(new_page, site):
    page, watch = new_page()
    page.goto(site.page_url("", "en"), wait_until="networkidle")
    results = search(page, "arbitration")
    assert results
    assert all("/en/" in url for url in results), results
    assert watch.problems() == []


def test_404_speaks_both_languages(new_page, site):
    page, watch = new_page()
    response = page.goto(site.url + "no/such/page/", wait_until="networkidle")
    assert response.status == 404
    body = page.locator("article").inner_text()
    assert "页面不存在" in body and "Page not found" in body
    links = page.locator("article a").evaluate_all("links => links.map(a => a.href)")
    assert site.url in links and site.url + "en/" in links
    expected = {f"HTTP 404 {site.url}no/such/page/",
                "error: Failed to load resource: the server responded with a status of 404 (Not Found)"}
    assert set(watch.problems()) <= expected, watch.problems()
    assert watch.problems().count(expected.pop()) <= 1


def test_print_keeps_tables_and_shows_link_addresses_without_navigation(new_page, site):
    page, watch = new_page()
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".md-header").is_hidden()
    table = page.locator(".ex-chart__data table").first
    assert table.is_visible()
    link = page.locator(".md-content a[data-print-url]").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert site.url in after


def test_glossary_tooltip_opens_from_the_keyboard(new_page, site):
    page, watch = new_page()
    page.goto(site.page_url("interview/grassroots-governance/", "en"), wait_until="networkidle")
    term = page.locator("article abbr[title]").first
    term.focus()
    assert page.evaluate("document.activeElement.tagName") == "ABBR"
    page.locator(".md-tooltip2--active, .md-tooltip--active").first.wait_for(state="visible", timeout=5000)
