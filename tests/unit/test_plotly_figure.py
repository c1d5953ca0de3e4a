"""The interactive figure is a plain dict that plotly.py itself accepts as a valid figure."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from explainer.chart_view import chart_view
from explainer.plotly_figure import plotly_figure, wrap

CHARTS = ["five-year-changes", "rule-of-law-ranking", "shared-court-outcomes", "business-reforms", "big-data-tasks"]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", CHARTS)
def test_every_real_chart_is_a_valid_plotly_figure(dataset, chart_id, lang):
    spec = plotly_figure(chart_view(dataset.charts[chart_id], dataset, lang))
    figure = go.Figure(data=spec["data"], layout=spec["layout"])  # raises on any unknown or invalid property
    assert len(figure.data) == 1
    assert set(spec) == {"data", "layout", "config"}
    json.dumps(spec)  # embeddable as JSON


@pytest.mark.parametrize("lang, locale", [("zh", "zh-CN"), ("en", "en")])
def test_config_locale_follows_the_page_language(dataset, lang, locale):
    spec = plotly_figure(chart_view(dataset.charts["business-reforms"], dataset, lang))
    assert spec["config"]["locale"] == locale
    assert spec["config"]["displaylogo"] is False


def test_rank_chart_is_a_line_with_the_best_rank_on_top(dataset):
    spec = plotly_figure(chart_view(dataset.charts["rule-of-law-ranking"], dataset, "zh"))
    trace = spec["data"][0]
    assert trace["type"] == "scatter" and "lines" in trace["mode"]
    assert trace["x"] == ["2022年", "2023年", "2024年"]
    assert trace["y"] == [2, 4, 2]
    assert trace["text"] == ["第二", "第四", "第二"]
    low, high = spec["layout"]["yaxis"]["range"]
    assert low > high, "the rank axis must be reversed: 1st at the top"
    assert low > 4 and high < 1  # every rank, and 1st, are in view
    assert spec["layout"]["yaxis"]["title"]["text"] == "名次"
    figure = go.Figure(data=spec["data"], layout=spec["layout"])
    assert tuple(figure.layout.yaxis.range) == (low, high)


def test_rank_axis_title_in_english(dataset):
    spec = plotly_figure(chart_view(dataset.charts["rule-of-law-ranking"], dataset, "en"))
    assert spec["layout"]["yaxis"]["title"]["text"] == "Rank"
    assert spec["data"][0]["text"] == ["2nd", "4th", "2nd"]


def test_bar_chart_is_horizontal_with_values_and_texts_in_order(dataset):
    view = chart_view(dataset.charts["five-year-changes"], dataset, "en")
    spec = plotly_figure(view)
    trace = spec["data"][0]
    assert trace["type"] == "bar" and trace["orientation"] == "h"
    assert trace["x"] == [-29.08, -27.04, -38.73, -47.97]
    assert trace["text"] == ["down 29.08%", "down 27.04%", "down 38.73%", "down 47.97%"]
    assert [y.replace("<br>", " ") for y in trace["y"]] == view.categories
    assert spec["layout"]["yaxis"]["autorange"] == "reversed"  # first category on top, as in the table
    assert spec["layout"]["xaxis"]["ticksuffix"] == "%"


def test_count_bars_have_no_percent_suffix(dataset):
    spec = plotly_figure(chart_view(dataset.charts["shared-court-outcomes"], dataset, "zh"))
    assert spec["layout"]["xaxis"]["ticksuffix"] == ""
    assert spec["data"][0]["text"] == ["47.7万件", "31.6万件"]


def test_no_colours_are_fixed_in_the_figure(dataset):
    spec = plotly_figure(chart_view(dataset.charts["business-reforms"], dataset, "zh"))
    text = json.dumps(spec)
    assert "#" not in text and "rgb(" not in text  # only transparent rgba backgrounds; the page sets colours


def test_wrap_breaks_long_labels():
    assert wrap("一二三四五六七八九十一二三", "zh") == "一二三四五六七八九十<br>一二三"
    assert wrap("短", "zh") == "短"
    assert wrap("Share of shared-court mediations that resolved the dispute", "en") == (
        "Share of<br>shared-court<br>mediations that<br>resolved the<br>dispute")
    for line in wrap("Share of shared-court mediations that resolved the dispute", "en").split("<br>"):
        assert len(line) <= 18


def test_labels_are_shown_as_written_not_read_as_html(hostile_dataset):
    for chart_id in ("bars", "ranks"):
        spec = plotly_figure(chart_view(hostile_dataset.charts[chart_id], hostile_dataset, "en"))
        trace = spec["data"][0]
        categories = trace["y"] if chart_id == "bars" else trace["x"]
        for label in categories:
            without_breaks = label.replace("<br>", "")
            assert "<" not in without_breaks and ">" not in without_breaks, label
            assert "&lt;/script&gt;" in without_breaks and "&amp;" in without_breaks
        go.Figure(data=spec["data"], layout=spec["layout"])


def test_escaping_does_not_split_an_entity_across_lines():
    wrapped = wrap("一二三四五六七八九<十一", "zh")
    assert wrapped == "一二三四五六七八九&lt;<br>十一"
