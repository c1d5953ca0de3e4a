"""How an edition's index writes its fields: HTML whose Chinese words stand apart by U+200B (jieba's cuts,
as Material's search writes them), split into terms by the index's ``config.separator``."""

from __future__ import annotations

import html
import re

SEPARATOR = "\u200b"
TAG = re.compile(r"<[^>]+>")
DEFAULT_SEPARATOR = r"[\s\u200b]+"


def shown_text(value: str) -> str:
    """A field as a reader sees it, but with its U+200B: no tags, no entities."""
    return html.unescape(TAG.sub(" ", value))


def separator_pattern(index: dict) -> str:
    """The index's separator (its config's, else spaces and U+200B), as a pattern's source."""
    return index.get("config", {}).get("separator") or DEFAULT_SEPARATOR
