"""The glossary's definitions in the other language, written beside an edition's index (issue 21)."""

from __future__ import annotations

import json
import re

from explainer.search.definitions import definition_words, definitions, write_definitions

SEPARATOR = re.compile("([\\s\\u200b]+)")
ZH = [{"location": "glossary/#xizi", "title": "西子\u200b义警", "text": "<p>西湖\u200b景区\u200b的\u200b网格\u200b员\u200b，\u200b志愿者</p>"},
      {"location": "numbers/#safety-trends", "title": "安全", "text": "<p>命案\u200b下降</p>"}]
EN = [{"location": "glossary/#xizi", "title": "Xizi volunteer police (西子义警)", "text": "<p>Volunteers of the West Lake area, with the grid workers.</p>"},
      {"location": "numbers/#safety-trends", "title": "Safety", "text": "<p>Homicides fell</p>"}]


def test_an_english_entry_gets_the_chinese_runs_of_its_twin_whole_each_once():
    found = definitions({"docs": EN}, ZH, chinese=True, separator=SEPARATOR)
    # only glossary entries; the runs whole across jieba's cut (网格员), punctuation ends a run
    assert found == {"glossary/#xizi": "西子义警 西湖景区的网格员 志愿者"}


def test_a_chinese_entry_gets_the_english_words_of_its_twin_it_lacks():
    found = definitions({"docs": ZH}, EN, chinese=False, separator=SEPARATOR)
    words = found["glossary/#xizi"].split()
    assert {"volunteer", "west", "lake", "grid", "workers"} <= set(words)  # a plural once its singular is there
    assert "the" not in words and "with" not in words and list(found) == ["glossary/#xizi"]


def test_the_pinyin_file_gets_the_chinese_definitions_words_as_cut_and_a_character_glued_to_its_word():
    assert definition_words(ZH, SEPARATOR) == {"西子", "义警", "西湖", "景区", "网格", "志愿者", "网格员"}


def test_the_file_and_the_script_that_looks_it_up(tmp_path):
    index = {"config": {}, "docs": EN}
    count = write_definitions(tmp_path / "search", index, {"glossary/#xizi": "西湖"}, chinese=True)
    written = json.loads((tmp_path / "search" / "search_definitions.json").read_text(encoding="utf-8"))
    assert count == 1 and written == {"entries": {"glossary/#xizi": "西湖"}} and index["config"]["definitions"] == "han"
    write_definitions(tmp_path / "zh", {"config": {}}, {}, chinese=False)
    assert json.loads((tmp_path / "zh" / "search_definitions.json").read_text(encoding="utf-8")) == {"entries": {}}
