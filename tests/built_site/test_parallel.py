"""The built parallel views: one per interview page in each edition, rows with exactly the twins'
paragraph ids in order, each cell equal to its own page's paragraph, out of the search index and the
sitemap, linked both ways, with the head tags of every page, and within the page-weight budget."""

from __future__ import annotations

import gzip
import json
import posixpath
import re
from html.parser import HTMLParser

import pytest

from tests.built_site.test_paragraphs import INTERVIEW_PAGES, interview_paragraphs
from tests.conftest import LANG_PREFIX, LANGS

from explainer.editions import convert, hreflang, quote_in, source_marks, written  # noqa: E402  (tests/conftest.py puts hooks/ on the path)
from explainer.pages.parallel import view_columns  # noqa: E402

HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
HTML_LANG = {"zh": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BUDGET = 90 * 1024  # bytes on the wire at load, gzip


class Rows(HTMLParser):
    """The parallel view's rows: id, kind, and per cell its lang, text (¶ links left out) and figures."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.rows: list[dict] = []
        self.row_depth = self.cell_depth = None
        self.cell: dict | None = None
        self.skip_depth = None
        self.value_depth = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag not in VOID:
            self.stack.append(tag)
        depth = len(self.stack)
        if "ex-parallel__row" in classes:
            kind = next(c.split("--")[1] for c in classes if c.startswith("ex-parallel__row--"))
            self.rows.append({"id": attrs.get("id"), "kind": kind, "cells": []})
            self.row_depth = depth
        elif "ex-parallel__cell" in classes and self.row_depth:
            self.cell = {"lang": attrs.get("lang"), "text": "", "values": [], "ids": []}
            self.rows[-1]["cells"].append(self.cell)
            self.cell_depth = depth
        elif self.cell is not None:
            if attrs.get("id"):
                self.cell["ids"].append(attrs["id"])
            if "headerlink" in classes and self.skip_depth is None:
                self.skip_depth = depth
            if "ex-value" in classes:
                self.value_depth = depth
                self.cell["values"].append("")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        depth = len(self.stack)
        if self.skip_depth == depth:
            self.skip_depth = None
        if self.value_depth == depth:
            self.value_depth = None
        if self.cell_depth == depth:
            self.cell, self.cell_depth = None, None
        if self.row_depth == depth:
            self.row_depth = None
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.cell is not None and self.skip_depth is None:
            self.cell["text"] += data
            if self.value_depth is not None:
                self.cell["values"][-1] += data


def rows(html: str) -> list[dict]:
    parser = Rows()
    parser.feed(html)
    return parser.rows


def clean(text: str) -> str:
    """The text without the ¶ and the paragraph menu's ⋯ (only in the edition's cells)."""
    return re.sub(r"\s+", " ", text.replace("¶", "").replace("⋯", "")).strip()


def page_paragraphs(site, path: str, lang: str) -> dict[str, dict]:
    """The single page's interview paragraphs by id: text without the ¶, and its figures."""
    html = site.html(path, lang)
    found = {p["id"]: clean(p["text"]) for p in interview_paragraphs(html)}
    values = {}
    for p_id in found:
        match = re.search(rf'<p id="{re.escape(p_id)}">(.*?)</p>', html, re.S)
        values[p_id] = re.findall(r'class="ex-value"[^>]*>([^<]*)</a>', match.group(1))
    return {p_id: {"text": text, "values": values[p_id]} for p_id, text in found.items()}


def view(path: str) -> str:
    return path + "parallel/"


CASES = [(path, lang) for path in INTERVIEW_PAGES for lang in LANGS]
IDS = [f"{lang}:/{path}" for path, lang in CASES]


