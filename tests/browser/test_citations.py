"""Copying a figure's citation in Chromium: each style, the choice remembered across a reload, the
screen-reader announcement, and the fallback when the clipboard API is missing."""

from __future__ import annotations

import datetime
import sys

import pytest

from tests.support.page_actions import WITHOUT_ANY_COPY, WITHOUT_CLIPBOARD_API
from tests.support.site_build import ROOT

sys.path.insert(0, str(ROOT / "hooks"))
from explainer.citations.references import ACCESSED, format_access_date  # noqa: E402
from explainer.citations.figure_lead import figure_lead  # noqa: E402
from explainer.dataset.metrics_file import load_dataset  # noqa: E402

DATASET = load_dataset(ROOT / "data")

STYLE_NAMES = {"gbt7714": "GB/T 7714", "apa": "APA", "chicago": "Chicago"}


def expected(page, site, lang: str, metric_id: str, style: str) -> str:
    """What the build's template gives, filled with the browser's local date; the lead as the build
    would write it (cite.js composes it from the card's text)."""
    data = page.evaluate("JSON.parse(document.querySelector('.ex-cite-data').textContent)")
    lead = figure_lead(DATASET.metrics[metric_id], DATASET, lang)
    today = datetime.date.fromisoformat(page.evaluate(
        "(() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'),"
        " String(d.getDate()).padStart(2, '0')].join('-'); })()"))
    url = site.page_url("numbers/", lang) + "#" + metric_id
    reference = data["styles"][style]["page"].replace("{url}", url).replace(ACCESSED, format_access_date(today, style))
    return lead + "\n" + reference


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_copy_a_figure_citation_in_each_style(new_page, site, lang):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url("numbers/", lang) + "#shared-courts", wait_until="networkidle")
    card = page.locator("#shared-courts")
    for style in ("gbt7714", "apa", "chicago"):
        card.locator("select.ex-cite-style").select_option(style)
        card.locator("button.ex-cite-copy").click()
        # The aria-live region announces the copy, naming the style.
        page.wait_for_function("name => (document.querySelector('.ex-cite-live')?.textContent || '').includes(name)",
                               arg=STYLE_NAMES[style])
        text = page.evaluate("navigator.clipboard.readText()")
        assert text == expected(page, site, lang, "shared-courts", style)
    lead, reference = text.split("\n")
    assert ("3084家" if lang == "zh" else "3,084 courts") in lead
    assert reference.startswith("平安杭州 · 法治杭州. n.d. “数说五年” [Five years in numbers]." if lang == "zh"
                                else page.evaluate("document.querySelector('meta[property=\"og:site_name\"]').content"))
    assert watch.problems() == []


def test_the_style_choice_is_remembered_across_a_reload(new_page, site):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    page.locator("#shared-courts select.ex-cite-style").select_option("chicago")
    # Every chooser on the page follows, and the page's own citation shows the style.
    assert set(page.locator("select.ex-cite-style").evaluate_all("s => s.map(x => x.value)")) == {"chicago"}
    assert " n.d. " in page.locator('.ex-cite__text[data-cite="page"]').text_content()
    page.reload(wait_until="networkidle")
    assert page.locator("#homicides-change select.ex-cite-style").input_value() == "chicago"
    page.goto(site.page_url("interview/rule-of-law/", "en"), wait_until="networkidle")
    assert page.locator(".ex-cite select.ex-cite-style").input_value() == "chicago"
    assert "Accessed " in page.locator('.ex-cite__text[data-cite="page"]').text_content()
    assert watch.problems() == []


def test_keyboard_only(new_page, site):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url("numbers/", "en") + "#shared-courts", wait_until="networkidle")
    select = page.locator("#shared-courts select.ex-cite-style")
    select.focus()
    page.keyboard.press("ArrowDown")  # Chromium changes a closed select's value with the arrow keys
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('ex-cite-copy')")
    style = select.input_value()
    page.keyboard.press("Enter")
    page.wait_for_function("name => (document.querySelector('.ex-cite-live')?.textContent || '').includes(name)",
                           arg=STYLE_NAMES[style])
    assert page.evaluate("navigator.clipboard.readText()") == expected(page, site, "en", "shared-courts", style)


