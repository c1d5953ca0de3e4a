"""MkDocs hook: paragraph permalinks (``{#q2-p3}`` in the pages), checked, then linked like headings.

- on_config: before anything is written, every paragraph of the interview has an id and each pair of
  twins has the same paragraph ids in the same order; otherwise the build stops with one line. It runs
  after the other hooks' checks (missing twins, front matter, data and markers), which come first.
- the ¶ link and the ⋯ button of the paragraph's menu: a Markdown extension appends them to every
  paragraph with an id, named in the page's language (set in on_page_markdown, page by page: the extension is configured once
  and serves every edition's build).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from explainer.dataset.site_data import signature
from explainer.editions import WRITTEN
from explainer.pages.paragraphs import ParagraphLinks, paragraph_problems
from explainer.text.interface_words import words

paragraph_links = ParagraphLinks()
_checked: dict = {}


def on_config(config: MkDocsConfig) -> None:
    # The configured extensions by name; the instances hooks add need a page to work on.
    extensions = [extension for extension in config.markdown_extensions if isinstance(extension, str)]
    docs_dir = Path(config.docs_dir)
    # mkdocs-static-i18n runs on_config again for each extra language: check each state of the pages once.
    key = (tuple(extensions), signature(docs_dir))
    if _checked.get("key") != key:
        _checked["problems"] = paragraph_problems(docs_dir, list(WRITTEN), extensions, dict(config.mdx_configs))
        _checked["key"] = key
    problems = _checked["problems"]
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PluginError(problems[0] + more)
    if paragraph_links not in config.markdown_extensions:
        config.markdown_extensions.append(paragraph_links)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    t = words(config.theme["language"])
    paragraph_links.title, paragraph_links.menu_label = t["permalink"], t["paragraph_menu"]
    return markdown
