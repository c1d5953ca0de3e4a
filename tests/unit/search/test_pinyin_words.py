"""The pinyin of every Chinese word of an index, written beside it for pinyin queries."""

from __future__ import annotations

import json

import re

from explainer.search.pinyin_words import glued_words, index_words, words_by_pinyin, write_pinyin_words


def test_the_words_are_the_chinese_ones_of_two_to_eight_characters_the_fields_hold():
    index = {"config": {"separator": "[\\s\\u200b]+"},
             "docs": [{"title": "命案\u200b下降", "text": "<p>互联网\u200b法院 court 的</p>", "twin": "调解 x",
                       "aliases": "电诈\u200bdianzha\u200b重大决策社会风险评估"}]}
    assert index_words(index) == {"命案", "下降", "互联网", "法院", "调解", "电诈"}


def test_words_are_listed_under_their_reading_homophones_together():
    readings = {"命案": "mingan", "敏感": "mingan", "法院": "fayuan", "的的": ""}
    table = words_by_pinyin(readings, lambda words: {word: readings[word] for word in words})
    assert table == {"fayuan": ["法院"], "mingan": ["命案", "敏感"]}


def test_the_file_reads_a_generated_editions_words_from_their_source(tmp_path):
    index = {"docs": [{"title": "網絡\u200b法院", "text": ""}]}
    count = write_pinyin_words(tmp_path / "search", index, {"網絡": "网络", "法院": "法院"}.get, cache_dir=tmp_path)
    table = json.loads((tmp_path / "search" / "search_pinyin.json").read_text(encoding="utf-8"))
    assert count == 2 and table == {"words": {"fayuan": ["法院"], "wangluo": ["網絡"]}}


def test_the_words_of_the_synonyms_are_listed_too():
    index = {"config": {"synonyms": [["成功率|success rate", "比例|share"], ["网络法院", "互联网法院|Internet Court"]]},
             "docs": [{"title": "命案", "text": ""}]}
    assert index_words(index) == {"命案", "成功率", "比例", "网络法院", "互联网法院"}


def test_words_given_besides_the_index_are_listed_too(tmp_path):
    index = {"docs": [{"title": "法院", "text": ""}]}
    write_pinyin_words(tmp_path / "search", index, cache_dir=tmp_path, also=["网格员", "x", "网"])
    table = json.loads((tmp_path / "search" / "search_pinyin.json").read_text(encoding="utf-8"))
    assert table == {"words": {"fayuan": ["法院"], "wanggeyuan": ["网格员"]}}


def test_a_character_written_together_with_a_word_beside_it_is_listed_as_one():
    separator = re.compile("([\\s\\u200b]+)")
    docs = [{"title": "抓\u200b前端", "text": "<p>分流\u200b非\u200b警务\u200b事项\u200b的\u200b平台 网格 员</p>"}]
    # 非 with the word on either side (分流非 too: the worker finds such a reading as its parts, both written);
    # 的 is a stop word; 网格 员 apart (a space) are two words
    assert glued_words(docs, separator) == {"抓前端", "分流非", "非警务"}
