"""What each entry of an edition's index holds besides Material's own title and text (issue 21).

- **Glossary terms are entries of their own** (``glossary/#<term id>``): Material indexes the glossary page
  as one entry, so a term was never a result and a reader landed at the top of a long page. Each term's
  entry is its ``<dt>`` (the term and its other-language name) as the title and its ``<dd>`` as the text,
  read from the built page; the page's own entry keeps its lead.
- **An empty section is no entry**: a heading whose text is all in its subsections (马小秋的回答) matched a
  reader's 马小秋 in its title and answered nothing.
- **The other language from the site's own translation**: every section has a twin with the same id in
  the other written language. Each entry gets its twin's words in a hidden field, ``twin``, weighed below
  the text (``TWIN_BOOST``): "mediation" on 简体 finds the sections that write 调解, 调解 on English finds
  the mediation sections, and so on for 繁體. Only the other language's words are taken (a Chinese entry
  gets its twin's English words, an English one its twin's Chinese words), and none the entry already
  holds, so nothing is typed twice. A glossary term's entry needs none: its title names it in both.
- **Unknown words stay words**: jieba cuts a run of characters its dictionary lacks into single
  characters (萧山红领 → 萧山 红 领 once its compound is cut, 万件 → 万 件). Each run of two or more single
  characters is also indexed as its overlapping pairs (红领, 万件), the CJK bigrams search engines use; the
  search worker reads an unknown run of a query the same way, and never matches a single character by
  prefix.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Callable, Iterable

from explainer.search.index_text import SEPARATOR, separator_pattern, shown_text
from explainer.search.stop_words import is_stop_word
from explainer.text.han import HAN, HAN_CHARACTERS

FIELD = "twin"
TWIN_BOOST = 0.3
"""The twin's words against the entry's own text (1): enough to find the entry in the other language,
never enough to rank an entry that only its twin names above one that says it."""

GLOSSARY_PAGE = "glossary/"
TERM = re.compile(r'<dt id="(?P<id>[^"]+)">(?P<title>.*?)</dt>\s*<dd>(?P<text>.*?)</dd>', re.S)
HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
LEAD = re.compile(r"^(?:\s*<p>.*?</p>)+", re.S)
TRIM = re.compile(r"^[^\w]+|[^\w]+$")


def segment(text: str, cut: Callable[[str], Iterable[str]]) -> str:
    """``text`` with its Han runs cut into words (``cut``, jieba's) and U+200B around and between them,
    as Material's search plugin writes an entry's title and text."""
    def words(match: re.Match) -> str:
        return SEPARATOR + SEPARATOR.join(cut(match.group())) + SEPARATOR

    return re.sub(f"[{HAN_CHARACTERS}]+", words, text).strip(SEPARATOR)


def glossary_terms(page_html: str) -> list[tuple[str, str, str]]:
    """(id, title, text) of each term of the built glossary page, in page order: the title is the term and
    its other-language name as the ``<dt>`` shows them (without the ¶ link), the text the ``<dd>``."""
    terms = []
    for match in TERM.finditer(page_html):
        title = re.sub(r"\s+", " ", shown_text(HEADERLINK.sub("", match.group("title")))).strip()
        text = re.sub(r"\s+", " ", match.group("text")).strip()
        terms.append((match.group("id"), title, text))
    return terms


def split_glossary(index: dict, terms: list[tuple[str, str, str]], cut: Callable[[str], Iterable[str]],
                   page: str = GLOSSARY_PAGE) -> int:
    """Replace the glossary page's entry by its lead and one entry per term (``glossary_terms``), right
    after it; returns how many terms became entries. The index's ``config.terms`` says where they are:
    the search worker weighs them (a term's title is the term, and Material weighs a title a thousand
    times the text)."""
    docs = index.get("docs", [])
    position = next((i for i, doc in enumerate(docs) if doc["location"] == page), None)
    if position is None or not terms:
        return 0
    entry = docs[position]
    lead = LEAD.match(entry.get("text", ""))
    entry["text"] = lead.group().strip() if lead else ""
    docs[position + 1:position + 1] = [
        {"location": f"{page}#{term_id}", "title": segment(html.escape(title, quote=False), cut),
         "text": segment(text, cut)}
        for term_id, title, text in terms
    ]
    index.setdefault("config", {})["terms"] = f"{page}#"
    return len(terms)


def drop_empty_sections(index: dict) -> list[str]:
    """Remove each section (an entry with a #) whose text is empty; returns their locations."""
    empty = [doc["location"] for doc in index.get("docs", [])
             if "#" in doc["location"] and not plain(doc.get("text", "")).strip()]
    index["docs"] = [doc for doc in index.get("docs", []) if doc["location"] not in empty]
    return empty


def plain(value: str) -> str:
    return shown_text(value).replace(SEPARATOR, " ")


def captured_separator(index: dict) -> re.Pattern:
    """The index's separator (its config's, else spaces and U+200B), captured, as ``tokens`` reads it."""
    return re.compile("(" + separator_pattern(index) + ")")


def tokens(value: str, separator: re.Pattern) -> list[tuple[str, bool]]:
    """The words of an index field (tags removed), each with whether it follows the word before it with
    only U+200B between (jieba's cut: the two were written together)."""
    parts = separator.split(shown_text(value))
    words, glued = [], False
    for i, part in enumerate(parts):
        if i % 2:  # a separator (captured)
            glued = part == SEPARATOR
        elif part:
            words.append((part, glued))
            glued = False
    return words


def single_character_pairs(value: str, separator: re.Pattern) -> list[str]:
    """The overlapping pairs of each run of two or more single Han characters written together in
    ``value`` (an index field cut by jieba), stop words breaking a run: 萧山​红​领 → 红领."""
    pairs, run = [], []

    def close():
        pairs.extend(run[i] + run[i + 1] for i in range(len(run) - 1))
        run.clear()

    for word, glued in tokens(value, separator):
        if len(word) == 1 and HAN.fullmatch(word) and not is_stop_word(word):
            if not glued:
                close()
            run.append(word)
        else:
            close()
    close()
    return list(dict.fromkeys(pairs))


def add_single_character_pairs(index: dict, separator: re.Pattern, fields: Iterable[str] = ("title", "text")) -> None:
    """Each entry's pairs (``single_character_pairs`` of its title and text) among its hidden words."""
    for doc in index.get("docs", []):
        pairs = [pair for field in fields for pair in single_character_pairs(doc.get(field, ""), separator)]
        if pairs:
            doc["aliases"] = SEPARATOR.join(filter(None, [doc.get("aliases", ""), *dict.fromkeys(pairs)]))


def chinese_word(word: str) -> bool:
    return bool(HAN.search(word)) and len(word) > 1 and not is_stop_word(word)


def latin_word(word: str) -> bool:
    return (not HAN.search(word) and len(word) > 1 and re.search(r"[^\W\d_]", word) is not None
            and not is_stop_word(word))


def twin_words(doc: dict, twin: dict, chinese: bool, separator: re.Pattern, names_only: bool = False) -> list[str]:
    """The words of ``twin`` (the entry with the same location in the other language) in the other
    language (``chinese``: its Chinese words and the pairs of its runs of single characters; otherwise its
    English words) that ``doc`` does not already hold; lower-cased, each once (a plural once its singular
    is there); no stop word, number or single letter. ``names_only``: only English words written with a
    capital (the names in a glossary definition: Supreme People's Court)."""
    keep = chinese_word if chinese else latin_word
    own = {word.casefold() for field in ("title", "text", "aliases")
           for word, _ in tokens(doc.get(field, ""), separator)}
    words = []
    for field in ("title", "text"):
        for word, _ in tokens(twin.get(field, ""), separator):
            written = TRIM.sub("", word)
            word = written.casefold()
            if word and keep(word) and word not in own and (not names_only or written[:1].isupper()):
                words.append(word)
        if chinese:
            words += [pair for pair in single_character_pairs(twin.get(field, ""), separator) if pair not in own]
    words = list(dict.fromkeys(words))
    present = set(words)
    return [word for word in words if not inflected(word, present)]


def inflected(word: str, words: set[str]) -> bool:
    """Whether ``word`` is an inflection of another of ``words`` that lunr's stemmer reduces alike
    (courts, resolved, resolving: court, resolve), so the twin needs only that one."""
    bases = []
    if word.endswith("s"):
        bases.append(word[:-1])
    if word.endswith("ed"):
        bases += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        bases += [word[:-3], word[:-3] + "e"]
    return any(base in words for base in bases if len(base) > 2)


COMMON = 1 / 16
"""A twin word found in the twins of more than this share of the entries (Hangzhou, safety, 杭州, 建设)
tells no entry from another: left out."""


def add_twin_words(index: dict, twins: list[dict], chinese: bool, boost: float = TWIN_BOOST) -> int:
    """Give each entry of ``index`` its twin's words (``twins``: the other language's entries, ``chinese``
    when that language is Chinese) in the hidden field ``twin``; returns how many entries got some.

    Not every word of every entry: a page's own entry (its lead, the summary of its sections) gets only its
    twin's title (术语表 finds the English glossary page), and is found through its sections. A glossary term's title names it in both languages already: its entry gets only the names its
    English twin's definition writes with a capital (Supreme People's Court, Intermediate), in a Chinese
    edition; the whole definitions would cost the index a tenth more. Nor every word: not the common ones
    (``COMMON``)."""
    separator = captured_separator(index)
    by_location = {doc["location"]: doc for doc in twins}
    index.setdefault("config", {}).setdefault("fields", {})[FIELD] = {"boost": boost}
    docs = index.get("docs", [])
    pages_with_sections = {doc["location"].split("#", 1)[0] for doc in docs if "#" in doc["location"]}
    found = {}
    for doc in docs:
        location = doc["location"]
        twin = by_location.get(location)
        glossary = location.startswith(GLOSSARY_PAGE + "#")
        if twin and location in pages_with_sections:
            found[location] = twin_words(doc, {"title": twin.get("title", "")}, chinese, separator)
        elif twin and not (glossary and chinese):
            found[location] = twin_words(doc, twin, chinese, separator, names_only=glossary)
    # a page's title words do not count: they would make its sections' twin words common
    counts = Counter(word for location, words in found.items() if location not in pages_with_sections for word in words)
    touched = 0
    for doc in docs:
        words = [word for word in found.get(doc["location"], []) if counts[word] <= max(3, COMMON * len(docs))]
        if words:
            doc[FIELD] = " ".join(words)  # a space: a third of the bytes of U+200B in UTF-8
            touched += 1
        else:
            doc.pop(FIELD, None)
    return touched
