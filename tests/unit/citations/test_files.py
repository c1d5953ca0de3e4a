"""The BibTeX and CSL-JSON files: they parse, and say no more than the site does."""

from __future__ import annotations

import json
import re

from explainer.citations.references import page_work, site_work
from explainer.citations.files import bibtex_entry, page_slug, write_cite_files

ROOT = "https://example.org/explainer/"


def parse_bibtex(text: str) -> list[dict]:
    """A minimal BibTeX reader: @type{key, name = {value}, ...} with balanced braces."""
    entries, i = [], 0
    while (at := text.find("@", i)) != -1:
        head = re.match(r"@(\w+)\{([^,\s]+),", text[at:])
        assert head, text[at:at + 40]
        i = at + head.end()
        fields = {}
        while True:
            m = re.compile(r"\s*(\w+)\s*=\s*\{").match(text, i)
            if not m:
                break
            depth, j = 1, m.end()
            while depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0) if text[j - 1] != "\\" else 0
                j += 1
            fields[m.group(1)] = text[m.end():j - 1]
            i = j
            i = re.compile(r"\s*,?").match(text, i).end()
        assert re.compile(r"\s*\}").match(text, i), text[i:i + 40]
        i = re.compile(r"\s*\}").match(text, i).end()
        entries.append({"type": head.group(1), "key": head.group(2), **fields})
    return entries


def test_page_slugs():
    assert page_slug("") == "home" and page_slug("en/") == "home"
    assert page_slug("en/interview/rule-of-law/") == "interview-rule-of-law"


def test_bibtex_escapes_specials():
    entry = bibtex_entry(page_work("50% & #1_{x}", ROOT + "x/", "en", "Site"), "x")
    [parsed] = parse_bibtex(entry)
    assert parsed["title"] == r"{50\% \& \#1\_\{x\}}"


def test_written_files_parse(tmp_path):
    site = site_work("平安杭州 · 法治杭州", ROOT, "zh", "A Safe Hangzhou")
    pages = {"numbers/": page_work("数说五年", ROOT + "numbers/", "zh", "平安杭州 · 法治杭州", "Five years in numbers")}
    written = write_cite_files(tmp_path, "zh", site, pages)
    assert sorted(written) == ["downloads/cite/zh/numbers.bib", "downloads/cite/zh/numbers.json",
                               "downloads/cite/zh/site.bib", "downloads/cite/zh/site.json"]
    items = json.loads((tmp_path / "downloads/cite/zh/site.json").read_text(encoding="utf-8"))
    assert [item["type"] for item in items] == ["webpage", "webpage"]
    assert items[1]["container-title"] == "平安杭州 · 法治杭州" and items[1]["URL"] == ROOT + "numbers/"
    assert all("author" not in item and "issued" not in item for item in items)
    entries = parse_bibtex((tmp_path / "downloads/cite/zh/numbers.bib").read_text(encoding="utf-8"))
    assert entries[0]["type"] == "misc" and entries[0]["url"] == ROOT + "numbers/"
    assert "author" not in entries[0] and "year" not in entries[0]


def test_the_url_once_and_the_translation_in_titleaddon():
    [entry] = parse_bibtex(bibtex_entry(page_work("数说五年", ROOT + "numbers/", "zh", "平安杭州 · 法治杭州",
                                                  "Five years in numbers"), "numbers"))
    assert "howpublished" not in entry and entry["url"] == ROOT + "numbers/"
    # biblatex-apa puts titleaddon in brackets itself; usera is biblatex-gb7714-2015's type identifier.
    assert entry["titleaddon"] == "Five years in numbers" and "usera" not in entry
    assert "urldate" not in entry, "the static file is undated; the download adds the reader's today"


def test_the_csl_item_keeps_the_title_and_uses_no_original_title():
    from explainer.citations.files import csl_item

    item = csl_item(page_work("数说五年", ROOT + "numbers/", "zh", "平安杭州 · 法治杭州", "Five years in numbers"), "numbers")
    assert item["title"] == "数说五年" and "original-title" not in item and "accessed" not in item
    assert "Five years in numbers" in item["note"]
