"""Parallel text: an interview page read as Chinese and English, paragraph by paragraph, side by side.

No third copy of the text. The view of ``interview/rule-of-law`` is a page generated at build time,
``interview/rule-of-law/parallel/`` in each edition (``en/interview/rule-of-law/parallel/``), whose
Markdown (:func:`parallel_markdown`) holds only its title, a link back and an empty slot. Once both
languages are built, the slot is filled from the two twins' *rendered* HTML, so every cell is exactly
what the single-language page shows: figures rendered from the data in the cell's language, glossary
tooltips in the cell's language, the question box, the “cut off in the source” note.

- :func:`interview_parts` cuts one rendered page into its parts, from the question to the end of the
  answer: headings, the question, each paragraph with its id, and any other block (a note);
- :func:`pair_parts` pairs the two languages' parts into rows; the paragraph ids must be the same and
  in the same order (the build checks this before anything is written, see ``paragraphs.py``; the
  same wording is reused here), and so must the headings and notes between them;
- :func:`cell_html` takes the ids off a cell (its row carries them, once) and rebases its relative
  links from the twin's address to the parallel page's;
- :func:`fill_slot` writes the rows into the built parallel page.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import yaml

from explainer.editions import BY_CODE, HREFLANG, LANG_PREFIX, edition as edition_of
from explainer.errors import SiteError
from explainer.pages.front_matter import FRONT_MATTER
from explainer.pages.relative_links import in_language
from explainer.pages.paragraphs import INTERVIEW_PAGE, MENU_BUTTON, twin_problems

from explainer.text.edition_tables import per_edition
from explainer.pages.quoted_script import quotes_in_edition

VIEW = "parallel"  # the view's folder below its page
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The sections of an interview page that hold its text; the next <h2> (the key figures) ends it.
TEXT_SECTIONS = {"question", "answer"}
SLOT = '<div class="ex-parallel" data-ex-parallel="{stem}"></div>'
H1 = re.compile(r"^# +(?P<title>.+?)(?:\s*\{[^}]*\})?\s*$", re.M)
ID_ATTRIBUTE = re.compile(r'\s+id="([^"]*)"')
URL_ATTRIBUTE = re.compile(r'(?P<attr>\s(?:href|src)=")(?P<url>[^"]*)(?=")')
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
TAGS = re.compile(r"<[^>]+>")
HEADERLINK = re.compile(r'<a [^>]*class="headerlink"[^>]*>.*?</a>', re.S)
CITE_DATA = re.compile(r'<script type="application/json" class="ex-cite-data">.*?</script>', re.S)


# --- Where the views are ---------------------------------------------------------------------

def is_interview(stem: str) -> bool:
    return bool(INTERVIEW_PAGE.fullmatch(stem))


def interview_stems(docs_dir: Path, languages: list[str]) -> list[str]:
    """``interview/rule-of-law`` … for each interview page that has all its twins."""
    docs_dir = Path(docs_dir)
    stems = {path.relative_to(docs_dir).as_posix()[:-3].rpartition(".")[0] for path in docs_dir.rglob("*.md")}
    return sorted(stem for stem in stems if is_interview(stem)
                  and all((docs_dir / f"{stem}.{lang}.md").exists() for lang in languages))


def view_src_uri(stem: str) -> str:
    """The generated page's place among the docs: ``interview/rule-of-law/parallel.md``."""
    return f"{stem}/{VIEW}.md"


def view_dest_uri(stem: str, lang: str) -> str:
    return in_language(f"{stem}/{VIEW}/index.html", lang)


def view_url(stem: str, lang: str) -> str:
    return in_language(f"{stem}/{VIEW}/", lang)


def page_url(stem: str, lang: str) -> str:
    return in_language(f"{stem}/", lang)


# --- The generated page ----------------------------------------------------------------------

def twin_titles(source: str) -> tuple[str, str]:
    """The twin's front-matter title and its <h1> text, from its Markdown."""
    match = FRONT_MATTER.match(source)
    meta = yaml.safe_load(match.group(1)) if match else {}
    heading = H1.search(source)
    return str(meta.get("title", "")), heading["title"] if heading else str(meta.get("title", ""))


def parallel_markdown(stem: str, lang: str, twin_source: str, words: dict[str, str]) -> str:
    """The Markdown of ``stem``'s parallel view in ``lang``'s edition: title, a link back to the
    single-language page, and the slot the rows go into. Left out of the search index (its text is
    the two pages', already indexed) and shown without the side navigation, so both columns have room."""
    title, heading = twin_titles(twin_source)
    meta = {
        "title": words["parallel_title"].format(title=title),
        "description": words["parallel_description"].format(title=title),
        "search": {"exclude": True},
        "hide": ["navigation", "toc"],
    }
    name = stem.rpartition("/")[2]
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return (f"---\n{front}---\n\n"
            f"# {words['parallel_heading'].format(title=heading)} {{#parallel-text}}\n\n"
            f"[{words['parallel_back']}](../{name}.md)\n{{: .ex-parallel-nav }}\n\n"
            f"{SLOT.format(stem=stem)}\n")


