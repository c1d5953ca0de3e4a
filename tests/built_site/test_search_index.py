"""The built search indexes: glossary aliases are searchable in each language, and shown nowhere."""

from __future__ import annotations

import json
import re

from tests.conftest import LANG_PREFIX


def index(site, lang: str) -> dict:
    folder = site.dir / LANG_PREFIX[lang]
    return json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))


def entry(site, lang: str, location: str) -> dict:
    return next(doc for doc in index(site, lang)["docs"] if doc["location"] == location)


def test_both_indexes_search_the_aliases_field(site):
    for lang in ("zh", "en"):
        assert index(site, lang)["config"]["fields"]["aliases"] == {"boost": 1.0}


def test_abbreviations_and_full_forms_reach_the_sections_that_use_the_other(site):
    safety = entry(site, "zh", "numbers/#safety-trends")["aliases"].split("\u200b")
    assert {"电诈", "抢劫", "抢夺"} <= set(safety)
    question = entry(site, "zh", "interview/resilient-city/#question")["aliases"].split("\u200b")
    assert "五年规划" in question  # 第十五个五年规划, indexed as its parts (explainer/search_analysis.py)
    assert "PLAC" in entry(site, "en", "#the-interview")["aliases"].split("\u200b")
    assert "FTZ" in entry(site, "en", "interview/rule-of-law/#business-environment")["aliases"].split("\u200b")


def page_text(site, path: str, lang: str) -> str:
    """The page's text, without tags or attributes (a glossary tooltip may name the abbreviation)."""
    return re.sub(r"<[^>]*>", " ", site.html(path, lang))


def test_aliases_stay_out_of_the_pages(site):
    assert "电诈" not in page_text(site, "numbers/", "zh")
    assert "抢劫" not in page_text(site, "numbers/", "zh")
    assert "PLAC" not in page_text(site, "", "en")
