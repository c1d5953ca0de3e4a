"""The shared JSON reader: strict JSON, text that is only text, one line naming the file and the entry."""

from __future__ import annotations

import json

import pytest

from explainer.errors import SiteError
from explainer.dataset.json_file import MAX_TEXT, read_json_file

GOOD = {"metrics": [{"id": "urban-population", "value": 1.5, "label": {"zh": "常住人口", "en": "Residents"},
                     "note": {"zh": "一\n二", "en": "a\tb"}}]}


def write(tmp_path, text: str | bytes):
    path = tmp_path / "metrics.json"
    (path.write_bytes if isinstance(text, bytes) else lambda t: path.write_text(t, encoding="utf-8"))(text)
    return path


def error(tmp_path, text, multiline=("note",)) -> str:
    with pytest.raises(SiteError) as caught:
        read_json_file(write(tmp_path, text), "data/metrics.json", multiline=set(multiline))
    message = str(caught.value)
    assert "\n" not in message
    return message


def with_label(label: str) -> str:
    data = json.loads(json.dumps(GOOD))
    data["metrics"][0]["label"]["zh"] = label
    return json.dumps(data)  # \u escapes: the characters reach the parser as JSON writes them


def test_good_json_reads_and_a_multiline_field_may_break_lines(tmp_path):
    assert read_json_file(write(tmp_path, json.dumps(GOOD, ensure_ascii=False)), "x", multiline={"note"}) == GOOD


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_numbers(tmp_path, constant):
    text = json.dumps(GOOD).replace("1.5", constant)
    assert error(tmp_path, text) == (f"data/metrics.json: metrics[0] (urban-population).value: {constant} is not a number "
                                     "JSON allows; write the number, or leave the entry out")


@pytest.mark.parametrize("char, what", [
    ("\x00", "a control character U+0000"), ("\x1b", "a control character U+001B"),
    ("\x85", "a control character U+0085"), ("\u202e", "a bidirectional control character U+202E"),
    ("\u2066", "a bidirectional control character U+2066"), ("\u200f", "a bidirectional control character U+200F"),
    ("\ud800", "a lone surrogate U+D800"),
])
def test_characters_that_are_not_text(tmp_path, char, what):
    assert error(tmp_path, with_label("常住" + char + "人口")) == \
        f"data/metrics.json: metrics[0] (urban-population).label.zh: contains {what}"


def test_a_line_break_where_the_field_is_one_line(tmp_path):
    assert error(tmp_path, with_label("常住\n人口")) == ("data/metrics.json: metrics[0] (urban-population).label.zh: "
                                                      "contains a line break (U+000A); write it on one line")
    assert "label.zh: contains a tab" in error(tmp_path, with_label("常住\t人口"))


def test_a_string_too_long_for_any_field(tmp_path):
    assert error(tmp_path, with_label("x" * 20000)) == ("data/metrics.json: metrics[0] (urban-population).label.zh: "
                                                       f"is 20000 characters long, more than the {MAX_TEXT} any text here needs")
    read_json_file(write(tmp_path, with_label("x" * MAX_TEXT)), "x", multiline={"note"})


def test_a_bad_key_and_several_problems_on_one_line(tmp_path):
    data = json.loads(json.dumps(GOOD))
    data["metrics"][0]["bad\u0000key"] = 1
    data["metrics"][0]["label"]["en"] = "Resi\u202edents"
    message = error(tmp_path, json.dumps(data))
    assert message.startswith("data/metrics.json: 2 problems: ")
    assert "metrics[0] (urban-population).label.en: contains a bidirectional control character U+202E" in message
    assert "metrics[0] (urban-population): a key contains a control character U+0000" in message


def test_not_utf8_and_not_json(tmp_path):
    assert error(tmp_path, "{\"a\": \"caf\xe9\"}".encode("latin-1")) == \
        "data/metrics.json: byte 10: not UTF-8 text; save the file as UTF-8"
    assert error(tmp_path, "{\"a\": [,]}") == "data/metrics.json: line 1 column 8: invalid JSON: Expecting value"


@pytest.mark.parametrize("text, problem", [
    ('{"metrics": [{"value": 1e309}]}', "metrics[0].value: 1e309 is too large for any figure here (it reads as infinity)"),
    ('{"metrics": [{"value": -1e999}]}', "metrics[0].value: -1e999 is too large for any figure here"),
    ('{"value": ' + "9" * 5000 + "}", "value: 999999999999… has 5000 digits, more than the 20 any figure here needs"),
    ("[" * 10000 + "]" * 10000, "nested deeper than the 12 levels any file here needs"),
    ('{"a": ' + "[" * 50 + "]" * 50 + "}", "a[0][0][0][0][0][0][0][0][0][0][0]: nested deeper than the 12 levels"),
    ("[" + "1, " * 10000 + "1]", "the top level is a list; it must be an object ({ … })"),
    ('"' + "x" * 10000 + '"', "the top level is text; it must be an object"),
    ("null", "the top level is null; it must be an object"),
    ('{"label": "a\\u2028b"}', "label: contains an invisible character U+2028"),
    ('{"label": "a\\u2029b"}', "label: contains an invisible character U+2029"),
    ('{"label": "a\\ufeffb"}', "label: contains an invisible character U+FEFF"),
    ('{"label": "a\\u200bb"}', "label: contains an invisible character U+200B"),
    ('{"label": "a\\u200db"}', "label: contains an invisible character U+200D"),
    ('{"label": "a\\u2060b"}', "label: contains an invisible character U+2060"),
    ('{"' + "k" * 100 + '": "a\\u200bb"}', "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…: contains an invisible character"),
])
def test_out_of_range_deep_or_wrongly_typed_input_is_one_short_line(tmp_path, text, problem):
    message = error(tmp_path, text)
    assert message.startswith("data/metrics.json: " + problem), message
    assert len(message) <= 200 and "\n" not in message, message


def test_many_problems_are_counted_not_all_printed(tmp_path):
    message = error(tmp_path, json.dumps({"labels": ["a\u200bb"] * 5000}))
    assert message.startswith("data/metrics.json: 5000 problems: labels[0]: contains an invisible character U+200B; ")
    assert message.endswith("(and 4998 more)") and len(message) <= 200
