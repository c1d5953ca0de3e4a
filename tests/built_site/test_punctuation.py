"""Chinese punctuation in the built site (explainer/text/punctuation.py): no ASCII , : ; ? ! ( ) beside a Han
character in the Chinese text of any zh or zh-hant page (parallel views and the 404 page included),
tooltip, CSV, chart image, chart figure, citation file, data download or search index. The rule leaves
such a mark only in code, URLs, markup and English text, which this test does not read as Chinese text
(and checks apart: the English text of the English pages has no full-width mark of the rule's).

The reading here is independent of the build's: Python's own HTML parser, a lang stack, code skipped."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from tests.conftest import chart_page_paths, page_paths

CHINESE_EDITIONS = ("zh", "zh-hant")
PARALLEL = [path + "parallel/" for path in page_paths() if path.startswith("interview/")]
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# An ASCII mark with a Han character right beside it (U+200B, the search index's word break, is no character).
BESIDE_HAN = re.compile(rf"(?:(?<=[{HAN}])[,:;?!()]|[,:;?!()](?=[{HAN}]))")
FULL_WIDTH = re.compile("[，：；？！（）]")
CODE = {"code", "pre", "kbd", "samp", "script", "style", "svg", "textarea"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote", "figcaption",
         "summary", "br", "option", "button", "label", "nav", "header", "footer", "ul", "ol", "table", "tr"}


class TextByLanguage(HTMLParser):
    """The text of a page in runs (one per block), by language: ``runs["zh"]`` holds the Chinese text
    outside code; titles, aria-labels, alt texts and placeholders of elements in Chinese text are runs of
    their own."""

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = [("", lang, False)]
        self.runs: dict[str, list[str]] = {"zh": [], "en": []}
        self.current: dict[str, list[str]] = {"zh": [], "en": []}

    def language(self) -> str:
        return "zh" if self.stack[-1][1].lower().startswith("zh") else "en"

    def flush(self):
        for lang, parts in self.current.items():
            if "".join(parts).strip():
                self.runs[lang].append("".join(parts))
            parts.clear()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in BLOCK:
            self.flush()
        lang = attrs.get("lang") or self.stack[-1][1]
        if tag not in VOID:
            self.stack.append((tag, lang, self.stack[-1][2] or tag in CODE))
        for name in ("title", "aria-label", "alt", "placeholder"):  # what a reader sees or hears as text
            if attrs.get(name) and not self.stack[-1][2]:
                self.runs["zh" if lang.lower().startswith("zh") else "en"].append(attrs[name])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        names = [entry[0] for entry in self.stack]
        if tag in names[1:]:
            del self.stack[len(names) - 1 - names[::-1].index(tag):]
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.stack[-1][2]:
            self.current[self.language()].append(data)


def text_runs(html: str, lang: str) -> dict[str, list[str]]:
    parser = TextByLanguage(lang)
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.runs


# An ASCII mark that ends a Chinese clause with a Latin space before the next (“CSL-JSON; 全站”).
MARK_SPACE_HAN = re.compile(rf"[,:;?!] +(?=[{HAN}])")


def ascii_beside_han(text: str) -> list[str]:
    text = text.replace("\u200b", "")
    return [text[max(0, m.start() - 12):m.end() + 12] for m in BESIDE_HAN.finditer(text)]


@pytest.mark.parametrize("lang", CHINESE_EDITIONS)
@pytest.mark.parametrize("path", page_paths() + PARALLEL + [p for path in chart_page_paths() for p in (path, path + "embed/")])
def test_chinese_text_of_every_page_has_full_width_punctuation(site, path, lang):
    runs = text_runs(site.html(path, lang), {"zh": "zh-Hans", "zh-hant": "zh-Hant"}[lang])
    found = [hit for run in runs["zh"] for hit in ascii_beside_han(run) + MARK_SPACE_HAN.findall(run)]
    assert found == [], f"{lang}/{path}: {found[:8]}"
    assert sum(len(FULL_WIDTH.findall(run)) for run in runs["zh"]) > 0  # it read the page's Chinese text


def test_the_404_page_has_full_width_punctuation(site):
    runs = text_runs((site.dir / "404.html").read_text(encoding="utf-8"), "zh-Hans")
    assert [hit for run in runs["zh"] for hit in ascii_beside_han(run)] == []
    assert any("开始浏览，或使用搜索。" in run for run in runs["zh"])


@pytest.mark.parametrize("path", page_paths() + PARALLEL)  # English prose: the chart pages have little
def test_english_text_keeps_its_own_punctuation(site, path):
    """The rule never reaches English text: its commas stay ASCII (there are many), and no full-width
    mark appears in it (a Chinese term quoted in English text is tagged zh-Hans and read as Chinese)."""
    runs = text_runs(site.html(path, "en"), "en")
    english = "".join(runs["en"])
    assert english.count(",") > 5
    assert FULL_WIDTH.findall(english) == [], path


@pytest.mark.parametrize("lang", CHINESE_EDITIONS)
def test_downloads_and_charts_have_full_width_punctuation(site, lang):
    folder = site.dir / "downloads"
    rows = list(csv.reader(io.StringIO((folder / f"metrics-{lang}.csv").read_text(encoding="utf-8-sig"))))
    assert [hit for row in rows for cell in row for hit in ascii_beside_han(cell)] == []
    assert any("（" in cell for row in rows for cell in row)  # e.g. 五年来（截至2025年9月）
    svgs = sorted((folder / "charts").glob(f"*.{lang}.svg"))
    assert svgs
    for svg in svgs:
        texts = [t for t in ET.parse(svg).getroot().itertext()]
        assert [hit for text in texts for hit in ascii_beside_han(text)] == [], svg.name
    figures = (folder / "charts" / f"figures.{lang}.json").read_text(encoding="utf-8")
    assert ascii_beside_han(json.dumps(json.loads(figures), ensure_ascii=False)) == []
    for cite_file in sorted((folder / "cite" / lang).iterdir()):
        text = cite_file.read_text(encoding="utf-8")
        assert ascii_beside_han(text) == [], cite_file.name
        assert MARK_SPACE_HAN.findall(text) == [], cite_file.name


def test_the_english_csv_and_the_data_file_quote_the_chinese_with_full_width_punctuation(site):
    folder = site.dir / "downloads"
    rows = list(csv.DictReader(io.StringIO((folder / "metrics-en.csv").read_text(encoding="utf-8-sig"))))
    quotes = [row["source sentence (Chinese)"] for row in rows if row["source sentence (Chinese)"]]
    assert quotes and [hit for quote in quotes for hit in ascii_beside_han(quote)] == []
    data = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))

    def chinese(value, key=""):
        if isinstance(value, dict):
            return [text for k, v in value.items() if k not in ("en", "quote_en") for text in chinese(v, k)]
        if isinstance(value, list):
            return [text for v in value for text in chinese(v)]
        return [value] if isinstance(value, str) else []

    assert [hit for text in chinese(data) for hit in ascii_beside_han(text)] == []


@pytest.mark.parametrize("lang", CHINESE_EDITIONS)
def test_search_index_has_full_width_punctuation(site, lang):
    prefix = "" if lang == "zh" else f"{lang}/"  # each edition's own index (hooks/search_by_language.py)
    docs = json.loads((site.dir / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert len(docs) > 20
    for doc in docs:
        runs = text_runs(doc["text"], {"zh": "zh-Hans", "zh-hant": "zh-Hant"}[lang])["zh"] + [doc["title"]]
        assert [hit for run in runs for hit in ascii_beside_han(run)] == [], doc["location"]
