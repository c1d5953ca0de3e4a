"""What the schema cannot say: unique ids, known references, sane values, figures quoted as in the source.

Each test breaks a copy of the fixture data (tests/unit/conftest.py), whose places and ids are fixed."""

from __future__ import annotations

import json

import pytest


def only_problem(message: str) -> str:
    return message.removeprefix("data/metrics.json: ")


def index_of(raw, metric_id, group="metrics"):
    return next(i for i, m in enumerate(raw[group]) if m["id"] == metric_id)


def test_duplicate_metric_id(load_error):
    message = load_error(lambda raw: raw["metrics"][7].__setitem__("id", "rule-of-law-rank-2022"))
    # the renamed metric's own chart and references would now name a missing id too; only check the duplicate
    assert "metrics[7] (rule-of-law-rank-2022).id: duplicate id 'rule-of-law-rank-2022' (also metrics[5])" in message


def test_derived_id_duplicating_a_metric(load_error):
    message = load_error(lambda raw: raw["derived"][0].__setitem__("id", "shared-courts"))
    assert "derived[0] (shared-courts).id: duplicate id 'shared-courts' (also metrics[16])" in message


def test_duplicate_chart_id(load_error):
    message = load_error(lambda raw: raw["charts"][2].__setitem__("id", raw["charts"][0]["id"]))
    assert only_problem(message) == "charts[2] (five-year-changes).id: duplicate chart id 'five-year-changes' (also charts[0])"


def test_chart_naming_an_unknown_metric(load_error):
    message = load_error(lambda raw: raw["charts"][0]["metrics"].__setitem__(1, "no-such-metric"))
    assert only_problem(message) == "charts[0] (five-year-changes).metrics[1]: unknown metric 'no-such-metric'"


def test_derived_input_unknown(load_error):
    message = load_error(lambda raw: raw["derived"][1]["inputs"].__setitem__(0, "costs-saved"))
    assert only_problem(message) == "derived[1] (saving-per-dispute).inputs[0]: unknown metric 'costs-saved'"


def test_ratio_dividing_by_zero(load_error):
    def edit(raw):
        raw["derived"][0]["inputs"][1] = "rule-of-law-rank-2022"
        raw["metrics"][5]["value"] = 0

    message = load_error(edit)
    assert "derived[0] (shared-court-resolution-share).inputs[1]: 'rule-of-law-rank-2022' is zero; cannot divide by it" in message


def test_ratio_of_three(load_error):
    message = load_error(lambda raw: raw["derived"][0]["inputs"].append("shared-courts"))
    assert only_problem(message) == "derived[0] (shared-court-resolution-share).inputs: a ratio takes exactly two metrics"


def test_sum_of_different_units(load_error):
    message = load_error(lambda raw: raw["derived"][2]["inputs"].__setitem__(1, "shared-courts"))
    assert only_problem(message) == "derived[2] (business-reforms-total).inputs: cannot add metrics of different units"


def test_percent_out_of_range(load_error):
    message = load_error(lambda raw: raw["metrics"][11].__setitem__("value", -129.08))
    assert "metrics[11] (homicides-change).value: -129.08 is outside -100..100 %" in message


def test_rank_below_one(load_error):
    message = load_error(lambda raw: raw["metrics"][5].__setitem__("value", 0))
    assert "metrics[5] (rule-of-law-rank-2022).value: 0 is not a rank (a whole number from 1)" in message


def test_count_with_a_fraction(load_error):
    message = load_error(lambda raw: raw["metrics"][16].__setitem__("value", 3084.5))
    assert "metrics[16] (shared-courts).value: 3084.5 is not a count (a whole number from 0)" in message


def test_negative_count(load_error):
    message = load_error(lambda raw: raw["metrics"][1].__setitem__("value", -191))
    assert "metrics[1] (townships-covered).value: -191 is not a count (a whole number from 0)" in message


def test_a_count_beyond_its_bound(load_error):
    message = load_error(lambda raw: raw["metrics"][16].__setitem__("value", 10**13))
    assert "metrics[16] (shared-courts).value: 1e+13 is beyond the 1e+12 any figure in court can be" in message
    assert len(message) <= 200, message


def test_a_huge_float_count_is_a_line_not_an_overflow(load_error):
    message = load_error(lambda raw: raw["metrics"][16].__setitem__("value", 1e300))
    assert "metrics[16] (shared-courts).value: 1e+300 is beyond" in message


def test_quote_not_in_the_source(load_error):
    def edit(raw):
        raw["metrics"][16]["source"]["quote"] = raw["metrics"][16]["source"]["quote"].replace("共享法庭", "共亨法庭")

    message = load_error(edit)
    assert only_problem(message) == "metrics[16] (shared-courts).source.quote: not found word for word in the interview text"


def test_quote_matches_across_line_breaks_and_bold_markers(data_copy):
    from explainer.dataset.metrics_file import load_dataset

    # The sidebar writes **3084**; the quote in the data has no bold markers: both must match.
    source = (data_copy / "source" / "interview.zh.txt").read_text(encoding="utf-8")
    assert "**3084**" in source
    assert load_dataset(data_copy).metrics["shared-courts"].value == 3084


