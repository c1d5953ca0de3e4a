"""The interactive figure is built with plotly's graph objects and draws the chart's one layout:
the same marks, at the same places, with the same words as the static drawing."""

from __future__ import annotations

import json
import re

import plotly.graph_objects as go
import pytest

from explainer.charts import plotly_figure as module
from explainer.charts.geometry import layout_chart
from explainer.charts.view import chart_view
from explainer.errors import SiteError
from explainer.charts.plotly_figure import font_stack, plotly_figure

CHARTS = ["five-year-changes", "rule-of-law-ranking", "shared-court-outcomes", "business-reforms"]  # the fixture data's charts


def build(dataset, chart_id, lang):
    view = chart_view(dataset.charts[chart_id], dataset, lang)
    geometry = layout_chart(view)
    return view, geometry, plotly_figure(view, geometry)


def assert_valid_and_drawn_on_the_layout(dataset, chart_id, lang):
    view, geometry, spec = build(dataset, chart_id, lang)
    go.Figure(data=spec["data"], layout=spec["layout"])  # plotly accepts it back
    json.dumps(spec)
    layout = spec["layout"]
    assert layout["height"] == geometry.height
    assert layout["margin"]["l"] == geometry.inset_left and layout["margin"]["r"] == geometry.inset_right
    assert layout["margin"]["t"] == 0 and layout["margin"]["b"] == pytest.approx(geometry.height - geometry.plot_height)
    assert layout["xaxis"]["range"] == list(geometry.domain)
    assert layout["yaxis"]["range"] == [geometry.plot_height, 0]  # y is the layout's pixels, top down
    for axis in ("xaxis", "yaxis"):
        assert layout[axis]["automargin"] is False and layout[axis]["visible"] is False
    trace = spec["data"][0]
    assert trace["x"] == [r.value for r in geometry.rows]
    assert trace["y"] == [r.mark_middle for r in geometry.rows]
    labels = [a["text"] for a in layout["annotations"] if a["name"] == "label"]
    assert labels == ["<br>".join(r.label_lines) for r in geometry.rows]
    values = [a["text"] for a in layout["annotations"] if a["name"] == "value"]
    assert values == [f"<b>{t}</b>" for t in view.texts]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", CHARTS)
