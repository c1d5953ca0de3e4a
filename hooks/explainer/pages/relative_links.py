"""Relative links between pages of the built site, so that links work under any base path."""

from __future__ import annotations

import posixpath

from explainer.editions import LANG_PREFIX


def relative_url(target: str, from_page: str) -> str:
    """``target`` and ``from_page`` are site-root-relative directory URLs (``numbers/``, ``en/``)."""
    base = posixpath.dirname(from_page.rstrip("/") + "/x") if from_page else "."
    path, _, fragment = target.partition("#")
    rel = posixpath.relpath(path or ".", base or ".")
    if path.endswith("/") and not rel.endswith("/"):
        rel += "/"
    if rel == "./":
        rel = "./"
    return rel + (f"#{fragment}" if fragment else "")


def in_language(path: str, lang: str) -> str:
    """A page path of the zh site, moved into ``lang``'s part of the site."""
    return LANG_PREFIX[lang] + path
