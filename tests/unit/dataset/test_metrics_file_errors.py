"""A broken ``data/metrics.json`` stops the build with one line naming the file, the place and the problem
(shown on a broken copy of the fixture data, tests/unit/conftest.py)."""

from __future__ import annotations

import json
import re

import pytest

from explainer.errors import SiteError
from explainer.dataset.metrics_file import load_dataset


def test_the_fixture_data_loads(dataset):
    assert len([m for m in dataset.metrics.values() if not m.derived]) == 19
    assert len([m for m in dataset.metrics.values() if m.derived]) == 3
    assert set(dataset.charts) == {"five-year-changes", "rule-of-law-ranking", "shared-court-outcomes",
                                   "business-reforms"}
    assert dataset.charts["rule-of-law-ranking"].category == "period"
    assert dataset.charts["five-year-changes"].category == "label"


def test_an_unchanged_copy_loads(data_copy):
    assert len(load_dataset(data_copy).metrics) == 22


def test_live_data_loads_every_figure_and_chart_in_the_file_s_order(root, live_dataset):
    raw = json.loads((root / "data" / "metrics.json").read_text(encoding="utf-8"))
    assert list(live_dataset.metrics) == [m["id"] for m in raw["metrics"]] + [d["id"] for d in raw["derived"]]
    assert list(live_dataset.charts) == [c["id"] for c in raw["charts"]]
    for chart in live_dataset.charts.values():
        assert chart.metric_ids and all(i in live_dataset.metrics for i in chart.metric_ids), chart.id


def test_value_that_is_text(load_error):
    message = load_error(lambda raw: raw["metrics"][3].__setitem__("value", "abc"))
    assert message == "data/metrics.json: metrics[3] (national-business-reforms).value: 'abc' is not a number"


def test_malformed_json_names_line_and_column(load_error):
    message = load_error(lambda raw: '{\n  "source": {},\n  "metrics": [1,,2]\n}\n')
    assert re.match(r"data/metrics\.json: line 3 column 17: invalid JSON", message), message


def test_trailing_comma(load_error):
    message = load_error(lambda raw: '{\n  "a": 1,\n}')
    assert message.startswith("data/metrics.json: line 3 column 1: invalid JSON"), message


def test_missing_value(load_error):
    message = load_error(lambda raw: raw["metrics"][5].pop("value"))
    assert message == "data/metrics.json: metrics[5] (rule-of-law-rank-2022): 'value' is a required property"


def test_unknown_unit(load_error):
    message = load_error(lambda raw: raw["metrics"][0].__setitem__("unit", "bananas"))
    assert message.startswith("data/metrics.json: metrics[0] (urban-population).unit: 'bananas' is not one of: percent, case"), message


def test_id_not_in_kebab_case(load_error):
    message = load_error(lambda raw: raw["metrics"][2].__setitem__("id", "Shared_Courts"))
    assert message == "data/metrics.json: metrics[2] (Shared_Courts).id: 'Shared_Courts' is not a lower-case kebab-case id"


def test_unknown_field(load_error):
    message = load_error(lambda raw: raw["metrics"][1].__setitem__("colour", "red"))
    assert message.startswith("data/metrics.json: metrics[1] (townships-covered): Additional properties are not allowed"), message
    assert "'colour'" in message


def test_wrong_type_in_a_chart(load_error):
    message = load_error(lambda raw: raw["charts"][1].__setitem__("metrics", "rule-of-law-rank-2022"))
    assert message == "data/metrics.json: charts[1] (rule-of-law-ranking).metrics: 'rule-of-law-rank-2022' is not a list"


def test_missing_top_level_part(load_error):
    message = load_error(lambda raw: raw.pop("charts"))
    assert message == "data/metrics.json: (top level): 'charts' is a required property"


def test_empty_translation(load_error):
    message = load_error(lambda raw: raw["metrics"][4]["label"].__setitem__("en", ""))
    assert message.startswith("data/metrics.json: metrics[4] (hangzhou-business-reforms).label.en: "), message


def test_several_schema_problems_are_all_listed_sorted_on_one_line(load_error):
    def edit(raw):
        raw["metrics"][3]["value"] = "abc"
        raw["metrics"][1]["unit"] = "bananas"
        del raw["charts"][0]["title"]

    message = load_error(edit)
    assert message.startswith("data/metrics.json: 3 problems: "), message
    problems = message.removeprefix("data/metrics.json: 3 problems: ").split("; ")
    assert len(problems) == 3
    assert problems == sorted(problems)
    assert problems[0] == "charts[0] (five-year-changes): 'title' is a required property"
    assert problems[1].startswith("metrics[1] (townships-covered).unit: 'bananas' is not one of")
    assert problems[2] == "metrics[3] (national-business-reforms).value: 'abc' is not a number"


def test_missing_metrics_file(data_copy):
    (data_copy / "metrics.json").unlink()
    with pytest.raises(SiteError) as caught:
        load_dataset(data_copy)
    assert str(caught.value).startswith("data/metrics.json: cannot be read"), str(caught.value)


def test_missing_interview_text_is_a_site_error(data_copy):
    (data_copy / "source" / "interview.zh.txt").unlink()
    with pytest.raises(SiteError) as caught:
        load_dataset(data_copy)
    assert str(caught.value).startswith("data/source/interview.zh.txt: cannot be read"), str(caught.value)


def test_metrics_file_not_in_utf8(data_copy):
    path = data_copy / "metrics.json"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    with pytest.raises(SiteError) as caught:
        load_dataset(data_copy)
    message = str(caught.value)
    assert message.startswith("data/metrics.json: byte ") and "not UTF-8" in message and "\n" not in message


def test_broken_schema_file_is_named(data_copy):
    (data_copy / "metrics.schema.json").write_text("{", encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        load_dataset(data_copy)
    assert str(caught.value).startswith("data/metrics.schema.json: line 1 column 2: invalid JSON"), str(caught.value)


def test_the_folder_is_named_as_the_caller_shows_it(data_copy):
    (data_copy / "metrics.json").write_text("[", encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        load_dataset(data_copy, shown_as="site-data")
    assert str(caught.value).startswith("site-data/metrics.json: line 1 column 2: invalid JSON")
    assert caught.value.where == "site-data/metrics.json"


def test_a_sentence_case_headline_with_other_words(load_error):
    message = load_error(lambda raw: raw["source"].__setitem__("headline_sentence_case", "Building a safer Hangzhou"))
    assert message == ("data/metrics.json: source.headline_sentence_case: is not source.headline.en with other "
                       "capitals (from character 12: 'safer Hangzhou' against 'Higher-Level Safe Ha')")
    assert "\n" not in message


def test_the_sentence_case_headline_is_optional(data_copy):
    raw = json.loads((data_copy / "metrics.json").read_text(encoding="utf-8"))
    del raw["source"]["headline_sentence_case"]
    (data_copy / "metrics.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    dataset = load_dataset(data_copy)
    assert dataset.sentence_case_headline == dataset.headline["en"]
