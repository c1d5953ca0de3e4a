"""The sitemap's rule (explainer/pages/sitemap.py): which built pages are listed, and each with its twins
in every edition and x-default, absolute under site_url."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from explainer.pages.sitemap import Entry, entries, listed, page_url, site_sitemap, sitemap_xml

SITE = "https://example.org/explainer/"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def page(head: str = "") -> str:
    return f"<!doctype html><html><head><title>t</title>{head}</head><body><p>noindex</p></body></html>"


@pytest.mark.parametrize("built, url", [("index.html", ""), ("en/index.html", "en/"),
                                        ("charts/crime/index.html", "charts/crime/"), ("print.html", "print.html")])
def test_a_built_file_s_address(built, url):
    assert page_url(built) == url


@pytest.mark.parametrize("relative, html, expected", [
    ("numbers/index.html", page(), True),
    ("numbers/index.html", page(f'<link rel="canonical" href="{SITE}numbers/">'), True),
    ("404.html", page(), False),
    ("charts/crime/embed/index.html", page('<meta name="robots" content="noindex">'), False),
    ("charts/crime/embed/index.html", page('<meta content="NOINDEX, follow" name="Robots">'), False),
    ("charts/crime/embed/index.html", page('<meta name="robots" content="none">'), False),
    ("numbers/index.html", page('<meta name="robots" content="index, follow">'), True),
    # a page that names another address as canonical is not listed: the other is
    ("numbers/copy/index.html", page(f'<link rel="canonical" href="{SITE}numbers/">'), False),
])
def test_what_is_listed(relative, html, expected):
    assert listed(relative, html, SITE) is expected


def test_the_words_of_the_body_do_not_count():
    assert listed("a/index.html", '<html><head></head><body><meta name="robots" content="noindex"></body></html>', SITE)


def test_every_edition_s_page_has_the_same_reciprocal_alternates_and_x_default():
    paths = ["numbers/", "zh-hant/numbers/", "en/numbers/", "", "en/", "zh-hant/"]
    found = {entry.loc: entry.alternates for entry in entries(paths, SITE)}
    assert list(found) == [SITE, f"{SITE}numbers/", f"{SITE}zh-hant/", f"{SITE}zh-hant/numbers/", f"{SITE}en/",
                           f"{SITE}en/numbers/"]
    expected = (("zh-Hans", f"{SITE}numbers/"), ("zh-Hant", f"{SITE}zh-hant/numbers/"), ("en", f"{SITE}en/numbers/"),
                ("x-default", f"{SITE}numbers/"))
    assert found[f"{SITE}numbers/"] == found[f"{SITE}en/numbers/"] == found[f"{SITE}zh-hant/numbers/"] == expected
    assert found[f"{SITE}en/"][-1] == ("x-default", SITE)


def test_a_page_missing_in_an_edition_names_only_the_editions_that_have_it():
    found = {entry.loc: entry.alternates for entry in entries(["charts/a/", "en/charts/a/", "en/only/"], SITE)}
    assert found[f"{SITE}en/charts/a/"] == (("zh-Hans", f"{SITE}charts/a/"), ("en", f"{SITE}en/charts/a/"),
                                            ("x-default", f"{SITE}charts/a/"))
    assert found[f"{SITE}en/only/"] == (("en", f"{SITE}en/only/"),)  # no zh page: no x-default


def test_the_xml_is_well_formed_and_escaped():
    xml = sitemap_xml([Entry(f"{SITE}a&b/", (("en", f"{SITE}a&b/"), ("x-default", f'{SITE}"q"/')))], "2026-11-29")
    root = ET.fromstring(xml.encode("utf-8"))
    url = root.find("s:url", NS)
    assert url.findtext("s:loc", namespaces=NS) == f"{SITE}a&b/"
    assert url.findtext("s:lastmod", namespaces=NS) == "2026-11-29"
    assert [(link.get("rel"), link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)] == [
        ("alternate", "en", f"{SITE}a&b/"), ("alternate", "x-default", f'{SITE}"q"/')]


def test_a_built_site(tmp_path):
    for relative, html in {"index.html": page(), "en/index.html": page(), "404.html": page(),
                           "en/charts/a/index.html": page(), "charts/a/index.html": page(),
                           "charts/a/embed/index.html": page('<meta name="robots" content="noindex">')}.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(html, encoding="utf-8")
    root = ET.fromstring(site_sitemap(tmp_path, SITE, "2026-11-29").encode("utf-8"))
    assert [url.findtext("s:loc", namespaces=NS) for url in root.findall("s:url", NS)] == [
        SITE, f"{SITE}charts/a/", f"{SITE}en/", f"{SITE}en/charts/a/"]
