"""What a crawler or a link unfurler reads: the sitemap lists every page built in every edition (the
parallel views and any page a hook adds included; not the 404 page nor a page marked noindex), each URL
absolute under site_url, existing in the build, with reciprocal hreflang alternates and x-default (the
zh page), the same as the page's own head; and no two pages share a <title>."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from html import unescape

from explainer.editions import EDITIONS

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
NOINDEX = re.compile(r'<meta name="robots" content="[^"]*\bnoindex\b', re.I)
HEAD_ALTERNATE = re.compile(r'<link rel="\s*alternate\s*" hreflang="([^"]+)" href="([^"]+)">')
TAGS = {edition.hreflang for edition in EDITIONS} | {"x-default"}


def sitemap(site) -> dict[str, dict[str, str]]:
    """loc → {hreflang: href}"""
    root = ET.fromstring((site.dir / "sitemap.xml").read_bytes())
    urls = {}
    for url in root.findall("s:url", NS):
        loc = url.findtext("s:loc", namespaces=NS)
        assert loc not in urls, f"{loc} is listed twice"
        links = [(link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)]
        assert all(link.get("rel") == "alternate" for link in url.findall("x:link", NS))
        assert len(dict(links)) == len(links), f"{loc}: an hreflang twice"
        urls[loc] = dict(links)
    return urls


def built_pages(site) -> dict[str, str]:
    """URL → HTML of every page in the build that should be listed."""
    pages = {}
    for file in sorted(site.dir.rglob("*.html")):
        relative = file.relative_to(site.dir).as_posix()
        html = file.read_text(encoding="utf-8")
        if relative == "404.html" or NOINDEX.search(html.split("<body", 1)[0]):
            continue
        pages[site.url + relative.removesuffix("index.html")] = html
    return pages


def test_the_sitemap_lists_every_built_page_but_the_404_and_noindex_ones(site):
    listed, pages = sitemap(site), built_pages(site)
    assert sorted(listed) == sorted(pages)
    # 8 pages and 4 parallel views in each of the three editions, at least
    assert len(listed) >= 36 and sum("/parallel/" in url for url in listed) == 12
    assert (site.dir / "sitemap.xml.gz").exists()
    assert gzip.decompress((site.dir / "sitemap.xml.gz").read_bytes()) == (site.dir / "sitemap.xml").read_bytes()
    # the one sitemap (Material's script asks for none beside the pages: main.html's rel=" alternate")
    assert sorted(p.relative_to(site.dir).as_posix() for p in site.dir.rglob("sitemap.xml*")) == [
        "sitemap.xml", "sitemap.xml.gz"]


def test_every_url_is_absolute_under_site_url_and_exists_in_the_build(site):
    for loc, links in sitemap(site).items():
        for url in [loc, *links.values()]:
            assert url.startswith(site.url), url
            path = url[len(site.url):]
            assert path == "" or path.endswith("/"), url
            assert (site.dir / path / "index.html").is_file(), url


def test_alternates_are_reciprocal_with_x_default_on_the_zh_page(site):
    listed = sitemap(site)
    groups = defaultdict(set)
    for loc, links in listed.items():
        assert set(links) == TAGS, loc
        assert loc in {href for tag, href in links.items() if tag != "x-default"}, f"{loc} does not name itself"
        assert links["x-default"] == links["zh-Hans"], loc
        for tag, href in links.items():
            assert listed[href] == links, f"{href} ({tag}) does not name {loc} back the same way"
        groups[tuple(sorted(links.items()))].add(loc)
    assert all(len(locs) == 3 for locs in groups.values())


def test_the_sitemap_says_what_each_page_s_head_says(site):
    listed, pages = sitemap(site), built_pages(site)
    for loc, html in pages.items():
        head = dict(HEAD_ALTERNATE.findall(html.split("</head>", 1)[0]))
        assert head == listed[loc], loc


def test_every_page_s_title_is_unique_across_the_editions(site):
    titles = defaultdict(list)
    for file in sorted(site.dir.rglob("*.html")):
        head = file.read_text(encoding="utf-8").split("</head>", 1)[0]  # not an inline SVG's <title>
        found = re.findall(r"<title>(.*?)</title>", head, re.S)
        assert len(found) == 1 and unescape(found[0]).strip(), file
        titles[unescape(found[0]).strip()].append(file.relative_to(site.dir).as_posix())
    shared = {title: files for title, files in titles.items() if len(files) > 1}
    assert not shared, shared
