"""MkDocs hook: serve the site's own scripts without comments (explainer/assets/compact_js.py), and every page,
the 404 page included, without template indentation (explainer/assets/compact_html.py) and without the two
attributes Material writes that are not valid HTML (explainer/assets/material_html.py: the one place they are
corrected).

Runs after each language's build (mkdocs-static-i18n builds every language into the same site_dir);
compacting an already compact file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.assets.compact_html import compact_html
from explainer.assets.compact_js import compact_scripts
from explainer.assets.material_html import valid_material_html


@event_priority(-100)  # last: after every hook that reads or rewrites the page
def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    return compact_html(valid_material_html(output))


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return compact_html(valid_material_html(output_content))


def on_post_build(config: MkDocsConfig) -> None:
    compact_scripts(Path(config.site_dir))
