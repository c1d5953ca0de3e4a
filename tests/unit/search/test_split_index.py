"""One search index per language: zh at the root, en under en/ with its locations made relative to en/."""

from __future__ import annotations

import json

from explainer.search.split_index import split_search_index

CONFIG = {"lang": ["zh", "en"], "separator": "[\\s\\-]+"}
DOCS = [
    {"location": "", "title": "首页", "text": "杭州"},
    {"location": "numbers/#shared-courts", "title": "共享法庭", "text": "3084家"},
    {"location": "en/", "title": "Home", "text": "Hangzhou"},
    {"location": "en/numbers/#shared-courts", "title": "Shared courts", "text": "3,084 courts"},
    {"location": "interview/rule-of-law/", "title": "法治", "text": "第二"},
    {"location": "en/interview/rule-of-law/", "title": "Rule of law", "text": "2nd"},
    {"location": "enforcement/", "title": "执法", "text": "zh page whose path starts with en"},
]


def write_site(tmp_path):
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(
        json.dumps({"config": CONFIG, "docs": DOCS}, ensure_ascii=False), encoding="utf-8")
    return site


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_split_by_language(tmp_path):
    site = write_site(tmp_path)
    counts = split_search_index(site, ["en/"])
    assert counts == {"en/": 3, "": 4}
    root = read(site / "search" / "search_index.json")
    en = read(site / "en" / "search" / "search_index.json")
    assert [d["location"] for d in root["docs"]] == ["", "numbers/#shared-courts", "interview/rule-of-law/",
                                                     "enforcement/"]
    assert [d["title"] for d in root["docs"]] == ["首页", "共享法庭", "法治", "执法"]
    assert [d["location"] for d in en["docs"]] == ["", "numbers/#shared-courts", "interview/rule-of-law/"]
    assert [d["title"] for d in en["docs"]] == ["Home", "Shared courts", "Rule of law"]
    assert not any(d["location"].startswith("en/") for d in root["docs"] + en["docs"])


def test_the_config_is_kept_in_both_indexes(tmp_path):
    site = write_site(tmp_path)
    split_search_index(site, ["en/"])
    assert read(site / "search" / "search_index.json")["config"] == CONFIG
    assert read(site / "en" / "search" / "search_index.json")["config"] == CONFIG


def test_chinese_text_is_written_as_utf8(tmp_path):
    site = write_site(tmp_path)
    split_search_index(site, ["en/"])
    assert "共享法庭" in (site / "search" / "search_index.json").read_text(encoding="utf-8")


def test_each_index_is_prepared_then_enriched_seeing_every_prepared_part(tmp_path):
    """An English entry draws on its Chinese twin as prepared (explainer/search/sections.py), not as
    enriched: what the other part saw is a copy, taken before any part was enriched."""
    site = write_site(tmp_path)
    seen = {}

    def prepare(prefix, index):
        index["docs"] = [doc for doc in index["docs"] if doc["location"] != "enforcement/"]

    def enrich(prefix, index, prepared):
        seen[prefix] = {p: [doc["location"] for doc in docs] for p, docs in prepared.items()}
        for doc in index["docs"]:
            doc["title"] += "!"

    assert split_search_index(site, ["en/"], enrich, prepare) == {"en/": 3, "": 3}
    assert seen["en/"][""] == ["", "numbers/#shared-courts", "interview/rule-of-law/"]
    assert seen[""] == seen["en/"]
    assert [d["title"] for d in read(site / "en" / "search" / "search_index.json")["docs"]] == ["Home!", "Shared courts!",
                                                                                              "Rule of law!"]
