"""The citation a report writer copies for one figure."""

from __future__ import annotations

from explainer.citation import citation_text

LINK = "https://example.org/explainer/numbers/#shared-courts"


def test_zh_citation_of_a_reported_figure(dataset):
    assert citation_text(dataset.metrics["shared-courts"], dataset, "zh", LINK) == (
        "已建成的共享法庭:3084家(五年来)。来源:《建设更高水平平安杭州法治杭州 聚力打造全省和谐稳定首善之区"
        "——访杭州市委副书记、政法委书记马小秋》。" + LINK)


def test_en_citation_of_a_reported_figure(dataset):
    text = citation_text(dataset.metrics["shared-courts"], dataset, "en", LINK)
    assert text.startswith("Shared courts set up: 3,084 courts (past five years). Source: “Building a Higher-Level")
    assert text.endswith("”, " + dataset.interviewee["en"] + ". " + LINK)
    assert "derived" not in text


def test_a_derived_figure_says_so(dataset):
    metric = dataset.metrics["saving-per-dispute"]
    assert "(本站据访谈数字推算)" in citation_text(metric, dataset, "zh", LINK)
    en = citation_text(metric, dataset, "en", LINK)
    assert ": CNY 1,565 (" in en and "(derived by this site from figures in the interview)" in en
