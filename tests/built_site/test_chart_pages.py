"""The built chart pages and embeds (hooks/chart_pages.py): one per chart of data/ in every edition, whose
data table is the data as the site formats it, linking to the section the chart belongs to, kept by the
language switch, linked from every chart on the content pages; embeds bare, light and out of search."""

from __future__ import annotations

import gzip
import json
import posixpath
import re
from html import unescape

import pytest

from tests.built_site.test_content import ids
from tests.conftest import CHARTS_INDEX, LANG_PREFIX, LANGS, chart_page_paths, page_paths
from tests.support.site_build import ROOT

from explainer.dataset.site_data import load_site_data  # noqa: E402  (tests/conftest.py puts hooks/ on the path)
from explainer.text.numbers import format_quantity  # noqa: E402

DATASET = load_site_data(ROOT).dataset
CASES = [(chart_id, lang) for chart_id in DATASET.charts for lang in LANGS]
TABLE = re.compile(r'<details class="ex-chart__data[^"]*"[^>]*>.*?</details>', re.S)
ROW = re.compile(r'<tr><th scope="row"><a href="([^"]*)">(.*?)</a></th><td>(.*?)</td><td>(.*?)</td></tr>', re.S)
TAGS = re.compile(r"<[^>]+>")
EMBED_BUDGET = 4 * 1024  # the embed's own HTML, gzip (its stylesheet and site.js are the site's, cached)


def page_of(chart_id: str) -> str:
    return f"charts/{chart_id}/"


def text(html: str) -> str:
    return unescape(TAGS.sub("", html)).strip()


def test_every_chart_of_the_data_has_a_page_and_an_embed_in_every_edition(site):
    assert chart_page_paths() == [page_of(chart_id) for chart_id in DATASET.charts]
    for chart_id, lang in CASES:
        assert f'id="{chart_id}"' in site.html(page_of(chart_id), lang)
        assert f'id="{chart_id}"' in site.html(page_of(chart_id) + "embed/", lang)


@pytest.mark.parametrize("chart_id,lang", CASES)
def test_the_chart_pages_table_is_the_data_as_the_site_formats_it(site, chart_id, lang):
    html = site.html(page_of(chart_id), lang)
    rows = [(href, text(label), text(period), text(value)) for href, label, period, value in
            ROW.findall(TABLE.search(html).group(0))]
    metrics = DATASET.chart_metrics(DATASET.charts[chart_id])
    assert [row[1:] for row in rows] == [(m.label[lang], m.period[lang], format_quantity(m, lang)) for m in metrics]
    # Each row links to its figure's card on the numbers page, and the card is there.
    numbers = site.html("numbers/", lang)
    for (href, *_), metric in zip(rows, metrics):
        assert href.endswith(f"numbers/#{metric.id}") and f'id="{metric.id}"' in numbers
    # Each figure's card, with its period and source sentence, is on the chart page too.
    assert all(f'id="{m.id}"' in html for m in metrics)


def resolve(page_path: str, href: str) -> tuple[str, str]:
    """(path of the page, relative to the site's root, with a trailing slash; fragment) of a relative link."""
    path, _, fragment = href.partition("#")
    target = posixpath.normpath(posixpath.join(page_path, path))
    return ("" if target == "." else target + "/"), fragment


@pytest.mark.parametrize("chart_id,lang", CASES)
def test_the_chart_page_links_to_its_section_where_the_chart_stands(site, chart_id, lang):
    html = site.html(page_of(chart_id), lang)
    link = re.search(r'<p class="ex-chart-home">.*?<a href="([^"]+)">', html)
    assert link, f"{lang}: /{page_of(chart_id)} has no link to its section"
    target, fragment = resolve(LANG_PREFIX[lang] + page_of(chart_id), link.group(1))
    assert target.startswith(LANG_PREFIX[lang]), "the section is in the same edition"
    home = site.html(target[len(LANG_PREFIX[lang]):], lang)
    assert fragment in ids(home).heading_ids, f"{target}#{fragment} is not a heading of that page"
    # The chart stands in that section: after its heading, before the next one of its level or above.
    after = home[home.index(f'id="{fragment}"'):]
    assert f'<figure class="ex-chart' in after and f'id="{chart_id}"' in after
    level = re.search(r"<h([1-6])[^>]*\bid=\"" + re.escape(fragment), home).group(1)
    section = re.split(rf"<h[1-{level}][\s>]", after[1:], maxsplit=1)[0]
    assert f'id="{chart_id}"' in section


