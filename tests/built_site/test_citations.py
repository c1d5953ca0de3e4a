"""Citations in the built site: every page links its own and the site's BibTeX and CSL-JSON files,
which exist and parse; every page carries one set of templates; figure cards carry only their lead."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from tests.conftest import LANG_PREFIX, LANGS, chart_page_paths, page_paths
from tests.unit.citations.test_files import parse_bibtex

CITE_DATA = re.compile(r'<script type="application/json" class="ex-cite-data">(.*?)</script>', re.S)


def cite_data(html: str) -> dict:
    found = CITE_DATA.findall(html)
    assert len(found) == 1, "one set of citation templates per page"
    return json.loads(found[0])


def linked_files(html: str) -> list[str]:
    block = html[html.index('<aside class="ex-cite"'):]
    block = block[:block.index("</aside>")]
    return re.findall(r'href="([^"]+\.(?:bib|json))"', block)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", page_paths())
def test_each_page_links_its_citation_files_and_they_parse(site, path, lang):
    html = site.html(path, lang)
    links = linked_files(html)
    assert len(links) == 4, links  # page .bib, page .json, site .bib, site .json
    folder = site.dir / LANG_PREFIX[lang] / path
    page_url = site.page_url(path, lang)
    for link in links:
        target = (folder / link).resolve()
        assert target.is_file(), f"{lang}:/{path} links {link}, which does not exist"
        text = target.read_text(encoding="utf-8")
        if link.endswith(".json"):
            items = json.loads(text)
            assert items and all(item["type"] == "webpage" and item["URL"].startswith(site.url) for item in items)
            assert all("author" not in item and "issued" not in item for item in items), "nothing invented"
        else:
            entries = parse_bibtex(text)
            assert entries and all(e["type"] == "misc" and e["url"].startswith(site.url) for e in entries)
    page_json = json.loads((folder / links[1]).resolve().read_text(encoding="utf-8"))
    assert page_json[0]["URL"] == page_url
    site_json = json.loads((folder / links[3]).resolve().read_text(encoding="utf-8"))
    # the site, each of its other pages and each chart's page (hooks/chart_pages.py)
    assert len(site_json) == len(page_paths()) + len(chart_page_paths()), "the site's file holds the site and each of its other pages"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", page_paths())
def test_each_page_has_templates_in_three_styles(site, path, lang):
    data = cite_data(site.html(path, lang))
    assert data["page"] == site.page_url(path, lang)
    assert set(data["styles"]) == {"gbt7714", "apa", "chicago"}
    kinds = ("page", "site") if path == "about/" else ("page",)  # the site's own on About; home is the site
    if path.startswith("interview/") and not path.endswith("parallel/"):
        kinds += ("answer", "question")  # a paragraph of the interview cites the interview
    for style, forms in data["styles"].items():
        assert set(forms) == set(kinds)
        for kind in kinds:
            assert forms[kind].count("{url}") == 1 and forms[kind].count("{accessed}") == 1, (style, kind)
    assert set(data["lead"]) == {"reported", "derived"}
    assert "[EB/OL]. [{accessed}]. {url}." in data["styles"]["gbt7714"]["page"]
    assert "(n.d.)" in data["styles"]["apa"]["page"] and " n.d. " in data["styles"]["chicago"]["page"]


@pytest.mark.parametrize("lang", LANGS)
def test_site_citation_takes_the_site_title_from_the_config(site, lang):
    html = site.html("", lang)
    og_site_name = unescape(re.search(r'<meta property="og:site_name" content="([^"]*)"', html).group(1))
    data = cite_data(html)
    assert data["styles"]["gbt7714"]["page"].startswith(og_site_name + "[EB/OL]")
    about = cite_data(site.html("about/", lang))
    assert about["styles"]["gbt7714"]["site"] == data["styles"]["gbt7714"]["page"]


def test_figure_cards_carry_a_chooser_not_whole_citations(site):
    for lang in LANGS:
        html = site.html("numbers/", lang)
        cards = re.findall(r'<div class="ex-figure[^"]*" id="[^"]+"[^>]*>', html)
        assert cards and not any("data-cite" in card for card in cards)
        assert "data-citation=" not in html
        assert html.count('class="ex-cite-style"') == len(cards) + 1  # each card, and the page's block


@pytest.mark.parametrize("lang", LANGS)
def test_the_static_files_are_undated_and_give_the_url_once(site, lang):
    folder = site.dir / "downloads" / "cite" / lang
    assert list(folder.glob("*.bib")) and list(folder.glob("*.json"))
    for path in folder.glob("*.bib"):
        for entry in parse_bibtex(path.read_text(encoding="utf-8")):
            assert "urldate" not in entry and "howpublished" not in entry, path
            assert ("titleaddon" in entry) == (lang != "en"), path  # the English translation of a Chinese title
    for path in folder.glob("*.json"):
        assert all("accessed" not in item for item in json.loads(path.read_text(encoding="utf-8"))), path


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", [p for p in page_paths() if p.startswith("interview/")])
def test_interview_paragraphs_say_whose_words_they_are(site, path, lang):
    """qN is a reporter's question, qN-pM a paragraph of Ma Xiaoqiu's answer (README's id scheme); the
    ⋯ of each says so, and the page carries the interview's reference with and without the speaker."""
    html = site.html(path, lang)
    buttons = re.findall(r'<p id="(q\d+(?:-p\d+)?)"[^>]*>.*?<button ([^>]*class="ex-pmenu"[^>]*)>', html, re.S)
    assert buttons
    for anchor, attrs in buttons:
        assert f'data-quote="{"answer" if "-p" in anchor else "question"}"' in attrs, anchor
    styles = cite_data(html)["styles"]
    speaker = {"zh": "马小秋", "zh-hant": "馬小秋", "en": "MA X Q"}[lang]
    assert styles["gbt7714"]["answer"].startswith(speaker + ". ") and "[Z/OL]//" in styles["gbt7714"]["answer"]
    assert not styles["gbt7714"]["question"].startswith(speaker)
    assert styles["apa"]["answer"].startswith("Ma, X. (n.d.). ") and "[Interview]" in styles["apa"]["answer"]
    assert styles["chicago"]["answer"].startswith("Ma Xiaoqiu. n.d. “")
