"""MkDocs hook: the generated editions (explainer/editions.py), e.g. Traditional Chinese at /zh-hant/,
made at build time from the pages of their source language — never a copy kept in docs/.

- on_config (before mkdocs-static-i18n applies a language's settings): the generated edition's site
  name and description, converted from the source's; its interface words (copyright line, navigation
  titles, palette labels) are written by hand in its mkdocs.yml entry, and the build stops without them;
- on_files, before mkdocs-static-i18n (-100) sorts the files by language: for every ``x.zh.md`` a page
  ``x.zh-hant.md`` (in memory, no file on disk), so the plugin treats the edition like a written one
  (language switch, alternates, sitemap, nav) and ``mkdocs serve`` rebuilds it with its source;
- on_nav (after the plugin has kept this language's files, before any page is read): the edition's pages get their source's Markdown, converted (code kept as written).
A page written by hand for a generated edition stops the build (tests: content_checks' twin check).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from explainer.dataset.site_data import load_site_data
from explainer.editions import (EDITIONS, GENERATED, convert, convert_markdown, generated_src_uri, source_src_uri,
                                use_overrides)
from explainer.errors import SiteError


def on_config(config: MkDocsConfig) -> None:
    try:
        # First in the pipeline to convert (hooks/pipeline.py): every later conversion uses these corrections.
        use_overrides(load_site_data(Path(config.config_file_path).parent).overrides)
    except SiteError as error:
        raise PluginError(str(error)) from None
    plugin = config.plugins.get("i18n")
    languages = {language.locale: language for language in plugin.config.languages}
    for edition in EDITIONS:
        if edition.source is None or edition.code not in languages:
            continue
        own, source = languages[edition.code], languages[edition.source]
        # What the source language's entry sets, else the site-wide value (the default language's).
        for key in ("site_name", "site_description"):
            if own.get(key) is None:
                own[key] = convert(source.get(key) or config[key], edition.code)
        # Interface words: by hand, never converted (explainer/text/edition_tables.py).
        missing = [key for key in ("copyright", "nav_translations") if own.get(key) is None]
        missing += [f"nav_translations.{title}" for title in nav_titles(config.nav or [])
                    if own.get("nav_translations") is not None and convert(title, edition.code) != title
                    and title not in own["nav_translations"]]
        if config.theme.get("palette") and not (own.get("theme") or {}).get("palette"):
            missing.append("theme.palette (its toggle names)")
        if missing:
            raise PluginError(f"mkdocs.yml: plugins.i18n.languages[{edition.code}]: {', '.join(missing)} missing "
                              f"(a generated edition's interface words are written by hand in its entry)")


def nav_titles(nav) -> list[str]:
    titles = []
    for item in nav:
        if isinstance(item, dict):
            for title, value in item.items():
                titles.append(title)
                if isinstance(value, list):
                    titles += nav_titles(value)
    return titles


@event_priority(-90)  # before mkdocs-static-i18n (-100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for file in list(files.documentation_pages()):
        for code in GENERATED:
            src_uri = generated_src_uri(file.src_uri, code)
            if src_uri and files.get_file_from_path(src_uri) is None:
                files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


@event_priority(-105)  # after mkdocs-static-i18n's on_nav; the pages are read after this event
def on_nav(nav, config: MkDocsConfig, files: Files):
    for file in files.documentation_pages():
        generated = source_src_uri(file.src_uri)
        if not generated or file._content is not None:
            continue
        source_uri, code = generated
        source = Path(config.docs_dir) / source_uri
        path = file.abs_src_path
        file.content_string = convert_markdown(source.read_text(encoding="utf-8-sig"), code)
        file.abs_src_path = path  # its place among the docs (x.zh-hant.md), for the hooks that read twins
    return nav
