"""The lead line of a copied figure citation: the figure, its period, its source."""

from __future__ import annotations

from explainer.citations.figure_lead import figure_lead


def test_zh_lead_of_a_reported_figure(dataset):
    assert figure_lead(dataset.metrics["shared-courts"], dataset, "zh") == (
        "已建成的共享法庭:3084家(五年来)。来源:《建设更高水平平安杭州法治杭州 聚力打造全省和谐稳定首善之区"
        "——访杭州市委副书记、政法委书记马小秋》。")


def test_en_lead_of_a_reported_figure(dataset):
    text = figure_lead(dataset.metrics["shared-courts"], dataset, "en")
    assert text.startswith("Shared courts set up: 3,084 courts (past five years). Source: “Building a Higher-Level")
    assert text.endswith("”, " + dataset.interviewee["en"] + ".")
    assert "derived" not in text


def test_a_derived_figure_says_so(dataset):
    metric = dataset.metrics["saving-per-dispute"]
    assert "(本站据访谈数字推算)" in figure_lead(metric, dataset, "zh")
    en = figure_lead(metric, dataset, "en")
    assert ": CNY 1,565 (" in en and "(derived by this site from figures in the interview)" in en
