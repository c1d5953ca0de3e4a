"""The site's one stylesheet: Material's, its palette cut to the colours in use, and the site's own.

Until this, Material's stylesheet was the one request and the palette and the site's styles were
inlined into every page (about 3.5 KB gzip of each page's HTML). On a throttled phone that pushed the
larger pages past the first round trip of a new connection (about 14 KB), a whole round trip later
to first paint. Served as one file they cost one request, cached from page to page.

Its name carries a hash of its content, so a reader's cache never holds an old one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from explainer.assets.compact_css import compact_css
from explainer.errors import SiteError
from explainer.assets.palette_css import trim_palette, used_colours
from explainer.material_files import material_files

# Material's own stylesheet and palette are the files its base.html links (their names carry a hash
# that changes with every release: explainer/material_files.py reads them; overrides/main.html replaces
# that block).
# The site's own, in docs/ (excluded from the build in mkdocs.yml: they reach readers only in here).
OWN = ("assets/stylesheets/site.css", "assets/stylesheets/parallel.css")
SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/")


@dataclass(frozen=True)
class Stylesheet:
    path: str  # relative to the site's root
    text: str


def theme_file(theme_dirs: Iterable[str], name: str) -> Path:
    for folder in theme_dirs:
        path = Path(folder) / name
        if path.is_file():
            return path
    raise SiteError(name, "not found in the theme's folders, though Material's base.html links it")


def site_stylesheet(theme_dirs: Iterable[str], docs_dir: Path, palette) -> Stylesheet:
    theme_dirs = list(theme_dirs)
    names = material_files(theme_dirs)
    material = SOURCE_MAP.sub("", theme_file(theme_dirs, names.main_css).read_text(encoding="utf-8"))
    palette_css = SOURCE_MAP.sub("", theme_file(theme_dirs, names.palette_css).read_text(encoding="utf-8"))
    try:
        palette_css = trim_palette(palette_css, used_colours(palette))
    except ValueError as error:
        raise SiteError(names.palette_css, f"unexpected shape: {error}") from None
    own = []
    for name in OWN:
        path = Path(docs_dir) / name
        if not path.is_file():
            raise SiteError(f"docs/{name}", "missing (the site's own styles)")
        own.append(compact_css(path.read_text(encoding="utf-8")))
    text = "\n".join([material.strip(), palette_css, *own]) + "\n"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return Stylesheet(f"assets/stylesheets/site.{digest}.css", text)
