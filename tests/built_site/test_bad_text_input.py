"""Input rules (issue 16): text in data/ and front matter is only text. Each mistake stops the real build
with one line naming the file and the entry, and no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.built_site.test_bad_input import assert_one_clear_line
from tests.support.project_copy import copy_project, edit_metrics


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def test_a_nan_value(project):
    edit_metrics(project, lambda d: d["metrics"][3].__setitem__("value", float("nan")))  # json writes NaN
    assert_one_clear_line(project, "data/metrics.json: metrics[3] (national-business-reforms).value: NaN is not a number JSON allows")


def test_infinity(project):
    edit_metrics(project, lambda d: d["metrics"][0].__setitem__("value", float("-inf")))
    assert_one_clear_line(project, "data/metrics.json: metrics[0] (urban-population).value: -Infinity is not a number JSON allows")


def test_a_nul_in_a_label(project):
    edit_metrics(project, lambda d: d["metrics"][3]["label"].__setitem__("zh", "国家\u0000改革"))
    assert_one_clear_line(project, "data/metrics.json: metrics[3] (national-business-reforms).label.zh: contains a control character U+0000")


def test_a_lone_surrogate(project):
    path = project / "data" / "metrics.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["metrics"][3]["label"]["en"] = "REPLACE-ME"
    path.write_text(json.dumps(data, ensure_ascii=False).replace("REPLACE-ME", "reforms \\ud800"), encoding="utf-8")
    assert_one_clear_line(project, "data/metrics.json: metrics[3] (national-business-reforms).label.en: contains a lone surrogate U+D800")


def test_a_bidi_override_in_a_source_sentence(project):
    edit_metrics(project, lambda d: d["metrics"][0]["source"].__setitem__("quote_en", "\u202e" + d["metrics"][0]["source"]["quote_en"]))
    assert_one_clear_line(project, "data/metrics.json: metrics[0] (urban-population).source.quote_en: contains a bidirectional control character U+202E")


def test_a_label_too_long(project):
    edit_metrics(project, lambda d: d["metrics"][3]["label"].__setitem__("en", "x" * 200))
    assert_one_clear_line(project, "data/metrics.json: metrics[3] (national-business-reforms).label.en: 200 characters, longer than the 160 allowed here")


def test_a_pasted_page_as_a_label(project):
    edit_metrics(project, lambda d: d["metrics"][3]["label"].__setitem__("en", "x" * 20000))
    assert_one_clear_line(project, "data/metrics.json: metrics[3] (national-business-reforms).label.en: is 20000 characters long")


def test_a_control_character_in_the_glossary(project):
    path = project / "data" / "glossary.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["terms"][0]["en"]["term"] += "\u0007"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_one_clear_line(project, "data/glossary.json: terms[0] (shoushan-zhiqu).en.term: contains a control character U+0007")


def test_a_bidi_control_in_the_opencc_overrides(project):
    path = project / "data" / "opencc-overrides.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["s2tw"][0]["why"] += "\u2067"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_one_clear_line(project, "data/opencc-overrides.json: s2tw[0].why: contains a bidirectional control character U+2067")


def test_a_page_title_with_a_line_break(project):
    page = project / "docs" / "about.en.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("\ntitle:") + 1
    end = text.index("\n", start)
    page.write_text(text[:start] + 'title: "About\\nthis site"' + text[end:], encoding="utf-8")
    assert_one_clear_line(project, "docs/about.en.md: front matter title contains a line break (U+000A); write it on one line")
