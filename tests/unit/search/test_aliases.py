"""Glossary spellings injected into the search index entries that mention a term, never into pages."""

from __future__ import annotations

import json

from explainer.search.aliases import FIELD, add_search_aliases, aliases_for, plain_text, searchable
from explainer.search.split_index import split_search_index

GROUPS_ZH = [["电信网络诈骗", "电诈", "电信诈骗"], ["两抢", "抢劫", "抢夺"], ["十四五", "十五五", "第十五个五年规划"]]
GROUPS_EN = [["Political and Legal Affairs Commission", "PLAC"], ["shared courts", "shared court", "Shared court"]]


def fake_cut(text: str) -> list[str]:
    """jieba's cut, fixed for the test: two-character words, and a single character left over."""
    return [text[i:i + 2] for i in range(0, len(text), 2)]


def test_the_index_text_is_read_as_the_reader_sees_it():
    assert plain_text("<p>重拳\u200b整治\u200b电信网络诈骗</p>&amp;") == " 重拳整治电信网络诈骗 &"


def test_an_entry_with_the_full_form_gets_the_abbreviation_and_back():
    assert aliases_for("重拳整治电信网络诈骗等新型犯罪", GROUPS_ZH) == ["电诈", "电信诈骗"]
    assert aliases_for("刑事发案总量、命案、“两抢”案件持续下降", GROUPS_ZH) == ["抢劫", "抢夺"]
    assert aliases_for("展望“十五五”", GROUPS_ZH) == ["十四五", "第十五个五年规划"]
    assert aliases_for("城市大脑", GROUPS_ZH) == []


def test_english_spellings_match_whole_words_and_ignore_case():
    assert aliases_for("Secretary of its Political and Legal Affairs Commission.", GROUPS_EN) == ["PLAC"]
    assert aliases_for("the PLACE of safety", GROUPS_EN) == []
    # "shared courts" is there; "shared court" is not (a whole word), and is added once whatever its case.
    assert aliases_for("Hangzhou has set up 3,084 Shared courts", GROUPS_EN) == ["shared court"]


def test_chinese_aliases_are_indexed_whole_and_cut_into_words():
    value = searchable(["电诈", "第十五个五年规划"], fake_cut)
    words = value.split("\u200b")
    assert words[:2] == ["电诈", "第十五个五年规划"]
    assert {"第十", "五个", "五年", "规划"} <= set(words)
    assert all(len(word) > 1 for word in words), words  # no single characters: they match everything
    assert searchable(["PLAC", "Political and Legal Affairs Commission"], fake_cut) == (
        "PLAC\u200bPolitical and Legal Affairs Commission")


def test_add_search_aliases_declares_the_field_and_fills_only_entries_that_mention_a_term():
    index = {"config": {"fields": {"title": {"boost": 1000}, "text": {"boost": 1}}},
             "docs": [{"location": "numbers/#safety-trends", "title": "平安态势",
                       "text": "<p>\u200b电信网络诈骗\u200b案件</p>"},
                      {"location": "about/", "title": "关于本站", "text": "来源"}]}
    assert add_search_aliases(index, GROUPS_ZH, fake_cut) == 1
    assert index["config"]["fields"][FIELD] == {"boost": 1.0}
    assert index["config"]["fields"]["title"] == {"boost": 1000}
    first, second = index["docs"]
    assert first[FIELD].split("\u200b")[:2] == ["电诈", "电信诈骗"]
    assert first["text"] == "<p>\u200b电信网络诈骗\u200b案件</p>"  # what results show is untouched
    assert FIELD not in second
    before = json.dumps(index, ensure_ascii=False)
    add_search_aliases(index, GROUPS_ZH, fake_cut)
    assert json.dumps(index, ensure_ascii=False) == before  # the same index when run again


def test_the_split_gives_each_language_its_own_spellings(tmp_path):
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    docs = [{"location": "", "title": "首页", "text": "政法委书记;重拳整治电信网络诈骗"},
            {"location": "en/", "title": "Home", "text": "its Political and Legal Affairs Commission"}]
    config = {"lang": ["en"], "separator": "[\\s\\u200b]+", "fields": {"title": {"boost": 1000}}}
    (site / "search" / "search_index.json").write_text(json.dumps({"config": config, "docs": docs}),
                                                      encoding="utf-8")
    groups = {"": GROUPS_ZH, "en/": GROUPS_EN}
    split_search_index(site, ["en/"], lambda prefix, index, prepared: add_search_aliases(index, groups[prefix], fake_cut))
    zh = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert zh["docs"][0][FIELD].startswith("电诈\u200b")
    assert en["docs"][0][FIELD] == "PLAC"
    assert zh["config"]["fields"][FIELD] == en["config"]["fields"][FIELD] == {"boost": 1.0}
    assert config["fields"] == {"title": {"boost": 1000}}  # each part has its own copy of the config


def test_a_term_entry_keeps_its_own_spellings_but_those_its_title_writes():
    from explainer.search.aliases import own_spellings_only

    index = {"docs": [{"location": "glossary/#telecom-fraud", "title": "telecom fraud 电信网络诈骗",
                       "text": "often shortened in Chinese to 电诈; online fraud", "aliases": "x"}]}
    terms = [{"id": "telecom-fraud"}]
    own_spellings_only(index, terms, [["电信网络诈骗", "电诈", "telecom fraud", "online fraud"]],
                       lambda term: f"glossary/#{term['id']}", cut=lambda run: [])
    assert index["docs"][0][FIELD].split("\u200b") == ["电诈", "online fraud"]
