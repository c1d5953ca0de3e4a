"""MkDocs hook: stop the build before anything is written when a page is malformed.

- every page has its twin in the other language (mkdocs-static-i18n would otherwise fall back
  silently, or drop the page from one language);
- every page opens with valid front matter giving its title and description;
- every paragraph of the interview has its id, and each pair of twins has the same paragraph ids in
  the same order (converted with the site's own Markdown extensions, before anything is written).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from explainer.front_matter import front_matter_problems
from explainer.links import LANGUAGES
from explainer.paragraphs import paragraph_problems
from explainer.twins import missing_twins


def on_config(config: MkDocsConfig) -> None:
    docs_dir = Path(config.docs_dir)
    problems = (missing_twins(docs_dir, list(LANGUAGES)) or front_matter_problems(docs_dir)
                or paragraph_problems(docs_dir, list(LANGUAGES), markdown_extension_names(config),
                                      dict(config.mdx_configs)))
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PluginError(problems[0] + more)


def markdown_extension_names(config: MkDocsConfig) -> list[str]:
    """The configured extensions, without the instances hooks add (they need a page to work on)."""
    return [extension for extension in config.markdown_extensions if isinstance(extension, str)]
