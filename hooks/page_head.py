"""MkDocs hook: give templates each page's title, hreflang alternates, link preview and search root; trim
the inlined palette stylesheet to the colours in use and drop the comments of the site's own inlined
styles, on every page, the 404 page included."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from explainer.errors import SiteError

from explainer.head import alternates, document_title, not_found_blocks, preview, search_base
from explainer.compact_css import compact_styles_in_html
from explainer.palette_css import trim_palette_in_html, used_colours


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    lang = config.theme["language"]
    site_url = config.site_url or "/"
    description = page.meta.get("description") or config.site_description or ""
    title = page.meta.get("title") or page.title or config.site_name
    context["explainer_alternates"] = alternates(page.url, site_url)
    context["explainer_title"] = document_title(title, config.site_name, page.is_homepage)
    context["explainer_preview"] = preview(context["explainer_title"], description,
                                           page.canonical_url or site_url, lang)
    context["explainer_search_base"] = search_base(context["base_url"], lang)
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "404.html":  # one page for every edition (mkdocs-static-i18n writes one)
        context["explainer_not_found"] = not_found_blocks(config.site_url or "/")
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _trim_palette(output, config)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _trim_palette(output_content, config)


def _trim_palette(html: str, config: MkDocsConfig) -> str:
    try:
        return compact_styles_in_html(trim_palette_in_html(html, used_colours(config.theme["palette"])))
    except SiteError as error:
        raise PluginError(str(error)) from None
