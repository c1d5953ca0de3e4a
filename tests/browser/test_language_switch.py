"""The language selector leads to the same page and the same #section in the other editions: 简体, 繁體
(generated from 简体 at build time) and English."""

from __future__ import annotations

from tests.support.page_actions import choose_language


def test_switch_keeps_page_and_section_both_ways(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("interview/rule-of-law/", "en") + "#market-based-dispute-resolution", wait_until="networkidle")
    choose_language(page, "zh")
    page.wait_for_url("**/explainer/interview/rule-of-law/#market-based-dispute-resolution")
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    assert page.locator("#market-based-dispute-resolution").is_visible()
    choose_language(page, "en")
    page.wait_for_url("**/explainer/en/interview/rule-of-law/#market-based-dispute-resolution")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert watch.problems() == []


def test_switch_keeps_a_figure_anchor(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("numbers/", "zh") + "#shared-courts", wait_until="networkidle")
    choose_language(page, "en")
    page.wait_for_url("**/explainer/en/numbers/#shared-courts")
    assert watch.problems() == []


def test_switch_works_from_the_keyboard(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("glossary/", "en") + "#shared-courts", wait_until="networkidle")
    link = page.locator(".md-select a[hreflang=zh-Hans]")
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
        assert f'hreflang="zh-Hant" href="{site.url}zh-hant/{path}"' in html


def test_three_editions_offered_in_order_and_switched_with_the_section(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url("numbers/", "zh-hant") + "#shared-courts", wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"
    names = page.locator(".md-select a[hreflang]").evaluate_all(
        "links => links.map(a => [a.getAttribute('hreflang'), a.textContent.trim()])")
    assert names == [["zh-Hans", "简体中文"], ["zh-Hant", "繁體中文"], ["en", "English"]]  # BCP 47, as lang="…"
    langs = page.locator(".md-select a[hreflang]").evaluate_all("links => links.map(a => a.lang)")
    assert langs == ["zh-Hans", "zh-Hant", "en"]
    assert "數說五年" in page.locator("h1").inner_text()
    choose_language(page, "en")
    page.wait_for_url("**/explainer/en/numbers/#shared-courts")
    choose_language(page, "zh-hant")
    page.wait_for_url("**/explainer/zh-hant/numbers/#shared-courts")
    choose_language(page, "zh")
    page.wait_for_url("**/explainer/numbers/#shared-courts")
    choose_language(page, "zh-hant")
    page.wait_for_url("**/explainer/zh-hant/numbers/#shared-courts")
    assert page.locator("#shared-courts").is_visible()
    assert watch.problems() == []


def test_hreflang_names_three_editions_in_the_browser(new_page, site):
    page, watch = new_page(width=1280)
    for lang in ("zh", "zh-hant", "en"):
        page.goto(site.page_url("interview/rule-of-law/", lang), wait_until="networkidle")
        links = page.locator("link[hreflang]").evaluate_all(
            "links => links.map(l => [l.hreflang, l.href])")
        assert links == [["zh-Hans", f"{site.url}interview/rule-of-law/"],
                         ["zh-Hant", f"{site.url}zh-hant/interview/rule-of-law/"],
                         ["en", f"{site.url}en/interview/rule-of-law/"],
                         ["x-default", f"{site.url}interview/rule-of-law/"]]
        assert page.locator('meta[property="og:locale"]').get_attribute("content") == \
            {"zh": "zh_CN", "zh-hant": "zh_TW", "en": "en_US"}[lang]
    assert watch.problems() == []
