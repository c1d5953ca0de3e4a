"""The paragraph menu (the ⋯ after a paragraph's ¶) in Chromium: opened by mouse, keyboard and tap;
"Copy link" gives the absolute address at #id; "Copy text with citation" gives the paragraph's text as
the page shows it (figures rendered, no ¶ or ⋯, no tooltip), quoted, then the page's citation at #id
with today's date, in each style; the style is the figure cards' one remembered choice; Escape and a
click elsewhere close it; the fallbacks without the clipboard API; axe with the menu open; the parallel
view's rows."""

from __future__ import annotations

import datetime
import sys
from html.parser import HTMLParser

import pytest

from tests.support.page_actions import WITHOUT_ANY_COPY, WITHOUT_CLIPBOARD_API
from tests.support.site_build import ROOT

sys.path.insert(0, str(ROOT / "hooks"))
from explainer.citations.references import ACCESSED, STYLE_NAMES, format_access_date  # noqa: E402
from explainer.citations.interview import speaker_lead  # noqa: E402

PAGE = "interview/rule-of-law/"
CLIPBOARD = {"permissions": ["clipboard-read", "clipboard-write"]}
WORDS = {"zh": {"link": "复制链接", "quote": "复制本段及引用", "style": "引用格式", "menu": "复制本段链接或引用",
                "link_copied": "链接已复制", "copied": "引用已复制"},
         "zh-hant": {"link": "複製連結", "quote": "複製本段及引用", "style": "引用格式", "menu": "複製本段連結或引用",
                     "link_copied": "連結已複製", "copied": "引用已複製"},
         "en": {"link": "Copy link", "quote": "Copy text with citation", "style": "Citation style",
                "menu": "Copy this paragraph's link or citation", "link_copied": "Link copied", "copied": "Citation copied"}}
HTML_LANG = {"zh": "zh-Hans", "en": "en"}
FIGURE = {"zh": "56.87万", "en": "568,700"}  # in q2-p5, from data/metrics.json (market-disputes-resolved)


class ParagraphText(HTMLParser):
    """The text of the element with ``id`` in built HTML, without the ¶ link and the ⋯ button."""

    def __init__(self, anchor: str):
        super().__init__(convert_charrefs=True)
        self.anchor, self.depth, self.skip, self.text = anchor, 0, 0, ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
            if "headerlink" in (attrs.get("class") or "") or attrs.get("class") == "ex-pmenu":
                self.skip = self.depth
        elif attrs.get("id") == self.anchor and tag == "p":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            if self.skip == self.depth:
                self.skip = 0
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text += data


def built_text(html: str, anchor: str) -> str:
    parser = ParagraphText(anchor)
    parser.feed(html)
    return " ".join(parser.text.split())


def today(page) -> datetime.date:
    return datetime.date.fromisoformat(page.evaluate(
        "(() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'),"
        " String(d.getDate()).padStart(2, '0')].join('-'); })()"))


def expected_citation(page, text: str, url: str, style: str, kind: str = "page", label: str | None = None,
                      lang: str = "zh") -> str:
    """The paragraph quoted (explainer/citations/references.py quoted; an answer's speaker label before the marks:
    citations/interview.speaker_lead), then the template of its ``kind`` (the page, or the interview for a
    paragraph of an answer or a question) filled at ``url``."""
    data = page.evaluate("JSON.parse(document.querySelector('.ex-cite-data').textContent)")
    reference = data["styles"][style][kind].replace("{url}", url).replace(ACCESSED, format_access_date(today(page), style))
    return speaker_lead(label, text, lang) + "\n" + reference


def open_menu(page, anchor: str):
    """Hover the paragraph and click its ⋯; the menu, once open."""
    page.locator(f"#{anchor}").hover()
    page.locator(f"#{anchor} .ex-pmenu").click()
    menu = page.locator(".ex-pmenu-panel")
    menu.wait_for(state="visible")
    return menu


def announced(page, text: str) -> None:
    page.wait_for_function("text => (document.querySelector('.ex-cite-live')?.textContent || '').includes(text)", arg=text)


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def is_open(page, anchor: str) -> bool:
    return page.evaluate("""anchor => {
        const button = document.querySelector('#' + anchor + ' .ex-pmenu');
        const menu = document.querySelector('.ex-pmenu-panel');
        return button.getAttribute('aria-expanded') === 'true' && !!menu && !menu.hidden
            && button.getAttribute('aria-controls') === menu.id;
    }""", anchor)


