"""One view of a chart per language: categories, values, formatted texts and its text alternative."""

from __future__ import annotations

import pytest

from explainer.charts.view import chart_view


def test_bar_chart_alt_text_lists_every_category_and_value_in_order_zh(dataset):
    view = chart_view(dataset.charts["five-year-changes"], dataset, "zh")
    assert _in_order(view.alt_text, view.categories, view.texts)
    assert view.alt_text.startswith("条形图，" + view.title + "。")
    assert view.texts == ["下降29.08%", "下降27.04%", "下降38.73%", "下降47.97%"]


def test_bar_chart_alt_text_en(dataset):
    view = chart_view(dataset.charts["five-year-changes"], dataset, "en")
    assert view.alt_text.startswith("Bar chart, Five-year declines in key safety indicators (to September 2025). ")
    assert view.alt_text.endswith(".")
    assert view.texts == ["down 29.08%", "down 27.04%", "down 38.73%", "down 47.97%"]
    assert _in_order(view.alt_text, view.categories, view.texts)


def _in_order(alt: str, categories, texts) -> bool:
    """Every "category: value" pair appears, and each after the one before it."""
    position = 0
    for category, text in zip(categories, texts):
        for piece in (category, text):
            found = alt.find(piece, position)
            if found < 0:
                return False
            position = found + len(piece)
    return True


def assert_alt_text_names_every_value(dataset, chart_id, lang):
    view = chart_view(dataset.charts[chart_id], dataset, lang)
    assert len(view.categories) == len(view.values) == len(view.texts) == len(dataset.charts[chart_id].metric_ids)
    assert _in_order(view.alt_text, view.categories, view.texts), view.alt_text
    separator = "：" if lang == "zh" else ": "
    for category, text in zip(view.categories, view.texts):
        assert f"{category}{separator}{text}" in view.alt_text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", ["five-year-changes", "rule-of-law-ranking", "shared-court-outcomes",
                                      "business-reforms"])
def test_every_fixture_chart_alt_text_names_all_its_values(dataset, chart_id, lang):
    assert_alt_text_names_every_value(dataset, chart_id, lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_live_data_every_chart_alt_text_names_all_its_values(live_dataset, lang):
    for chart_id in live_dataset.charts:
        assert_alt_text_names_every_value(live_dataset, chart_id, lang)


def test_rank_chart_uses_periods_as_categories(dataset):
    zh = chart_view(dataset.charts["rule-of-law-ranking"], dataset, "zh")
    en = chart_view(dataset.charts["rule-of-law-ranking"], dataset, "en")
    assert zh.categories == [dataset.metrics[i].period["zh"] for i in zh.metric_ids]
    assert en.categories == [dataset.metrics[i].period["en"] for i in en.metric_ids]
    assert zh.texts == ["第二", "第四", "第二"]
    assert en.texts == ["2nd", "4th", "2nd"]
    assert zh.alt_text.startswith("排名点图（名次越小越好），")
    assert en.alt_text.startswith("Rank dot chart (a lower rank is better), ")
    assert "百城" in zh.axis_title and "100 cities" in en.axis_title  # the scale's extent is stated
    assert zh.periods == zh.categories


def test_bar_chart_uses_labels_as_categories(dataset):
    view = chart_view(dataset.charts["shared-court-outcomes"], dataset, "en")
    assert view.categories == [dataset.metrics["shared-court-mediations"].label["en"],
                               dataset.metrics["shared-court-resolutions"].label["en"]]
    assert view.values == [477000, 316000]
    assert view.texts == ["477,000 cases", "316,000 cases"]
    assert view.unit == "case"


def test_alt_text_exact_sentences(dataset):
    zh = chart_view(dataset.charts["five-year-changes"], dataset, "zh")
    assert zh.alt_text == ("条形图，五年来主要治安指标降幅（截至2025年9月）。命案：下降29.08%；交通事故死亡人数：下降27.04%；"
                           "电信网络诈骗案件立案数：下降38.73%；电信网络诈骗案损数：下降47.97%。")
    en = chart_view(dataset.charts["rule-of-law-ranking"], dataset, "en")
    assert en.alt_text == ("Rank dot chart (a lower rank is better), Hangzhou in the 100-city ranking of the China "
                           "Rule-of-Law Government Evaluation Report (lower is better). 2022: 2nd; 2023: 4th; 2024: 2nd.")
