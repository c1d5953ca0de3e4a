"""MkDocs hook: serve the site's own scripts without comments (explainer/compact_js.py).

Runs after each language's build (mkdocs-static-i18n builds every language into the same site_dir);
compacting an already compact file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from explainer.compact_js import compact_scripts


def on_post_build(config: MkDocsConfig) -> None:
    compact_scripts(Path(config.site_dir))