def with_view_link(markdown: str, stem: str, words: dict[str, str]) -> str:
    """An interview page's Markdown with a link to its parallel view right below its <h1>."""
    name = stem.rpartition("/")[2]
    link = f"\n[{words['parallel_link']}]({name}/{VIEW}.md)\n{{: .ex-parallel-nav }}\n"
    match = H1.search(markdown)
    if not match:
        return markdown
    return markdown[:match.end()] + "\n" + link + markdown[match.end():]


# --- Reading a rendered page -----------------------------------------------------------------

@dataclass
class Block:
    tag: str
    attrs: dict
    html: str
    inner_ids: list[str] = field(default_factory=list)  # ids of the elements inside, in order
    inner_p_ids: list[str] = field(default_factory=list)

    @property
    def id(self) -> str | None:
        return self.attrs.get("id")

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


class _TopLevel(HTMLParser):
    """The start offsets, tags and attributes of the top-level elements, and the ids inside each."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.depth = 0
        self.starts: list[tuple[int, str, dict, list, list]] = []

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        attrs = {key: value or "" for key, value in attrs}
        if self.depth == 0:
            self.starts.append((self.position(), tag, attrs, [], []))
        elif self.starts:
            if attrs.get("id"):
                self.starts[-1][3].append(attrs["id"])
                if tag == "p":
                    self.starts[-1][4].append(attrs["id"])
        if tag not in VOID:
            self.depth += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.depth -= 1

    def handle_endtag(self, tag):
        if tag not in VOID:
            self.depth = max(0, self.depth - 1)


def top_level_blocks(html: str) -> list[Block]:
    """The top-level elements of a page's content, in order, each with its outer HTML."""
    parser = _TopLevel(html)
    parser.feed(html)
    parser.close()
    offsets = [start[0] for start in parser.starts] + [len(html)]
    return [Block(tag, attrs, html[offsets[i]:offsets[i + 1]].strip(), inner, inner_p)
            for i, (_, tag, attrs, inner, inner_p) in enumerate(parser.starts)]


@dataclass
class Part:
    key: str | None  # the id its row carries: a heading's or a paragraph's; None for a note
    kind: str  # "title", "heading", "question", "paragraph" or "note"
    html: str
    ids: list[str] = field(default_factory=list)  # every id inside, to be carried by the row


def interview_parts(html: str) -> list[Part]:
    """The page title, then everything from the question's heading to the end of the answer."""
    parts = []
    inside = False
    for block in top_level_blocks(html):
        if block.tag == "h1" and not parts:
            parts.append(Part(block.id, "title", block.html, [i for i in [block.id] if i] + block.inner_ids))
            continue
        if block.tag == "h2":
            if block.id in TEXT_SECTIONS:
                inside = True
            elif inside:
                break
        if not inside or block.tag == "aside":  # the page's own "Cite" block is not the interview's text
            continue
        ids = [i for i in [block.id] if i] + block.inner_ids
        if block.tag in HEADINGS:
            parts.append(Part(block.id, "heading", block.html, ids))
        elif block.tag == "p" and block.id:
            parts.append(Part(block.id, "paragraph", block.html, ids))
        elif block.tag == "div" and "question" in block.classes and block.inner_p_ids:
            parts.append(Part(block.inner_p_ids[0], "question", block.html, ids))
        else:
            parts.append(Part(None, "note", block.html, ids))
    return parts


# --- Pairing the twins -------------------------------------------------------------------------

@dataclass
class Row:
    key: str | None
    kind: str
    cells: dict[str, str]  # language → the cell's HTML
    anchors: list[str] = field(default_factory=list)  # other ids the row keeps working


def paragraph_ids(parts: list[Part]) -> list[str]:
    return [p.key for p in parts if p.kind in ("question", "paragraph")]


def describe(part: Part) -> str:
    return f"{part.kind} {part.key}" if part.key else part.kind


def pair_parts(parts: dict[str, list[Part]], where: dict[str, str], reference: str = "zh") -> list[Row]:
    """Rows of the twins' parts, in order. ``parts`` and ``where`` map language → the parts of its
    page and its source file. The paragraph ids must match as the build requires (same message);
    headings and notes must stand in the same places."""
    problems = twin_problems(where, {lang: paragraph_ids(own) for lang, own in parts.items()}, reference)
    if problems:
        file, _, problem = problems[0].partition(": ")
        raise SiteError(file, f"{problem} (the parallel view pairs paragraphs by id)")
    base = parts[reference]
    for lang, own in parts.items():
        if lang == reference:
            continue
        for i in range(max(len(base), len(own))):
            mine = own[i] if i < len(own) else None
            theirs = base[i] if i < len(base) else None
            if mine is None or theirs is None or (mine.kind, mine.key) != (theirs.kind, theirs.key):
                raise SiteError(where[lang], f"the parallel view cannot pair it with its "
                                f"{BY_CODE[reference].name} twin: {describe(mine) if mine else 'nothing'} "
                                f"where the twin has {describe(theirs) if theirs else 'nothing'}")
    rows = []
    for index, part in enumerate(base):
        anchors = []
        for lang in parts:
            anchors += [i for i in parts[lang][index].ids if i != part.key and i not in anchors]
        rows.append(Row(part.key, part.kind, {lang: parts[lang][index].html for lang in parts}, anchors))
    return rows


