"""MkDocs hook: front-matter titles and descriptions reach the theme as HTML (explainer/pages/page_titles.py),
before any other hook or template reads them."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from explainer.pages.page_titles import as_html


@event_priority(100)  # first: citations.py and page_head.py read the meta after this
def on_page_markdown(markdown: str, page, config, files) -> str:
    as_html(page.meta)
    return markdown
