"""Pinyin for every Chinese word of an edition's search index, for a reader who types it (mingan,
hulianwang fayuan, xingfugan chengshi).

The index carries the pinyin of glossary terms only (explainer/search/analysis.py); a reader types the
pinyin of any word. Giving every entry the pinyin of its words would make the index half again as big,
so the words are listed once, by their toneless pinyin, in a file beside the index
(``search/search_pinyin.json``). The search worker reads it only when a query word looks like pinyin and
is no word of the index (docs/assets/javascripts/search-analysis.js), never with the page or the index.
The Chinese words of the edition's synonyms are listed too (chenggonglv → 成功率, a reader word that leads
to 比例; hulianwang fayuan → 互联网法院 on the English edition, whose index writes no 法院).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable, Iterable

from explainer.search.analysis import pinyin_table
from explainer.search.index_text import separator_pattern, shown_text
from explainer.search.sections import captured_separator, tokens
from explainer.search.stop_words import is_stop_word
from explainer.text.han import HAN_CHARACTERS

FILE = "search_pinyin.json"
WORD_LONGEST = 8
WORD = re.compile(f"[{HAN_CHARACTERS}]{{2,{WORD_LONGEST}}}")
FIELDS = ("title", "text", "aliases", "twin")


def index_words(index: dict) -> set[str]:
    """The Chinese words of two to eight characters the index's fields hold, as its separator cuts them, and
    those of its synonyms (``config.synonyms``: pairs of "|"-separated words)."""
    separator = re.compile(separator_pattern(index))
    words: set[str] = set()
    for doc in index.get("docs", []):
        for field in FIELDS:
            text = shown_text(doc.get(field) or "")
            words.update(word for word in separator.split(text) if WORD.fullmatch(word))
    for pair in index.get("config", {}).get("synonyms", []):
        words.update(word for side in pair for word in side.split("|") if WORD.fullmatch(word))
    return words


def glued_words(docs: list[dict], separator: re.Pattern) -> set[str]:
    """A character the index holds alone written together with the word of two or three characters before
    or after it (抓​前端, 非​警务, 网格​员) in ``docs``' titles and texts (``separator``: the index's, captured):
    jieba's cut split what a reader says as one word (zhuaqianduan, feijingwu). The search worker then finds
    it as its parts."""
    found: set[str] = set()
    for doc in docs:
        for field in ("title", "text"):
            pieces = tokens(doc.get(field) or "", separator)
            for (first, _), (second, glued) in zip(pieces, pieces[1:]):
                lengths = sorted((len(first), len(second)))
                if (glued and lengths[0] == 1 and lengths[1] in (2, 3) and WORD.fullmatch(first + second)
                        and not is_stop_word(first if len(first) == 1 else second)):
                    found.add(first + second)
    return found


def words_by_pinyin(words: Iterable[str], pinyin_of: Callable[[list[str]], dict[str, str]]) -> dict[str, list[str]]:
    """{toneless pinyin: the words that read so}, both sorted; ``pinyin_of`` gives each word's pinyin
    ("" for none)."""
    table: dict[str, list[str]] = {}
    readings = pinyin_of(sorted(words))
    for word in sorted(words):
        if readings.get(word):
            table.setdefault(readings[word], []).append(word)
    return dict(sorted(table.items()))


def write_pinyin_words(folder: Path, index: dict, to_source: Callable[[str], str] = lambda word: word,
                       cache_dir: Path | None = None, also: Iterable[str] = ()) -> int:
    """Writes ``folder``/search_pinyin.json for ``index`` ({"words": {pinyin: [words]}}) and the words
    ``also`` (the glossary definitions' on English: explainer/search/definitions.py), the pinyin read from
    each word's source-language form (``to_source``: 繁體 → 简体, where pypinyin knows more words); returns
    how many readings it holds."""
    def pinyin_of(words: list[str]) -> dict[str, str]:
        sources = {word: to_source(word) for word in words}
        readings = pinyin_table(sources.values(), cache_dir, longest=WORD_LONGEST)
        return {word: readings.get(source, "") for word, source in sources.items()}

    table = words_by_pinyin(index_words(index) | glued_words(index.get("docs", []), captured_separator(index)) | {word for word in also if WORD.fullmatch(word)},
                             pinyin_of)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE).write_text(json.dumps({"words": table}, ensure_ascii=False, separators=(",", ":")),
                               encoding="utf-8")
    return len(table)
