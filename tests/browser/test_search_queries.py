"""Every reader query of tests/search_queries.json, typed key by key and pasted in one go into the real
search box of its edition, finds a section that answers it among the first five results.

One page per edition, reused from query to query; each search waits for the worker's answer to the last
query sent (tests/support/search_box.py), never a fixed time. Queries marked ``known_miss`` are measured
misses (benchmarks/search_recall.py): left out here, listed in the data with their measured rank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import LANG_PREFIX
from tests.support.search_box import SearchBox, rank

QUERIES = json.loads((Path(__file__).resolve().parents[1] / "search_queries.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "en"])
def test_reader_queries_find_an_answer_in_the_first_five(new_page, site, lang):
    page, watch = new_page()
    box = SearchBox(page, site.url + LANG_PREFIX[lang])
    queries = [item for item in QUERIES[lang] if "known_miss" not in item]
    assert len(QUERIES[lang]) >= 60 and len(queries) >= 60
    failures = []
    for item in queries:
        for how in ("typed", "pasted"):
            found = box.search(item["query"], how)
            position = rank(found, item["answers"])
            if position is None or position > 5:
                failures.append((item["query"], how, position, found[:5]))
    assert failures == [], failures
    assert watch.problems() == []