def test_every_fixture_chart_is_a_valid_plotly_figure_drawn_on_the_layout(dataset, chart_id, lang):
    assert_valid_and_drawn_on_the_layout(dataset, chart_id, lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_live_data_every_chart_is_a_valid_plotly_figure_drawn_on_the_layout(live_dataset, lang):
    for chart_id in live_dataset.charts:
        assert_valid_and_drawn_on_the_layout(live_dataset, chart_id, lang)


def test_bars_start_at_zero_and_are_as_thick_as_the_static_ones(dataset):
    view, geometry, spec = build(dataset, "five-year-changes", "en")
    trace = spec["data"][0]
    assert trace["type"] == "bar" and trace["orientation"] == "h" and trace["base"] == 0
    assert trace["x"] == [29.08, 27.04, 38.73, 47.97]  # declines drawn as bars of their size
    assert trace["width"] == [r.mark_height for r in geometry.rows]
    assert [a["text"] for a in spec["layout"]["annotations"] if a["name"] == "value"] == [
        "<b>down 29.08%</b>", "<b>down 27.04%</b>", "<b>down 38.73%</b>", "<b>down 47.97%</b>"]


def test_rank_chart_is_dots_with_integer_ticks_and_the_scale_named(dataset):
    view, geometry, spec = build(dataset, "rule-of-law-ranking", "zh")
    trace = spec["data"][0]
    assert trace["type"] == "scatter" and trace["mode"] == "markers"
    assert trace["x"] == [2, 4, 2]
    ticks = [a for a in spec["layout"]["annotations"] if a["name"] == "tick"]
    assert [(t["x"], t["text"]) for t in ticks] == [(1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "5")]
    title = [a["text"] for a in spec["layout"]["annotations"] if a["name"] == "axis-title"]
    assert title and "百城" in title[0]


@pytest.mark.parametrize("lang, locale", [("zh", "zh-CN"), ("en", "en")])
def test_config_locale_follows_the_page_language(dataset, lang, locale):
    spec = build(dataset, "business-reforms", lang)[2]
    assert spec["config"]["locale"] == locale
    assert spec["config"]["displayModeBar"] is False  # nothing drawn over the values


def test_no_colours_are_fixed_in_the_figure(dataset):
    text = json.dumps(build(dataset, "business-reforms", "zh")[2])
    assert "#" not in text and "rgb(" not in text  # only transparent rgba backgrounds; the page sets colours


def test_every_text_and_shape_is_named_by_its_role_for_the_page_to_colour(dataset):
    for chart_id in CHARTS:
        layout = build(dataset, chart_id, "en")[2]["layout"]
        assert {a["name"] for a in layout["annotations"]} <= {"label", "value", "tick", "axis-title"}
        assert {s["name"] for s in layout["shapes"]} <= {"baseline", "grid", "track"}


def test_labels_are_shown_as_written_not_read_as_html(hostile_dataset):
    for chart_id in ("bars", "ranks"):
        spec = plotly_figure(chart_view(hostile_dataset.charts[chart_id], hostile_dataset, "en"))
        for note in spec["layout"]["annotations"]:
            inner = re.sub(r"</?b>|<br>", "", note["text"])
            assert "<" not in inner and ">" not in inner, note["text"]
        for label, value in spec["data"][0]["customdata"]:
            assert "<" not in label + value
        go.Figure(data=spec["data"], layout=spec["layout"])


def css_block(styles: str, selector: str) -> dict[str, str]:
    """The custom properties set by the rule whose selector list starts with ``selector``."""
    body = re.search(re.escape(selector) + r"[^{]*\{([^}]*)\}", styles).group(1)
    return {name: " ".join(value.split()) for name, value in re.findall(r"(--[\w-]+):\s*([^;]+);", body)}


def test_the_font_is_the_pages_font_in_every_edition(root, dataset):
    """The stack the figures name is the one site.css gives text of the edition's language: Latin
    fonts first for English, CJK first for Chinese, SC or TC forms as the edition writes them."""
    styles = (root / "docs/assets/stylesheets/site.css").read_text(encoding="utf-8")
    zh, hant, en = (css_block(styles, s) for s in ("[lang]:lang(zh)", "[lang]:lang(zh-Hant)", "[lang]:lang(en)"))
    simplified = f"{zh['--ex-font-before-han']}, {zh['--ex-font-han']}, sans-serif"
    traditional = f"{zh['--ex-font-before-han']}, {hant['--ex-font-han']}, sans-serif"
    english = f"{en['--ex-font-before-han']}, {zh['--ex-font-han']}, sans-serif"
    assert (font_stack("zh"), font_stack("en"), font_stack("zh-hant")) == (simplified, english, traditional)
    assert '"PingFang TC"' in traditional and '"PingFang SC"' not in traditional
    assert english.startswith("-apple-system, BlinkMacSystemFont, \"Segoe UI\", Roboto")
    assert english.index('"Liberation Sans"') < english.index('"Noto Sans CJK SC"')
    view = chart_view(dataset.charts["business-reforms"], dataset, "zh-hant")
    figure = plotly_figure(view, layout_chart(view))
    assert figure["layout"]["font"]["family"] == traditional
    view = chart_view(dataset.charts["business-reforms"], dataset, "en")
    assert plotly_figure(view, layout_chart(view))["layout"]["font"]["family"] == english


def test_a_figure_plotly_rejects_stops_the_build_naming_the_chart(dataset, monkeypatch):
    view = chart_view(dataset.charts["business-reforms"], dataset, "en")
    monkeypatch.setattr(module, "config", module.config)
    original = module.marks

    def broken(view, geometry):
        trace = original(view, geometry)
        return {**trace.to_plotly_json(), "orientation": "diagonal"}

    monkeypatch.setattr(module, "marks", broken)
    with pytest.raises(SiteError) as caught:
        plotly_figure(view, index=3)
    message = str(caught.value)
    assert message.startswith("data/metrics.json: charts[3] (business-reforms): plotly rejects the figure: ")
    assert "\n" not in message and "orientation" in message
