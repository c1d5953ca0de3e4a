"""The generated Traditional Chinese edition (/zh-hant/) in the built site: every page with the zh page's
ids, its own downloads, charts, citation files, search index, sitemap entries and 404 paragraph. (No
Simplified text on its pages: tests/built_site/test_traditional_usage.py, which reads every output.)"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import LANG_PREFIX, page_paths
from tests.support.site_build import ROOT

from tests.built_site.test_traditional_usage import not_traditional as simplified_left
from explainer.editions import OVERRIDES_FILE, load_overrides, use_overrides  # noqa: E402  (hooks/ on the path)
from explainer.text.han import HAN_RUN as HAN  # noqa: E402

HANT = "zh-hant"
ID = re.compile(r'\sid="([^"]+)"')
PARALLEL = [path + "parallel/" for path in page_paths() if path.startswith("interview/")]


@pytest.fixture(autouse=True, scope="module")
def reviewed_overrides():
    use_overrides(load_overrides(ROOT / "data" / OVERRIDES_FILE, OVERRIDES_FILE))  # as the build does


def ids_of(html: str) -> list[str]:
    """Every id of the page's article, in order (headings, paragraphs, figures, charts, glossary terms)."""
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    return ID.findall(article)


@pytest.mark.parametrize("path", page_paths() + PARALLEL)
def test_every_page_exists_in_three_editions_with_the_same_ids(site, path):
    zh = ids_of(site.html(path, "zh"))
    assert zh
    assert ids_of(site.html(path, HANT)) == zh
    assert '<html lang="zh-Hant"' in site.html(path, HANT)


def test_the_downloads_and_charts_of_the_traditional_edition(site):
    with open(site.dir / "downloads" / "metrics-zh-hant.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["編號", "指標", "數值", "單位"]
    assert simplified_left([run for row in rows for cell in row[:-1] for run in HAN.findall(cell)]) == []
    figures = json.loads((site.dir / "downloads/charts/figures.zh-hant.json").read_text(encoding="utf-8"))
    assert {figure["config"]["locale"] for figure in figures.values()} == {"zh-TW"}
    assert (site.dir / "assets/vendor/plotly/plotly-locale-zh-tw.js").is_file()
    for svg in (site.dir / "downloads/charts").glob("*.zh-hant.svg"):
        text = svg.read_text(encoding="utf-8")
        assert 'lang="zh-Hant"' in text and simplified_left(HAN.findall(text)) == [], svg.name
    for name in ("site.bib", "site.json", "numbers.json"):
        text = (site.dir / "downloads/cite/zh-hant" / name).read_text(encoding="utf-8")
        assert simplified_left(HAN.findall(text)) == [], name


def test_sitemap_404_and_search_know_the_third_edition(site):
    sitemap = (site.dir / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{site.url}zh-hant/numbers/" in sitemap
    # hreflang as each page's own alternates give it (BCP 47), not the plugin's locale codes
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    head = dict(re.findall(r'<link rel=" alternate" hreflang="([^"]+)" href="([^"]+)">', site.html("numbers/", HANT)))
    for url in ET.fromstring(sitemap.encode("utf-8")).findall("s:url", ns):
        links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        assert set(links) == {"zh-Hans", "zh-Hant", "en", "x-default"}, url.findtext("s:loc", namespaces=ns)
        if url.findtext("s:loc", namespaces=ns) == f"{site.url}zh-hant/numbers/":
            assert links == {tag: href for tag, href in head.items() if tag in links}
    not_found = (site.dir / "404.html").read_text(encoding="utf-8")
    assert '<span lang="zh-Hant">頁面不存在</span>' in not_found and f'href="{site.url}zh-hant/"' in not_found
    index = json.loads((site.dir / LANG_PREFIX[HANT] / "search/search_index.json").read_text(encoding="utf-8"))
    words = set(re.split(r"[\s\u200b\u3000\-、。，．？！；]+",
                         " ".join(doc["text"] + "\u200b" + doc.get("aliases", "") for doc in index["docs"])))
    # whole words (the glossary is jieba's too) among an entry's hidden words; the text has their parts
    assert {"共享法庭", "城市大腦", "楓橋經驗", "城市", "大腦", "楓橋", "經驗"} <= words
    assert all(not doc["location"].startswith(("en/", "zh-hant/")) for doc in index["docs"])
