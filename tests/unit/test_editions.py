"""The generated Traditional Chinese edition: OpenCC s2tw with the reviewed corrections of data/, quotations
converted character by character only, language tables that answer for the generated edition."""

from __future__ import annotations

import json

import pytest

from explainer.editions import (CHARACTER_ONLY, EDITIONS, Localized, convert, convert_markdown, generated_src_uri,
                                in_edition, load_overrides, localized, opencc_converter, quote_in, quote_lang,
                                source_marks, source_src_uri, to_source, use_overrides, written)
from explainer.errors import SiteError
from explainer.text.numbers import format_quantity
from explainer.search.aliases import resegment
from explainer.pages.twins import missing_twins

from .conftest import DATA


def test_a_conversion_before_the_corrections_are_installed_stops_the_build(monkeypatch):
    import explainer.editions as editions

    monkeypatch.setattr(editions, "_overrides", None)
    editions._convert_cached.cache_clear()
    with pytest.raises(SiteError, match=r"^data/opencc-overrides.json: text was converted before the reviewed corrections"):
        convert("数说五年", "zh-hant")
    editions._convert_cached.cache_clear()


def test_the_editions_table_drives_the_third_edition():
    assert [e.code for e in EDITIONS] == ["zh", "zh-hant", "en"]
    assert written("zh-hant") == "zh" and written("en") == "en"
    hant = EDITIONS[1]
    assert (hant.prefix, hant.hreflang, hant.opencc, hant.counterpart) == ("zh-hant/", "zh-Hant", "s2tw", "en")


def test_conversion_writes_taiwan_standard_characters():
    assert convert("数说五年:城市大脑、枫桥经验、共享法庭", "zh-hant") == "數說五年:城市大腦、楓橋經驗、共享法庭"
    assert convert("群众里面为着", "zh-hant") == "群眾裡面為著"  # s2tw forms; s2t would give 羣衆裏面爲着
    assert convert("数说五年", "zh") == "数说五年" and convert("数说五年", "en") == "数说五年"


def test_the_traditional_edition_prints_quotation_marks_as_taiwan_does_and_changes_nothing_else():
    text = "遵循“创新发展‘枫桥经验’”的重要指示,“余”译作“more than”"
    assert convert(text, "zh-hant") == "遵循「創新發展『楓橋經驗』」的重要指示,「餘」譯作「more than」"
    assert source_marks(convert(text, "zh-hant"), "zh-hant") == opencc_converter("s2tw").convert(text)
    assert convert(text, "zh") == text and source_marks(text, "zh") == text


def test_a_quotation_is_converted_character_by_character_only():
    """No vocabulary of Taiwan (s2twp) inside the interview's words: 信息 is not 資訊, 程序 not 程式."""
    quote = "“推动数字化改革,打通信息壁垒,依法定程序办理,视频会议全覆盖。”"
    converted = quote_in(quote, "zh-hant")
    assert converted == "「推動數字化改革,打通信息壁壘,依法定程序辦理,視頻會議全覆蓋。」"  # Taiwan's quotation marks
    assert "資訊" not in converted and "程式" not in converted and "數位" not in converted and "影片" not in converted
    assert len(converted) == len(quote)
    assert quote_in(quote, "en") == quote  # the English edition shows the original
    assert (quote_lang("zh-hant"), quote_lang("zh"), quote_lang("en")) == ("zh-Hant", "zh-Hans", "zh-Hans")


@pytest.mark.parametrize("config", ["s2twp", "s2hkp", "tw2s"])
def test_a_vocabulary_swapping_configuration_is_refused(config):
    assert config not in CHARACTER_ONLY
    with pytest.raises(SiteError, match="characters only"):
        opencc_converter(config)


def test_live_data_every_reviewed_override_is_applied_and_differs_from_nothing_it_should_not():
    raw = json.loads((DATA / "opencc-overrides.json").read_text(encoding="utf-8"))
    for entry in raw["s2tw"]:
        assert convert(f"他说{entry['from']}。", "zh-hant") == f"他說{entry['to']}。", entry
    # The corrections OpenCC 1.4.2 needs (the others pin what it already gets right):
    assert opencc_converter("s2tw").convert("被发明") == "被髮明"
    assert convert("这项技术被发明出来", "zh-hant") == "這項技術被發明出來"
    assert opencc_converter("s2tw").convert("以非法占有为目的") == "以非法佔有為目的"
    assert convert("以非法占有为目的", "zh-hant") == "以非法占有為目的"
    assert convert("台州、余杭", "zh-hant") == "台州、餘杭"
    # Taiwan's standard forms where OpenCC writes a variant (佈, 杆)
    assert opencc_converter("s2tw").convert("发布、布局、标杆") == "發佈、佈局、標杆"
    assert convert("发布、布局、标杆城市、公布、宣布、分布、颁布", "zh-hant") == "發布、布局、標竿城市、公布、宣布、分布、頒布"