@pytest.mark.parametrize("path,lang", CASES, ids=IDS)
def test_each_view_has_exactly_the_twins_paragraph_ids_in_order(site, path, lang):
    found = rows(site.html(view(path), lang))
    paragraph_rows = [row["id"] for row in found if row["kind"] in ("question", "paragraph")]
    for twin in view_columns(lang):
        assert paragraph_rows == [p["id"] for p in interview_paragraphs(site.html(path, twin))]
    # The section headings between them keep their ids too, once each on the page.
    html = site.html(view(path), lang)
    assert all(html.count(f'id="{row["id"]}"') == 1 for row in found if row["id"])


@pytest.mark.parametrize("path,lang", CASES, ids=IDS)
def test_each_cell_is_its_own_pages_paragraph_in_its_language(site, path, lang):
    columns = view_columns(lang)  # zh | en, zh-hant | en, zh | en
    singles = {twin: page_paragraphs(site, path, twin) for twin in columns}
    for row in rows(site.html(view(path), lang)):
        if row["kind"] == "columns":
            continue
        assert [cell["lang"] for cell in row["cells"]] == [HTML_LANG[twin] for twin in columns], row["id"]
        assert all(cell["ids"] == [] for cell in row["cells"]), row["id"]  # ids are the row's, once
        if row["kind"] not in ("question", "paragraph"):
            continue
        for twin, cell in zip(columns, row["cells"]):
            single = dict(singles[twin][row["id"]])
            text = clean(cell["text"])
            if twin != lang:  # the other language's quotations of the interview in the edition's script
                single["text"] = HAN_RUN.sub(lambda run: quote_in(run[0], lang), single["text"])
                text = source_marks(text, lang)  # and their quotation marks (the English text has none of 「」)
            if row["kind"] == "question":  # the question box keeps its title (记者 / Reporter)
                assert text.endswith(single["text"]), (twin, row["id"])
            else:
                assert text == single["text"], (twin, row["id"])
            assert cell["values"] == single["values"], (twin, row["id"])
        zh_values, en_values = (cell["values"] for cell in row["cells"])
        assert len(zh_values) == len(en_values), row["id"]  # each figure stated in both columns


@pytest.mark.parametrize("path,lang", CASES, ids=IDS)
def test_the_paragraph_menu_is_offered_in_the_editions_cells_citing_the_editions_page(site, path, lang):
    html = site.html(view(path), lang)
    found = rows(html)
    paragraph_rows = [row for row in found if row["kind"] in ("question", "paragraph")]
    assert html.count('class="ex-pmenu"') == len(paragraph_rows)
    for row in paragraph_rows:
        # the row's two cells, by their lang attribute: the edition's own offers the menu, the other not
        cells = re.findall(r'<div class="ex-parallel__cell" lang="([^"]+)">(.*?)\n</div>',
                           html.split(f'id="{row["id"]}"', 1)[1], re.S)[:2]
        own = [body for tag, body in cells if tag == hreflang(lang)]
        others = [body for tag, body in cells if tag != hreflang(lang)]
        assert len(own) == 1 and len(others) == 1, (row["id"], [tag for tag, _ in cells])
        assert own[0].count('class="ex-pmenu"') == 1, row["id"]
        assert 'class="ex-pmenu"' not in others[0], row["id"]
    # The citation templates are the edition's single page's, byte for byte.
    data = re.findall(r'<script type="application/json" class="ex-cite-data">.*?</script>', html, re.S)
    assert data == re.findall(r'<script type="application/json" class="ex-cite-data">.*?</script>',
                              site.html(path, lang), re.S)
    assert json.loads(re.sub(r"<[^>]+>", "", data[0]))["page"] == site.page_url(path, lang)


def test_the_views_show_every_heading_in_both_languages_and_the_cut_off_note(site):
    for lang in LANGS:
        found = rows(site.html(view("interview/resilient-city/"), lang))
        headings = [row for row in found if row["kind"] == "heading"]
        assert [row["id"] for row in headings] == ["question", "answer"]
        assert all(clean(cell["text"]) for row in headings for cell in row["cells"])
        [note] = [row for row in found if row["kind"] == "note"]
        chinese = view_columns(lang)[0]
        assert convert("原文在此中断", chinese) in note["cells"][0]["text"]
        assert "The source breaks off here" in note["cells"][1]["text"]
        texts = {row["id"]: [clean(c["text"]) for c in row["cells"]] for row in found}
        assert texts["q4-p1"][0].endswith(convert("20世纪70", chinese)) and texts["q4-p1"][1].endswith("1970…")


