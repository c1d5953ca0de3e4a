"""The fonts a card is drawn in, found on disk, measured and checked for every character drawn.

One pinned source: Debian's ``fonts-noto-cjk`` (Noto Sans CJK, Regular and Bold, as ``.ttc`` collections),
which the README's commands, CI and the deploy workflow install. Each edition draws in the face of its
Han forms (Noto Sans CJK SC or TC); English uses the same collection's Latin letters, so one package
covers all three editions. Widths come from the font's own advance widths (fontTools), so a title is
wrapped where the renderer will really run out of room, and a character the font lacks stops the build
instead of coming out as a blank box.
"""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from explainer.editions import edition

FILES = {"regular": "NotoSansCJK-Regular.ttc", "bold": "NotoSansCJK-Bold.ttc"}
# Where Debian (fonts-noto-cjk), other Linux distributions and macOS/Homebrew users keep fonts.
SEARCH_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts", "/usr/local/share/fonts",
               "~/.local/share/fonts", "~/.fonts", "~/Library/Fonts", "/Library/Fonts")
INSTALL_HINT = "apt-get install fonts-noto-cjk (Debian, Ubuntu), or name their folder in EXPLAINER_FONT_DIRS"


def family(lang: str) -> str:
    """The font family an edition's card is drawn in: ``Noto Sans CJK SC`` or ``… TC``."""
    return f"Noto Sans CJK {edition(lang).han_forms}"


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path

    @property
    def paths(self) -> list[str]:
        return [str(self.regular), str(self.bold)]

    @property
    def signature(self) -> tuple:
        """What identifies these fonts in a cache key: a new font package gives new cards."""
        return tuple((path.name, path.stat().st_size, path.stat().st_mtime_ns) for path in (self.regular, self.bold))


def find_fonts(search_dirs: tuple[str, ...] | None = None) -> FontFiles | None:
    """The Noto Sans CJK collections, or None when this machine has none. ``EXPLAINER_FONT_DIRS`` (folders
    separated by the system's path separator) replaces the usual places."""
    if search_dirs is None:
        chosen = os.environ.get("EXPLAINER_FONT_DIRS")
        search_dirs = tuple(chosen.split(os.pathsep)) if chosen else SEARCH_DIRS
    found = {}
    for weight, name in FILES.items():
        for folder in (Path(d).expanduser() for d in search_dirs):
            if folder.is_dir():
                match = folder / name if (folder / name).is_file() else next(iter(sorted(folder.rglob(name))), None)
                if match:
                    found[weight] = match
                    break
    if len(found) < len(FILES):
        return None
    return FontFiles(**found)


class Face:
    """One face of a collection (e.g. Noto Sans CJK TC Bold): which characters it has, how wide they are."""

    def __init__(self, path: Path, family_name: str):
        from fontTools.ttLib import TTCollection

        collection = TTCollection(str(path), lazy=True)
        for font in collection.fonts:
            if font["name"].getDebugName(1) == family_name:
                break
        else:
            raise LookupError(f"{path} has no face named {family_name!r}")
        self.name = f"{family_name} {font['name'].getDebugName(2)}"
        self.version = font["name"].getDebugName(5) or ""
        self.cmap = font.getBestCmap()
        self.advances = font["hmtx"].metrics
        self.units = font["head"].unitsPerEm

    def missing(self, text: str) -> list[str]:
        """The characters of ``text`` this face has no glyph for (spaces and line breaks aside)."""
        return sorted({c for c in text if ord(c) not in self.cmap and c not in "\n"})

    def width(self, text: str, px: float) -> float:
        """The advance width of ``text`` set at ``px`` (no kerning: a little generous for Latin text)."""
        return sum(self.advances[self.cmap[ord(c)]][0] for c in text if ord(c) in self.cmap) * px / self.units


_loading = threading.Lock()


def face(path: Path, family_name: str, signature: tuple) -> Face:
    """Read once per process and font file (``signature`` changes when the file does), also when several
    cards are drawn at once."""
    with _loading:
        return _face(path, family_name, signature)


@functools.lru_cache(maxsize=8)
def _face(path: Path, family_name: str, signature: tuple) -> Face:
    return Face(path, family_name)


@dataclass(frozen=True)
class Faces:
    regular: Face
    bold: Face


def faces(fonts: FontFiles, lang: str) -> Faces:
    name = family(lang)
    return Faces(face(fonts.regular, name, fonts.signature), face(fonts.bold, name, fonts.signature))
