"""A page of its own for every chart in data/, and an embeddable view of it, in every edition.

Nothing is written per chart: adding a chart to ``data/metrics.json`` adds ``charts/<id>/`` (and
``en/charts/<id>/``, ``zh-hant/charts/<id>/``) and ``charts/<id>/embed/``. A chart page's Markdown
(:func:`chart_markdown`) holds markers only — the chart, its figures' cards (period and source
sentence), set by the same code as on the content pages — plus a link to the section the chart
belongs to (:func:`chart_home`) and the embed action. The embed view (:func:`embed_markdown`) is the
chart alone on a bare template (``overrides/partials/explainer/embed.html``), for an ``<iframe>`` on
another site. ``charts/`` lists them all (:func:`index_markdown`).

A chart's section is read from the written pages: the page that shows the chart beside the most of
its figures' cards (the numbers page, for every chart today), and there the heading with an id above
the chart's marker. A chart with no marker anywhere has no section link.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from explainer.charts.geometry import wrap_label
from explainer.dataset.model import Chart
from explainer.editions import convert, written
from explainer.pages.front_matter import FRONT_MATTER
from explainer.pages.markers import find_markers
from explainer.pages.relative_links import in_language

FOLDER = "charts"
EMBED = "embed"
SECTION = re.compile(r"^#{2,3} +(?P<title>.+?) +\{#(?P<id>[A-Za-z][\w-]*)\}\s*$", re.M)
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#!|])")
# The embed's height beyond the drawing, at 320 px (the narrowest frame it is made for; measured in
# Chromium): the page's margins and the interactive button, each line of its caption (16 px bold, Chinese
# line height 1.8) and of its source line (12 px); the frame's text column is about 300 px wide.
EMBED_FIXED_HEIGHT = 92
EMBED_TEXT_WIDTH = 296
EMBED_CAPTION = (16 * 1.1, 29)  # font size (bold) and line height, px
EMBED_SOURCE = (12, 22)


# --- Where the pages are ---------------------------------------------------------------------

def chart_src_uri(chart_id: str) -> str:
    return f"{FOLDER}/{chart_id}.md"


def embed_src_uri(chart_id: str) -> str:
    return f"{FOLDER}/{chart_id}/{EMBED}.md"


def chart_url(chart_id: str, lang: str) -> str:
    return in_language(f"{FOLDER}/{chart_id}/", lang)


def embed_url(chart_id: str, lang: str) -> str:
    return in_language(f"{FOLDER}/{chart_id}/{EMBED}/", lang)


def index_src_uri() -> str:
    return f"{FOLDER}/index.md"


def index_url(lang: str) -> str:
    return in_language(f"{FOLDER}/", lang)


def chart_page_id(src_uri: str) -> str | None:
    """The chart of a chart page (``charts/<id>.md``); None for any other page, embeds and the index included."""
    match = re.fullmatch(rf"{FOLDER}/([a-z0-9-]+)\.md", src_uri)
    return match.group(1) if match and src_uri != index_src_uri() else None


def embed_page_id(src_uri: str) -> str | None:
    match = re.fullmatch(rf"{FOLDER}/([a-z0-9-]+)/{EMBED}\.md", src_uri)
    return match.group(1) if match else None


def embed_height(drawing_height: float, title: str, source_line: str) -> int:
    """The height an embed's ``<iframe>`` asks for: the drawing's own (explainer/charts/geometry.py), its
    caption and source line wrapped as at 320 px, and what stands around them; wider frames need less."""
    text = sum(len(wrap_label(words, EMBED_TEXT_WIDTH, font)) * line
               for words, (font, line) in ((title, EMBED_CAPTION), (source_line, EMBED_SOURCE)))
    return int(round(drawing_height)) + EMBED_FIXED_HEIGHT + text


# --- The chart's section ---------------------------------------------------------------------

@dataclass(frozen=True)
class Home:
    page: str  # the page's source without language: ``numbers.md``
    page_title: str
    section_id: str
    section_title: str


def chart_home(docs_dir: Path, chart: Chart, lang: str) -> Home | None:
    """Where ``chart`` belongs in ``lang``'s edition (see the module's docstring)."""
    docs_dir = Path(docs_dir)
    source_lang = written(lang)
    best, best_score = None, -1
    for path in sorted(docs_dir.rglob(f"*.{source_lang}.md")):
        text = path.read_text(encoding="utf-8")
        markers = list(find_markers(text))
        if ("chart", chart.id) not in markers:
            continue
        score = sum(("figure", metric) in markers for metric in chart.metric_ids)
        if score > best_score:
            best, best_score = (path, text), score
    if best is None:
        return None
    path, text = best
    marker = re.search(rf"<!--\s*md:chart\s+{re.escape(chart.id)}\s*-->", text)
    sections = [m for m in SECTION.finditer(text, 0, marker.start())]
    meta = FRONT_MATTER.match(text)
    title = str((yaml.safe_load(meta.group(1)) or {}).get("title", "")) if meta else ""
    page = path.relative_to(docs_dir).as_posix()[: -len(f".{source_lang}.md")] + ".md"
    section_id, section_title = (sections[-1]["id"], sections[-1]["title"]) if sections else ("", "")
    if lang != source_lang:
        title, section_title = convert(title, lang), convert(section_title, lang)
    return Home(page, title, section_id, section_title)


# --- The generated pages ---------------------------------------------------------------------

def markdown_text(text: str) -> str:
    """Text for a Markdown link's words: no character starts markup."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def front_matter(meta: dict) -> str:
    return f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)}---\n\n"


