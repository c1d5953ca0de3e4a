"""How search reads words at build time: compounds as their parts, variant pairs, pinyin, spellings
across languages and a generated edition's own aliases."""

from __future__ import annotations

from explainer.search.analysis import (add_term_pinyin, compact_aliases, cut_compounds, edition_alias_problems, edition_groups,
                                       finest, fold_pairs, fold_table, partition, pinyin, pinyin_table,
                                       sections_first)
from explainer.text.han import HAN

DICTIONARY = {"电信", "网络", "诈骗", "共享", "法庭", "仲裁", "院", "杭州", "网络诈骗", "志", "愿者", "平安"}


def is_word(word: str) -> bool:
    return word in DICTIONARY


def test_a_compound_is_cut_into_its_dictionary_parts():
    assert partition("共享法庭", is_word) == ["共享", "法庭"]
    assert partition("仲裁院", is_word) == ["仲裁", "院"]


def test_a_three_character_dictionary_word_is_not_cut_into_a_single_character_and_a_word():
    # 志 + 愿者: the compound would be gone from the index and a one-character word take its place
    assert partition("仲裁院", is_word) == ["仲裁", "院"]  # not a word of the dictionary: cut
    with_volunteer = lambda word: is_word(word) or word in ("志愿者", "平安志愿者")  # noqa: E731
    assert partition("志愿者", with_volunteer) == ["志愿者"]
    assert finest("平安志愿者", with_volunteer) == ["平安", "志愿者"]  # a longer word is cut


def test_a_part_that_is_itself_a_compound_is_cut_again():
    assert partition("电信网络诈骗", is_word) == ["电信", "网络诈骗"]  # the fewest words
    assert finest("电信网络诈骗", is_word) == ["电信", "网络", "诈骗"]


def test_a_word_without_parts_of_two_characters_stays_whole():
    assert partition("马小秋", is_word) == ["马小秋"]
    assert partition("一呼百应", is_word) == ["一呼百应"]


def test_index_fields_get_the_parts_between_u200b_and_a_generated_edition_cuts_where_its_source_does():
    assert cut_compounds("<p>重拳\u200b电信网络诈骗</p>", is_word) == "<p>重拳\u200b电信\u200b网络\u200b诈骗</p>"
    to_source = {"電信網絡詐騙": "电信网络诈骗"}.get
    assert cut_compounds("電信網絡詐騙", is_word, to_source) == "電信\u200b網絡\u200b詐騙"
    assert cut_compounds("ab 共享法庭", is_word, lambda run: run + "x") == "ab 共享法庭"  # lengths differ: whole


def test_fold_pairs_map_every_variant_to_one_form():
    canonical = {"臺": "台", "衛": "卫", "台": "台"}.get
    forms = {"台": {"臺"}, "卫": {"衛", "衞"}}
    pairs = fold_pairs({"臺", "衛"}, canonical, lambda base: forms[base])
    assert fold_table(pairs) == {"臺": "台", "衛": "卫", "衞": "卫"}
    assert not HAN.search(pairs)  # numbers, never characters: 卫 stays out of a 繁體 file
    # 臺 is U+81FA and 台 U+53F0: 0x81fa = 33274 = "poa" in base 36, 0x53f0 - 0x81fa = -11786 = "-93e"
    assert fold_pairs({"台"}, canonical, lambda base: forms[base]) == "poa,-93e"  # a reader's 臺 on a page with 台


def test_fold_table_reads_back_steps_and_signed_offsets():
    assert fold_table("poa,-93e 1,1") == {"臺": "台", chr(0x81FB): chr(0x81FC)}
    assert fold_table("") == {}


def test_pinyin_is_toneless_and_run_together():
    assert pinyin("枫桥经验") == "fengqiaojingyan"
    assert pinyin("电诈") == "dianzha"
    assert pinyin("PLAC") == ""
    assert pinyin("重大决策社会风险评估") == ""  # nobody types that in pinyin


def test_a_term_is_found_in_the_other_language_and_by_its_edition_aliases_its_pinyin_only_in_its_own_entry(tmp_path):
    terms = [{"id": "telecom-fraud", "zh": {"term": "电信网络诈骗"}, "en": {"term": "telecom fraud"},
              "search_aliases": {"zh-hant": ["網路詐騙"]}}]
    spellings = lambda terms, lang: [[{"zh-hant": "電信網絡詐騙"}.get(lang) or t[lang]["term"]] for t in terms]
    groups = edition_groups(terms, "zh-hant", "en", spellings)
    assert groups == [["電信網絡詐騙", "網路詐騙", "telecom fraud"]]
    assert edition_groups(terms, "en", "zh", spellings) == [["telecom fraud", "电信网络诈骗"]]
    index = {"docs": [{"location": "glossary/#telecom-fraud", "title": "電信網絡詐騙"}, {"location": "numbers/", "title": "x"}]}
    add_term_pinyin(index, terms, groups, lambda term: f"glossary/#{term['id']}", tmp_path)
    assert index["docs"][0]["aliases"].split("\u200b") == ["dianxinwangluozhapian", "wangluzhapian"]
    assert "aliases" not in index["docs"][1]


def test_pinyin_is_worked_out_once_per_set_of_spellings(tmp_path):
    assert pinyin_table(["电诈", "PLAC"], tmp_path) == {"电诈": "dianzha"}
    (cached,) = tmp_path.glob("pinyin.*.json")
    cached.write_text('{"电诈": "from the cache"}', encoding="utf-8")
    assert pinyin_table(["电诈"], tmp_path) == {"电诈": "from the cache"}
    assert pinyin_table(["枫桥经验"], tmp_path) == {"枫桥经验": "fengqiaojingyan"}  # another set: worked out