@pytest.mark.parametrize("path,lang", CASES, ids=IDS)
def test_the_view_and_its_page_link_to_each_other(site, path, lang):
    single, parallel = site.html(path, lang), site.html(view(path), lang)
    assert re.search(r'<p class="ex-parallel-nav"><a href="parallel/">', single)
    assert re.search(r'<p class="ex-parallel-nav"><a href="\.\./">', parallel)
    # Each column's heading links to that language's own page.
    [other] = [column for column in view_columns(lang) if column != lang]
    other_href = posixpath.relpath(LANG_PREFIX[other] + path, LANG_PREFIX[lang] + view(path)) + "/"
    assert f'<a href="{other_href}" hreflang="{HTML_LANG[other]}">' in parallel
    assert f'<a href="../" hreflang="{HTML_LANG[lang]}">' in parallel


@pytest.mark.parametrize("path,lang", CASES, ids=IDS)
def test_the_view_has_a_title_canonical_and_hreflang_like_every_page(site, path, lang):
    html = site.html(view(path), lang)
    prefix = LANG_PREFIX[lang]
    site_name = "平安杭州 · 法治杭州" if written(lang) == "zh" else "Safe Hangzhou · Rule-of-Law Hangzhou"
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert title.startswith(convert("中英对照：", lang) if written(lang) == "zh" else "Parallel text: ")
    assert title.endswith(" - " + site_name)
    assert f'<link rel="canonical" href="{site.url}{prefix}{view(path)}">' in html
    for edition in LANGS:
        assert f'<link rel=" alternate" hreflang="{HTML_LANG[edition]}" href="{site.url}{LANG_PREFIX[edition]}{view(path)}">' in html
    # The language switch goes to every other edition's view (site.js adds the #paragraph).
    for other in LANGS:
        if other != lang:
            href = posixpath.relpath(LANG_PREFIX[other] + view(path), LANG_PREFIX[lang] + view(path)) + "/"
            assert re.search(rf'<a href="{re.escape(href)}" hreflang="{HTML_LANG[other]}" lang="{HTML_LANG[other]}" class="md-select__link">', html), other


def test_the_views_are_in_the_sitemap_not_in_the_search_index(site):
    for lang in LANGS:
        index = site.dir / LANG_PREFIX[lang] / "search" / "search_index.json"
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        assert docs and not [d["location"] for d in docs if "parallel" in d["location"]]
    # Pages of their own for a crawler (issue 22): listed with their twins (tests/built_site/test_crawlers.py)
    sitemap = (site.dir / "sitemap.xml").read_text(encoding="utf-8")
    for lang in LANGS:
        assert f"<loc>{site.url}{LANG_PREFIX[lang]}{view('interview/rule-of-law/')}</loc>" in sitemap
    assert 'class="ex-parallel' not in (site.dir / "404.html").read_text(encoding="utf-8")


def on_the_wire(site, page_file) -> int:
    """gzip bytes of the page and of what it loads at once: stylesheets, scripts, the icon."""
    html = page_file.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode(), compresslevel=6))
    for url in re.findall(r'<(?:link rel="(?:stylesheet|icon)"|script[^>]*) (?:href|src)="([^"]+)"', html):
        target = (page_file.parent / url.split("#")[0]).resolve()
        total += len(gzip.compress(target.read_bytes(), compresslevel=6))
    return total


@pytest.mark.parametrize("path,lang", CASES, ids=IDS)
def test_the_view_stays_within_the_page_weight_budget(site, path, lang):
    folder = site.dir / LANG_PREFIX[lang] / view(path)
    assert on_the_wire(site, folder / "index.html") <= BUDGET
