"""Glossary spellings in the search index, so that what readers type finds what the page says.

A reader types 电诈 where the interview writes 电信网络诈骗, or "PLAC" where the page writes "Political
and Legal Affairs Commission". Every entry (a page or one of its sections) of a language's index that
contains one spelling of a glossary term (its term, ``aliases`` or ``search_aliases``) gets the term's
other spellings in an extra field, ``aliases``. The search worker indexes every field named in the
index's ``config.fields``; the results show only title and text, so the aliases are found, never shown,
and the pages themselves are untouched.

Chinese spellings are written both whole (电诈) and cut into words as Material cuts the text (jieba,
U+200B between words; words of two characters or more), so that a query matches however the browser
segments it.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterable

from explainer.dataset.glossary import whole_word
from explainer.search.index_text import SEPARATOR, shown_text
from explainer.text.han import HAN_CHARACTERS, HAN_RUN

FIELD = "aliases"
BOOST = 1.0  # as the text: a section that only implies the term is not ranked above one that names it


def plain_text(value: str) -> str:
    """An index entry's title or text as a reader sees it: no tags, no entities, no U+200B."""
    return shown_text(value).replace(SEPARATOR, "")


def occurs(spelling: str, text: str, lowered: str | None = None) -> bool:
    """Whether ``text`` holds ``spelling`` as a whole word, ignoring case. ``lowered`` (``text.lower()``)
    lets a caller asking about many spellings skip the pattern for the spellings the text cannot hold."""
    if spelling.lower() not in (text.lower() if lowered is None else lowered):
        return False
    return _pattern(spelling).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _pattern(spelling: str) -> re.Pattern:
    return re.compile(whole_word(spelling), re.IGNORECASE)


def aliases_for(text: str, groups: list[list[str]]) -> list[str]:
    """The spellings of every term ``text`` mentions that ``text`` does not already contain."""
    extra: dict[str, str] = {}  # casefolded → first spelling: search ignores case anyway
    lowered = text.lower()
    for group in groups:
        if any(occurs(spelling, text, lowered) for spelling in group):
            for spelling in group:
                if not occurs(spelling, text, lowered):
                    extra.setdefault(spelling.casefold(), spelling)
    return list(extra.values())


def jieba_cut(text: str) -> list[str]:
    import jieba  # Material's search needs it for Chinese anyway; imported only when used

    return [word for word in jieba.cut(text) if word.strip()]


def searchable(spellings: Iterable[str], cut: Callable[[str], list[str]] = jieba_cut) -> str:
    """The field's value: each spelling, then the words of its Chinese runs, separated by U+200B."""
    words: list[str] = []
    for spelling in spellings:
        words.append(spelling)
        for run in HAN_RUN.findall(spelling):
            # Single characters (个, 五) would match far too much and change how every query is cut.
            words += [word for word in [run, *cut(run)] if len(word) > 1]
    return SEPARATOR.join(dict.fromkeys(words))


def add_search_aliases(index: dict, groups: list[list[str]],
                       cut: Callable[[str], list[str]] = jieba_cut) -> int:
    """Adds ``aliases`` to the entries of ``index`` (one language's) that mention a term; returns how
    many entries got some. Running it twice gives the same index."""
    index.setdefault("config", {}).setdefault("fields", {})[FIELD] = {"boost": BOOST}
    touched = 0
    for doc in index.get("docs", []):
        extra = aliases_for(plain_text(doc.get("title", "") + "\n" + doc.get("text", "")), groups)
        if extra:
            doc[FIELD] = searchable(extra, cut)
            touched += 1
        else:
            doc.pop(FIELD, None)
    return touched


def resegment(value: str, to_source: Callable[[str], str], cut: Callable[[str], list[str]] = jieba_cut) -> str:
    """``value`` (an index entry's title or text in a generated edition, cut by Material's jieba on
    the converted text) cut again where jieba cuts its source-language original: ``to_source`` maps a
    run of Han characters back (OpenCC t2s); a run whose original has another length keeps its cuts."""
    def cut_run(match: re.Match) -> str:
        run = match.group().replace(SEPARATOR, "")
        original = to_source(run)
        if len(original) != len(run):
            return match.group()
        words, position = [], 0
        for word in cut(original):
            words.append(run[position:position + len(word)])
            position += len(word)
        return SEPARATOR.join(words)

    return SEGMENTED_HAN_RUN.sub(cut_run, value)


SEGMENTED_HAN_RUN = re.compile(f"[{HAN_CHARACTERS}](?:\u200b?[{HAN_CHARACTERS}])*")  # cut by U+200B


def own_spellings_only(index: dict, terms: list[dict], groups: list[list[str]], entry_of: Callable[[dict], str],
                       cut: Callable[[str], list[str]] = jieba_cut) -> None:
    """A glossary term's own entry (``entry_of(term)``: its location) keeps in ``aliases`` only its own
    term's spellings, not those of the terms its definition mentions: a query that matches an entry in
    its title or aliases then names that entry's term (the search worker ranks it so). A spelling its
    definition writes stays too (电诈: "often shortened in Chinese to 电诈"); one its title writes is named
    there already."""
    docs = {doc["location"]: doc for doc in index.get("docs", [])}
    for term, group in zip(terms, groups):
        doc = docs.get(entry_of(term))
        if doc is None:
            continue
        title = plain_text(doc.get("title", ""))
        extra = list({spelling.casefold(): spelling for spelling in reversed(group)
                      if not occurs(spelling, title, title.lower())}.values())[::-1]
        if extra:
            doc[FIELD] = searchable(extra, cut)
        else:
            doc.pop(FIELD, None)

