"""The hashed names of Material's own files (``bundle.<hash>.min.js``, its search worker, its stylesheets),
read from the installed Material's ``base.html`` instead of being copied into the repository.

Material names its script and stylesheets by a hash of their content, so every release renames them;
its ``base.html`` links them. Templates that replace those blocks of ``base.html``
(``overrides/main.html``, ``overrides/partials/explainer/load-bundle.html``) get the names as Jinja
globals (hooks/page_head.py), read once per process and again only when ``base.html`` changes. A
``base.html`` that no longer names one of them, or names a file the package lacks, stops the build
with one line (hooks/explainer/upstream.py lists this and every other use of another package's internals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from explainer.errors import SiteError

# What base.html writes, quoted, for each of Material's files (its 9.8.2 form: '{{ 'assets/…' | url }}').
PATTERNS = {
    "bundle": re.compile(r"""["'](assets/javascripts/bundle\.[0-9a-f]+\.min\.js)["']"""),
    "search_worker": re.compile(r"""["'](assets/javascripts/workers/search\.[0-9a-f]+\.min\.js)["']"""),
    "main_css": re.compile(r"""["'](assets/stylesheets/main\.[0-9a-f]+\.min\.css)["']"""),
    "palette_css": re.compile(r"""["'](assets/stylesheets/palette\.[0-9a-f]+\.min\.css)["']"""),
}
SHAPES = {"bundle": "assets/javascripts/bundle.<hash>.min.js (Material's script)",
          "search_worker": "assets/javascripts/workers/search.<hash>.min.js (Material's search worker)",
          "main_css": "assets/stylesheets/main.<hash>.min.css (Material's stylesheet)",
          "palette_css": "assets/stylesheets/palette.<hash>.min.css (Material's palette stylesheet)"}
RECHECK = ("overrides/main.html (blocks config, scripts), overrides/partials/explainer/load-bundle.html "
           "and hooks/explainer/assets/stylesheet.py")
_cache: dict = {}


@dataclass(frozen=True)
class MaterialFiles:
    bundle: str  # relative to the theme's root, e.g. assets/javascripts/bundle.<hash>.min.js
    search_worker: str
    main_css: str
    palette_css: str


def base_template(theme_dirs: Iterable[str]) -> Path:
    """The ``base.html`` the theme renders (the first in the theme's folders, as Jinja looks it up)."""
    for folder in theme_dirs:
        path = Path(folder) / "base.html"
        if path.is_file():
            return path
    raise SiteError("base.html", "not found in the theme's folders: is mkdocs-material installed?")


def material_files(theme_dirs: Iterable[str]) -> MaterialFiles:
    """The names ``base.html`` links, each checked to exist beside it; cached by the file's state."""
    path = base_template(theme_dirs)
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if _cache.get("key") != key:
        _cache["files"] = files_named_in(path.read_text(encoding="utf-8"), path)
        _cache["key"] = key
    return _cache["files"]


def files_named_in(text: str, path: Path) -> MaterialFiles:
    names = {}
    for field, pattern in PATTERNS.items():
        found = sorted(set(pattern.findall(text)))
        if len(found) != 1:
            raise SiteError(str(path), f"names {len(found)} files like {SHAPES[field]}, not one: "
                                       f"Material has changed how it links it; re-check {RECHECK}")
        if not (path.parent / found[0]).is_file():
            raise SiteError(str(path), f"names {found[0]}, which is not in the package; "
                                       f"re-check {RECHECK}")
        names[field] = found[0]
    return MaterialFiles(**names)
