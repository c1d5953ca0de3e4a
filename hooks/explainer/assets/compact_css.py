"""The site's own stylesheets without their comments and layout whitespace.

They are written to be read (why each rule is there) and served compact, inside the site's one
stylesheet (explainer/assets/stylesheet.py). Their CSS must keep ``/*``, ``{``, ``}`` and ``;`` out of
strings, which the unit test checks for the real files.
"""

from __future__ import annotations

import re
from functools import lru_cache

COMMENT = re.compile(r"/\*.*?\*/", re.S)
AROUND_PUNCTUATION = re.compile(r"\s*([{};])\s*")
SPACE = re.compile(r"\s+")


@lru_cache(maxsize=16)
def compact_css(css: str) -> str:
    css = COMMENT.sub("", css)
    css = SPACE.sub(" ", css)
    return AROUND_PUNCTUATION.sub(r"\1", css).strip()
