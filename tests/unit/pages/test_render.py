"""The HTML blocks: escaped text, a figure JSON that cannot close its <script>, no blank lines."""

from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from explainer.charts.geometry import layout_chart
from explainer.charts.view import chart_view
from explainer.pages.render import Renderer, script_json

OVERRIDES = Path(__file__).resolve().parents[3] / "overrides"
SITE = "https://example.org/explainer"


def renderer(dataset, lang="zh", page_url="numbers/"):
    return Renderer(OVERRIDES, dataset, lang, page_url, SITE)


def assert_no_blank_lines(html: str):
    assert html == html.strip()
    for number, line in enumerate(html.split("\n"), 1):
        assert line.strip(), f"line {number} is blank: a Markdown raw-HTML block would end there"


class Texts(HTMLParser):
    """The document's text and attribute values as a browser would decode them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.attributes = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(value for _, value in attrs if value)

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Texts:
    parser = Texts()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", ["bars", "ranks"])
def test_chart_block_carries_no_script_and_points_at_its_figure(hostile_dataset, chart_id, lang):
    html = renderer(hostile_dataset, lang).chart(chart_id)
    assert "<script" not in html  # the Plotly figure is a file, fetched when the reader asks for it
    assert f'data-spec="../downloads/charts/figures.{lang}.json"' in html


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", ["bars", "ranks"])
def test_chart_text_is_escaped_and_shown_as_written(hostile_dataset, chart_id, lang):
    html = renderer(hostile_dataset, lang).chart(chart_id)
    without_spec = html
    assert "<b>" not in without_spec and "<script" not in without_spec
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in without_spec
    parsed = parse(without_spec)
    assert "b" not in parsed.tags and "script" not in parsed.tags
    view = chart_view(hostile_dataset.charts[chart_id], hostile_dataset, lang)
    assert view.title in "".join(parsed.text)
    assert view.alt_text in parsed.attributes  # aria-label, decoded, is the text alternative as written


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("metric_id", ["a-cases", "share"])
def test_figure_text_is_escaped(hostile_dataset, evil, metric_id, lang):
    html = renderer(hostile_dataset, lang).figure(hostile_dataset.metrics[metric_id])
    assert "<script" not in html and "<b>" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    parsed = parse(html)
    assert "b" not in parsed.tags and "script" not in parsed.tags
    # The copied citation's lead is composed from the card's text (cite.js), which is the text as written.
    assert hostile_dataset.metrics[metric_id].label[lang] in "".join(parsed.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cite_block_templates_cannot_close_their_script(hostile_dataset, evil, lang):
    from explainer.citations.references import page_work, site_work

    page = page_work("Page " + evil, "https://example.org/x/", lang, "Site " + evil, "Translated " + evil)
    site = site_work("Site " + evil, "https://example.org/", lang, "Translated site " + evil)
    html = renderer(hostile_dataset, lang).cite_block(page, site, with_site=True)
    assert html.count("</script>") == 1 and "<b>" not in html
    parsed = parse(html)
    assert "b" not in parsed.tags


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_blank_lines_in_any_block(hostile_dataset, dataset, lang):
    blank_note = dataclasses.replace(hostile_dataset.metrics["a-cases"],
                                     note={"zh": "第一段\n\n第二段", "en": "one\n\n  \ntwo"})
    terms = [{"id": "zongzhi", "zh": {"term": "综治中心", "definition": "定义\n\n第二段"},
              "en": {"term": "Comprehensive governance centre", "definition": "A centre.\n\nMore."}}]
    blocks = [renderer(hostile_dataset, lang).chart("bars"), renderer(hostile_dataset, lang).chart("ranks"),
              renderer(hostile_dataset, lang).figure(blank_note),
              renderer(hostile_dataset, lang).figure(hostile_dataset.metrics["share"]),
              renderer(hostile_dataset, lang).downloads(), renderer(hostile_dataset, lang).glossary(terms),
              renderer(dataset, lang).value(dataset.metrics["shared-courts"], with_unit=True)]
    blocks += [renderer(dataset, lang).chart(chart_id) for chart_id in dataset.charts]
    blocks += [renderer(dataset, lang).figure(metric) for metric in dataset.metrics.values()]
    for html in blocks:
        assert_no_blank_lines(html)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_live_data_every_chart_figure_and_value_renders_without_blank_lines(live_dataset, lang):
    blocks = [renderer(live_dataset, lang).chart(chart_id) for chart_id in live_dataset.charts]
    for metric in live_dataset.metrics.values():
        blocks += [renderer(live_dataset, lang).figure(metric), renderer(live_dataset, lang).value(metric, with_unit=True)]
    assert live_dataset.charts and live_dataset.metrics
    for html in blocks:
        assert_no_blank_lines(html)


def test_script_json_escapes_markup_characters():
    text = script_json({"label": "</script><script>alert(1)</script> & <!--", "n": 1})
    assert text == ('{"label":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e '
                    '\\u0026 \\u003c!--","n":1}')
    assert json.loads(text) == {"label": "</script><script>alert(1)</script> & <!--", "n": 1}
    assert json.loads(script_json({"zh": "五年来"})) == {"zh": "五年来"}  # Chinese stays readable


@pytest.mark.parametrize("lang, page_url, with_unit, expected", [
    ("zh", "numbers/", True, '<a class="ex-value" href="./#shared-courts" data-metric="shared-courts">3084家</a>'),
    ("zh", "interview/rule-of-law/", False,
     '<a class="ex-value" href="../../numbers/#shared-courts" data-metric="shared-courts">3084</a>'),
    ("zh", "", False, '<a class="ex-value" href="numbers/#shared-courts" data-metric="shared-courts">3084</a>'),
    ("en", "en/interview/rule-of-law/", True,
     '<a class="ex-value" href="../../numbers/#shared-courts" data-metric="shared-courts">3,084 courts</a>'),
    ("en", "en/", False, '<a class="ex-value" href="numbers/#shared-courts" data-metric="shared-courts">3,084</a>'),
])
def test_value_links_to_its_card_in_the_same_language(dataset, lang, page_url, with_unit, expected):
    assert renderer(dataset, lang, page_url).value(dataset.metrics["shared-courts"], with_unit) == expected


def test_reported_figure_card(dataset):
    html = renderer(dataset, "en", "en/numbers/").figure(dataset.metrics["shared-courts"])
    assert html.startswith('<div class="ex-figure" id="shared-courts">')  # site.js derives its address
    assert '<p class="ex-figure__value">3,084 courts</p>' in html
    assert '<span lang="zh-Hans">五年来，已建成共享法庭3084家，累计指导调解47.7万件，成功化解纠纷31.6万件</span>' in html
    assert '<a href="./">Interview sidebar</a>' in html
    assert "ex-figure__badge--reported" in html and "ex-figure__formula" not in html


def test_english_figure_card_adds_the_english_rendering_of_its_quote(dataset):
    metric = dataset.metrics["shared-courts"]
    english = "Over the past five years, 3,084 shared courts have been set up"
    en = renderer(dataset, "en", "en/numbers/").figure(metric)
    assert (f'{metric.source["quote"]}</span><br><span class="ex-figure__quote-en">'
            f'{metric.source["quote_en"]}</span></blockquote>') in en
    assert english in en
    zh = renderer(dataset, "zh", "numbers/").figure(metric)
    assert metric.source["quote"] in zh
    assert "ex-figure__quote-en" not in zh and english not in zh and "<br>" not in zh


def test_derived_figure_card_shows_its_formula(dataset):
    html = renderer(dataset, "zh").figure(dataset.metrics["shared-court-resolution-share"])
    assert 'class="ex-figure ex-figure--derived"' in html
    assert "31.6万件 ÷ 47.7万件 × 100% ≈ 66.2%" in html
    assert "ex-figure__badge\">推算</span>" in html  # and the copied citation's lead says so (test_citation.py)
    assert "ex-figure__quote" not in html
    en = renderer(dataset, "en", "en/numbers/").figure(dataset.metrics["business-reforms-total"])
    assert "101 reforms + 52 reforms = 153 reforms" in en
    assert ">Derived</span>" in en
    cny = renderer(dataset, "en", "en/numbers/").figure(dataset.metrics["saving-per-dispute"])
    assert "CNY 890 million ÷ 568,700 cases ≈ CNY 1,565" in cny and "× 100%" not in cny


def test_source_link_goes_to_the_interview_section_in_the_page_language(dataset):
    zh = renderer(dataset, "zh", "numbers/").figure(dataset.metrics["national-business-reforms"])
    assert '<a href="../interview/rule-of-law/">第二问：以法治保障平安</a>' in zh
    en = renderer(dataset, "en", "en/numbers/").figure(dataset.metrics["national-business-reforms"])
    assert '<a href="../interview/rule-of-law/">Question 2: the rule of law as the guarantee of safety</a>' in en


def test_chart_block_in_english(dataset):
    html = renderer(dataset, "en", "en/numbers/").chart("shared-court-outcomes")
    assert html.startswith('<figure class="ex-chart ex-chart--bar" data-spec="../../downloads/charts/figures.en.json" id="shared-court-outcomes">')
    # each bar's length is its value's share of the largest, on the one track every row shares
    assert html.count('class="ex-static__bar" style="--f:1.0;') == 1
    assert f'class="ex-static__bar" style="--f:{round(316000 / 477000, 4)};' in html
    assert '<td>477,000 cases</td>' in html and '<a href="./#shared-court-mediations">' in html
    assert '<a href="../../downloads/metrics-en.csv" download>CSV (English headers)</a>' in html
    assert '<a href="../../downloads/charts/shared-court-outcomes.en.svg" download="shared-court-outcomes.en.svg">SVG</a>' in html
    assert 'data-name="shared-court-outcomes.en.png"' in html
    assert 'aria-label="Open the interactive chart: Shared courts: mediations guided' in html


def test_static_drawing_reserves_its_box_and_draws_declines_as_their_size(dataset):
    html = renderer(dataset, "zh").chart("five-year-changes")
    geometry = layout_chart(chart_view(dataset.charts["five-year-changes"], dataset, "zh"))
    assert f'style="height:{geometry.height}px"' in html
    assert "--f:-" not in html  # a decline is a bar of its size, never a negative width
    assert html.count("ex-static__bar") == 4 and "下降47.97%" in html


def test_downloads_and_glossary_blocks(dataset):
    html = renderer(dataset, "zh", "data/").downloads()
    assert html.splitlines() == [
        '<ul class="ex-downloads">',
        '<li><a href="../downloads/metrics-zh.csv" download>CSV（简体中文表头）</a></li>',
        '<li><a href="../downloads/metrics-zh-hant.csv" download>CSV（繁体中文表头）</a></li>',
        '<li><a href="../downloads/metrics-en.csv" download>CSV（英文表头）</a></li>',
        '<li><a href="../downloads/metrics.json" download>JSON（全部字段）</a></li>',
        "</ul>",
    ]
    terms = [{"id": "zongzhi", "zh": {"term": "综治中心", "definition": "<i>x</i>"},
              "en": {"term": "Governance centre", "definition": "A centre."}}]
    glossary = renderer(dataset, "en", "en/glossary/").glossary(terms)
    assert '<dt id="zongzhi"><span class="ex-glossary__term">Governance centre</span> ' \
           '<span class="ex-glossary__other" lang="zh-Hans">综治中心</span>' in glossary
    assert "<dd>A centre.</dd>" in glossary
    assert "&lt;i&gt;x&lt;/i&gt;" in renderer(dataset, "zh", "glossary/").glossary(terms)
