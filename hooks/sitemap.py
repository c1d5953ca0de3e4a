"""MkDocs hook: the sitemap (sitemap.xml and sitemap.xml.gz), written from the built site once every
edition is written (explainer/pages/sitemap.py: what is listed and what is left out, and why).

It replaces the one MkDocs renders from the theme's sitemap.xml template (mkdocs-static-i18n's), which
knows only the pages the plugin sorted by language: not the pages hooks add after it (the parallel
views, the chart pages), and no x-default. So MkDocs is told not to render that template.

mkdocs-static-i18n builds the other editions inside the default edition's on_post_build (-100); this
runs below it and below every hook that writes or rewrites pages (-400, the last), so the default
edition's run, the last of all, sees every edition's final pages. The extra editions' runs write
a sitemap of what exists then; the last one overwrites it. Reading ~40 page heads takes milliseconds.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_build_datetime

from explainer.pages.sitemap import site_sitemap


def on_pre_build(config: MkDocsConfig) -> None:
    # After on_config, where mkdocs-static-i18n may give each edition its own theme object.
    config.theme.static_templates.discard("sitemap.xml")


@event_priority(-400)  # last: after mkdocs-static-i18n (-100) has built the other editions, and every page hook
def on_post_build(config: MkDocsConfig) -> None:
    if not config.site_url:
        raise PluginError("mkdocs.yml: site_url is needed for the sitemap's absolute addresses")
    built = get_build_datetime()
    site_dir = Path(config.site_dir)
    xml = site_sitemap(site_dir, config.site_url, built.strftime("%Y-%m-%d")).encode("utf-8")
    (site_dir / "sitemap.xml").write_bytes(xml)
    with open(site_dir / "sitemap.xml.gz", "wb") as file:  # reproducible: dated like the build (SOURCE_DATE_EPOCH)
        with gzip.GzipFile(fileobj=file, filename="sitemap.xml", mode="wb", mtime=int(built.timestamp())) as gz:
            gz.write(xml)
