"""Everyday synonyms (data/search_synonyms.json): checked, one line per mistake; per edition in the index."""

from __future__ import annotations

import json

import pytest

from explainer.errors import SiteError
from explainer.search.synonyms import (edition_synonyms, load_synonyms, plurals_left_out, synonym_problems,
                                       unwritten_site_words)
from tests.unit.conftest import DATA

GOOD = {"synonyms": [
    {"site": {"zh": ["命案"], "en": ["homicide"]},
     "readers": {"zh": ["杀人", "谋杀"], "en": ["murder", "murders", "killing"]}},
    {"site": {"zh": ["志愿者"]}, "readers": {"zh-hant": ["志工"], "en": ["volunteering"]}},
]}


def problems(document) -> list[str]:
    return list(synonym_problems(document))


def test_a_good_file_has_no_problem():
    assert problems(GOOD) == []


@pytest.mark.parametrize("entry, expected", [
    ({"site": {"zh": ["命案"]}}, "synonyms[0]: must be an object with 'site' and 'readers'"),
    ({"site": {"fr": ["meurtre"]}, "readers": {"en": ["murder"]}}, "synonyms[0].site: must map zh or en"),
    ({"site": {"zh": ["命案"]}, "readers": {"zh": []}}, "synonyms[0].readers.zh: must be a non-empty list"),
    ({"site": {"zh": ["命案"]}, "readers": {"zh": [" 杀人"]}}, "synonyms[0].readers.zh: ' 杀人' has spaces"),
    ({"site": {"zh": ["命案"]}, "readers": {"zh": ["murder"]}}, "synonyms[0].readers.zh: 'murder' is not a Chinese word"),
    ({"site": {"zh": ["命案"]}, "readers": {"en": ["谋杀"]}}, "synonyms[0].readers.en: '谋杀' is not an English word"),
    ({"site": {"zh": ["命案"]}, "readers": {"zh": ["杀"]}}, "'杀' is not a Chinese word (2 to 8 Han characters"),
    ({"site": {"zh": ["命案"]}, "readers": {"zh": ["命案"]}}, "synonyms[0].readers.zh: '命案' is one of the entry's site words"),
])
def test_each_mistake_is_named_with_its_place(entry, expected):
    found = problems({"synonyms": [entry]})
    assert found and expected in found[0], found


def test_a_reader_word_listed_twice_is_a_mistake():
    twice = {"synonyms": [GOOD["synonyms"][0], {"site": {"zh": ["交通事故"]}, "readers": {"en": ["Murder"]}}]}
    assert problems(twice) == ["synonyms[1].readers.en: 'Murder' is already a reader word of synonyms[0]"]


def test_the_file_stops_the_build_with_one_line(tmp_path):
    path = tmp_path / "search_synonyms.json"
    path.write_text(json.dumps({"synonyms": [{"site": {"zh": ["命案"]}, "readers": {"zh": ["杀"]}}]}), encoding="utf-8")
    with pytest.raises(SiteError) as error:
        load_synonyms(path, "data/search_synonyms.json")
    assert str(error.value).startswith("data/search_synonyms.json: synonyms[0].readers.zh: '杀'")
    assert "\n" not in str(error.value)


def test_each_edition_gets_its_chinese_converted_and_every_language():
    zh_hant = edition_synonyms(GOOD["synonyms"], "zh-hant", lambda text: text.replace("杀", "殺").replace("谋", "謀"))
    assert zh_hant[0] == ["殺人|謀殺|murder|killing", "命案|homicide"]  # murders: stemmed alike by the worker
    assert zh_hant[1] == ["志工|volunteering", "志愿者"]
    assert edition_synonyms(GOOD["synonyms"], "en", lambda text: text)[0][0] == "杀人|谋杀|murder|killing"


def test_plurals_are_left_out_when_their_singular_is_there():
    assert plurals_left_out(["murder", "murders", "crashes", "crash", "news"]) == ["murder", "crash", "news"]


def test_a_site_word_the_pages_never_write_is_named():
    texts = {"zh": "全市命案下降", "en": "Homicides fell"}
    assert list(unwritten_site_words(GOOD["synonyms"], texts)) == [
        "synonyms[1].site.zh: '志愿者' is not written on any zh page"]


def test_live_data_the_synonyms_load_and_hold_the_words_readers_use():
    entries = load_synonyms(DATA / "search_synonyms.json", "data/search_synonyms.json")
    means = {reader: entry["site"] for entry in entries for words in entry["readers"].values() for reader in words}
    assert means["杀人"] == means["murder"] == means["killing"] == {"zh": ["命案"], "en": ["homicide"]}
    assert means["车祸"]["zh"] == ["交通事故"] and means["car crash"]["en"] == ["traffic accident"]
    assert means["骗局"]["en"] == ["fraud"]
    assert "公安" in means["警察"]["zh"]
    assert means["neighbourhood"] == means["neighborhood"] == {"zh": ["社区"], "en": ["community"]}
