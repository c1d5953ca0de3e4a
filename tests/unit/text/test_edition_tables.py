"""Interface words are written for every edition, never converted (explainer/text/edition_tables.py)."""

import pytest

from explainer.text import edition_tables as interface
from explainer.charts.view import KIND_WORDS
from explainer.assets.downloads import CSV_HEADERS, KIND, SOURCE_LINE
from explainer.editions import EDITIONS, convert
from explainer.errors import SiteError
from explainer.text.interface_words import SECTIONS, WORDS, words


def test_every_interface_table_has_every_editions_words():
    interface.check()  # as the build does: no problem was found when the tables were made
    for table in (WORDS, SECTIONS, KIND_WORDS):
        for key, entry in table.items():
            assert set(entry) == {edition.code for edition in EDITIONS}, key
    for entry in (CSV_HEADERS, SOURCE_LINE, KIND):
        assert set(entry) == {edition.code for edition in EDITIONS}


def test_the_traditional_words_are_taiwan_usage_not_the_conversion():
    hant = words("zh-hant")
    assert (hant["permalink"], hant["interactive"], hant["json"], hant["click"]) == (
        "此處的永久連結", "開啟互動式圖表", "JSON（全部欄位）", "點選")
    assert KIND_WORDS["bar"]["zh-hant"] == "長條圖" and convert(KIND_WORDS["bar"]["zh"], "zh-hant") == "條形圖"
    assert convert(WORDS["permalink"]["zh"], "zh-hant") == "此處的永久鏈接"  # what OpenCC would have said
    differ = [key for key, entry in WORDS.items() if entry["zh-hant"] != convert(entry["zh"], "zh-hant")]
    assert len(differ) >= 15  # reviewed by hand, not a copy of the conversion


def test_a_table_without_a_traditional_column_stops_the_build(monkeypatch):
    monkeypatch.setattr(interface, "_problems", [])
    table = interface.interface("hooks/explainer/example.py: WORDS", {"ok": {"zh": "复制", "zh-hant": "複製", "en": "Copy"},
                                                                     "new": {"zh": "下载", "en": "Download"}})
    with pytest.raises(SiteError) as error:
        interface.check()
    assert str(error.value) == "hooks/explainer/example.py: WORDS: new: no zh-hant entry (write it by hand)"
    with pytest.raises(SiteError, match="WORDS: new: no 'zh-hant' entry"):
        table["new"]["zh-hant"]  # never a silent conversion
    assert table["ok"]["zh-hant"] == "複製"
