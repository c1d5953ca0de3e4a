"""The built site: both languages complete and alike, every marker rendered, every figure presented."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest

from tests.conftest import LANG_PREFIX, LANGS, page_paths
from tests.support.site_build import ROOT

HAN = re.compile(r"[\u4e00-\u9fff]")
PUBLISHED = ROOT / "tests" / "published_anchors.json"


class IdCollector(HTMLParser):
    """Ids inside the page's <article>, in order, and the headings' ids."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.ids: list[str] = []
        self.heading_ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.depth += 1
        if self.depth and attrs.get("id"):
            self.ids.append(attrs["id"])
            if re.fullmatch(r"h[1-6]", tag):
                self.heading_ids.append(attrs["id"])

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1


def ids(html: str) -> IdCollector:
    collector = IdCollector()
    collector.feed(html)
    return collector


def test_both_languages_have_the_same_pages(site):
    for path in page_paths():
        for lang in LANGS:
            assert site.html(path, lang), f"{lang}:/{path} missing"


@pytest.mark.parametrize("path", page_paths())
def test_twins_have_identical_ids_in_the_same_order(site, path):
    zh, en = ids(site.html(path, "zh")), ids(site.html(path, "en"))
    assert zh.heading_ids == en.heading_ids
    assert zh.ids == en.ids


@pytest.mark.parametrize("path", page_paths())
def test_ids_are_english_kebab_case_and_unique(site, path):
    for lang in LANGS:
        found = ids(site.html(path, lang)).ids
        assert len(found) == len(set(found)), f"duplicate ids on {lang}:/{path}"
        for anchor in found:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*|__[a-z0-9_]+", anchor), f"{lang}:/{path}#{anchor}"


def test_published_anchors_still_exist(site):
    published = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    assert published, "the list of published anchors is empty"
    for path, anchors in published.items():
        for lang in LANGS:
            present = set(ids(site.html(path, lang)).ids)
            missing = sorted(set(anchors) - present)
            assert not missing, f"{lang}:/{path} lost published anchors {missing}: add a redirect or keep the id"


def test_every_chart_marker_became_a_chart_with_text_alternative_and_table(site):
    for source in sorted((ROOT / "docs").rglob("*.md")):
        markers = re.findall(r"<!--\s*md:chart\s+([a-z0-9-]+)", source.read_text(encoding="utf-8"))
        rel = source.relative_to(ROOT / "docs").as_posix()
        stem, lang = rel[:-3].rsplit(".", 1)
        path = "" if stem == "index" else stem + "/"
        html = site.html(path, lang)
        for chart_id in markers:
            block = re.search(rf'<figure class="ex-chart[^"]*"[^>]* id="{chart_id}">(.*?)</figure>', html, re.S)
            assert block, f"{rel}: chart {chart_id} not rendered"
            body = block.group(1)
            assert re.search(r'role="img" aria-label="[^"]{20,}"', body), f"{chart_id}: no text alternative"
            assert "<table>" in body and "<th scope=\"col\">" in body
            # its Plotly figure is a file beside the downloads, in the page's language
            spec = re.search(r'data-spec="([^"]+)"', block.group(0)).group(1)
            page_dir = site.dir / LANG_PREFIX[lang] / path
            figure = json.loads((page_dir / spec).resolve().read_text(encoding="utf-8"))[chart_id]
            assert figure["config"]["locale"] == ("en" if lang == "en" else "zh-CN")
            assert len(figure["data"][0]["x"]) == len(re.findall(r'<tr><th scope="row">', body))


def test_no_marker_is_left_unrendered(site):
    for html_file in site.dir.rglob("*.html"):
        assert "<!-- md:" not in html_file.read_text(encoding="utf-8"), html_file


def test_numbers_page_presents_every_figure_in_both_languages(site):
    data = json.loads((ROOT / "data" / "metrics.json").read_text(encoding="utf-8"))
    every_id = [m["id"] for m in data["metrics"]] + [d["id"] for d in data["derived"]]
    for lang in LANGS:
        html = site.html("numbers/", lang)
        for metric_id in every_id:
            assert 'class="ex-figure' in html and f'id="{metric_id}"' in html, f"{lang}: {metric_id} not on numbers page"


