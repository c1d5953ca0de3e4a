"""Paragraph permalinks: ids written in the pages, the same in both languages, and a ¶ link on each.

A paragraph gets its id from an ``attr_list`` line of its own, right below its text::

    我们探索市场化解纷,率先全国试点……
    {#q2-p5}

The ids are written by hand, not numbered by the build, so rewording, splitting or inserting a
paragraph never moves the id of another one: a link a report writer pasted keeps pointing at the same
words. Scheme (see the README): ``qN`` is the reporter's N-th question, ``qN-pM`` the M-th paragraph of
its answer, ``sidebar-…`` a paragraph of the numbers page restating a sidebar item, ``figures-…`` one
restating figures of an answer.

Before anything is written, :func:`paragraph_problems` converts every page with the site's own Markdown
extensions and reports, one line each:

- a paragraph of an interview question or answer, or a sentence stating a figure on the numbers page,
  that has no id;
- an id the page uses twice;
- a twin that lacks a paragraph id the other has, or has them in another order.

During the build, :class:`ParagraphLinks` appends a ¶ permalink (Material's ``headerlink``) to every
paragraph that has an id, titled in the page's language and left out of the search index, and after it
a small ``⋯`` button that opens the paragraph's menu (copy the link, copy the text with its citation).
The menu itself is built once, on demand, by cite.js; each paragraph carries only the button.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path

import markdown
from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER

from explainer.editions import BY_CODE
from explainer.text.code_spans import code_ranges, inside
from explainer.pages.front_matter import FRONT_MATTER
from explainer.pages.markers import INLINE, MARKER

# How Python-Markdown stashes raw HTML (\x02wzxhzdk:N\x03), from its own constant (explainer/upstream.py).
PLACEHOLDER = re.compile(re.escape(HTML_PLACEHOLDER).replace("%s", r"(\d+)"))
# The build replaces an inline marker with a link before converting; the checks put an inline stand-in
# in its place, so that a sentence opening with a figure stays a paragraph, as in the build.
STAND_IN = '<span data-explainer-marker="{}"></span>'
FIGURE_MARKER = re.compile(r'data-explainer-marker="(?:value|metric)"')
# Which paragraphs must carry an id, by page (path below docs/, without the language suffix).
INTERVIEW_PAGE = re.compile(r"interview/[^/]+")
NUMBERS_PAGE = "numbers"
HINT = {
    "question": "add {#qN} on its own line below it",
    "answer": "add {#qN-pM} on its own line below it",
    "figures": "add {#sidebar-…} or {#figures-…} on its own line below it",
}
KIND_WORDS = {"question": "a paragraph of the question", "answer": "a paragraph of the answer",
              "figures": "a paragraph stating a figure"}
# The paragraph menu's button (cite.js builds the menu), and its HTML as the build writes it.
MENU_CLASS = "ex-pmenu"
MENU_SIGN = "⋯"
MENU_BUTTON = re.compile(r'<button [^>]*class="ex-pmenu"[^>]*>[^<]*</button>')
# After attr_list (8) has set the ids, the glossary (5) and toc (5) have run.
PRIORITY = 4


@dataclass
class Paragraph:
    id: str | None
    kind: str | None  # "question", "answer", "figures" (states a figure), or None
    text: str


@dataclass
class PageParagraphs:
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.paragraphs if p.id]


# --- Reading a page ---------------------------------------------------------------------------

def interview_kinds(root: etree.Element) -> dict[int, str]:
    """The paragraphs that quote the interview: ``id(p)`` → "answer" (under ``## … {#answer}``) or
    "question" (in the ``!!! question`` box)."""
    kinds: dict[int, str] = {}
    section = None
    for child in root:
        if child.tag == "h2":
            section = child.get("id")
        elif child.tag == "p" and section == "answer" and not only_html(child):
            kinds[id(child)] = "answer"
        elif child.tag == "div" and "question" in (child.get("class") or "").split():
            for p in child.iter("p"):
                if "admonition-title" not in (p.get("class") or "").split():
                    kinds[id(p)] = "question"
    return kinds


def scan(root: etree.Element, md: markdown.Markdown) -> PageParagraphs:
    """Every paragraph of a converted page, in order, with its id and what it is."""
    kinds = interview_kinds(root)
    for child in root:
        if child.tag == "p" and id(child) not in kinds and FIGURE_MARKER.search(stashed_text(child, md)):
            kinds[id(child)] = "figures"
    return PageParagraphs([Paragraph(p.get("id"), kinds.get(id(p)), visible_text(p))
                           for p in root.iter("p")
                           if p.get("id") or id(p) in kinds])


def only_html(p: etree.Element) -> bool:
    """A paragraph that is nothing but a stashed HTML block (a block marker, a raw <div>)."""
    return len(p) == 0 and bool(PLACEHOLDER.fullmatch((p.text or "").strip()))


def stashed_text(p: etree.Element, md: markdown.Markdown) -> str:
    """The paragraph's text with its stashed inline HTML (comments, tags) put back."""
    blocks = md.htmlStash.rawHtmlBlocks
    return PLACEHOLDER.sub(lambda m: str(blocks[int(m[1])]), "".join(p.itertext()))


def visible_text(p: etree.Element, length: int = 32) -> str:
    text = re.sub(r"\s+", " ", re.sub(f"(?:{PLACEHOLDER.pattern})+", "…", "".join(p.itertext()))).strip()
    return text if len(text) <= length else text[:length].rstrip() + "…"


class _Scan(Treeprocessor):
    def __init__(self, md, extension: "ParagraphScan"):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        self.extension.result = scan(root, self.md)


class ParagraphScan(Extension):
    """Records the page's paragraphs in ``result`` after each conversion (used by the checks)."""

    def __init__(self):
        super().__init__()
        self.result = PageParagraphs()

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_Scan(md, self), "explainer_paragraph_scan", PRIORITY)


