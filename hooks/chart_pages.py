"""MkDocs hook: a page for every chart in data/ and its embeddable view (explainer/pages/chart_pages.py).

- on_files (after mkdocs-static-i18n has sorted the files by language): for each chart, the pages
  ``charts/<id>/`` and ``charts/<id>/embed/`` of this edition, and ``charts/``, the list of them all, generated from data/ (no file in docs/),
  out of the navigation, each with its twins in the other editions (language switch, alternates).
Their markers become the chart and its figures' cards in hooks/site_data.py, like any page's; the
chart page's Cite block comes from hooks/citations.py; the embed view's bare template is
``overrides/partials/explainer/embed.html``.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from explainer.dataset.site_data import load_site_data
from explainer.editions import LANGUAGES
from explainer.errors import SiteError
from explainer.pages.chart_pages import (chart_home, chart_markdown, chart_src_uri, chart_url, embed_height,
                                         embed_markdown, embed_src_uri, embed_url, iframe_snippet, index_markdown,
                                         index_src_uri, index_url)
from explainer.pages.relative_links import relative_url
from explainer.pages.render import Renderer
from explainer.text.interface_words import words


@event_priority(-110)  # after mkdocs-static-i18n (-100) has kept this language's files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = config.theme["language"]
    root = Path(config.config_file_path).parent
    site_url = (config.site_url or "/").rstrip("/") + "/"
    try:
        data = load_site_data(root)
        t = words(lang)
        homes = {}
        for chart in data.dataset.charts.values():
            drawing = data.charts[(chart.id, lang)]
            renderer = Renderer(root / "overrides", data.dataset, lang, chart_url(chart.id, lang), site_url)
            source_text = t["embed_source"].format(speaker=data.dataset.speaker[lang])
            source = renderer.render("embed-source.html", source=source_text, site_name=config.site_name,
                                     chart_href=relative_url(chart_url(chart.id, lang), embed_url(chart.id, lang)))
            height = embed_height(drawing.geometry.height, chart.title[lang], f"{source_text} · {config.site_name}")
            snippet = iframe_snippet(site_url + embed_url(chart.id, lang), f"{chart.title[lang]} - {config.site_name}", height)
            home = chart_home(Path(config.docs_dir), chart, lang)
            page = chart_markdown(chart, lang, home, t,
                                  renderer.render("embed-action.html", snippet=snippet))
            embed = embed_markdown(chart, lang, t, source)
            add(files, config, lang, chart_src_uri(chart.id), page, lambda code, c=chart.id: chart_url(c, code))
            add(files, config, lang, embed_src_uri(chart.id), embed, lambda code, c=chart.id: embed_url(c, code))
            homes[chart.id] = home
        add(files, config, lang, index_src_uri(), index_markdown(list(data.dataset.charts.values()), homes, lang, t),
            index_url)
    except SiteError as error:
        raise PluginError(str(error)) from None
    return files


def add(files: Files, config: MkDocsConfig, lang: str, src_uri: str, markdown: str, url_in) -> None:
    """A generated page of this edition, with what mkdocs-static-i18n gives its own files: the language
    switch links to its twins (stand-ins: only their addresses are used)."""
    file = File.generated(config, src_uri, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = url_in(lang) + "index.html"
    twins = {}
    for other in LANGUAGES:
        if other != lang:
            twin = File(src_uri, None, config.site_dir, config.use_directory_urls, dest_uri=url_in(other) + "index.html")
            twin.locale = other
            twins[other] = twin
    file.locale = file.locale_alternate_of = lang
    file.localization = None
    file.norm_src_uri = file.src_uri
    file.alternates = {lang: file, **twins}
    files.append(file)
