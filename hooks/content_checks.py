"""MkDocs hook: stop the build before anything is written when a page is malformed.

- every page has its twin in the other written language (mkdocs-static-i18n would otherwise fall back
  silently, or drop the page from one language), and none is kept by hand for a generated edition
  (Traditional Chinese is made from the zh pages at build time);
- every page opens with valid front matter giving its title and description.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from explainer.pages.front_matter import front_matter_problems
from explainer.editions import BY_CODE, GENERATED, WRITTEN
from explainer.pages.twins import missing_twins


def on_config(config: MkDocsConfig) -> None:
    docs_dir = Path(config.docs_dir)
    problems = missing_twins(docs_dir, list(WRITTEN), {code: BY_CODE[code].source for code in GENERATED}) or front_matter_problems(docs_dir, config.theme.dirs)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PluginError(problems[0] + more)