def test_derived_figures_are_labelled_with_their_formula(site):
    html = site.html("numbers/", "en")
    card = re.search(r'<div class="ex-figure ex-figure--derived" id="saving-per-dispute".*?</div>', html, re.S).group(0)
    assert "Derived" in card and "Formula" in card and "÷" in card


def test_no_figure_is_typed_by_hand_into_the_markdown():
    """Numbers in prose come from data through markers; a literal copy would drift from the data."""
    data = json.loads((ROOT / "data" / "metrics.json").read_text(encoding="utf-8"))
    import sys
    sys.path.insert(0, str(ROOT / "hooks"))
    from explainer.text.numbers import en_number, zh_number

    literals = set()
    for m in data["metrics"]:
        args = (m["value"], m["unit"], m.get("qualifier"), m.get("spell", False), None)
        for text in (zh_number(*args), en_number(*args)):
            if re.search(r"\d", text) and len(re.sub(r"\D", "", text)) >= 2:
                literals.add(text)
    for source in sorted((ROOT / "docs").rglob("*.md")):
        prose = re.sub(r"<!--.*?-->", "", source.read_text(encoding="utf-8"), flags=re.S)
        found = sorted(t for t in literals if re.search(rf"(?<![\d.,]){re.escape(t)}(?![\d.,%])", prose))
        assert not found, f"{source.relative_to(ROOT)} types figures by hand: {found}"


def test_chart_tables_name_each_figure_by_its_label(site):
    """Each chart's data table: a row per figure of the chart, in its order, named by the figure's label (also
    where the chart's categories are periods) and linked to its card, then its period and its value."""
    from explainer.dataset.metrics_file import load_dataset
    from explainer.text.numbers import format_quantity

    dataset = load_dataset(ROOT / "data")
    for lang in ("zh", "en"):
        charts = re.findall(r'<figure class="ex-chart[^"]*"[^>]* id="([a-z0-9-]+)">(.*?)</figure>',
                            site.html("numbers/", lang), re.S)
        assert charts, f"{lang}: no chart on the numbers page"
        for chart_id, body in charts:
            table = re.search(r"<tbody>(.*?)</tbody>", body, re.S).group(1)
            rows = re.findall(r'<th scope="row"><a href="[^"]*#([a-z0-9-]+)">([^<]*)</a></th><td>([^<]*)</td><td>([^<]*)</td>', table)
            assert [tuple(map(unescape, row)) for row in rows] == [
                (m.id, m.label[lang], m.period[lang], format_quantity(m, lang))
                for m in dataset.chart_metrics(dataset.charts[chart_id])], (lang, chart_id)


def test_generated_words_follow_the_page_language(site):
    """Heading permalinks and glossary tooltips speak the page's language on both builds."""
    zh, en = site.html("interview/rule-of-law/", "zh"), site.html("interview/rule-of-law/", "en")
    assert 'class="headerlink" href="#question" title="此处的永久链接"' in zh
    assert 'class="headerlink" href="#question" title="Permanent link to this place"' in en
    en_tooltips = re.findall(r'<(?:abbr|a)[^>]* title="([^"]+)"[^>]*>', re.search(r"<article.*</article>", en, re.S).group(0))
    # English definitions may quote a Chinese term (庭, 院), but are English text.
    assert en_tooltips and not [t for t in en_tooltips if len(HAN.findall(t)) > len(t) / 5], en_tooltips


def test_titles_name_the_page_and_the_site_and_the_home_page_once(site):
    home_zh, home_en = site.html("", "zh"), site.html("", "en")
    assert "<title>平安杭州 · 法治杭州</title>" in home_zh
    assert "<title>Safe Hangzhou · Rule-of-Law Hangzhou</title>" in home_en
    assert "<title>Five years in numbers - Safe Hangzhou · Rule-of-Law Hangzhou</title>" in site.html("numbers/", "en")
    assert re.search(r'<a href="\.\./" class="md-nav__link">\s*<span class="md-ellipsis">\s*Home\s*</span>',
                     site.html("about/", "en"))
