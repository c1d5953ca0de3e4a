"""The reader question sets (tests/search_questions.json and, written after the first was measured,
tests/search_questions_2.json to _19.json; issue 21): each split is the rule it states, and no set repeats a query
of an earlier one."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.unit.conftest import ROOT

SETS = {name: json.loads((ROOT / "tests" / name).read_text(encoding="utf-8"))
        for name in ("search_questions.json", "search_questions_2.json", "search_questions_3.json",
                     "search_questions_4.json", "search_questions_5.json", "search_questions_6.json",
                     "search_questions_7.json", "search_questions_8.json", "search_questions_9.json",
                     "search_questions_10.json", "search_questions_11.json", "search_questions_12.json",
                     "search_questions_13.json", "search_questions_14.json", "search_questions_15.json",
                     "search_questions_16.json", "search_questions_17.json", "search_questions_18.json", "search_questions_19.json")}
KINDS = {"question", "typo", "synonym", "other language", "pinyin", "number"}


def half(lang: str, query: str) -> str:
    return "check" if hashlib.sha256(f"{lang}\n{query}".encode("utf-8")).digest()[0] % 2 else "tune"


@pytest.mark.parametrize("name", SETS)
def test_each_query_is_in_the_half_the_stated_rule_gives(name):
    QUESTIONS = SETS[name]
    assert "SHA-256" in QUESTIONS["split"]
    for lang in ("zh", "zh-hant", "en"):
        for item in QUESTIONS[lang]:
            assert item["half"] == half(lang, item["query"]), (lang, item["query"])


@pytest.mark.parametrize("name", SETS)
def test_at_least_40_queries_per_edition_of_every_kind_each_with_its_answers(name):
    QUESTIONS = SETS[name]
    for lang in ("zh", "zh-hant", "en"):
        items = QUESTIONS[lang]
        assert len(items) >= 40 and {item["kind"] for item in items} == KINDS, lang
        assert len({item["query"] for item in items}) == len(items)
        assert all(item["answers"] and all(isinstance(a, str) for a in item["answers"]) for item in items)


def test_no_set_repeats_a_query_of_an_earlier_one():
    names = list(SETS)
    for lang in ("zh", "zh-hant", "en"):
        for n, later in enumerate(names[1:], 1):
            earlier = {item["query"] for name in names[:n] for item in SETS[name][lang]}
            assert not earlier & {item["query"] for item in SETS[later][lang]}, (lang, later)
