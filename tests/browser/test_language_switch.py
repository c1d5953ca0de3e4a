"""The language selector leads to the same page and the same #section in the other language."""

from __future__ import annotations


def open_selector_and_choose(page, hreflang: str) -> None:
    page.locator(".md-select .md-header__button").hover()
    page.locator(f".md-select a[hreflang={hreflang}]").click()


def test_switch_keeps_page_and_section_both_ways(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("interview/rule-of-law/", "en") + "#market-based-dispute-resolution", wait_until="networkidle")
    open_selector_and_choose(page, "zh")
    page.wait_for_url("**/explainer/interview/rule-of-law/#market-based-dispute-resolution")
    assert page.evaluate("document.documentElement.lang") == "zh"
    assert page.locator("#market-based-dispute-resolution").is_visible()
    open_selector_and_choose(page, "en")
    page.wait_for_url("**/explainer/en/interview/rule-of-law/#market-based-dispute-resolution")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert watch.problems() == []


def test_switch_keeps_a_figure_anchor(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("numbers/", "zh") + "#shared-courts", wait_until="networkidle")
    open_selector_and_choose(page, "en")
    page.wait_for_url("**/explainer/en/numbers/#shared-courts")
    assert watch.problems() == []


def test_switch_works_from_the_keyboard(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("glossary/", "en") + "#shared-courts", wait_until="networkidle")
    link = page.locator(".md-select a[hreflang=zh]")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/explainer/glossary/#shared-courts")
    assert watch.problems() == []


def test_every_page_links_to_its_twin(site):
    from tests.conftest import page_paths
    for path in page_paths():
        html = site.html(path, "en")
        assert f'hreflang="zh-Hans" href="{site.url}{path}"' in html
        assert f'hreflang="en" href="{site.url}en/{path}"' in html
