"""“See …” / “详见…” links name their target page by a title it carries (its <h1> or its <title>)."""

from __future__ import annotations

import html
import posixpath
import re

import pytest

from tests.conftest import LANGS, page_paths

SEE_LINK = re.compile(r'(?:详见|詳見|\bSee)\s*<a href="([^"#]*)(?:#[^"]*)?"[^>]*>(.*?)</a>', re.S)


def text_of(fragment: str) -> str:
    fragment = re.sub(r'<a class="headerlink".*?</a>', "", fragment, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def titles_of(site, path: str, lang: str) -> set[str]:
    page = site.html(path, lang)
    h1 = text_of(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
    title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).rsplit(" - ", 1)[0]
    return {h1, title.strip()}


def see_links(site, lang: str):
    for path in page_paths():
        article = re.search(r"<article.*?</article>", site.html(path, lang), re.S).group(0)
        for href, label in SEE_LINK.findall(article):
            target = posixpath.normpath(posixpath.join(path, href)) + "/" if href else path
            yield path, text_of(label), "" if target == "./" else target


@pytest.mark.parametrize("lang", LANGS)
def test_see_links_name_the_page_by_its_title(site, lang):
    links = list(see_links(site, lang))
    assert len([link for link in links if link[0] == "numbers/"]) >= 4, links
    wrong = [(page, label, target, sorted(titles_of(site, target, lang)))
             for page, label, target in links if label not in titles_of(site, target, lang)]
    assert wrong == []