def test_quote_is_checked_with_the_punctuation_the_site_prints(data_copy):
    """The source keeps ASCII commas; the site prints full-width ones (explainer/text/punctuation.py) and the
    check compares both sides normalised: a quote written either way matches, and is shown full-width."""
    from tests.unit.conftest import load_dataset  # the loader the fixtures use

    source = (data_copy / "source" / "interview.zh.txt").read_text(encoding="utf-8")
    assert "五年来,已建成共享法庭" in source
    path = data_copy / "metrics.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    metric = raw["metrics"][index_of(raw, "shared-courts")]
    assert metric["source"]["quote"].startswith("五年来,已建成")
    shown = load_dataset(data_copy).metrics["shared-courts"].source["quote"]
    assert shown.startswith("五年来，已建成共享法庭3084家，累计指导调解47.7万件，") and "," not in shown
    metric["source"]["quote"] = metric["source"]["quote"].replace(",", "，")
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert load_dataset(data_copy).metrics["shared-courts"].source["quote"] == shown


@pytest.mark.parametrize("old, new", [
    ("五年来,已建成", "五年来、已建成"),  # a different mark is a different text
    ("五年来,已建成", "五年来已建成"),  # a mark left out
    ("五年来,已建成", "五年来,,已建成"),
])
def test_quote_with_other_punctuation_is_still_not_in_the_source(load_error, old, new):
    where = []

    def edit(raw):
        index = index_of(raw, "shared-courts")
        assert old in raw["metrics"][index]["source"]["quote"]
        raw["metrics"][index]["source"]["quote"] = raw["metrics"][index]["source"]["quote"].replace(old, new)
        where.append(index)

    message = load_error(edit)
    assert only_problem(message) == (f"metrics[{where[0]}] (shared-courts).source.quote: "
                                     "not found word for word in the interview text")


@pytest.mark.parametrize("index, value, reads", [
    (16, 3085, "3085"),
    (16, 308, "308"),  # a dropped digit: '308' stands inside '3084' but is not the figure
    (16, 4, "4"),
    (8, 568000, "56.8万"),
    (8, 68700, "68700"),
    (11, -9.08, "9.08%"),  # '9.08%' stands inside '29.08%'
    (5, 3, "第三"),
    (10, 13, "十三"),
])
def test_value_not_matching_its_quote(load_error, dataset, index, value, reads):
    raw_ids = [m.id for m in dataset.metrics.values() if not m.derived]
    message = load_error(lambda raw: raw["metrics"][index].__setitem__("value", value))
    assert f"metrics[{index}] ({raw_ids[index]}).value: {value} would read '{reads}'" in message, message


def test_qualifier_must_match_its_quote(load_error):
    message = load_error(lambda raw: raw["metrics"][16].__setitem__("qualifier", "over"))
    assert "metrics[16] (shared-courts).value: 3084 would read '3084余'" in message


def test_chart_mixing_units(load_error):
    message = load_error(lambda raw: raw["charts"][2]["metrics"].__setitem__(1, "shared-courts"))
    assert only_problem(message) == "charts[2] (shared-court-outcomes).metrics: mixes units (case, court); a chart compares one unit"


def test_rank_chart_of_counts(load_error):
    message = load_error(lambda raw: raw["charts"][3].__setitem__("kind", "rank"))
    assert only_problem(message) == "charts[3] (business-reforms).kind: a rank chart takes only metrics in unit 'rank'"


def test_chart_mixing_rises_and_falls(load_error):
    def edit(raw):
        raw["charts"][0]["metrics"][0] = "homicides-change"
        raw["metrics"].append({**raw["metrics"][12], "id": "traffic-deaths-rise", "value": 27.04})
        raw["charts"][0]["metrics"][1] = "traffic-deaths-rise"

    message = load_error(edit)
    assert "charts[0] (five-year-changes).metrics: mixes rises and falls; draw them as two charts" in message


def test_several_problems_at_once_are_counted_sorted_and_on_one_line(load_error):
    def edit(raw):
        raw["metrics"][16]["value"] = 3085
        raw["charts"][0]["metrics"][1] = "nope"
        raw["derived"][1]["inputs"][0] = "gone"
        raw["charts"][3]["id"] = "shared-court-outcomes"

    message = load_error(edit)
    body = message.removeprefix("data/metrics.json: ")
    assert body.startswith("5 problems: "), message
    problems = body.removeprefix("5 problems: ").split("; ")
    assert problems == sorted(problems)
    assert problems == [
        "charts[0] (five-year-changes).metrics[1]: unknown metric 'nope'",
        "charts[3] (shared-court-outcomes).id: duplicate chart id 'shared-court-outcomes' (also charts[2])",
        "derived[1] (saving-per-dispute).inputs[0]: unknown metric 'gone'",
        "metrics[16] (shared-courts).source.quote_en: does not contain the value as English readers see it, '3,085'",
        "metrics[16] (shared-courts).value: 3085 would read '3085', which its source quote does not contain",
    ]


def test_english_rendering_of_the_quote_must_carry_the_value(load_error):
    def edit(raw):
        quote = raw["metrics"][8]["source"]["quote_en"]
        raw["metrics"][8]["source"]["quote_en"] = quote.replace("568,700", "586,700")

    message = load_error(edit)
    assert "metrics[8] (market-disputes-resolved).source.quote_en: does not contain the value as English readers see it, '568,700'" in message
