"""How a place in a JSON document is named in error messages: its path, with each listed entry's
id beside its index, so a maintainer finds it by either (``metrics[3] (shared-courts).value``)."""

from __future__ import annotations


def place(document, path) -> str:
    """``("metrics", 3, "value")`` → ``metrics[3] (shared-courts).value``; ``()`` → ``(top level)``."""
    text, node = "", document
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
            node = node[key] if isinstance(node, list) and 0 <= key < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str) and node["id"]:
                shown = node["id"] if len(node["id"]) <= 40 else node["id"][:39] + "…"
                text += f" ({shown})"
        else:
            key = str(key) if len(str(key)) <= 40 else str(key)[:39] + "…"  # a key pasted by mistake: its start
            text += f".{key}" if text else key
            node = node.get(key) if isinstance(node, dict) else None
    return text or "(top level)"
