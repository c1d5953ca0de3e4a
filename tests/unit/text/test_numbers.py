"""Numbers as each language's reader expects them, checked on the interview's figures as the fixture data
holds them (tests/unit/conftest.py), and every figure of the live data formatted without float noise."""

from __future__ import annotations

import re

import pytest

from explainer.text.numbers import en_number, en_ordinal, format_number, format_quantity, plain, zh_number, zh_numeral

# fixture metric id → (zh number, zh quantity, en number, en quantity)
REAL = {
    "market-disputes-resolved": ("56.87万", "56.87万件", "568,700", "568,700 cases"),
    "dispute-costs-saved": ("8.9亿", "8.9亿元", "CNY 890 million", "CNY 890 million"),
    "rule-of-law-rank-2022": ("第二", "第二", "2nd", "2nd"),
    "rule-of-law-rank-2023": ("第四", "第四", "4th", "4th"),
    "non-police-matters-daily": ("1400余", "1400余起", "more than 1,400", "more than 1,400 matters"),
    "homicides-change": ("29.08%", "下降29.08%", "29.08%", "down 29.08%"),
    "shared-court-mediations": ("47.7万", "47.7万件", "477,000", "477,000 cases"),
    "risk-assessments": ("10841", "10841项", "10,841", "10,841 assessments"),
    "digital-rule-of-law-first-years": ("三", "三年", "three", "three years"),
    "shared-courts": ("3084", "3084家", "3,084", "3,084 courts"),
    "urban-population": ("千万", "超过千万人", "10 million", "more than 10 million people"),
    "shared-court-resolution-share": ("66.2%", "66.2%", "66.2%", "66.2%"),
    "saving-per-dispute": ("1565", "1565元", "CNY 1,565", "CNY 1,565"),
    "business-reforms-total": ("153", "153项", "153", "153 reforms"),
}


@pytest.mark.parametrize("metric_id", sorted(REAL))
def test_fixture_figures_read_as_in_each_language(dataset, metric_id):
    metric = dataset.metrics[metric_id]
    zh, zh_quantity, en, en_quantity = REAL[metric_id]
    assert format_number(metric, "zh") == zh
    assert format_quantity(metric, "zh") == zh_quantity
    assert format_number(metric, "en") == en
    assert format_quantity(metric, "en") == en_quantity


@pytest.mark.parametrize("metric_id, value", [
    ("shared-court-resolution-share", 66.2),  # 316000 / 477000 × 100, one decimal
    ("saving-per-dispute", 1565),  # 890000000 / 568700, no decimals
    ("business-reforms-total", 153),  # 101 + 52
])
def test_derived_values_are_computed_from_the_reported_ones(dataset, metric_id, value):
    metric = dataset.metrics[metric_id]
    assert metric.derived
    assert metric.value == pytest.approx(value, abs=1e-9)
    assert metric.source is None


def test_reported_figures_are_not_derived(dataset):
    assert not dataset.metrics["shared-courts"].derived
    assert dataset.metrics["shared-courts"].value == 3084


def test_live_data_every_figure_formats_in_both_languages_without_float_noise(live_dataset):
    for metric in live_dataset.metrics.values():
        for lang in ("zh", "en"):
            text = format_quantity(metric, lang)
            assert text and not re.search(r"\.0(?![0-9])|e\+|[0-9]{7}", text), (metric.id, lang, text)


@pytest.mark.parametrize("value, expected", [
    (56.870000001, "56.87"), (3.0, "3"), (0.1 + 0.2, "0.3"), (-0.0000001, "0"), (10, "10"), (1565.0, "1565"),
])
def test_plain_drops_float_noise_and_trailing_zeros(value, expected):
    assert plain(value) == expected


@pytest.mark.parametrize("n, expected", [
    (0, "零"), (1, "一"), (3, "三"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (45, "四十五"), (99, "九十九"),
])
def test_zh_numerals(n, expected):
    assert zh_numeral(n) == expected


@pytest.mark.parametrize("n, expected", [
    (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
    (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th"), (112, "112th"),
])
def test_en_ordinals(n, expected):
    assert en_ordinal(n) == expected


@pytest.mark.parametrize("value, unit, qualifier, zh, en", [
    (99999, "case", None, "99999", "99,999"),  # below 10万 the zh figure stays in digits
    (100000, "case", None, "10万", "100,000"),
    (123450000, "case", None, "1.2345亿", "123,450,000"),
    (2500000000, "cny", None, "25亿", "CNY 2.5 billion"),
    (1500000, "cny", None, "150万", "CNY 1.5 million"),
    (950, "cny", None, "950", "CNY 950"),
    (12, "rank", None, "第十二", "12th"),
    (5, "percent", None, "5%", "5%"),
    (-5.5, "percent", None, "5.5%", "5.5%"),
    (300, "matter", "over", "300余", "more than 300"),
])
def test_numbers_by_magnitude_and_unit(value, unit, qualifier, zh, en):
    assert zh_number(value, unit, qualifier) == zh
    assert en_number(value, unit, qualifier) == en


def test_spelled_numbers_only_up_to_ten_in_english():
    assert zh_number(3, "year", spell=True) == "三"
    assert en_number(3, "year", spell=True) == "three"
    assert en_number(12, "year", spell=True) == "12"


def test_wording_overrides_the_digits():
    wording = {"zh": "千万", "en": "10 million"}
    assert zh_number(10_000_000, "person", "over", wording=wording) == "千万"
    assert en_number(10_000_000, "person", "over", wording=wording) == "10 million"


def test_a_rise_in_percent_has_no_down_word(dataset):
    from dataclasses import replace

    rise = replace(dataset.metrics["homicides-change"], value=12.5)
    assert format_quantity(rise, "zh") == "12.5%"
    assert format_quantity(rise, "en") == "12.5%"
