"""The Markdown markers that pull data into pages, e.g. ``<!-- md:value shared-courts -->``.

Markers are HTML comments, so an unprocessed one stays invisible. Block markers (figure, chart,
glossary, downloads) must stand alone on their line; an unknown marker or id stops the build.
A marker inside code (a fenced block or `inline code`) is text, shown as written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from explainer.text.code_spans import code_ranges, inside
from explainer.errors import SiteError

MARKER = re.compile(r"<!--\s*md:(?P<name>[a-z-]+)(?:\s+(?P<arg>[^\s>]+))?\s*-->")
INLINE = {"value", "metric", "ui"}  # ui: a word of the interface table (text/interface_words.WORDS) in the page's edition
BLOCK = {"figure", "chart", "glossary", "downloads"}
TAKES_ID = {"value", "metric", "figure", "chart", "ui"}


def find_markers(markdown: str):
    """Yield (name, arg) of every marker outside code, in order."""
    code = code_ranges(markdown)
    for match in MARKER.finditer(markdown):
        if not inside(code, match.start()):
            yield match["name"], match["arg"]


def replace_markers(markdown: str, where: str, render: Callable[[str, str | None], str],
                    known_ids: dict[str, set[str]]) -> str:
    """Replace every marker outside code with ``render(name, arg)``; ``known_ids`` maps marker name →
    valid ids."""
    code = code_ranges(markdown)

    def substitute(match: re.Match) -> str:
        if inside(code, match.start()):
            return match.group(0)
        name, arg = match["name"], match["arg"]
        line = markdown.count("\n", 0, match.start()) + 1
        place = f"{where}:{line}"
        if name not in INLINE | BLOCK:
            raise SiteError(place, f"unknown marker 'md:{name}' (known: {', '.join(sorted(INLINE | BLOCK))})")
        if name in TAKES_ID:
            if not arg:
                raise SiteError(place, f"marker 'md:{name}' needs an id")
            if arg not in known_ids[name]:
                kind = {"chart": "chart", "ui": "interface word"}.get(name, "metric")
                raise SiteError(place, f"md:{name} names unknown {kind} {arg!r}")
        if name in BLOCK and not stands_alone(markdown, match):
            raise SiteError(place, f"marker 'md:{name}' must stand alone on its line, with blank lines around it")
        return render(name, arg)

    return MARKER.sub(substitute, markdown)


def stands_alone(markdown: str, match: re.Match) -> bool:
    line_start = markdown.rfind("\n", 0, match.start()) + 1
    line_end = markdown.find("\n", match.end())
    line_end = len(markdown) if line_end == -1 else line_end
    return not markdown[line_start:match.start()].strip() and not markdown[match.end():line_end].strip()


def check_markers_in(docs_dir: Path, known_ids: dict[str, set[str]]) -> None:
    """Check every page's markers before anything is written, so a mistake in any language stops
    the build before the first page of a half-built site appears."""
    docs_dir = Path(docs_dir)
    for path in sorted(docs_dir.rglob("*.md")):
        where = f"docs/{path.relative_to(docs_dir).as_posix()}"
        replace_markers(path.read_text(encoding="utf-8"), where, lambda name, arg: "", known_ids)
