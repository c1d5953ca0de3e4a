"""Everyday words for what the site calls otherwise (``data/search_synonyms.json``): search only.

The interview writes 命案, 交通事故, 电信网络诈骗, 公安 and 社区; readers type 杀人, 车祸, 骗局, 警察 and
"neighbourhood". Each entry names the site's own words (``site``, per written language) and the words
readers use for them (``readers``: ``zh``, ``en``, and ``zh-hant`` for a word only Taiwan or Hong Kong uses,
such as 志工). A query word that is a reader word also finds the site's words, in every edition and in
either language (the other language's words reach a section through its twin's words, explainer/search/
twins.py). Pages never show them: they travel in each index's ``config.synonyms``, converted for a
generated edition.

A bad entry stops the build with one line: a malformed or untrimmed word, a word in the wrong script, a
reader word listed twice or equal to a site word, and (once the index is built) a site word the edition's
pages never write, which could only ever find nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable

from explainer.dataset.json_file import read_json_file
from explainer.errors import SiteError
from explainer.text.han import HAN

SITE_LANGUAGES = ("zh", "en")  # the written languages, whose pages the site words are checked against
READER_LANGUAGES = ("zh", "en", "zh-hant")
LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*(?: [A-Za-z0-9][A-Za-z0-9'’.\-]*){0,3}")
HAN_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,8}")


def load_synonyms(path: Path, shown_as: str) -> list[dict]:
    raw = read_json_file(path, shown_as, multiline={"$comment", "why"})
    problems = list(synonym_problems(raw))
    if problems:
        raise SiteError(shown_as, problems[0] if len(problems) == 1 else f"{len(problems)} problems: " + "; ".join(problems))
    return raw["synonyms"]


def synonym_problems(raw):
    if not isinstance(raw, dict) or not isinstance(raw.get("synonyms"), list):
        yield "(top level): must be an object with a list 'synonyms'"
        return
    readers_seen: dict[str, str] = {}
    for index, entry in enumerate(raw["synonyms"]):
        place = f"synonyms[{index}]"
        if not isinstance(entry, dict) or set(entry) - {"site", "readers", "why"} or not {"site", "readers"} <= set(entry):
            yield f"{place}: must be an object with 'site' and 'readers' (and optionally 'why')"
            continue
        site, readers = entry["site"], entry["readers"]
        if not isinstance(site, dict) or not site or set(site) - set(SITE_LANGUAGES):
            yield f"{place}.site: must map {' or '.join(SITE_LANGUAGES)} to the site's own words"
            continue
        if not isinstance(readers, dict) or not readers or set(readers) - set(READER_LANGUAGES):
            yield f"{place}.readers: must map {', '.join(READER_LANGUAGES)} to the words readers type"
            continue
        site_words = set()
        for group, table in (("site", site), ("readers", readers)):
            for lang, words in table.items():
                where = f"{place}.{group}.{lang}"
                if not isinstance(words, list) or not words:
                    yield f"{where}: must be a non-empty list of words"
                    continue
                for word in words:
                    problem = word_problem(word, lang)
                    if problem:
                        yield f"{where}: {problem}"
                    elif group == "site":
                        site_words.add(word.casefold())
                    elif word.casefold() in site_words:
                        yield f"{where}: {word!r} is one of the entry's site words"
                    elif word.casefold() in readers_seen:
                        yield f"{where}: {word!r} is already a reader word of {readers_seen[word.casefold()]}"
                    else:
                        readers_seen[word.casefold()] = place


def word_problem(word, lang: str) -> str | None:
    if not isinstance(word, str) or not word:
        return f"{word!r} is not a word"
    if word != word.strip():
        return f"{word!r} has spaces at either end"
    if lang == "en":
        if HAN.search(word) or not LATIN_WORD.fullmatch(word):
            return f"{word!r} is not an English word or phrase (letters and digits, single spaces, at most 4 words)"
    elif not HAN_WORD.fullmatch(word):
        return f"{word!r} is not a Chinese word (2 to 8 Han characters, no spaces)"
    return None


def edition_synonyms(entries: list[dict], lang: str, convert: Callable[[str], str]) -> list[list[str]]:
    """``config.synonyms`` of edition ``lang``: per entry, its reader words and its site words, each list
    joined by "|": Chinese words as the edition writes them (``convert``), a generated edition's own reader
    words, and the English ones; every language in every edition (an English query on a Chinese page and
    a Chinese one on an English page find the twin's words)."""
    table = []
    for entry in entries:
        readers = [convert(word) for word in entry["readers"].get("zh", [])]
        readers += entry["readers"].get("zh-hant", []) + plurals_left_out(entry["readers"].get("en", []))
        site = [convert(word) for word in entry["site"].get("zh", [])] + entry["site"].get("en", [])
        table.append(["|".join(dict.fromkeys(readers)), "|".join(dict.fromkeys(site))])
    return table


def plurals_left_out(words: list[str]) -> list[str]:
    """English reader words without the plurals of others listed (murders beside murder): the search
    worker stems a query's words, and both stem alike."""
    listed = {word.casefold() for word in words}
    return [word for word in words
            if not any(word.casefold().endswith(end) and word.casefold()[:-len(end)] in listed for end in ("s", "es"))]


def unwritten_site_words(entries: list[dict], texts: dict[str, str]) -> Iterable[str]:
    """Each site word that the pages of its language never write: ``texts`` is each written language's
    index text (titles and texts, without U+200B), compared ignoring case."""
    lowered = {lang: text.casefold() for lang, text in texts.items()}
    for index, entry in enumerate(entries):
        for lang, words in entry["site"].items():
            for word in words:
                if word.casefold() not in lowered.get(lang, ""):
                    yield f"synonyms[{index}].site.{lang}: {word!r} is not written on any {lang} page"