# --- mouse ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_copy_link_by_mouse_gives_the_absolute_address_at_the_paragraph(new_page, site, lang):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url(PAGE, lang) + "?h=法治", wait_until="networkidle")  # a search's ?h= is left out
    menu = open_menu(page, "q2-p3")
    assert is_open(page, "q2-p3")
    # In the flow right below its paragraph, named, with focus on its first item.
    assert page.evaluate("document.querySelector('#q2-p3').nextElementSibling.classList.contains('ex-pmenu-panel')")
    assert menu.get_attribute("role") == "group" and menu.get_attribute("aria-label") == WORDS[lang]["menu"]
    assert page.evaluate("document.activeElement.textContent") == WORDS[lang]["link"]
    menu.get_by_role("button", name=WORDS[lang]["link"]).click()
    announced(page, WORDS[lang]["link_copied"])
    assert clipboard(page) == site.page_url(PAGE, lang) + "#q2-p3"
    # Done: the menu closes and focus is back on the ⋯ that opened it.
    assert not is_open(page, "q2-p3") and menu.is_hidden()
    assert page.evaluate("document.activeElement === document.querySelector('#q2-p3 .ex-pmenu')")
    assert watch.problems() == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_copy_text_with_citation_in_each_style(new_page, site, lang):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url(PAGE, lang), wait_until="networkidle")
    # A tooltip shown inside the paragraph (glossary term) must not be copied.
    page.locator("#q2-p5").hover()
    text = built_text(site.html(PAGE, lang), "q2-p5")
    assert FIGURE[lang] in text and "¶" not in text and "⋯" not in text
    # What the reader sees is that text.
    seen = page.locator("#q2-p5").inner_text().replace("¶", "").replace("⋯", "")
    assert " ".join(seen.split()) == text
    for style in ("gbt7714", "apa", "chicago"):
        menu = open_menu(page, "q2-p5")
        menu.get_by_role("combobox", name=WORDS[lang]["style"]).select_option(style)
        menu.get_by_role("button", name=WORDS[lang]["quote"]).click()
        announced(page, f"{WORDS[lang]['copied']} ({STYLE_NAMES[style]})")
        copied = clipboard(page)
        assert copied == expected_citation(page, text, site.page_url(PAGE, lang) + "#q2-p5", style, "answer")
        lead, reference = copied.split("\n")
        assert lead.startswith("“") and lead.endswith("”") and FIGURE[lang] in lead
        assert reference.rstrip(".").endswith(site.page_url(PAGE, lang) + "#q2-p5")
        day = today(page)
        assert (day.isoformat() if style == "gbt7714" else f"{day:%B} {day.day}, {day.year}") in reference
        page.evaluate("document.querySelector('.ex-cite-live').textContent = ''")
    assert watch.problems() == []


def test_a_numbers_page_paragraph_quotes_its_inner_marks_and_cites_the_numbers_page(new_page, site):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    anchor = "sidebar-shared-courts"
    text = built_text(site.html("numbers/", "zh"), anchor)
    menu = open_menu(page, anchor)
    menu.get_by_role("combobox", name="引用格式").select_option("gbt7714")
    menu.get_by_role("button", name="复制本段及引用").click()
    announced(page, "引用已复制 (GB/T 7714)")
    copied = clipboard(page)
    assert copied == expected_citation(page, text, site.page_url("numbers/", "zh") + "#" + anchor, "gbt7714")
    assert copied.startswith("“") and "“" not in copied.split("\n")[0][1:]  # its own “ ” became ‘ ’
    assert watch.problems() == []


# --- whose words --------------------------------------------------------------------------------

