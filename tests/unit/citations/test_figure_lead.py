"""The lead line of a copied figure citation: the figure, its period, its source."""

from __future__ import annotations

from explainer.citations.figure_lead import figure_lead


def test_zh_lead_of_a_reported_figure(dataset):
    assert figure_lead(dataset.metrics["shared-courts"], dataset, "zh") == (
        "已建成的共享法庭：3084家（五年来）。来源：《建设更高水平平安杭州法治杭州 聚力打造全省和谐稳定首善之区"
        "——访杭州市委副书记、政法委书记马小秋》。")


def test_en_lead_of_a_reported_figure(dataset):
    text = figure_lead(dataset.metrics["shared-courts"], dataset, "en")
    # CMOS 6.9: the comma inside the closing quotation mark; the description lowercased mid-sentence.
    assert text == ("Shared courts set up: 3,084 courts (past five years). Source: “Building a Higher-Level Safe "
                    "Hangzhou and Rule-of-Law Hangzhou, Striving to Make It the Province's Model of Harmony and "
                    "Stability,” an interview with Ma Xiaoqiu, Deputy Secretary of the CPC Hangzhou Municipal "
                    "Committee and Secretary of its Political and Legal Affairs Commission.")
    assert "derived" not in text


def test_a_derived_figure_says_so(dataset):
    metric = dataset.metrics["saving-per-dispute"]
    zh = figure_lead(metric, dataset, "zh")
    assert "1565元（近四年）（本站据访谈数字推算）。来源：《" in zh  # GB/T 15834: full-width ：（）
    assert not any(mark in zh.replace(metric.label["zh"], "") for mark in ":()"), "the lead's own marks are full-width"
    en = figure_lead(metric, dataset, "en")
    assert ": CNY 1,565 (" in en and "(derived by this site from figures in the interview)" in en
