"""MkDocs hook: one stylesheet for every page (explainer/assets/stylesheet.py), made before anything is
written, linked from overrides/main.html as ``explainer_stylesheet`` and written once at the site's root."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from explainer.errors import SiteError
from explainer.editions import DEFAULT_LANG
from explainer.assets.stylesheet import Stylesheet, site_stylesheet

_state: dict[str, Stylesheet] = {}


def on_config(config: MkDocsConfig) -> None:
    try:
        _state["sheet"] = site_stylesheet(config.theme.dirs, Path(config.docs_dir), config.theme.get("palette"))
    except SiteError as error:
        raise PluginError(str(error)) from None


def on_env(env, config: MkDocsConfig, files):
    env.globals["explainer_stylesheet"] = _state["sheet"].path
    return env


def on_post_build(config: MkDocsConfig) -> None:
    if config.theme["language"] == DEFAULT_LANG:  # once: every edition links to the root's stylesheet
        sheet = _state["sheet"]
        target = Path(config.site_dir) / sheet.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(sheet.text, encoding="utf-8")