# the bold label opening the first answer (q2-p1), in full-width marks in Chinese
LABEL = {"zh": "马小秋：", "zh-hant": "馬小秋：", "en": "Ma Xiaoqiu:"}
# how the copied lead opens and closes, and the nested quotation q2-p1 holds (“法治是平安建设的重要保障”)
QUOTED = {"zh": ("马小秋：“", "”", "‘法治是平安建设的重要保障’"), "zh-hant": ("馬小秋：「", "」", "『法治是平安建設的重要保障』"),
          "en": ("Ma Xiaoqiu: “", "”", "‘the rule of law is an important guarantee")}


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "en"])
def test_an_answer_cites_the_interview_and_its_speaker_with_the_label_outside_the_quotes(new_page, site, lang):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url(PAGE, lang), wait_until="networkidle")
    text = built_text(site.html(PAGE, lang), "q2-p1")
    assert text.startswith(LABEL[lang])
    words = text[len(LABEL[lang]):].strip()
    for style in ("gbt7714", "apa", "chicago"):
        menu = open_menu(page, "q2-p1")
        menu.get_by_role("combobox", name=WORDS[lang]["style"]).select_option(style)
        menu.get_by_role("button", name=WORDS[lang]["quote"]).click()
        announced(page, f"{WORDS[lang]['copied']} ({STYLE_NAMES[style]})")
        copied = clipboard(page)
        assert copied == expected_citation(page, words, site.page_url(PAGE, lang) + "#q2-p1", style, "answer",
                                           LABEL[lang], lang)
        lead, reference = copied.split("\n")
        opening, closing, nested = QUOTED[lang]
        assert lead.startswith(opening) and lead.endswith(closing) and nested in lead, lead
        speaker = {"gbt7714": {"zh": "马小秋. ", "zh-hant": "馬小秋. ", "en": "MA X Q. "}[lang], "apa": "Ma, X. (n.d.). ",
                   "chicago": "Ma Xiaoqiu. n.d. "}[style]
        assert reference.startswith(speaker), reference
        assert reference.rstrip(".").endswith(site.page_url(PAGE, lang) + "#q2-p1")
        page.evaluate("document.querySelector('.ex-cite-live').textContent = ''")
    assert watch.problems() == []


def test_a_question_cites_the_interview_without_a_speaker(new_page, site):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url(PAGE, "zh"), wait_until="networkidle")
    menu = open_menu(page, "q2")
    menu.get_by_role("combobox", name="引用格式").select_option("gbt7714")
    menu.get_by_role("button", name="复制本段及引用").click()
    announced(page, "引用已复制 (GB/T 7714)")
    copied = clipboard(page)
    text = built_text(site.html(PAGE, "zh"), "q2")
    assert copied == expected_citation(page, text, site.page_url(PAGE, "zh") + "#q2", "gbt7714", "question")
    reference = copied.split("\n")[1]
    assert "[Z/OL]//" in reference and not reference.startswith("马小秋")
    assert watch.problems() == []


def test_the_copy_puts_html_with_italics_beside_the_plain_text(new_page, site):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
    menu = open_menu(page, "q2-p3")
    menu.get_by_role("combobox", name="Citation style").select_option("apa")
    menu.get_by_role("button", name="Copy text with citation").click()
    announced(page, "Citation copied (APA)")
    copied = page.evaluate("""async () => {
        const [item] = await navigator.clipboard.read();
        return {types: item.types, html: await (await item.getType('text/html')).text(),
                text: await (await item.getType('text/plain')).text()};
    }""")
    assert set(copied["types"]) >= {"text/plain", "text/html"}
    site_name = page.evaluate("document.querySelector('meta[property=\"og:site_name\"]').content")
    lead, reference = copied["text"].split("\n")
    assert f". <i>{site_name}</i>. Retrieved " in copied["html"]  # APA: the website presenting the interview
    assert copied["html"].count("<i>") == 1 and "<br>" in copied["html"]
    assert watch.problems() == []


# --- the one remembered style -----------------------------------------------------------------

def test_the_style_is_the_figure_cards_one_remembered_choice(new_page, site):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.locator("#shared-courts select.ex-cite-style").select_option("chicago")
    menu = open_menu(page, "figures-market-disputes")
    style = menu.get_by_role("combobox", name="Citation style")
    assert style.input_value() == "chicago"
    style.select_option("apa")
    # Every chooser follows, and the choice is stored under the one key.
    assert set(page.locator("select.ex-cite-style").evaluate_all("s => s.map(x => x.value)")) == {"apa"}
    assert page.evaluate("localStorage.getItem('explainer.citation-style')") == "apa"
    menu.get_by_role("button", name="Copy text with citation").click()
    announced(page, "Citation copied (APA)")
    assert "Retrieved " in clipboard(page)
    page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
    assert open_menu(page, "q2-p1").get_by_role("combobox", name="Citation style").input_value() == "apa"
    assert page.locator(".ex-cite select.ex-cite-style").input_value() == "apa"
    assert watch.problems() == []


# --- keyboard ---------------------------------------------------------------------------------

