"""The sitemap: every page built, in every edition, each with its language twins.

Read from the built site once every edition is written, so that a page any hook adds (the parallel
views, the chart pages) is listed with no further work. The rule for what is left out:

- the 404 page (``404.html`` at the root: it answers any missing address);
- a page not for search engines: its ``<head>`` has ``<meta name="robots" content="…noindex…">`` (an
  embed view, say), the same tag that keeps it out of a search engine's index;
- a page whose ``<link rel="canonical">`` names another address: the other one is listed.

Each URL carries an ``xhtml:link rel="alternate"`` for every edition that lists the same page (itself
included; reciprocal by construction) and ``x-default``, the default edition's (zh) page. Addresses are
absolute under ``site_url``, as in the pages' own ``<link rel="alternate" hreflang>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from explainer.editions import DEFAULT_LANG, EDITIONS, LANG_PREFIX
from explainer.pages.head import language_neutral_path

NOT_FOUND = "404.html"


@dataclass(frozen=True)
class Entry:
    loc: str  # the page's absolute URL
    alternates: tuple[tuple[str, str], ...]  # (hreflang, absolute URL), x-default last


class _Head(HTMLParser):
    """The robots and canonical of a page's <head>; stops reading at <body>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.robots: list[str] = []
        self.canonical: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "meta" and attrs.get("name", "").lower() == "robots":
            self.robots += [word.strip().lower() for word in attrs.get("content", "").split(",")]
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split() and self.canonical is None:
            self.canonical = attrs.get("href")


def head_of(html: str) -> _Head:
    head = _Head()
    end = html.find("<body")
    head.feed(html if end < 0 else html[:end])
    return head


def page_url(relative: str) -> str:
    """A built file's URL path relative to the site: ``en/numbers/index.html`` → ``en/numbers/``."""
    if relative == "index.html":
        return ""
    return relative[: -len("index.html")] if relative.endswith("/index.html") else relative


def absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + quote(path, safe="/%")


def listed(relative: str, html: str, site_url: str) -> bool:
    """Whether the built page at ``relative`` (its path in the site folder) belongs in the sitemap."""
    if relative == NOT_FOUND:
        return False
    head = head_of(html)
    if "noindex" in head.robots or "none" in head.robots:
        return False
    return head.canonical is None or head.canonical == absolute(site_url, page_url(relative))


def edition_of(path: str) -> str:
    """The edition a URL path belongs to: the one whose folder it is in, else the default (the root)."""
    for edition in EDITIONS:
        if edition.prefix and path.startswith(edition.prefix):
            return edition.code
    return DEFAULT_LANG


def entries(paths: list[str], site_url: str) -> list[Entry]:
    """One entry per page (URL paths relative to the site), by edition then path; each with the pages of
    the same language-neutral path in every edition, in the editions' order, then x-default."""
    present = set(paths)
    ordered = sorted(present, key=lambda p: ([e.code for e in EDITIONS].index(edition_of(p)), p))
    out = []
    for path in ordered:
        neutral = language_neutral_path(path)
        twins = [(edition.hreflang, LANG_PREFIX[edition.code] + neutral) for edition in EDITIONS
                 if LANG_PREFIX[edition.code] + neutral in present]
        links = [(tag, absolute(site_url, twin)) for tag, twin in twins]
        default = LANG_PREFIX[DEFAULT_LANG] + neutral
        if default in present:
            links.append(("x-default", absolute(site_url, default)))
        out.append(Entry(absolute(site_url, path), tuple(links)))
    return out


def sitemap_xml(listed_entries: list[Entry], lastmod: str) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for entry in listed_entries:
        lines += ["<url>", f"<loc>{escape(entry.loc)}</loc>", f"<lastmod>{escape(lastmod)}</lastmod>"]
        lines += [f'<xhtml:link rel="alternate" hreflang={quoteattr(tag)} href={quoteattr(href)}/>'
                  for tag, href in entry.alternates]
        lines.append("</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def site_sitemap(site_dir: Path, site_url: str, lastmod: str) -> str:
    """The sitemap of the site built in ``site_dir``."""
    paths = []
    for file in sorted(site_dir.rglob("*.html")):
        relative = file.relative_to(site_dir).as_posix()
        if listed(relative, file.read_text(encoding="utf-8"), site_url):
            paths.append(page_url(relative))
    return sitemap_xml(entries(paths, site_url), lastmod)