def page_paragraphs(text: str, extensions: list, configs: dict) -> PageParagraphs:
    """The paragraphs of one page's Markdown source, converted as the build converts it."""
    scanner = ParagraphScan()
    md = markdown.Markdown(extensions=[*extensions, scanner], extension_configs=configs)
    md.convert(with_stand_ins(FRONT_MATTER.sub("", text, count=1)))
    return scanner.result


def with_stand_ins(text: str) -> str:
    """``text`` with each inline marker outside code replaced by an empty inline element."""
    code = code_ranges(text)

    def substitute(match: re.Match) -> str:
        if match["name"] in INLINE and not inside(code, match.start()):
            return STAND_IN.format(match["name"])
        return match.group(0)

    return MARKER.sub(substitute, text)


# --- Checking pages and twins -----------------------------------------------------------------

def required_kinds(stem: str) -> set[str]:
    """Which kinds of paragraph must carry an id on the page ``stem`` (``interview/rule-of-law``)."""
    if INTERVIEW_PAGE.fullmatch(stem):
        return {"question", "answer"}
    if stem == NUMBERS_PAGE:
        return {"figures"}
    return set()


def page_problems(where: str, stem: str, page: PageParagraphs,
                  twin: PageParagraphs | None = None, twin_language: str = "") -> list[str]:
    """Paragraphs that must have an id and lack one; ids used twice.

    With the ``twin`` page (in ``twin_language``), a paragraph without an id is named by the id its
    twin has in the same place, when both pages have as many paragraphs that need one."""
    problems = []
    required = required_kinds(stem)
    counterparts = twin_ids_in_place(page, twin, required)
    for p in page.paragraphs:
        if not p.id and p.kind in required:
            expected = counterparts.get(id(p))
            if expected:
                problems.append(f"{where}: paragraph {expected} is missing (its {BY_CODE[twin_language].name} "
                                f"twin has it): {KIND_WORDS[p.kind]} has no id (“{p.text}”); "
                                f"add {{#{expected}}} on its own line below it")
            else:
                problems.append(f"{where}: {KIND_WORDS[p.kind]} has no id (“{p.text}”); {HINT[p.kind]}")
    seen: set[str] = set()
    for anchor in page.ids:
        if anchor in seen:
            problems.append(f"{where}: paragraph id {anchor} is used twice")
        seen.add(anchor)
    return problems


def twin_ids_in_place(page: PageParagraphs, twin: PageParagraphs | None, required: set[str]) -> dict[int, str]:
    """For each paragraph of ``page`` that needs an id, the id of its twin's paragraph in the same place
    (when the twin has it and ``page`` does not use it yet)."""
    if twin is None:
        return {}
    mine = [p for p in page.paragraphs if p.kind in required]
    theirs = [p for p in twin.paragraphs if p.kind in required]
    if len(mine) != len(theirs):
        return {}
    used = set(page.ids)
    return {id(a): b.id for a, b in zip(mine, theirs) if b.id and b.id not in used}


