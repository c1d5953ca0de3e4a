"""One search index per language, so a search on a Chinese page returns Chinese pages only.

mkdocs-static-i18n writes a single index holding every language (its upstream issue #271); this
moves each extra language's entries into ``<lang>/search/search_index.json`` with locations made
relative to that language's root, where the page's search (``base`` set per language) looks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Optional

INDEX = Path("search") / "search_index.json"


def split_search_index(site_dir: Path, prefixes: list[str],
                       enrich: Optional[Callable[[str, dict], None]] = None) -> dict[str, int]:
    """Split ``site_dir``'s index by language prefix (``en/``); returns entries per index.
    ``enrich(prefix, index)``, if given, may change each language's index before it is written."""
    site_dir = Path(site_dir)
    index = json.loads((site_dir / INDEX).read_text(encoding="utf-8"))
    counts = {}
    remaining = index["docs"]
    for prefix in prefixes:
        own = [doc for doc in remaining if doc["location"].startswith(prefix)]
        remaining = [doc for doc in remaining if not doc["location"].startswith(prefix)]
        for doc in own:
            doc["location"] = doc["location"][len(prefix):]
        counts[prefix] = write_part(site_dir / prefix / INDEX, index, own, prefix, enrich)
    counts[""] = write_part(site_dir / INDEX, index, remaining, "", enrich)
    return counts


def write_part(path: Path, index: dict, docs: list[dict], prefix: str, enrich) -> int:
    part = {**index, "config": json.loads(json.dumps(index.get("config", {}))), "docs": docs}
    if enrich:
        enrich(prefix, part)
    write_index(path, part)
    return len(docs)


def write_index(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
