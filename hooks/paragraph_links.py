"""MkDocs hook: a ¶ permalink on every paragraph that has an id (``{#q2-p3}``), like the headings'.

The ids themselves are written in the pages and checked by ``content_checks.py`` before the build;
this only adds the link, named in the page's language (the page events run once per language).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from explainer.paragraphs import ParagraphLinks
from explainer.ui_text import words

paragraph_links = ParagraphLinks()


def on_config(config: MkDocsConfig) -> None:
    if paragraph_links not in config.markdown_extensions:
        config.markdown_extensions.append(paragraph_links)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    paragraph_links.title = words(config.theme["language"])["permalink"]
    return markdown
