"""Typography per script, measured in Chromium on Linux: English text is drawn with a Latin font, on
English pages, in the English cells of parallel views and in English elements of Chinese pages: its
quotation marks and apostrophes are Latin glyphs (“ is 0.33 em in Liberation Sans or Arial, 0.52 em in
DejaVu Sans), not the full-width marks of a CJK font (1 em, before the Latin stack). Chinese text keeps
its CJK fonts and full-width punctuation (，and “ one em wide); and the stacks the page resolves are the
ones the charts name (explainer/text/font_stacks.py)."""

from __future__ import annotations

import pytest

from explainer.text.font_stacks import font_stack  # noqa: E402  (tests/conftest.py puts hooks/ on the path)

# The width of the first `mark` in the text of the first element matching `selector`, in ems of its font.
MARK_WIDTH = """([selector, mark]) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(mark);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement).fontSize);
    }
    return null;
}"""
FAMILY = "selector => getComputedStyle(document.querySelector(selector)).fontFamily"

# (page, language prefix, selector, mark): English marks of English text. The rule-of-law page's q2-p3
# reads “We hold to the “going global” strategy … Ministry of Justice's …”.
ENGLISH = [
    ("interview/rule-of-law/", "en", "#q2-p3", "“"),
    ("interview/rule-of-law/", "en", "#q2-p3", "”"),
    ("interview/rule-of-law/", "en", "#q2-p3", "'"),
    ("interview/rule-of-law/parallel/", "en", '#q2-p3 [lang="en"]', "“"),
    ("interview/rule-of-law/parallel/", "zh", '#q2-p3 [lang="en"]', "“"),
    ("interview/rule-of-law/parallel/", "zh-hant", '#q2-p3 [lang="en"]', "“"),
]
# Chinese marks of Chinese text: full-width, in both Chinese editions and in a Chinese cell of an English view.
CHINESE = [
    ("interview/rule-of-law/", "zh", "#q2-p1", "，"),
    ("interview/rule-of-law/", "zh", "#q2-p1", "“"),
    ("interview/rule-of-law/", "zh-hant", "#q2-p1", "，"),
    ("interview/rule-of-law/parallel/", "en", '#q2-p1 [lang="zh-Hans"]', "，"),
]


def cell(site, new_page, path, lang):
    page, watch = new_page(width=1280)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    return page, watch


@pytest.mark.parametrize("path, lang, selector, mark", ENGLISH)
def test_english_punctuation_is_a_narrow_latin_glyph(site, server, new_page, path, lang, selector, mark):
    page, watch = cell(site, new_page, path, lang)
    width = page.evaluate(MARK_WIDTH, [selector, mark])
    assert width is not None, (path, lang, selector, mark)
    assert 0.1 < width < 0.6, f"{lang}/{path} {selector}: {mark} is {width:.2f} em wide (a CJK font's full-width glyph?)"
    assert watch.problems() == []


@pytest.mark.parametrize("path, lang, selector, mark", CHINESE)
def test_chinese_punctuation_stays_full_width(site, server, new_page, path, lang, selector, mark):
    page, watch = cell(site, new_page, path, lang)
    width = page.evaluate(MARK_WIDTH, [selector, mark])
    assert width is not None, (path, lang, selector, mark)
    assert width > 0.85, f"{lang}/{path} {selector}: {mark} is {width:.2f} em wide"
    assert watch.problems() == []


def test_english_text_is_drawn_with_a_latin_font_and_chinese_with_a_cjk_font(site, server, new_page):
    """What Chromium actually drew the paragraphs with (DevTools: CSS.getPlatformFontsForNode)."""
    fonts = {}
    for lang, selector in (("en", "#q2-p3"), ("zh", "#q2-p1")):
        page, _ = cell(site, new_page, "interview/rule-of-law/", lang)
        session = page.context.new_cdp_session(page)
        session.send("DOM.enable")
        session.send("CSS.enable")
        root = session.send("DOM.getDocument")["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        used = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        fonts[lang] = max(used, key=lambda font: font["glyphCount"])["familyName"]
    assert "CJK" not in fonts["en"], fonts  # e.g. DejaVu Sans or Liberation Sans on Linux
    assert "CJK" in fonts["zh"] and "SC" in fonts["zh"], fonts


def test_the_page_resolves_the_stacks_the_charts_name(site, server, new_page):
    """body in each edition, and an English cell inside a Simplified page: the computed font-family is
    explainer.text.font_stacks.font_stack of that language (the Plotly figures and slide SVGs use it)."""
    for lang in ("zh", "zh-hant", "en"):
        page, _ = cell(site, new_page, "interview/rule-of-law/parallel/", lang)
        assert page.evaluate(FAMILY, "body") == font_stack(lang), lang
        assert page.evaluate(FAMILY, ".md-content h1") == font_stack(lang), lang
        code = page.evaluate("getComputedStyle(document.body).getPropertyValue('--md-code-font-family')")
        assert '"Noto Sans Mono CJK SC"' in code, code  # the site's code stack, not Material's Latin-only one
        if lang == "zh":
            assert page.evaluate(FAMILY, '#q2-p3 [lang="en"]') == font_stack("en")
            assert page.evaluate(FAMILY, '#q2-p3 [lang="zh-Hans"]') == font_stack("zh")
