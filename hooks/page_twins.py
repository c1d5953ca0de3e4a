"""MkDocs hook: stop the build when a page lacks its twin in the other language.

mkdocs-static-i18n would otherwise fall back silently, or drop the page from one language.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from explainer.twins import missing_twins

LANGUAGES = ["zh", "en"]


def on_config(config: MkDocsConfig) -> None:
    problems = missing_twins(Path(config.docs_dir), LANGUAGES)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PluginError(problems[0] + more)
