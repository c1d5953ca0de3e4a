"""Checks a JSON Schema cannot express: unique ids, resolving references, sane values,
and that each figure is quoted from the interview as it stands in the source text."""

from __future__ import annotations

import re

from explainer.text.numbers import en_number, zh_number
from explainer.dataset.places import place

from explainer.text.punctuation import fullwidth

PERCENT_RANGE = (-100, 100)
# The largest a figure of each unit may be (a count is a whole number from 0 up to its bound; a rank from
# 1): far above any figure of a city (10 million people, 890 million yuan), far below what would overflow.
MAX_COUNT = 10**12
MAX_VALUE = {"cny": 10**15, "rank": 10**6, "year": 10**4}
NOT_TEXT = re.compile(r"\s+|\*\*")  # line breaks and the sidebars' bold markers
NUMERAL = "0-9零一二三四五六七八九十百千万亿"  # no numeral may touch a figure: 308 must not pass in 3084


def semantic_problems(raw: dict, source_text: str) -> list[str]:
    problems: list[str] = []
    check_sentence_case(raw, problems)
    units = check_ids(raw, problems)
    check_values(raw, source_text, problems)
    check_derived(raw, units, problems)
    check_charts(raw, units, problems)
    return problems


def check_sentence_case(raw: dict, problems: list[str]) -> None:
    """The sentence-case headline has the English headline's words; only its capitals differ."""
    source = raw["source"]
    sentence = source.get("headline_sentence_case")
    headline = source["headline"]["en"]
    if sentence is not None and sentence.casefold() != headline.casefold():
        at = next((i for i, (a, b) in enumerate(zip(sentence.casefold(), headline.casefold())) if a != b),
                  min(len(sentence), len(headline)))
        problems.append("source.headline_sentence_case: is not source.headline.en with other capitals (from "
                        f"character {at + 1}: {sentence[at:at + 20]!r} against {headline[at:at + 20]!r})")


def check_ids(raw: dict, problems: list[str]) -> dict[str, str]:
    """Collect id → unit over metrics and derived; report duplicates."""
    seen: dict[str, str] = {}
    units: dict[str, str] = {}
    for group in ("metrics", "derived"):
        for index, item in enumerate(raw[group]):
            where = f"{place(raw, (group, index))}.id"
            if item["id"] in seen:
                problems.append(f"{where}: duplicate id {item['id']!r} (also {seen[item['id']]})")
            seen[item["id"]] = f"{group}[{index}]"
            units[item["id"]] = item["unit"]
    chart_seen: dict[str, str] = {}
    for index, chart in enumerate(raw["charts"]):
        where = f"{place(raw, ('charts', index))}.id"
        if chart["id"] in chart_seen:
            problems.append(f"{where}: duplicate chart id {chart['id']!r} (also {chart_seen[chart['id']]})")
        chart_seen[chart["id"]] = f"charts[{index}]"
    return units


def as_printed(text: str) -> str:
    """Interview text as the site compares it: without line breaks and bold markers, then punctuated
    as the site prints Chinese (full-width marks, explainer/text/punctuation.py), on both sides of the check."""
    return fullwidth(NOT_TEXT.sub("", text))


def check_values(raw: dict, source_text: str, problems: list[str]) -> None:
    flat_source = as_printed(source_text)
    for index, metric in enumerate(raw["metrics"]):
        where = place(raw, ("metrics", index))
        value, unit = metric["value"], metric["unit"]
        bound = MAX_VALUE.get(unit, MAX_COUNT)
        if unit != "percent" and not -bound <= value <= bound:
            problems.append(f"{where}.value: {value:.6g} is beyond the {bound:.0e} any figure in {unit} can be")
            continue
        if unit == "percent" and not PERCENT_RANGE[0] <= value <= PERCENT_RANGE[1]:
            problems.append(f"{where}.value: {value} is outside {PERCENT_RANGE[0]}..{PERCENT_RANGE[1]} %")
        elif unit == "rank" and (value != int(value) or value < 1):
            problems.append(f"{where}.value: {value} is not a rank (a whole number from 1)")
        elif unit not in ("percent", "cny") and (value != int(value) or value < 0):
            problems.append(f"{where}.value: {value} is not a count (a whole number from 0)")
        quote = as_printed(metric["source"]["quote"])
        if quote not in flat_source:
            problems.append(f"{where}.source.quote: not found word for word in the interview text")
            continue
        shown = zh_number(value, unit, metric.get("qualifier"), metric.get("spell", False), metric.get("wording"))
        if not re.search(f"(?<![{NUMERAL}.]){re.escape(shown)}(?![{NUMERAL}]|\\.[0-9])", quote):
            problems.append(f"{where}.value: {value} would read {shown!r}, which its source quote does not contain")
        shown_en = en_number(value, unit, metric.get("qualifier"), metric.get("spell", False), metric.get("wording"))
        if not re.search(f"(?<![0-9.,]){re.escape(shown_en)}(?![0-9]|[.,][0-9])", metric["source"].get("quote_en", "")):
            problems.append(f"{where}.source.quote_en: does not contain the value as English readers see it, {shown_en!r}")


def check_derived(raw: dict, units: dict[str, str], problems: list[str]) -> None:
    reported = {m["id"]: m for m in raw["metrics"]}
    for index, item in enumerate(raw["derived"]):
        for k, input_id in enumerate(item["inputs"]):
            if input_id not in reported:
                problems.append(f"{place(raw, ('derived', index))}.inputs[{k}]: unknown metric {input_id!r}")
        inputs = [reported[i] for i in item["inputs"] if i in reported]
        if len(inputs) != len(item["inputs"]):
            continue
        if item["formula"] == "ratio":
            if len(inputs) != 2:
                problems.append(f"{place(raw, ('derived', index))}.inputs: a ratio takes exactly two metrics")
            elif inputs[1]["value"] == 0:
                problems.append(f"{place(raw, ('derived', index))}.inputs[1]: {inputs[1]['id']!r} is zero; cannot divide by it")
        if item["formula"] == "sum" and len({m["unit"] for m in inputs}) > 1:
            problems.append(f"{place(raw, ('derived', index))}.inputs: cannot add metrics of different units")


def check_charts(raw: dict, units: dict[str, str], problems: list[str]) -> None:
    values = {m["id"]: m["value"] for m in raw["metrics"]}
    for index, chart in enumerate(raw["charts"]):
        known = []
        for k, metric_id in enumerate(chart["metrics"]):
            if metric_id not in units:
                problems.append(f"{place(raw, ('charts', index))}.metrics[{k}]: unknown metric {metric_id!r}")
            else:
                known.append(metric_id)
        chart_units = {units[i] for i in known}
        if len(chart_units) > 1:
            problems.append(f"{place(raw, ('charts', index))}.metrics: mixes units ({', '.join(sorted(chart_units))}); a chart compares one unit")
        if chart["kind"] == "rank" and chart_units - {"rank"}:
            problems.append(f"{place(raw, ('charts', index))}.kind: a rank chart takes only metrics in unit 'rank'")
        signs = {values[i] > 0 for i in known if i in values}
        if len(signs) > 1:
            problems.append(f"{place(raw, ('charts', index))}.metrics: mixes rises and falls; draw them as two charts")