def test_edition_aliases_must_name_a_generated_edition_and_spell_words():
    assert list(edition_alias_problems({"search_aliases": {"zh-hant": ["網路詐騙"]}}, "terms[0]", ("zh-hant",))) == []
    assert list(edition_alias_problems({"search_aliases": {"fr": ["x y"]}}, "terms[0]", ("zh-hant",))) == [
        "terms[0].search_aliases: 'fr' is not a generated edition (zh-hant)"]
    assert list(edition_alias_problems({"search_aliases": {"zh-hant": ["詐"]}}, "terms[0]", ("zh-hant",))) == [
        "terms[0].search_aliases.zh-hant: must be a list of trimmed spellings of 2 characters or more"]
    assert list(edition_alias_problems({"search_aliases": ["x"]}, "terms[0]", ("zh-hant",))) == [
        "terms[0].search_aliases: must be an object: edition → list of spellings"]


def test_aliases_are_words_once_without_those_the_entry_shows_plus_the_whole_terms_it_writes():
    index = {"config": {"separator": "[\\s\\u200b]+"},
             "docs": [{"location": "a/#b", "title": "平安", "text": "电信\u200b网络\u200b诈骗 fraud",
                       "aliases": "电诈\u200btelecom fraud\u200bonline fraud\u200bOnline\u200b诈骗"},
                      {"location": "a/", "title": "x", "text": "y"}]}
    compact_aliases(index, [["电信网络诈骗", "电诈", "telecom fraud"]])
    assert index["docs"][0]["aliases"].split("\u200b") == ["电诈", "telecom", "online", "电信网络诈骗"]
    assert "aliases" not in index["docs"][1]


def test_a_twin_word_the_aliases_hold_is_left_out_of_the_twin():
    index = {"config": {"separator": "[\\s\\u200b]+"},
             "docs": [{"location": "a/#b", "title": "x", "text": "y", "aliases": "电诈\u200bfraud", "twin": "电诈 调解"},
                      {"location": "a/#c", "title": "x", "text": "y", "aliases": "电诈", "twin": "电诈"}]}
    compact_aliases(index, [])
    assert index["docs"][0]["twin"] == "调解" and "twin" not in index["docs"][1]


def test_a_page_entry_weighs_less_than_its_sections_and_keeps_its_own_boost():
    index = {"docs": [{"location": "a/"}, {"location": "a/#b"}, {"location": "c/", "boost": 0.5},
                      {"location": "c/#d"}, {"location": "e/"}]}
    sections_first(index, 0.2)
    assert [doc.get("boost") for doc in index["docs"]] == [0.2, None, 0.1, None, None]


def test_the_glossary_check_names_a_bad_edition_alias():
    from explainer.dataset.glossary import glossary_problems

    entry = {"term": "电信网络诈骗", "definition": "x"}
    raw = {"terms": [{"id": "telecom-fraud", "zh": entry, "en": {**entry, "term": "telecom fraud"},
                      "search_aliases": {"zh-hant": ["詐"]}}]}
    assert list(glossary_problems(raw)) == [
        "terms[0] (telecom-fraud).search_aliases.zh-hant: must be a list of trimmed spellings of 2 characters or more"]


def test_numbers_get_the_forms_readers_type():
    from explainer.search.analysis import add_number_forms, number_forms

    assert number_forms("3,084 shared courts; 568,700 disputes; CNY 1,234.5 million; 2nd of 100; 10th") == [
        "3084", "568700", "1234.5", "second", "tenth"]
    assert number_forms("29.08%, 2025, 12th, 1,2, 8.9亿") == []  # nothing a reader would type otherwise
    assert number_forms("56.87万件、31.6萬件、0.35万、3084") == ["568700", "316000", "3500"]  # 万 written out, exactly
    index = {"docs": [{"title": "Figures", "text": "<p>3,084 courts</p>", "aliases": "fraud"}, {"text": "none"}]}
    add_number_forms(index)
    assert index["docs"][0]["aliases"] == "fraud\u200b3084" and "aliases" not in index["docs"][1]


def test_a_terms_longer_spellings_get_their_pinyin_on_its_own_entry_only(tmp_path):
    index = {"docs": [{"location": "glossary/#big", "title": "大综合一体化"},
                      {"location": "rule/#drivers", "title": "推进大综合一体化改革", "aliases": "x"}]}
    terms = [{"id": "big"}]
    add_term_pinyin(index, terms, [["大综合一体化", "Big Comprehensive Integration"]],
                    lambda term: f"glossary/#{term['id']}", cache_dir=tmp_path)
    assert index["docs"][0]["aliases"] == "dazongheyitihua"
    assert index["docs"][1]["aliases"] == "x"


def test_the_pinyin_file_is_cut_by_the_length_asked_not_by_the_one_it_was_written_with(tmp_path):
    assert pinyin_table(["三色预付码"], tmp_path, longest=6) == {"三色预付码": "sanseyufuma"}
    assert pinyin_table(["三色预付码"], tmp_path) == {"三色预付码": ""}  # the same file, the default cut (4)


def test_a_glossary_entry_keeps_the_spellings_its_definition_writes_not_those_its_title_writes():
    index = {"config": {"separator": "[\\s\\u200b]+"},
             "docs": [{"location": "glossary/#telecom-fraud", "title": "telecom fraud",
                       "text": "often shortened in Chinese to 电诈", "aliases": "电诈\u200btelecom\u200b电信网络诈骗"},
                      {"location": "numbers/#x", "title": "x", "text": "电诈", "aliases": "电诈\u200b电信网络诈骗"}]}
    compact_aliases(index, [])
    assert index["docs"][0]["aliases"].split("\u200b") == ["电诈", "电信网络诈骗"]
    assert index["docs"][1]["aliases"].split("\u200b") == ["电信网络诈骗"]
