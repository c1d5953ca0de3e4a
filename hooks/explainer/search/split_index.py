"""One search index per language, so a search on a Chinese page returns Chinese pages only.

mkdocs-static-i18n writes a single index holding every language (its upstream issue #271); this
moves each extra language's entries into ``<lang>/search/search_index.json`` with locations made
relative to that language's root, where the page's search (``base`` set per language) looks.

Each language's index is made in two steps, so that one language's entries can draw on another's:
``prepare(prefix, index)`` changes each part as Material wrote it (its entries of its own), then
``enrich(prefix, index, prepared)`` sees every part as prepared (``prefix`` → its entries, copies) before
it is written.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Callable, Optional

INDEX = Path("search") / "search_index.json"


def split_search_index(site_dir: Path, prefixes: list[str],
                       enrich: Optional[Callable[[str, dict, dict], None]] = None,
                       prepare: Optional[Callable[[str, dict], None]] = None) -> dict[str, int]:
    """Split ``site_dir``'s index by language prefix (``en/``); returns entries per index. ``prepare``
    and ``enrich``, if given, may change each language's index before it is written (see above)."""
    site_dir = Path(site_dir)
    index = json.loads((site_dir / INDEX).read_text(encoding="utf-8"))
    parts = {}
    remaining = index["docs"]
    for prefix in prefixes:
        own = [doc for doc in remaining if doc["location"].startswith(prefix)]
        remaining = [doc for doc in remaining if not doc["location"].startswith(prefix)]
        for doc in own:
            doc["location"] = doc["location"][len(prefix):]
        parts[prefix] = own
    parts[""] = remaining
    parts = {prefix: {**index, "config": copy.deepcopy(index.get("config", {})), "docs": docs}
             for prefix, docs in parts.items()}
    for prefix, part in parts.items():
        if prepare:
            prepare(prefix, part)
    prepared = {prefix: copy.deepcopy(part["docs"]) for prefix, part in parts.items()}
    counts = {}
    for prefix, part in parts.items():
        if enrich:
            enrich(prefix, part, prepared)
        write_index(site_dir / prefix / INDEX, part)
        counts[prefix] = len(part["docs"])
    return counts


def write_index(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
