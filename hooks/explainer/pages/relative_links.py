"""Relative links between pages of the built site, so that links work under any base path."""

from __future__ import annotations

import posixpath

from explainer.editions import EDITIONS, WRITTEN

LANG_PREFIX = {edition.code: edition.prefix for edition in EDITIONS}  # the default language is at the root
LANGUAGES = tuple(LANG_PREFIX)  # every edition, the generated ones included
WRITTEN_LANGUAGES = WRITTEN  # the editions written by hand in docs/ and data/
DEFAULT_LANG = next(lang for lang, prefix in LANG_PREFIX.items() if not prefix)


def other_languages(lang: str) -> list[str]:
    return [code for code in LANGUAGES if code != lang]


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