# --- Cells ------------------------------------------------------------------------------------

def rebase_url(url: str, source_page: str, target_page: str, local_ids: set[str]) -> str:
    """A relative URL written on ``source_page``, rewritten for ``target_page`` (both site-root-relative
    directory URLs such as ``en/interview/rule-of-law/``). A link to a place the parallel page also
    has (``#q2-p3``) stays on the parallel page; any other ``#id`` goes to the twin's page."""
    if not url or SCHEME.match(url) or url.startswith(("/", "//")):
        return url
    path, hash_sign, fragment = url.partition("#")
    if not path and fragment in local_ids:
        return url
    if path:
        resolved = posixpath.normpath(posixpath.join(source_page, path))
        directory = path.endswith("/") or path in (".", "..")
    else:
        resolved = posixpath.normpath(source_page or ".")
        directory = True
    rel = posixpath.relpath(resolved, posixpath.normpath(target_page or "."))
    if directory and not rel.endswith("/"):
        rel += "/"
    return rel + (f"#{fragment}" if hash_sign else "")


def cell_html(html: str, kind: str, source_page: str, target_page: str, local_ids: set[str],
              menu: bool = True) -> str:
    """A twin's part as a cell: no ids (the row has them), links rebased to the parallel page; the
    page title becomes a paragraph (the parallel page has its own <h1>). Without ``menu`` (a cell in
    the other language than the page's edition) the paragraph menu's button is left out: the menu
    copies the edition's paragraph and cites the edition's page (see :func:`cite_data`)."""
    html = ID_ATTRIBUTE.sub("", html)
    if not menu:
        html = MENU_BUTTON.sub("", html)
    html = URL_ATTRIBUTE.sub(lambda m: m["attr"] + rebase_url(unescape(m["url"]), source_page, target_page,
                                                                local_ids).replace("&", "&amp;"), html)
    if kind == "title":
        text = TAGS.sub("", HEADERLINK.sub("", html)).strip()
        html = f'<p class="ex-parallel__title">{text}</p>'
    return html


def edition_rows(rows: list[Row], stem: str, edition: str) -> list[Row]:
    """The rows as the ``edition`` language's parallel page shows them."""
    target = view_url(stem, edition)
    local = {row.key for row in rows if row.key} | {a for row in rows for a in row.anchors}
    return [Row(row.key, row.kind,
                {lang: cell(html, row.kind, page_url(stem, lang), target, local, lang, edition)
                 for lang, html in row.cells.items()}, row.anchors)
            for row in rows]


def cell(html: str, kind: str, source_page: str, target_page: str, local: set[str], lang: str, edition: str) -> str:
    """One cell of ``edition``'s view; in the other language's cell, its quotations of the interview in
    the edition's script (源头治理 in the English column of 繁體 becomes 源頭治理, tagged zh-Hant)."""
    html = cell_html(html, kind, source_page, target_page, local, menu=lang == edition)
    return html if lang == edition else quotes_in_edition(html, edition)


def cite_data(page_html: str) -> str:
    """The citation templates of an interview page (its Cite block's ``.ex-cite-data`` script), for
    its parallel view in the same edition: a paragraph copied there with its citation is cited at the
    single-language page's ``#id``, where the same text stands (the view itself is a second way of
    reading two pages, and names no reference of its own)."""
    match = CITE_DATA.search(page_html)
    return match.group(0) if match else ""


def fill_slot(page_html: str, stem: str, rows_html: str) -> str:
    """The built parallel page with its rows in place of the slot."""
    slot = SLOT.format(stem=stem)
    if slot not in page_html:
        raise SiteError(view_dest_uri(stem, "zh"), "the parallel view's slot is missing from the built page")
    return page_html.replace(slot, rows_html, 1)


def view_columns(edition: str) -> list[str]:
    """The editions ``edition``'s view shows side by side: itself and its counterpart (zh | en,
    zh-hant | en; the English view pairs with the default Chinese), in the editions' order."""
    shown = {edition, edition_of(edition).counterpart}
    return [code for code in LANG_PREFIX if code in shown]


def column_links(stem: str, edition: str) -> list[dict]:
    """Each column's heading: its language, named in that language, linking to its own page."""
    target = view_url(stem, edition)
    names = per_edition("hooks/explainer/pages/parallel.py: column names", {"zh": "中文", "zh-hant": "中文", "en": "English"})
    return [{"lang": HREFLANG[lang], "name": names[lang],
             "href": posixpath.relpath(page_url(stem, lang), target) + "/"}
            for lang in view_columns(edition)]
