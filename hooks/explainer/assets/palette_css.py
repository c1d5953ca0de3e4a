"""Material's palette stylesheet cut down to the colours the site uses.

Material ships one palette.css with rules for all of its 21 primary and 17 accent colours; the site
serves it inside its one stylesheet (explainer/assets/stylesheet.py), without the colours it never
uses: about 1.3 KB gzip less. Colour schemes (light/dark) are all kept.
If a Material upgrade changes the file's shape, the build stops with one line naming it.
"""

from __future__ import annotations

import re

COLOUR_SELECTOR = re.compile(r"\[data-md-color-(primary|accent)=([\w-]+)\]")


def used_colours(palette) -> dict[str, set[str]]:
    """{"primary": {...}, "accent": {...}} from the theme's palette setting (one scheme or a list)."""
    schemes = palette if isinstance(palette, list) else [palette or {}]
    # "indigo" is Material's default for both primary and accent.
    return {kind: {scheme.get(kind, "indigo") for scheme in schemes} for kind in ("primary", "accent")}


def trim_palette(css: str, keep: dict[str, set[str]]) -> str:
    """Drop the selectors that name a colour not in ``keep``, then rules and @-blocks left empty."""
    out = []
    for prelude, body in blocks(css):
        if prelude.startswith("@"):
            inner = trim_palette(body, keep)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
            continue
        selectors = [s for s in split_selectors(prelude)
                     if all(value in keep[kind] for kind, value in COLOUR_SELECTOR.findall(s))]
        if selectors:
            out.append(f"{','.join(selectors)}{{{body}}}")
    return "".join(out)


def blocks(css: str):
    """Yield (prelude, body) for each top-level rule or @-block of minified CSS."""
    position = 0
    while True:
        start = css.find("{", position)
        if start == -1:
            if css[position:].strip():
                raise ValueError(f"palette CSS: text after the last block: {css[position:position + 40]!r}")
            return
        depth, end = 1, start + 1
        while depth:
            if end >= len(css):
                raise ValueError("palette CSS: unbalanced braces")
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        yield css[position:start].strip(), css[start + 1:end - 1]
        position = end


def split_selectors(prelude: str) -> list[str]:
    """Split a selector list on top-level commas (not those inside :is(…) or :not(…))."""
    parts, depth, current = [], 0, ""
    for char in prelude:
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]
