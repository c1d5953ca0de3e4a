"""Front-matter titles, subtitles and descriptions as the theme prints them: HTML, escaped here once.

MkDocs' theme environment has no autoescaping, and MkDocs and Material print ``page.title`` (the nav,
the header, previous/next links, the search index) and the description (``<meta>`` tags) as they are:
to them a title is HTML, like one taken from a rendered ``<h1>``. Front matter is text, so a title
``About "x" <img …>`` would become markup in every page that lists it. :func:`as_html` turns the text
into HTML once, as the page is read; code that needs the text back (citations) reads :func:`as_text`.
"""

from __future__ import annotations

from html import escape, unescape

KEYS = ("title", "description", "subtitle")  # every text key of pages/front_matter_keys.py


def as_html(meta: dict) -> None:
    """Escape ``meta``'s title, subtitle and description in place (attribute-safe: quotes too)."""
    for key in KEYS:
        if isinstance(meta.get(key), str):
            meta[key] = escape(meta[key], quote=True)


def as_text(value: str | None) -> str | None:
    """The text of a title or description that :func:`as_html` escaped."""
    return unescape(value) if isinstance(value, str) else value
