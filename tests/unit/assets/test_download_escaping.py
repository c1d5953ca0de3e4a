"""Downloads that cannot attack their opener: CSV cells never start a formula, BibTeX fields never end
early, and the numbers stay numbers."""

from __future__ import annotations

import csv
import io
import re

import pytest

from explainer.citations.bibtex_text import bibtex_field
from explainer.citations.references import Work
from explainer.citations.files import bibtex_entry
from explainer.assets.csv_cells import text_cell


@pytest.fixture
def site_data_with_label(dataset):
    """The real data with its first figure's label turned into a formula and its value negative: (data, id)."""
    from dataclasses import replace

    from explainer.dataset.site_data import SiteData

    first = next(iter(dataset.metrics.values()))
    label = {**first.label, "en": '=HYPERLINK("http://evil","x")'}
    metrics = {**dataset.metrics, first.id: replace(first, label=label, value=-12.5)}
    return SiteData(dataset=replace(dataset, metrics=metrics), glossary=[]), first.id


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1",
                                  "＝1+1", "=HYPERLINK(\"http://x\")"])
def test_a_cell_that_would_start_a_formula_is_text(text):
    assert text_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["常住人口", "3,084 courts", "下降29.08%", "a=b", "", "'quoted"])
def test_other_text_is_unchanged(text):
    assert text_cell(text) == text


def test_a_negative_value_stays_a_number_in_the_csv(site_data_with_label):
    from explainer.assets.downloads import metrics_csv

    data, changed = site_data_with_label
    rows = list(csv.reader(io.StringIO(metrics_csv(data, "en").lstrip("\ufeff"))))
    row = next(r for r in rows if r[0] == changed)
    assert row[1] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert row[2] == "-12.5"
    assert float(row[2]) == -12.5


BREAK_OUT = "}, title = {x"


def fields(entry: str) -> list[str]:
    """The field names BibTeX sees: it counts braces and ignores backslashes."""
    names, depth, i = [], 0, entry.index(",") + 1
    token = ""
    for char in entry[i:]:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char == "=":
            names.append(token.strip().strip(",").strip())
            token = ""
            continue
        if depth == 0 and char not in "{}":
            token += char
        if depth == 0 and char == ",":
            token = ""
    return names


def balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("text", [BREAK_OUT, "}", "{", "\\}", "a}b{c", "\\", "100% & #1 $5 a_b ~x ^y",
                                  "line\nbreak", "@misc{x,"])
def test_a_field_is_balanced_and_special_characters_are_escaped(text):
    escaped = bibtex_field(text)
    assert balanced(escaped)
    assert re.search(r"(?<!\\)[%#&$_]", escaped) is None
    assert "\n" not in escaped
    assert escaped.count("\\textbraceleft{}") == text.count("{")
    assert escaped.count("\\textbraceright{}") == text.count("}")


def test_the_escapes_read_as_latex_prints_them():
    assert bibtex_field("100% & #1 $5 a_b ~x ^y \\") == (
        r"100\% \& \#1 \$5 a\_b \textasciitilde{}x \textasciicircum{}y \textbackslash{}")


def test_a_title_cannot_leave_its_field():
    work = Work(title="Rule of law" + BREAK_OUT, url="https://example.org/x/", lang="en", title_en="",
                site_name="Site } , note = {pwned")
    entry = bibtex_entry(work, "x")
    assert balanced(entry)
    names = fields(entry)
    assert names.count("title") == 1
    assert "note" in names and names.count("note") == 1
