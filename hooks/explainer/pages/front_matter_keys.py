"""The front-matter keys a page may use, each with its type: any other key stops the build.

Front matter is text written by an editor, but MkDocs and Material print some of it as HTML and use some
of it to choose files: ``subtitle`` is printed unescaped in the navigation of every page (so it is escaped
once, with the title and description, by pages/page_titles.py), ``status`` becomes a class name and
``icon`` a path to an SVG the template includes, ``template`` a template file. So a key is allowed only
when the site is ready for what the theme does with it, and a value that is not text the theme can print
as it is must match a strict pattern. Keys of plugins the site does not enable (``tags``, ``comments``)
are unknown here: they would show nothing, silently.

To allow a new key: add it below with its check, and, when a template prints it, escape it in
pages/page_titles.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

from explainer.dataset.json_file import string_problem

IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
ICON = re.compile(r"[a-z0-9-]+(/[a-z0-9-]+){1,3}")  # material/home, fontawesome/solid/book
TEMPLATE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\.html")
HIDE = ("navigation", "toc", "footer", "path", "tags", "feedback")
MAX_BOOST = 100


def _text(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "must be text"
    return string_problem(value.rstrip("\n"), multiline=False)


def _matching(pattern: re.Pattern, example: str) -> Callable[[object], str | None]:
    def check(value) -> str | None:
        if isinstance(value, str) and pattern.fullmatch(value):
            return None
        return f"must look like {example!r} (lower-case letters, digits and hyphens)"
    return check


def _hide(value) -> str | None:
    if isinstance(value, list) and all(isinstance(item, str) and item in HIDE for item in value):
        return None
    return f"must be a list of: {', '.join(HIDE)}"


def _search(value) -> str | None:
    if not isinstance(value, dict) or not value or set(value) - {"exclude", "boost"}:
        return "must hold exclude: true or boost: a number, nothing else"
    if "exclude" in value and not isinstance(value["exclude"], bool):
        return "exclude must be true or false"
    boost = value.get("boost", 1)
    if isinstance(boost, bool) or not isinstance(boost, (int, float)) or not math.isfinite(boost) \
            or not 0 < boost <= MAX_BOOST:
        return f"boost must be a number above 0 and at most {MAX_BOOST}"
    return None


KEYS: dict[str, Callable[[object], str | None]] = {
    "title": _text,  # <title>, the header, the navigation, link previews, citations
    "description": _text,  # <meta name="description">, link previews
    "subtitle": _text,  # printed under the title in the navigation (escaped: pages/page_titles.py)
    "status": _matching(IDENTIFIER, "new"),  # a class md-status--<status> in the navigation
    "icon": _matching(ICON, "material/home"),  # .icons/<icon>.svg, included by the navigation
    "hide": _hide,  # Material: parts of the page frame to leave out
    "search": _search,  # Material's search plugin: exclude the page, or boost its weight
    "template": _matching(TEMPLATE, "chart.html"),  # a template in overrides/ for this page
    "chart": _matching(IDENTIFIER, "cases-by-year"),  # a chart page: the id of its chart in data/metrics.json
}


# Keys that name a file of the theme (its folders: overrides/, then Material's): a missing one would stop
# the build with Jinja's traceback instead of a line.
THEME_FILES = {"icon": ".icons/{}.svg", "template": "{}"}


def key_problems(meta: dict, theme_dirs=()) -> list[str]:
    """``key: problem`` for every key of ``meta`` that is unknown or has a value of the wrong kind; with
    ``theme_dirs``, also an icon or template the theme does not have."""
    problems = []
    for key, value in meta.items():
        check = KEYS.get(key) if isinstance(key, str) else None
        if check is None:
            shown = str(key)[:40]
            problems.append(f"key {shown!r} is unknown (known: {', '.join(KEYS)}; "
                            "hooks/explainer/pages/front_matter_keys.py)")
            continue
        problem = check(value)
        if not problem and key in THEME_FILES and theme_dirs:
            name = THEME_FILES[key].format(value)
            if not any((Path(folder) / name).is_file() for folder in theme_dirs):
                problem = f"{value!r} is not in the theme (no {name} in overrides/ or Material)"
        if problem:
            problems.append(f"{key} {problem}")
    return problems