@pytest.mark.parametrize("chart_id,lang", CASES)
def test_the_language_switch_keeps_the_chart_page(site, chart_id, lang):
    html = site.html(page_of(chart_id), lang)
    links = dict((h, href) for href, h in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"[^>]*class="md-select__link"', html))
    assert len(links) == len(LANGS)
    for other in LANGS:
        target, _ = resolve(LANG_PREFIX[lang] + page_of(chart_id), next(href for h, href in links.items()
                                                                      if h == {"zh": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}[other]))
        assert target == LANG_PREFIX[other] + page_of(chart_id)


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_on_the_content_pages_links_to_its_page(site, lang):
    seen = set()
    for path in page_paths():
        html = site.html(path, lang)
        for chart_id, tools in re.findall(r'<figure class="ex-chart[^"]*"[^>]*id="([^"]+)">(.*?)</figure>', html, re.S):
            link = re.search(r'<p class="ex-chart__page"><a href="([^"]+)">', tools)
            assert link, f"{lang}: /{path}: chart {chart_id} has no link to its page"
            assert resolve(LANG_PREFIX[lang] + path, link.group(1))[0] == LANG_PREFIX[lang] + page_of(chart_id)
            seen.add(chart_id)
    assert seen == set(DATASET.charts) - unshown_charts()


def unshown_charts() -> set[str]:
    shown = set()
    for source in (ROOT / "docs").rglob("*.md"):
        shown |= set(re.findall(r"<!--\s*md:chart\s+([a-z0-9-]+)", source.read_text(encoding="utf-8")))
    return set(DATASET.charts) - shown


@pytest.mark.parametrize("chart_id,lang", CASES)
def test_the_embed_action_holds_a_ready_iframe_snippet(site, chart_id, lang):
    html = site.html(page_of(chart_id), lang)
    snippet = unescape(re.search(r'class="ex-copy ex-embed-copy" data-copy="text" data-text="([^"]+)"', html).group(1))
    match = re.fullmatch(r'<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)" loading="lazy" '
                         r'style="border:0"></iframe>', snippet)
    assert match, snippet
    assert match.group(1) == site.url + LANG_PREFIX[lang] + page_of(chart_id) + "embed/"
    assert unescape(match.group(2)).startswith(DATASET.charts[chart_id].title[lang])
    assert 150 < int(match.group(3)) < 900
    assert unescape(re.search(r'<pre><code>(.*?)</code></pre>', html, re.S).group(1)) == snippet, \
        "the snippet shown to copy by hand is the button's"


@pytest.mark.parametrize("chart_id,lang", CASES)
def test_the_chart_page_is_cited_as_itself(site, chart_id, lang):
    html = site.html(page_of(chart_id), lang)
    data = json.loads(re.search(r'<script type="application/json" class="ex-cite-data">(.*?)</script>', html, re.S).group(1))
    assert data["page"] == site.url + LANG_PREFIX[lang] + page_of(chart_id)


@pytest.mark.parametrize("chart_id,lang", CASES)
def test_the_embed_is_the_chart_alone_light_and_under_the_policy(site, chart_id, lang):
    html = site.html(page_of(chart_id) + "embed/", lang)
    assert "md-header" not in html and "md-nav" not in html and "md-search" not in html
    assert re.search(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy"', html)
    assert not re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html), "no inline script"
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html.split("<main", 1)[1].split('class="ex-embed__source"')[0]), \
        "nothing from another host"
    source = re.search(r'<p class="ex-embed__source">.*?<a href="([^"]+)" target="_top">', html, re.S)
    assert source and resolve(LANG_PREFIX[lang] + page_of(chart_id) + "embed/", source.group(1))[0] == \
        LANG_PREFIX[lang] + page_of(chart_id)
    assert len(gzip.compress(html.encode("utf-8"))) <= EMBED_BUDGET


def test_chart_pages_and_embeds_are_out_of_the_search_index(site):
    for lang in LANGS:
        index = (site.dir / LANG_PREFIX[lang] / "search" / "search_index.json").read_text(encoding="utf-8")
        assert "charts/" not in index


@pytest.mark.parametrize("lang", LANGS)
def test_the_list_of_charts_links_every_chart_page_and_each_links_back(site, lang):
    html = site.html(CHARTS_INDEX, lang)
    article = re.search(r"<article.*?</article>", html, re.S).group(0)
    links = re.findall(r'<li><a href="([^"]+)">(.*?)</a>', article)
    assert [resolve(LANG_PREFIX[lang] + CHARTS_INDEX, href)[0] for href, _ in links] == \
        [LANG_PREFIX[lang] + page_of(chart_id) for chart_id in DATASET.charts]
    assert [text(title) for _, title in links] == [chart.title[lang] for chart in DATASET.charts.values()]
    for chart_id in DATASET.charts:
        home = re.search(r'<p class="ex-chart-home">(.*?)</p>', site.html(page_of(chart_id), lang), re.S).group(1)
        assert any(resolve(LANG_PREFIX[lang] + page_of(chart_id), href)[0] == LANG_PREFIX[lang] + CHARTS_INDEX
                   for href in re.findall(r'href="([^"]+)"', home))
