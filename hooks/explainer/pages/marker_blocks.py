"""Replace one page's markers with rendered HTML, in the page's language."""

from __future__ import annotations

import html
from pathlib import Path

from explainer.dataset.site_data import SiteData
from explainer.pages.markers import replace_markers
from explainer.pages.render import Renderer

from explainer.text.interface_words import WORDS


def render_page_markers(markdown: str, data: SiteData, lang: str, page_url: str, site_url: str,
                        where: str, overrides_dir: Path) -> str:
    if "<!--" not in markdown:
        return markdown
    renderer = Renderer(overrides_dir, data.dataset, lang, page_url, site_url)
    metrics = data.dataset.metrics

    handlers = {
        "value": lambda arg: renderer.value(metrics[arg], with_unit=False),
        "metric": lambda arg: renderer.value(metrics[arg], with_unit=True),
        "figure": lambda arg: renderer.figure(metrics[arg]),
        "chart": lambda arg: renderer.chart(arg, data.charts.get((arg, lang))),
        "glossary": lambda arg: renderer.glossary(data.glossary),
        "downloads": lambda arg: renderer.downloads(),
        "ui": lambda arg: html.escape(WORDS[arg][lang], quote=False),
    }
    return replace_markers(markdown, where, lambda name, arg: handlers[name](arg), known_ids(data))


def known_ids(data: SiteData) -> dict[str, set[str]]:
    """Which ids each id-taking marker accepts."""
    metrics = set(data.dataset.metrics)
    return {"value": metrics, "metric": metrics, "figure": metrics, "chart": set(data.dataset.charts), "ui": set(WORDS)}
