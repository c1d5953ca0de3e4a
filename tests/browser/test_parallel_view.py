"""The parallel view in a real browser: two aligned columns at 1280 px, each Chinese paragraph followed
by its English at 375 px, no sideways scrolling, #q2-p3 lands on its row, the language switch keeps it,
print keeps both columns without navigation, light and dark, and axe finds nothing."""

from __future__ import annotations

import pytest

from tests.browser.test_accessibility import violations
from tests.browser.test_paragraph_links import in_view_below_header
from tests.conftest import LANGS
from tests.support.page_actions import choose_language

from explainer.editions import HREFLANG as HTML_LANG
from explainer.pages.parallel import view_columns  # noqa: E402  (tests/conftest.py puts hooks/ on the path)

PAGES = ["interview/grassroots-governance/", "interview/rule-of-law/", "interview/digital-governance/",
         "interview/resilient-city/"]
VIEW = "interview/rule-of-law/parallel/"
SCHEMES = ("light", "dark")

# Each row with two cells: the cells' boxes and those of their first block (the text's first line).
CELLS = """() => [...document.querySelectorAll('.ex-parallel__row:not(.ex-parallel__row--columns)')].map(row => {
    const cells = [...row.querySelectorAll(':scope > .ex-parallel__cell')];
    return {id: row.id, kind: row.className, cells: cells.map(cell => {
        const box = cell.getBoundingClientRect(), first = cell.firstElementChild.getBoundingClientRect();
        return {lang: cell.lang, left: box.left, right: box.right, top: box.top, bottom: box.bottom,
                firstTop: first.top, display: getComputedStyle(cell).display};
    })};
})"""
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def open_view(new_page, site, lang, width, scheme, path=VIEW, hash=""):
    page, watch = new_page(width=width, scheme=scheme)
    page.goto(site.page_url(path, lang) + hash, wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    return page, watch


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_wide_screen_two_columns_with_tops_aligned(new_page, site, lang, scheme):
    for path in PAGES:
        page, watch = open_view(new_page, site, lang, 1280, scheme, path + "parallel/")
        rows = page.evaluate(CELLS)
        assert len(rows) >= 4
        for row in rows:
            zh, en = row["cells"]
            assert (zh["lang"], en["lang"]) == tuple(HTML_LANG[column] for column in view_columns(lang))  # zh-Hant | en in 繁體
            assert zh["right"] <= en["left"], (path, row["id"])  # side by side, Chinese on the left
            assert abs(zh["top"] - en["top"]) <= 3 and abs(zh["firstTop"] - en["firstTop"]) <= 3, (path, row)
            assert en["right"] - zh["left"] > 900, (path, row["id"])  # the columns use the width
        assert page.evaluate(OVERFLOW) <= 0, path
        assert watch.problems() == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_phone_each_chinese_paragraph_then_its_english(new_page, site, lang, scheme):
    for path in PAGES:
        page, watch = open_view(new_page, site, lang, 375, scheme, path + "parallel/")
        rows = page.evaluate(CELLS)
        previous_bottom = float("-inf")
        for row in rows:
            zh, en = row["cells"]
            assert previous_bottom <= zh["top"], (path, row["id"])  # rows in order, none overlapping
            assert zh["bottom"] <= en["top"] <= zh["bottom"] + 40, (path, row["id"])  # English right below
            assert zh["right"] <= 375 and en["right"] <= 375, (path, row["id"])
            previous_bottom = en["bottom"]
        assert page.evaluate(OVERFLOW) <= 0, path
        assert watch.problems() == []


@pytest.mark.parametrize("width", (375, 1280))
def test_a_paragraph_link_lands_on_its_row(new_page, site, width):
    page, watch = new_page(width=width, height=700)
    page.goto(site.page_url(VIEW, "en") + "#q2-p3", wait_until="networkidle")
    assert page.evaluate("document.querySelector(':target').id") == "q2-p3"
    assert in_view_below_header(page, "#q2-p3")
    assert "涉外法治建设" in page.locator("#q2-p3 [lang=zh-Hans]").inner_text()
    assert "foreign-related rule of law" in page.locator("#q2-p3 [lang=en]").inner_text()
    assert page.evaluate("getComputedStyle(document.querySelector('#q2-p3 .headerlink')).opacity") == "1"
    assert watch.problems() == []


def test_the_language_switch_keeps_the_row(new_page, site):
    page, watch = new_page(width=1280)
    page.goto(site.page_url(VIEW, "zh") + "#q2-p4", wait_until="networkidle")
    choose_language(page, "en")
    page.wait_for_url("**/explainer/en/interview/rule-of-law/parallel/#q2-p4")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert in_view_below_header(page, "#q2-p4")
    assert watch.problems() == []


def test_the_link_from_the_page_and_back(new_page, site):
    page, watch = new_page(width=375)
    page.goto(site.page_url("interview/rule-of-law/", "zh"), wait_until="networkidle")
    link = page.get_by_role("link", name="中英对照")
    assert link.is_visible() and link.bounding_box()["y"] < 400  # near the top, on a phone too
    link.click()
    page.wait_for_url("**/explainer/interview/rule-of-law/parallel/")
    page.get_by_role("link", name="返回中文单语页面").click()
    page.wait_for_url("**/explainer/interview/rule-of-law/")
    assert watch.problems() == []


def test_print_keeps_two_columns_and_drops_the_navigation(new_page, site):
    page, watch = open_view(new_page, site, "zh", 800, "light")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-footer', '.ex-parallel-nav'].map(
        s => getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none", "none", "none"]
    for row in page.evaluate(CELLS):
        zh, en = row["cells"]
        assert zh["right"] <= en["left"] and abs(zh["top"] - en["top"]) <= 3, row["id"]
    assert page.evaluate(OVERFLOW) <= 0
    assert watch.problems() == []


CASES = [(path, lang, scheme) for path in ("interview/rule-of-law/", "interview/resilient-city/")
         for lang in LANGS for scheme in SCHEMES]


@pytest.mark.parametrize("path,lang,scheme", CASES, ids=[f"{l}:/{p}parallel/:{s}" for p, l, s in CASES])
def test_axe_finds_nothing_on_the_view(new_page, site, path, lang, scheme):
    page, watch = open_view(new_page, site, lang, 1280, scheme, path + "parallel/")
    assert violations(page) == []