def test_keyboard_only(new_page, site):
    page, watch = new_page(**CLIPBOARD)
    page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
    # Tab from the ¶ of q2-p3: its ⋯ is the next stop, shown on focus.
    page.locator("#q2-p3 > a.headerlink").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement === document.querySelector('#q2-p3 .ex-pmenu')")
    page.wait_for_function("() => getComputedStyle(document.querySelector('#q2-p3 .ex-pmenu')).opacity === '1'")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.textContent === 'Copy link'")
    assert is_open(page, "q2-p3")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "Copy text with citation"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.tagName") == "SELECT"
    page.keyboard.press("ArrowUp")  # on the chooser the arrows change the style, as on a figure card
    assert page.evaluate("document.activeElement.tagName") == "SELECT"
    page.keyboard.press("Home")
    assert page.evaluate("document.activeElement.textContent") == "Copy link"
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.tagName") == "SELECT"
    # Escape closes it and focus returns to the ⋯.
    page.keyboard.press("Escape")
    assert not is_open(page, "q2-p3")
    assert page.evaluate("document.activeElement === document.querySelector('#q2-p3 .ex-pmenu')")
    # Space opens it too; Tab moves; Enter copies.
    page.keyboard.press(" ")
    page.wait_for_function("() => document.activeElement.textContent === 'Copy link'")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Copy text with citation"
    style = page.evaluate("document.querySelector('.ex-pmenu-panel select').value")
    page.keyboard.press("Enter")
    announced(page, f"Citation copied ({STYLE_NAMES[style]})")
    assert clipboard(page) == expected_citation(page, built_text(site.html(PAGE, "en"), "q2-p3"),
                                                site.page_url(PAGE, "en") + "#q2-p3", style, "answer")
    assert page.evaluate("document.activeElement === document.querySelector('#q2-p3 .ex-pmenu')")
    assert watch.problems() == []


def test_focus_or_a_click_elsewhere_closes_it_and_another_paragraphs_button_moves_it(new_page, site):
    page, watch = new_page()
    page.goto(site.page_url(PAGE, "zh"), wait_until="networkidle")
    open_menu(page, "q2-p2")
    page.locator("#q2-p3 .ex-pmenu").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#q2-p3').nextElementSibling.classList.contains('ex-pmenu-panel')")
    assert is_open(page, "q2-p3") and not is_open(page, "q2-p2")
    assert page.locator(".ex-pmenu-panel").count() == 1  # built once, moved
    page.locator("h1").click()
    assert not is_open(page, "q2-p3")
    open_menu(page, "q2-p4")
    page.locator("#q2-p4 .ex-pmenu").click()  # the ⋯ toggles
    assert not is_open(page, "q2-p4")
    assert watch.problems() == []


# --- touch and sizes --------------------------------------------------------------------------

@pytest.mark.parametrize("coarse, least", [(False, 24), (True, 44)])
def test_targets_are_big_enough_and_a_tap_opens_it(new_page, site, coarse, least):
    options = {"has_touch": True, "is_mobile": True} if coarse else {}
    page, watch = new_page(width=375 if coarse else 1280, height=800, **CLIPBOARD, **options)
    page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
    assert page.evaluate("matchMedia('(pointer: coarse)').matches") == coarse
    button = page.locator("#q2-p3 .ex-pmenu")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box["width"] >= least and box["height"] >= least, box
    if coarse:
        button.tap()
    else:
        page.locator("#q2-p3").hover()
        button.click()
    menu = page.locator(".ex-pmenu-panel")
    menu.wait_for(state="visible")
    sizes = menu.locator("button, select").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
    assert len(sizes) == 3 and all(w >= least and h >= least for w, h in sizes), sizes
    # The menu fits the screen.
    right = menu.evaluate("m => m.getBoundingClientRect().right")
    assert right <= page.viewport_size["width"]
    if coarse:
        menu.get_by_role("button", name="Copy link").tap()
    else:
        menu.get_by_role("button", name="Copy link").click()
    announced(page, "Link copied")
    assert clipboard(page) == site.page_url(PAGE, "en") + "#q2-p3"
    assert watch.problems() == []


def test_the_button_does_not_make_the_last_line_taller_on_touch(new_page, site):
    """44 px on touch, the ⋯ overlaps its line's leading instead of pushing the line apart."""
    heights = {}
    for coarse in (False, True):
        options = {"has_touch": True, "is_mobile": True} if coarse else {}
        page, watch = new_page(width=375, height=800, **options)
        page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
        heights[coarse] = page.evaluate("document.querySelector('#q2-p3').getBoundingClientRect().height")
    assert heights[True] == heights[False]


# --- without the clipboard API ----------------------------------------------------------------

