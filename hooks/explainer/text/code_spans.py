"""Where a Markdown text holds code: fenced blocks (``` or ~~~, indented or not) and inline code
spans. Markers inside code are shown as written, so a page can document the marker syntax."""

from __future__ import annotations

import re

FENCE = re.compile(r"^[ \t>]*(?P<fence>`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)", re.S)


def code_ranges(markdown: str) -> list[tuple[int, int]]:
    """(start, end) character ranges of the code in ``markdown``, in order."""
    ranges: list[tuple[int, int]] = []
    prose_start = 0
    position = 0
    fence = None
    fence_start = 0
    for line in markdown.splitlines(keepends=True):
        opener = FENCE.match(line)
        if fence is None and opener:
            ranges += _inline_ranges(markdown, prose_start, position)
            fence, fence_start = opener["fence"], position
        elif fence is not None and opener and opener["fence"][0] == fence[0] \
                and len(opener["fence"]) >= len(fence) and not line[opener.end():].strip():
            ranges.append((fence_start, position + len(line)))
            fence, prose_start = None, position + len(line)
        position += len(line)
    if fence is not None:  # an unclosed fence runs to the end, as in CommonMark
        ranges.append((fence_start, len(markdown)))
    else:
        ranges += _inline_ranges(markdown, prose_start, len(markdown))
    return ranges


def _inline_ranges(markdown: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in INLINE_CODE.finditer(markdown[start:end])]


def inside(ranges: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in ranges)