def twin_problems(where: dict[str, str], ids: dict[str, list[str]], reference: str) -> list[str]:
    """The twins' paragraph ids differ: one lacks an id the other has, or the order differs.

    ``where`` and ``ids`` map language → the page's path and its paragraph ids; each other language is
    compared with ``reference`` and the problem is reported on the page that differs from it."""
    problems = []
    base = ids[reference]
    for lang, own in ids.items():
        if lang == reference:
            continue
        for anchor in base:
            if anchor not in own:
                problems.append(f"{where[lang]}: paragraph {anchor} is missing (its {BY_CODE[reference].name} twin has it)")
        for anchor in own:
            if anchor not in base:
                problems.append(f"{where[reference]}: paragraph {anchor} is missing (its {BY_CODE[lang].name} twin has it)")
        if problems:
            continue
        for mine, theirs in zip(own, base):
            if mine != theirs:
                problems.append(f"{where[lang]}: paragraph {mine} is out of order: its "
                                f"{BY_CODE[reference].name} twin has {theirs} in that place")
                break
    return problems


def paragraph_problems(docs_dir: Path, languages: list[str], extensions: list, configs: dict) -> list[str]:
    """Every paragraph-id problem of the pages in ``docs_dir``, page by page, in order.

    ``languages[0]`` is the reference twin. Pages without a twin are left to the twins check."""
    docs_dir = Path(docs_dir)
    problems = []
    stems = sorted({path.relative_to(docs_dir).as_posix()[:-3].rpartition(".")[0]
                    for path in docs_dir.rglob("*.md")})
    for stem in stems:
        if not stem:
            continue
        where = {lang: f"docs/{stem}.{lang}.md" for lang in languages}
        if not all((docs_dir / f"{stem}.{lang}.md").exists() for lang in languages):
            continue
        pages = {lang: page_paragraphs((docs_dir / f"{stem}.{lang}.md").read_text(encoding="utf-8"),
                                       extensions, configs) for lang in languages}
        own = [problem for lang in languages
               for problem in page_problems(where[lang], stem, pages[lang], *twin_of(lang, pages, languages))]
        problems += own or twin_problems(where, {lang: pages[lang].ids for lang in languages}, languages[0])
    return problems


def twin_of(lang: str, pages: dict[str, PageParagraphs], languages: list[str]) -> tuple[PageParagraphs, str]:
    """The page to compare ``lang``'s page with: the reference language's, or for it the next one."""
    other = languages[1] if lang == languages[0] else languages[0]
    return pages[other], other


# --- Rendering the ¶ links --------------------------------------------------------------------

class _Links(Treeprocessor):
    def __init__(self, md, extension: "ParagraphLinks"):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        kinds = interview_kinds(root)
        for p in root.iter("p"):
            anchor = p.get("id")
            if anchor:
                add_permalink(p, anchor, self.extension.title)
                add_menu_button(p, self.extension.menu_label, kinds.get(id(p)))


def add_permalink(p: etree.Element, anchor: str, title: str) -> None:
    """Append ``<a class="headerlink" href="#id">¶</a>`` as Material does to headings; its name is
    ``title`` (the page's language) and Material's search leaves it out of the index."""
    link = etree.SubElement(p, "a", {"class": "headerlink", "href": f"#{anchor}", "title": title,
                                     "aria-label": title, "data-search-exclude": ""})
    link.text = "¶"


def add_menu_button(p: etree.Element, label: str, quotes: str | None = None) -> None:
    """Append the button that opens the paragraph's menu (``MENU_BUTTON``), named ``label``. It needs
    the script: hidden without it (site styles), left out of the search index like the ¶. No ``title``:
    Material's tooltip would take it over and remove the ``aria-controls`` the open menu sets."""
    button = etree.SubElement(p, "button", {"type": "button", "class": MENU_CLASS, "aria-expanded": "false",
                                            "aria-label": label, "data-search-exclude": ""})
    if quotes:  # a paragraph of the interview ("answer", "question"): cite.js cites the interview
        button.set("data-quote", quotes)
    button.text = MENU_SIGN


class ParagraphLinks(Extension):
    """The build sets ``title`` to the permalink's name and ``menu_label`` to the menu button's, in the
    page's language, before each page."""

    def __init__(self, title: str = "Permanent link", menu_label: str = "Copy this paragraph's link or citation"):
        super().__init__()
        self.title = title
        self.menu_label = menu_label

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_Links(md, self), "explainer_paragraph_links", PRIORITY)