def chart_markdown(chart: Chart, lang: str, home: Home | None, words: dict[str, str], embed_block: str) -> str:
    """The chart page of ``chart`` in ``lang``'s edition: its title (Material prints it as the <h1>), the
    section it belongs to, the chart with its table and downloads, the embed action (``embed_block``,
    rendered HTML), and each figure's card with its period and source sentence. Titles come from
    data/ and reach the theme escaped (hooks/page_titles.py); left out of search, which finds the
    same figures on the content pages."""
    title = chart.title[lang]
    meta = {"title": title, "description": words["chart_page_description"].format(title=title),
            "chart": chart.id, "search": {"exclude": True}}
    parts = [front_matter(meta)]
    if home:
        depth = "../" * (chart_src_uri(chart.id).count("/"))
        where = home.page_title + (f" › {home.section_title}" if home.section_title else "")
        anchor = f"#{home.section_id}" if home.section_id else ""
        parts.append(f"{words['chart_home']}{words['label_separator']}"
                     f"[{markdown_text(where)}]({depth}{home.page}{anchor}) · [{markdown_text(words['charts_all'])}](index.md)"
                     f"\n{{: .ex-chart-home }}\n\n")
    parts.append(f"<!-- md:chart {chart.id} -->\n\n")
    parts.append(f"{embed_block}\n\n")
    # Raw HTML, so it makes no table of contents: Material's, on a page outside the nav, labels a toggle
    # it does not write (the Nu checker's error), and one heading needs none.
    parts.append(f'<h2 id="figures">{html.escape(words["chart_figures"])}</h2>\n\n')
    parts += [f"<!-- md:figure {metric} -->\n\n" for metric in chart.metric_ids]
    return "".join(parts)


def index_markdown(charts: list[Chart], homes: dict[str, Home | None], lang: str, words: dict[str, str]) -> str:
    """The list of every chart, each linking to its page, with the section it belongs to. Out of search
    (its words are the charts' titles) and of the navigation."""
    meta = {"title": words["charts_title"], "description": words["charts_description"], "search": {"exclude": True}}
    items = []
    for chart in charts:
        home = homes.get(chart.id)
        where = ""
        if home:
            where = f" — {markdown_text(home.page_title)}"
            where += f" › {markdown_text(home.section_title)}" if home.section_title else ""
        items.append(f"- [{markdown_text(chart.title[lang])}]({chart.id}.md){where}\n")
    return front_matter(meta) + "".join(items)


def embed_markdown(chart: Chart, lang: str, words: dict[str, str], source_line: str) -> str:
    """The embeddable view: the chart and one line naming its source (``source_line``, rendered HTML),
    on the bare template ``overrides/partials/explainer/embed.html``; out of search and of the navigation."""
    # Titled as its chart page (so its preview card is that page's: a pasted embed address shows the chart);
    # its <title> adds the view's name after the site's (overrides/partials/explainer/embed.html), so no
    # two pages share one.
    meta = {"title": chart.title[lang], "description": words["chart_page_description"].format(title=chart.title[lang]),
            "chart": chart.id, "template": "partials/explainer/embed.html", "search": {"exclude": True},
            "view": words["embed_view"]}
    return front_matter(meta) + f"<!-- md:chart {chart.id} -->\n\n{source_line}\n"


def iframe_snippet(src: str, title: str, height: int) -> str:
    """What a writer pastes into a web page to show the live chart."""
    return (f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" width="100%" height="{height}" '
            f'loading="lazy" style="border:0"></iframe>')
