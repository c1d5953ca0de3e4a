"""A JSON object kept between builds in one file: read leniently, written whole.

Used by the build's caches of work it would otherwise redo every time (citeproc-py's output, pypinyin's
syllables). A missing, unreadable or malformed file reads as empty; the file is replaced whole (a temporary
file, then ``os.replace``), so a build beside another never reads half a file; a folder that cannot be
written only means nothing is kept.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def read_kept(path: Path) -> dict:
    """The object in ``path``, or {} when there is none to trust."""
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def keep(path: Path, known: dict) -> None:
    """Writes ``known`` to ``path`` whole; an unwritable folder is not an error."""
    temporary = path.with_suffix(f".{os.getpid()}.tmp")  # builds side by side never read half a file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(known, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:  # the answer stands, it is only not kept
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
