"""The reader question set (tests/search_questions.json, issue 21): its split is the rule it states."""

from __future__ import annotations

import hashlib
import json

from tests.unit.conftest import ROOT

QUESTIONS = json.loads((ROOT / "tests" / "search_questions.json").read_text(encoding="utf-8"))
KINDS = {"question", "typo", "synonym", "other language", "pinyin", "number"}


def half(lang: str, query: str) -> str:
    return "check" if hashlib.sha256(f"{lang}\n{query}".encode("utf-8")).digest()[0] % 2 else "tune"


def test_each_query_is_in_the_half_the_stated_rule_gives():
    assert "SHA-256" in QUESTIONS["split"]
    for lang in ("zh", "zh-hant", "en"):
        for item in QUESTIONS[lang]:
            assert item["half"] == half(lang, item["query"]), (lang, item["query"])


def test_at_least_40_queries_per_edition_of_every_kind_each_with_its_answers():
    for lang in ("zh", "zh-hant", "en"):
        items = QUESTIONS[lang]
        assert len(items) >= 40 and {item["kind"] for item in items} == KINDS, lang
        assert len({item["query"] for item in items}) == len(items)
        assert all(item["answers"] and all(isinstance(a, str) for a in item["answers"]) for item in items)
