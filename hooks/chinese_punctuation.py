"""MkDocs hook: full-width punctuation in Chinese text (explainer/text/punctuation.py), at build time.

- on_config: the Markdown postprocessor that normalises every rendered page's Chinese text and headings
  (explainer/pages/chinese_punctuation.py);
- on_page_markdown (first): tells it the page's language, and normalises the page's front matter
  title and description, which Markdown does not render (the page title, nav, <title>, citations).
Data and interface words are normalised where they are loaded (editions.localized, load.py).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from explainer.editions import hreflang
from explainer.text.punctuation import punctuation
from explainer.pages.chinese_punctuation import PunctuationExtension

chinese_punctuation = PunctuationExtension()


def on_config(config: MkDocsConfig) -> None:
    if chinese_punctuation not in config.markdown_extensions:
        config.markdown_extensions.append(chinese_punctuation)


@event_priority(100)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    tag = hreflang(config.theme["language"])
    chinese_punctuation.lang = tag
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = punctuation(tag)(page.meta[key])
    return markdown
