"""Each glossary term's definition in the other language, in a file beside an edition's index, for a
reader who asks in that language (西湖 or wanggeyuan on English, "common prosperity" on 繁體).

A term's entry carries its names in both languages, but not its twin's definition: in the index that would
cost each edition a tenth more (explainer/search/sections.py, ``add_twin_words``). So the definitions are
written once, in ``search/search_definitions.json``: for a Chinese edition, the English words of each
entry's twin that the entry does not hold; for the English edition, the Chinese text of each twin, its runs
of characters whole (a reader's word is looked for inside them: 网格员, whatever jieba cut). The search
worker fetches the file only for a query word in the other language's script, never with the page or the
index (docs/assets/javascripts/search-analysis.js), and the index's ``config.definitions`` says which
script that is. The English edition's pinyin file lists the definitions' words too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from explainer.search.pinyin_words import glued_words
from explainer.search.sections import GLOSSARY_PAGE, chinese_word, plain, tokens, twin_words
from explainer.text.han import HAN_RUN

FILE = "search_definitions.json"
CONFIG = "definitions"


def definitions(index: dict, twins: list[dict], chinese: bool, separator: re.Pattern) -> dict[str, str]:
    """{a glossary entry's location: its twin's words}: for a Chinese twin (``chinese``) its runs of
    characters, each once, joined by spaces; for an English one its words the entry lacks (lower case,
    no stop word). ``separator``: the index's, captured."""
    by_location = {doc["location"]: doc for doc in twins}
    found = {}
    for doc in index.get("docs", []):
        twin = by_location.get(doc["location"])
        if not doc["location"].startswith(GLOSSARY_PAGE + "#") or twin is None:
            continue
        if chinese:
            runs = [run for field in ("title", "text") for run in HAN_RUN.findall(plain(twin.get(field, "")).replace(" ", ""))]
            words = [run for run in dict.fromkeys(runs) if len(run) > 1]
        else:
            words = twin_words(doc, twin, False, separator)
        if words:
            found[doc["location"]] = " ".join(words)
    return found


def definition_words(twins: list[dict], separator: re.Pattern) -> set[str]:
    """The Chinese words of the glossary twins as their index cut them, and a character written together
    with its neighbour word (网格​员: pinyin_words.glued_words), for the pinyin file."""
    glossary = [doc for doc in twins if doc["location"].startswith(GLOSSARY_PAGE + "#")]
    words = {word for doc in glossary for field in ("title", "text")
             for word, _ in tokens(doc.get(field, ""), separator) if chinese_word(word)}
    return words | glued_words(glossary, separator)


def write_definitions(folder: Path, index: dict, entries: dict[str, str], chinese: bool) -> int:
    """Writes ``folder``/search_definitions.json ({"entries": {location: words}}) and tells the worker, in
    ``config.definitions``, which query words look them up ("han" or "latin"); returns how many entries."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE).write_text(json.dumps({"entries": entries}, ensure_ascii=False, separators=(",", ":")),
                               encoding="utf-8")
    index.setdefault("config", {})[CONFIG] = "han" if chinese else "latin"
    return len(entries)