def test_without_the_clipboard_api_the_copy_still_works(new_page, site):
    page, watch = new_page(**CLIPBOARD)
    page.add_init_script(WITHOUT_CLIPBOARD_API)
    page.goto(site.page_url(PAGE, "en"), wait_until="networkidle")
    assert page.evaluate("navigator.clipboard === undefined")
    menu = open_menu(page, "q2-p5")
    menu.get_by_role("combobox", name="Citation style").select_option("chicago")
    menu.get_by_role("button", name="Copy text with citation").click()
    page.wait_for_function("() => (document.querySelector('.ex-cite-live')?.textContent || '').length > 0")
    want = expected_citation(page, built_text(site.html(PAGE, "en"), "q2-p5"), site.page_url(PAGE, "en") + "#q2-p5",
                             "chicago", "answer")
    manual = menu.locator("textarea.ex-cite-manual")
    if manual.count():  # execCommand refused: the text is selected for the reader to copy by hand
        assert manual.input_value() == want
    else:
        assert page.evaluate("window.__clipboard.readText()") == want
        assert page.evaluate("document.activeElement === document.querySelector('#q2-p5 .ex-pmenu')")
    assert watch.problems() == []


def test_when_every_copy_fails_the_text_is_selected_in_the_menu_for_copying_by_hand(new_page, site):
    page, watch = new_page()
    page.add_init_script(WITHOUT_ANY_COPY)
    page.goto(site.page_url(PAGE, "zh"), wait_until="networkidle")
    menu = open_menu(page, "q2-p3")
    menu.get_by_role("button", name="复制链接").click()
    manual = menu.locator("textarea.ex-cite-manual")
    manual.wait_for()
    assert manual.input_value() == site.page_url(PAGE, "zh") + "#q2-p3"
    assert page.evaluate("document.activeElement.classList.contains('ex-cite-manual')")
    assert page.evaluate("document.activeElement.selectionEnd - document.activeElement.selectionStart") == \
        len(site.page_url(PAGE, "zh") + "#q2-p3")
    page.wait_for_function("() => (document.querySelector('.ex-cite-live')?.textContent || '').includes('Ctrl+C')")
    assert is_open(page, "q2-p3")  # stays open until the reader has copied
    page.keyboard.press("Escape")
    assert not is_open(page, "q2-p3")
    assert page.evaluate("document.activeElement === document.querySelector('#q2-p3 .ex-pmenu')")
    # Opened again (here or elsewhere), the menu starts clean.
    open_menu(page, "q2-p4")
    assert page.locator(".ex-cite-manual").count() == 0


# --- the parallel view ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_parallel_row_copies_the_editions_paragraph_cited_at_the_editions_page(new_page, site, lang):
    page, watch = new_page(**CLIPBOARD)
    view = PAGE + "parallel/"
    page.goto(site.page_url(view, lang), wait_until="networkidle")
    row = page.locator("#q2-p5")
    # Only the edition's cell has the ⋯: the text it copies is the one it stands after.
    assert row.locator(f'.ex-parallel__cell[lang="{HTML_LANG[lang]}"] .ex-pmenu').count() == 1
    assert row.locator(".ex-pmenu").count() == 1
    row.hover()
    row.locator(".ex-pmenu").click()
    menu = page.locator(".ex-pmenu-panel")
    menu.wait_for(state="visible")
    menu.get_by_role("button", name=WORDS[lang]["link"]).click()
    announced(page, WORDS[lang]["link_copied"])
    assert clipboard(page) == site.page_url(view, lang) + "#q2-p5"  # the ¶'s own address: here
    row.locator(".ex-pmenu").click()
    menu.get_by_role("combobox", name=WORDS[lang]["style"]).select_option("apa")
    menu.get_by_role("button", name=WORDS[lang]["quote"]).click()
    announced(page, f"{WORDS[lang]['copied']} (APA)")
    text = built_text(site.html(PAGE, lang), "q2-p5")
    assert FIGURE[lang] in text
    assert clipboard(page) == expected_citation(page, text, site.page_url(PAGE, lang) + "#q2-p5", "apa", "answer")
    assert watch.problems() == []


# --- axe --------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, lang, scheme, anchor", [
    (PAGE, "zh", "dark", "q2-p5"), (PAGE, "en", "light", "q2"), ("numbers/", "en", "dark", "figures-market-disputes"),
    (PAGE + "parallel/", "zh", "light", "q2-p3"), (PAGE + "parallel/", "en", "dark", "q2-p3")])
def test_axe_finds_nothing_with_the_menu_open(new_page, site, path, lang, scheme, anchor):
    from tests.browser.test_accessibility import violations
    page, watch = new_page(width=1280, scheme=scheme)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    page.locator(f"#{anchor} .ex-pmenu").focus()
    page.keyboard.press("Enter")
    page.locator(".ex-pmenu-panel").wait_for(state="visible")
    page.keyboard.press("ArrowDown")
    assert violations(page) == [], (path, lang, scheme)
    assert watch.problems() == []