def test_without_the_clipboard_api_the_copy_still_works(new_page, site):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.add_init_script(WITHOUT_CLIPBOARD_API)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    assert page.evaluate("navigator.clipboard === undefined")
    card = page.locator("#shared-courts")
    card.locator("select.ex-cite-style").select_option("gbt7714")
    card.locator("button.ex-cite-copy").click()
    page.wait_for_function("() => (document.querySelector('.ex-cite-live')?.textContent || '').length > 0")
    want = expected(page, site, "en", "shared-courts", "gbt7714")
    manual = card.locator("textarea.ex-cite-manual")
    if manual.count():  # execCommand refused: the text is selected for the reader to copy by hand
        assert manual.input_value() == want
        assert page.evaluate("document.activeElement.selectionEnd - document.activeElement.selectionStart") == len(want)
    else:
        assert page.evaluate("window.__clipboard.readText()") == want
    assert watch.problems() == []


def test_when_every_copy_fails_the_citation_is_selected_for_copying_by_hand(new_page, site):
    page, watch = new_page()
    page.add_init_script(WITHOUT_ANY_COPY)
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    card = page.locator("#shared-courts")
    card.locator("button.ex-cite-copy").click()
    manual = card.locator("textarea.ex-cite-manual")
    manual.wait_for()
    assert manual.input_value() == expected(page, site, "zh", "shared-courts", "gbt7714")
    assert page.evaluate("document.activeElement.classList.contains('ex-cite-manual')")
    page.wait_for_function("() => (document.querySelector('.ex-cite-live')?.textContent || '').includes('Ctrl+C')")


@pytest.mark.parametrize("coarse, least", [(False, 24), (True, 44)])
def test_buttons_are_big_enough_and_named_in_the_page_language(new_page, site, coarse, least):
    options = {"has_touch": True, "is_mobile": True} if coarse else {}
    page, watch = new_page(width=375 if coarse else 1280, **options)
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    assert page.evaluate("matchMedia('(pointer: coarse)').matches") == coarse
    sizes = page.locator(".ex-figure .ex-copy, .ex-figure .ex-cite-copy, .ex-figure .ex-cite-style, .ex-cite .ex-cite-copy, "
                         ".ex-cite .ex-cite-style").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
    assert sizes and all(w >= least and h >= least for w, h in sizes), sizes
    assert page.locator("#shared-courts").get_by_role("button", name="复制引用").count() == 1
    assert page.locator("#shared-courts").get_by_role("combobox", name="引用格式").count() == 1


@pytest.mark.parametrize("lang, ext", [("zh", "bib"), ("en", "json")])
def test_a_downloaded_file_is_dated_with_the_readers_today(new_page, site, lang, ext):
    """The buttons give the static file with the reader's access date added (BibTeX urldate, CSL accessed);
    the static file itself stays undated."""
    import json

    from tests.unit.citations.test_files import parse_bibtex

    page, watch = new_page()
    page.goto(site.page_url("numbers/", lang), wait_until="networkidle")
    link = page.locator(".ex-cite__files a", has_text="BibTeX" if ext == "bib" else "CSL-JSON").first
    static = site.dir / link.evaluate("a => a.href").removeprefix(site.url)
    assert static.is_file(), static
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename == f"numbers.{ext}"
    text = open(download.path(), encoding="utf-8").read()
    day = datetime.date.fromisoformat(page.evaluate(
        "(() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'),"
        " String(d.getDate()).padStart(2, '0')].join('-'); })()"))
    undated = static.read_text(encoding="utf-8")
    if ext == "bib":
        entries, originals = parse_bibtex(text), parse_bibtex(undated)
        assert [e["urldate"] for e in entries] == [day.isoformat()]
        assert [{k: v for k, v in e.items() if k != "urldate"} for e in entries] == originals
    else:
        items, originals = json.loads(text), json.loads(undated)
        assert [item["accessed"] for item in items] == [{"date-parts": [[day.year, day.month, day.day]]}]
        assert [{k: v for k, v in item.items() if k != "accessed"} for item in items] == originals
    assert "urldate" not in undated and "accessed" not in undated
    assert watch.problems() == []
