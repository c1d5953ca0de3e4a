"""MkDocs hook: the thin adapter between MkDocs events and the plain-Python ``explainer`` package.

- on_config: load and check ``data/`` (cached until a file in it changes) and every page's markers,
  before anything is written. It runs for every edition's build; the cache makes the later runs cheap.
- on_page_markdown: replace the ``<!-- md:… -->`` markers with figures, charts, the glossary.
- on_post_build: write the downloads (JSON, CSV) once, at the site's root, where both languages link.
Every event runs once per edition (mkdocs-static-i18n rebuilds the site for each extra language).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from explainer.charts.plotly_bundle import bundled_traces, check_traces
from explainer.dataset.site_data import SiteData, load_site_data
from explainer.assets.downloads import write_downloads
from explainer.errors import SiteError
from explainer.dataset.glossary import GlossaryExtension, definitions_by_id, term_titles
from explainer.editions import DEFAULT_LANG
from explainer.pages.markers import check_markers_in
from explainer.pages.marker_blocks import known_ids, render_page_markers
from explainer.text.interface_words import words

glossary_tooltips = GlossaryExtension()
_state: dict = {}


def root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_config(config: MkDocsConfig) -> None:
    try:
        _state["data"] = load_site_data(root(config))
        check_traces(_state["data"].charts, _state["data"].dataset, bundled_traces(root(config)))
        check_markers_in(Path(config.docs_dir), known_ids(_state["data"]))
    except SiteError as error:
        raise PluginError(str(error)) from None
    if glossary_tooltips not in config.markdown_extensions:
        config.markdown_extensions.append(glossary_tooltips)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    data: SiteData = _state["data"]
    lang = config.theme["language"]
    # on_config runs again for every edition (mkdocs-static-i18n rebuilds per language), but the Markdown
    # extensions' settings are read per page: everything that depends on the language is set here.
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = words(lang)["permalink"]
    titles, definitions = glossary_words(data, lang)
    glossary_tooltips.titles = {} if page.file.src_uri.startswith("glossary.") else titles
    glossary_tooltips.definitions = definitions
    try:
        return render_page_markers(markdown, data, lang, page.url, config.site_url or "/",
                                   where=f"docs/{page.file.src_uri}",
                                   overrides_dir=root(config) / "overrides")
    except SiteError as error:
        raise PluginError(str(error)) from None


def glossary_words(data: SiteData, lang: str) -> tuple[dict, dict]:
    """Spellings → definitions and ids → definitions in ``lang``, computed once per data and language."""
    key = (data.signature, lang)  # the data's content, not its id(): an id is reused once freed
    if key not in _state.setdefault("glossary", {}):
        _state["glossary"][key] = (term_titles(data.glossary, lang), definitions_by_id(data.glossary, lang))
    return _state["glossary"][key]


def on_post_build(config: MkDocsConfig) -> None:
    if config.theme["language"] == DEFAULT_LANG:  # once: every language links to the root's downloads
        write_downloads(_state["data"], Path(config.site_dir), config.site_url or "/")
