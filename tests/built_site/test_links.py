"""Every link inside the site resolves, anchors included; nothing points at a third-party host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) and not (tag == "link" and "alternate" in (attrs.get("rel") or "")):
                self.links.append((tag, attrs[key]))


def parse(file: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(file.read_text(encoding="utf-8"))
    return collector


def local_target(site, page_file: Path, url: str) -> tuple[Path | None, str]:
    """The file a link points to inside the built site (or None if it leaves it) and its fragment."""
    page_url = site.url + page_file.relative_to(site.dir).as_posix()
    absolute = urljoin(page_url, url)
    if not absolute.startswith(site.url):
        return None, ""
    parts = urlsplit(absolute)
    rel = unquote(parts.path)[len(urlsplit(site.url).path):]
    target = site.dir / rel
    if rel == "" or rel.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_internal_links_and_anchors_resolve(site):
    problems = []
    cache: dict[Path, set[str]] = {}
    for page_file in sorted(site.dir.rglob("*.html")):
        if page_file.name == "404.html":
            continue
        for tag, url in parse(page_file).links:
            if url.startswith(("mailto:", "javascript:", "data:")):
                continue
            target, fragment = local_target(site, page_file, url)
            if target is None:
                continue
            if not target.exists():
                problems.append(f"{page_file.relative_to(site.dir)}: {url} → missing {target.relative_to(site.dir)}")
                continue
            if fragment and target.suffix == ".html":
                ids = cache.setdefault(target, parse(target).ids)
                if fragment not in ids:
                    problems.append(f"{page_file.relative_to(site.dir)}: {url} → no #{fragment}")
    assert problems == []


def test_nothing_is_loaded_from_another_host(site):
    own = urlsplit(site.url).netloc
    offenders = []
    for page_file in site.dir.rglob("*.html"):
        for tag, url in parse(page_file).links:
            if tag in ("script", "link", "img", "iframe", "source") and urlsplit(url).netloc not in ("", own):
                offenders.append(f"{page_file.relative_to(site.dir)}: <{tag}> {url}")
    for css in site.dir.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?(https?:[^)'\"]+)", css.read_text(encoding="utf-8")):
            offenders.append(f"{css.relative_to(site.dir)}: {url}")
    assert offenders == []


def test_the_404_pages_language_switch_leads_to_each_editions_home(site):
    """The 404 page has no twin: its switch must not name whichever page the build wrote last."""
    html = (site.dir / "404.html").read_text(encoding="utf-8")
    switch = dict((tag, href) for href, tag in re.findall(
        r'<a href="([^"]*)" hreflang="([^"]*)" lang="[^"]*" class="md-select__link">', html))
    assert switch == {"zh-Hans": site.url, "zh-Hant": site.url + "zh-hant/", "en": site.url + "en/"}
