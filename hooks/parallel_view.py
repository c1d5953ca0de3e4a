"""MkDocs hook: each interview page also read as a parallel text, Chinese and English side by side.

- on_files (after mkdocs-static-i18n has sorted the files by language): add, for each interview page,
  a generated page ``<page>/parallel/`` in this language's edition, with its language twin (for the
  language switch and hreflang) — no copy of the text in docs/;
- on_page_markdown: a link to it below each interview page's title;
- on_page_content: keep each interview page's rendered HTML, per language;
- on_post_build, once both editions are written: fill each parallel page's slot with rows paired from
  the two twins' rendered HTML (explainer/pages/parallel.py), and the edition's page's citation templates for
  the paragraph menu. A twin that cannot be paired stops the build.
The page events run once per language; the last on_post_build is the default language's.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from explainer.errors import SiteError
from explainer.editions import HREFLANG, LANGUAGES, WRITTEN, convert_markdown, written
from explainer.pages.parallel import (SLOT, cite_data, column_links, edition_rows, fill_slot, interview_stems,
                                is_interview, pair_parts, interview_parts, parallel_markdown, view_columns,
                                view_dest_uri, view_src_uri, with_view_link)
from explainer.pages.render import PARTIALS, environment
from explainer.text.interface_words import words

_rendered: dict[tuple[str, str], str] = {}  # (language, stem) → the interview page's content HTML


def stem_of(page: Page) -> str:
    """``interview/rule-of-law`` for ``interview/rule-of-law.zh.md``; generated views have none."""
    if page.file.generated_by:
        return ""
    return page.file.src_uri[:-3].rpartition(".")[0]


@event_priority(-110)  # after mkdocs-static-i18n (-100) has kept this language's files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = config.theme["language"]
    docs_dir = Path(config.docs_dir)
    for stem in interview_stems(docs_dir, list(WRITTEN)):
        # A generated edition's page is its source language's, converted (hooks/generated_editions.py).
        source = convert_markdown((docs_dir / f"{stem}.{written(lang)}.md").read_text(encoding="utf-8"), lang)
        file = File.generated(config, view_src_uri(stem), content=parallel_markdown(stem, lang, source, words(lang)),
                              inclusion=InclusionLevel.NOT_IN_NAV)
        file.dest_uri = view_dest_uri(stem, lang)
        twins = {other: twin_file(config, stem, other) for other in LANGUAGES if other != lang}
        # What mkdocs-static-i18n gives its own files: the language switch links to the twin.
        file.locale = file.locale_alternate_of = lang
        file.localization = None
        file.norm_src_uri = file.src_uri
        file.alternates = {lang: file, **twins}
        files.append(file)
    return files


def twin_file(config: MkDocsConfig, stem: str, lang: str) -> File:
    """A stand-in for the view in another edition: only its address is used."""
    twin = File(view_src_uri(stem), None, config.site_dir, config.use_directory_urls,
                dest_uri=view_dest_uri(stem, lang))
    twin.locale = lang
    return twin


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    stem = stem_of(page)
    if is_interview(stem):
        return with_view_link(markdown, stem, words(config.theme["language"]))
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    stem = stem_of(page)
    if is_interview(stem):
        _rendered[(config.theme["language"], stem)] = html
    return html


@event_priority(-150)  # after mkdocs-static-i18n (-100) has built the other editions
def on_post_build(config: MkDocsConfig) -> None:
    """Fill the views once every edition has been rendered: inside the last language's build (the
    i18n plugin builds the others from the default language's on_post_build, and leaves the config in
    the last language, so the language does not tell which run is the last). Idempotent: a view
    already filled has no slot left."""
    site_dir = Path(config.site_dir)
    template = environment(str(Path(config.config_file_path).parent / "overrides" / PARTIALS)).get_template("parallel.html")
    try:
        for stem in interview_stems(Path(config.docs_dir), list(WRITTEN)):
            paths = {edition: site_dir / view_dest_uri(stem, edition) for edition in LANGUAGES}
            if not all(path.exists() and has_slot(path, stem) for path in paths.values()):
                continue
            if any((lang, stem) not in _rendered for lang in LANGUAGES):
                continue
            parts = {lang: interview_parts(_rendered[(lang, stem)]) for lang in LANGUAGES}
            for edition, path in paths.items():
                columns = view_columns(edition)  # the edition and its counterpart, e.g. zh-hant | en
                rows = pair_parts({lang: parts[lang] for lang in columns},
                                  {lang: f"docs/{stem}.{lang}.md" for lang in columns}, columns[0])
                html = template.render(rows=edition_rows(rows, stem, edition), columns=column_links(stem, edition),
                                       html_lang=HREFLANG, cite_data=cite_data(_rendered[(edition, stem)]))
                path.write_text(fill_slot(path.read_text(encoding="utf-8"), stem, html), encoding="utf-8")
    except SiteError as error:
        raise PluginError(str(error)) from None


def has_slot(path: Path, stem: str) -> bool:
    return SLOT.format(stem=stem) in path.read_text(encoding="utf-8")
