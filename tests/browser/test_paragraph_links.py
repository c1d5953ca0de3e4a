"""Paragraph permalinks in a real browser: the ¶ shows on hover and on keyboard focus, a #q2-p3 link
lands on its paragraph below the header, and the language switch keeps the paragraph."""

from __future__ import annotations

from tests.support.page_actions import choose_language

PAGE = "interview/rule-of-law/"
OPACITY = "(selector) => getComputedStyle(document.querySelector(selector)).opacity"


def permalink_opacity_is(page, selector: str, value: str) -> None:
    page.wait_for_function(f"() => getComputedStyle(document.querySelector('{selector}')).opacity === '{value}'",
                           timeout=3000)


def in_view_below_header(page, selector: str) -> bool:
    return page.evaluate("""(selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        const header = document.querySelector('.md-header').getBoundingClientRect();
        return box.top >= header.bottom - 1 && box.top < window.innerHeight;
    }""", selector)


def test_hover_shows_the_permalink(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
    link = "#q2-p3 > a.headerlink"
    assert page.evaluate(OPACITY, link) == "0"
    page.locator("#q2-p3").hover()
    permalink_opacity_is(page, link, "1")
    page.mouse.move(0, 0)
    permalink_opacity_is(page, link, "0")
    assert watch.problems() == []


def test_keyboard_focus_shows_a_named_permalink_of_at_least_24_px(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url(PAGE, "zh"), wait_until="networkidle")
    # Tab from the last link of the paragraph before: the next stop is q2-p2's ¶.
    page.locator("#q2-p2 a:not(.headerlink)").last.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#q2-p2"
    permalink_opacity_is(page, "#q2-p2 > a.headerlink", "1")
    link = page.get_by_role("link", name="此处的永久链接").and_(page.locator("#q2-p2 > a"))
    box = link.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    page.keyboard.press("Enter")
    page.wait_for_url("**/interview/rule-of-law/#q2-p2")
    assert watch.problems() == []


def test_following_a_paragraph_link_lands_on_it(new_page, site):
    page, watch = new_page(width=375, height=700)
    page.goto(site.page_url(PAGE, "en") + "#q2-p3", wait_until="networkidle")
    assert in_view_below_header(page, "#q2-p3")
    assert page.evaluate("document.querySelector(':target').id") == "q2-p3"
    assert page.evaluate(OPACITY, "#q2-p3 > a.headerlink") == "1"  # shown on the target, as for headings
    assert watch.problems() == []


def test_the_language_switch_keeps_the_paragraph(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url(PAGE, "en") + "#q2-p3", wait_until="networkidle")
    choose_language(page, "zh")
    page.wait_for_url("**/explainer/interview/rule-of-law/#q2-p3")
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    assert in_view_below_header(page, "#q2-p3")
    assert "涉外法治建设" in page.locator("#q2-p3").inner_text()
    # A ¶ clicked on the page is what the switch carries next.
    page.locator("#q2-p5").hover()
    page.locator("#q2-p5 > a.headerlink").click()
    page.wait_for_url("**/interview/rule-of-law/#q2-p5")
    choose_language(page, "en")
    page.wait_for_url("**/explainer/en/interview/rule-of-law/#q2-p5")
    assert in_view_below_header(page, "#q2-p5")
    assert watch.problems() == []


def test_axe_finds_nothing_with_a_paragraph_targeted_and_another_hovered(new_page, site):
    # Hover on the paragraph, not focus on the link: a focused titled link opens Material's tooltip,
    # which sits outside the landmarks (axe: region) for headings' permalinks just the same.
    from tests.browser.test_accessibility import violations
    for lang, scheme in (("zh", "dark"), ("en", "light")):
        page, watch = new_page(width=1280, scheme=scheme)
        page.goto(site.page_url(PAGE, lang) + "#q2-p3", wait_until="networkidle")
        # At the paragraph's far right edge, past the end of its last line: never on a glossary term, whose
        # tooltip would sit outside the landmarks as the link's does (where the text wraps depends on fonts).
        box = page.locator("#q2-p4").bounding_box()
        page.locator("#q2-p4").hover(position={"x": box["width"] - 2, "y": box["height"] - 2})
        permalink_opacity_is(page, "#q2-p4 > a.headerlink", "1")
        assert violations(page) == [], (lang, scheme)
        assert watch.problems() == []
