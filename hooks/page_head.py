"""MkDocs hook: give templates each page's title, hreflang alternates, link preview and search root, the
404 page its words in every edition, a generated edition's pages the note that says what they are and
the edition's interface words, the language switch each edition's hreflang tag, and the templates the hashed
names of Material's script and search worker (explainer/material_files.py, read from its base.html)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from explainer.editions import HREFLANG
from explainer.errors import SiteError
from explainer.material_files import material_files
from explainer.pages.head import (alternates, document_title, edition_homes, edition_title, not_found_blocks,
                                  not_found_title, preview, search_base)
from explainer.pages.edition_note import edition_note
from explainer.text.interface_words import words


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    lang = config.theme["language"]
    site_url = config.site_url or "/"
    description = page.meta.get("description") or config.site_description or ""
    title = page.meta.get("title") or page.title or config.site_name
    context["explainer_alternates"] = alternates(page.url, site_url)
    # Unique across the editions: the 繁體 home page's title would read as the 简体 one's.
    context["explainer_title"] = edition_title(document_title(title, config.site_name, page.is_homepage), lang,
                                               words(lang)["edition_title"])
    context["explainer_preview"] = preview(context["explainer_title"], description,
                                           page.canonical_url or site_url, lang)
    context["explainer_search_base"] = search_base(context["base_url"], lang)
    context["explainer_edition_note"] = edition_note(lang, context["explainer_alternates"])
    context["explainer_words"] = words(lang)  # the edition's interface words, for Material's partials we copy
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "404.html":  # one page for every edition (mkdocs-static-i18n writes one)
        context["explainer_not_found"] = not_found_blocks(config.site_url or "/")
        # Its own title, not the last-built edition's home page's.
        context["explainer_title"] = not_found_title(context["explainer_not_found"])
        # The language switch leads to each edition's home: the page has no twin, and Material's
        # alternates still name whichever page was built last.
        context["explainer_switch_to"] = edition_homes(config.site_url or "/")
    return context


def on_env(env, config: MkDocsConfig, files):
    env.globals["explainer_hreflang"] = HREFLANG
    try:
        material = material_files(config.theme.dirs)
    except SiteError as error:
        raise PluginError(str(error)) from None
    env.globals["explainer_material_bundle"] = material.bundle
    env.globals["explainer_material_search_worker"] = material.search_worker
    return env
