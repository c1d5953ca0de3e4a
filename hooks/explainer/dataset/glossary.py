"""The glossary (``data/glossary.json``): loading, checking, and the tooltips in the page text.

Python-Markdown's ``abbr`` matches terms only between word boundaries, which Chinese text does not
have, so terms are wrapped here by a small tree processor that works for both languages.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from explainer.errors import SiteError
from explainer.editions import WRITTEN
from explainer.dataset.json_file import read_json_file
from explainer.pages.tooltip_text import tree_title

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
GLOSSARY_PAGES = ("glossary.md", "glossary")
SKIP_TAGS = {"a", "abbr", "code", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "button"}


SHOWN = 5  # problems named in the one line; the rest are counted


def load_glossary(path: Path, shown_as: str) -> list[dict]:
    raw = read_json_file(path, shown_as, multiline={"definition"})
    problems = list(glossary_problems(raw))
    if problems:
        more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
        raise SiteError(shown_as, "; ".join(problems[:SHOWN]) + more)
    return raw["terms"]


def glossary_problems(raw):
    if not isinstance(raw, dict) or not isinstance(raw.get("terms"), list):
        yield "(top level): must be an object with a list 'terms'"
        return
    seen = set()
    for index, term in enumerate(raw["terms"]):
        place = f"terms[{index}]"
        if not isinstance(term, dict) or not ID.match(str(term.get("id", ""))):
            yield f"{place}.id: missing or not a lower-case kebab-case id"
            continue
        if term["id"] in seen:
            yield f"{place}.id: duplicate id {term['id']!r}"
        seen.add(term["id"])
        place = f"{place} ({term['id']})"  # the index finds the entry, the id tells which term it is
        for lang in WRITTEN:
            entry = term.get(lang)
            if not isinstance(entry, dict):
                yield f"{place}.{lang}: missing"
                continue
            for key in ("term", "definition"):
                if not isinstance(entry.get(key), str) or not entry[key].strip():
                    yield f"{place}.{lang}.{key}: missing or empty"
            for key in ("aliases", "search_aliases"):
                if not is_list_of_strings(entry.get(key, [])):
                    yield f"{place}.{lang}.{key}: must be a list of non-empty strings"
            yield from search_alias_problems(entry, f"{place}.{lang}.search_aliases")
        from explainer.editions import GENERATED  # a generated edition's own search spellings
        from explainer.search.analysis import edition_alias_problems
        yield from edition_alias_problems(term, place, GENERATED)


def is_list_of_strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(a, str) and a.strip() for a in value)


def search_alias_problems(entry: dict, place: str):
    """``search_aliases``: other ways readers type the term (abbreviations, full forms), used only by
    search. Each must be trimmed, searchable on its own, and not repeat a spelling the term has."""
    aliases = entry.get("search_aliases", [])
    if not is_list_of_strings(aliases) or not is_list_of_strings(entry.get("aliases", [])):
        return
    known = {s.casefold() for s in [entry.get("term") or "", *entry.get("aliases", [])]}
    for alias in aliases:
        if alias != alias.strip():
            yield f"{place}: {alias!r} has spaces at either end"
        elif len(alias) < 2:
            yield f"{place}: {alias!r} is too short to search for (2 characters at least)"
        elif alias.casefold() in known:
            yield f"{place}: {alias!r} repeats the term or one of its aliases"
        known.add(alias.casefold())


def definitions_by_id(terms: list[dict], lang: str) -> dict[str, str]:
    return {term["id"]: term[lang]["definition"] for term in terms}


def search_spellings(terms: list[dict], lang: str) -> list[list[str]]:
    """Per term, every way of writing it in ``lang`` that search should treat as the same thing:
    the term, its aliases and its search aliases, each once."""
    groups = []
    for term in terms:
        entry = term[lang]
        spellings = [entry["term"], *entry.get("aliases", []), *entry.get("search_aliases", [])]
        groups.append(list(dict.fromkeys(spellings)))
    return groups


def term_titles(terms: list[dict], lang: str) -> dict[str, str]:
    """Every spelling of every term in ``lang`` → the definition shown in its tooltip."""
    titles = {}
    for term in terms:
        entry = term[lang]
        for spelling in [entry["term"], *entry.get("aliases", [])]:
            titles[spelling] = entry["definition"]
    return titles


def whole_word(term: str) -> str:
    """A pattern for ``term`` that never matches part of a Latin word or number ("app" in "approach");
    a term that starts or ends with a Chinese character needs no boundary on that side."""
    before = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", term) else ""
    after = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", term) else ""
    return before + re.escape(term) + after


class GlossaryTooltips(Treeprocessor):
    """Wraps the first occurrence of each term on a page in ``<abbr title="definition">``."""

    def __init__(self, md, extension: "GlossaryExtension"):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        titles = self.extension.titles
        if not titles:
            return
        self.done: set[str] = set()
        longest_first = sorted(titles, key=len, reverse=True)
        pattern = re.compile("|".join(whole_word(t) for t in longest_first))
        self.walk(root, pattern, titles)

    def walk(self, element: etree.Element, pattern, titles) -> None:
        if element.tag == "a":
            self.title_glossary_link(element)
        if element.tag in SKIP_TAGS:
            return
        self.wrap_text(element, pattern, titles)
        for child in list(element):
            self.walk(child, pattern, titles)
            self.wrap_tail(element, child, pattern, titles)

    def title_glossary_link(self, link: etree.Element) -> None:
        """A link into the glossary shows the term's definition as its tooltip too."""
        path, _, term_id = (link.get("href") or "").partition("#")
        if path.rstrip("/").endswith(GLOSSARY_PAGES) and term_id in self.extension.definitions:
            link.set("title", tree_title(self.extension.definitions[term_id]))
            if link.text:
                self.done.add(link.text)

    def split(self, text: str, pattern, titles):
        """(before, [(abbr element, following text), …]) for the first unseen terms in ``text``."""
        pieces, last, before = [], 0, None
        for match in pattern.finditer(text):
            term = match.group(0)
            if term in self.done:
                continue
            self.done.add(term)
            # Focusable, so a keyboard reader gets the same tooltip as a mouse or a tap.
            abbr = etree.Element("abbr", {"title": tree_title(titles[term]), "tabindex": "0"})
            abbr.text = term
            if before is None:
                before = text[:match.start()]
            else:
                pieces[-1][1].append(text[last:match.start()])
            pieces.append((abbr, []))
            last = match.end()
        if not pieces:
            return None
        pieces[-1][1].append(text[last:])
        return before, [(abbr, "".join(rest)) for abbr, rest in pieces]

    def wrap_text(self, element, pattern, titles) -> None:
        if not element.text:
            return
        result = self.split(element.text, pattern, titles)
        if result:
            element.text, pieces = result
            for offset, (abbr, tail) in enumerate(pieces):
                abbr.tail = tail
                element.insert(offset, abbr)

    def wrap_tail(self, parent, child, pattern, titles) -> None:
        if not child.tail:
            return
        result = self.split(child.tail, pattern, titles)
        if result:
            child.tail, pieces = result
            index = list(parent).index(child)
            for offset, (abbr, tail) in enumerate(pieces, start=1):
                abbr.tail = tail
                parent.insert(index + offset, abbr)


class GlossaryExtension(Extension):
    """Holds the current page's terms; the build sets ``titles`` (spelling → definition) and
    ``definitions`` (id → definition) in the page's language before each page is converted."""

    def __init__(self):
        super().__init__()
        self.titles: dict[str, str] = {}
        self.definitions: dict[str, str] = {}

    def extendMarkdown(self, md) -> None:
        # After inline parsing (priority 20), so text nodes are final; raw HTML is stashed and untouched.
        md.treeprocessors.register(GlossaryTooltips(md, self), "explainer_glossary", 5)