def test_the_override_list_is_checked(tmp_path):
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"s2tw": [{"from": "被发明", "to": "被發明了", "why": "x"},
                                         {"from": "a", "to": "b"}]}), encoding="utf-8")
    with pytest.raises(SiteError) as error:
        load_overrides(path, "data/opencc-overrides.json")
    assert str(error.value) == "data/opencc-overrides.json: s2tw[0]: 被发明 → 被發明了 changes the length (convert characters only) (and 1 more)"


@pytest.mark.parametrize("entry, problem", [
    ({"from": "被发明了", "to": "<script>"}, "s2tw[0].to '<' (U+003C): not a Han character or Chinese punctuation"),
    ({"from": "a发", "to": "a發"}, "s2tw[0].from 'a' (U+0061): not a Han character"),
    ({"from": "发明", "to": "發\u00a0"}, "s2tw[0].to '\\xa0' (U+00A0): not a Han character"),
    ({"from": "发" * 13, "to": "發" * 13}, "s2tw[0].from: 13 characters, more than the 12"),
])
def test_a_correction_holds_only_what_a_conversion_produces(tmp_path, entry, problem):
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"s2tw": [{**entry, "why": "x"}]}), encoding="utf-8")
    with pytest.raises(SiteError) as error:
        load_overrides(path, "data/opencc-overrides.json")
    assert str(error.value).startswith("data/opencc-overrides.json: " + problem), str(error.value)


def test_an_unknown_configuration_or_a_list_in_its_place(tmp_path):
    path = tmp_path / "o.json"
    for document, problem in (({"s2twp": []}, "'s2twp': must be one of s2tw, s2hk, s2t"),
                              ({"s2tw": {"from": "发"}}, "'s2tw': must be one of"),
                              (["s2tw"], "the top level is a list")):
        path.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(SiteError, match="^data/opencc-overrides.json: " + problem):
            load_overrides(path, "data/opencc-overrides.json")


def test_a_changed_override_applies_at_once():
    use_overrides({"s2tw": {"数说": "數説"}})
    assert convert("数说五年", "zh-hant") == "數説五年"


def test_language_tables_answer_for_the_generated_edition():
    table = localized({"title": {"zh": "数说五年", "en": "Five years"}, "id": "x", "list": [{"zh": "网络", "en": "n"}]})
    assert isinstance(table["title"], Localized)
    assert table["title"]["zh-hant"] == "數說五年" and table["list"][0]["zh-hant"] == "網絡"
    assert "zh-hant" not in table["title"]  # nothing stored: the data stays written once
    with pytest.raises(KeyError):
        Localized({"en": "only English"})["zh-hant"]


def test_text_made_in_the_source_language_is_converted(dataset):
    for metric in dataset.metrics.values():  # 56.87万件 → 56.87萬件, 1400余 → 1400餘, 下降 → 下降
        assert format_quantity(metric, "zh-hant") == convert(format_quantity(metric, "zh"), "zh-hant")
    assert any("萬" in format_quantity(m, "zh-hant") for m in dataset.metrics.values())

    @in_edition
    def words(lang: str, n: int = 1) -> str:
        assert lang in ("zh", "en")
        return {"zh": "项", "en": "item"}[lang] * n

    assert words("zh-hant", n=2) == "項項" and words(lang="en") == "item"


def test_a_page_is_converted_but_its_code_is_kept():
    page = "---\ntitle: 数说五年\n---\n\n# 数说五年 {#numbers}\n\n用 `<!-- md:value 数据 -->` 写数字。\n\n```\n数据\n```\n"
    assert convert_markdown(page, "zh-hant") == (
        "---\ntitle: 數說五年\n---\n\n# 數說五年 {#numbers}\n\n用 `<!-- md:value 数据 -->` 寫數字。\n\n```\n数据\n```\n")


def test_generated_pages_are_named_after_their_source():
    assert generated_src_uri("interview/rule-of-law.zh.md", "zh-hant") == "interview/rule-of-law.zh-hant.md"
    assert generated_src_uri("index.en.md", "zh-hant") is None
    assert source_src_uri("index.zh-hant.md") == ("index.zh.md", "zh-hant")
    assert source_src_uri("index.zh.md") is None


def test_a_page_kept_by_hand_for_the_generated_edition_stops_the_build(tmp_path):
    for rel in ("index.zh.md", "index.en.md", "index.zh-hant.md"):
        (tmp_path / rel).write_text("# x\n", encoding="utf-8")
    assert missing_twins(tmp_path, ["zh", "en"], {"zh-hant": "zh"}) == [
        "docs/index.zh-hant.md: the zh-hant edition is generated from docs/index.zh.md at build time; "
        "delete this copy and edit the zh page"]


def test_the_traditional_index_is_cut_where_jieba_cuts_the_original():
    cut = {"电信网络诈骗": ["电信", "网络", "诈骗"]}
    out = resegment("電信\u200b網絡詐\u200b騙", lambda run: to_source(run, "zh-hant"), lambda run: cut.get(run, [run]))
    assert out == "電信\u200b網絡\u200b詐騙"
