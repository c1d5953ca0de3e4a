"""One page's card: its file name, made from what it shows, and its PNG, drawn once and kept.

The cache key is a hash of everything the picture depends on: the card's words and chart data
(``CardText``), the font files, the renderer's version and the code that lays the card out. Equal keys
give equal pictures, so a warm build copies the PNG from ``.cache/cards/`` without reading a font or
drawing anything; the key also names the published file, so an unfurler that cached an old card
(they cache by URL) sees a new address when the card changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from explainer.cards.fonts import FontFiles, faces, family
from explainer.cards.layout import HEIGHT, WIDTH, CardText, DoesNotFit, card_svg, drawn_text
from explainer.cards.png import render_png, renderer_version, with_text
from explainer.errors import SiteError
from explainer.pages.head import language_neutral_path

CARDS_DIR = "assets/cards"
CACHE_DIR = ".cache/cards"
CACHE_LIMIT = 400  # about ten times the site's cards
CODE = ("cards/card.py", "cards/fonts.py", "cards/layout.py", "cards/png.py",
        "charts/geometry.py", "charts/svg.py")  # what draws a card, under hooks/explainer/


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in CODE:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def card_key(card: CardText, fonts: FontFiles) -> str:
    inputs = {"card": asdict(card), "subject": type(card.subject).__name__, "fonts": fonts.signature,
              "renderer": renderer_version(), "code": code_digest(), "size": [WIDTH, HEIGHT]}
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def card_path(lang: str, page_url: str, key: str) -> str:
    """Where a page's card is published, relative to the site's root: ``assets/cards/en-numbers.<hash>.png``."""
    slug = language_neutral_path(page_url).strip("/").replace("/", "-") or "index"
    return f"{CARDS_DIR}/{lang}-{slug}.{key[:16]}.png"


@dataclass(frozen=True)
class Sources:
    """Where each of a card's texts comes from, for an error message: ``docs/about.zh.md``, …"""

    title: str
    site_name: str = "mkdocs.yml"
    subject: str = "data/metrics.json"


def card_png(card: CardText, fonts: FontFiles, cache_dir: Path, sources: Sources) -> bytes:
    """The card's PNG: from the cache, or drawn (and then kept there)."""
    key = card_key(card, fonts)
    cached = Path(cache_dir) / f"{key}.png"
    if cached.is_file():
        os.utime(cached)  # recently used: kept by prune()
        return cached.read_bytes()
    png = draw(card, fonts, sources)
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(png)
    os.replace(partial, cached)  # a concurrent build never reads half a file
    return png


def prune(cache_dir: Path, keep: int = CACHE_LIMIT) -> None:
    """Keep the ``keep`` most recently used cards: edits leave old ones behind."""
    if not cache_dir.is_dir():
        return
    entries = sorted(cache_dir.glob("*.png"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
    for stale in entries[keep:]:
        stale.unlink(missing_ok=True)


def draw(card: CardText, fonts: FontFiles, sources: Sources) -> bytes:
    used = faces(fonts, card.lang)
    for field, text in texts(card):
        missing = sorted(set(used.regular.missing(text)) | set(used.bold.missing(text)))
        if missing:
            shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in missing)
            raise SiteError(getattr(sources, field), f"{field} {text!r}: {used.regular.name} has no glyph for "
                                                     f"{shown}, so its preview card cannot draw it")
    try:
        layout = card_svg(card, used, family(card.lang))
    except DoesNotFit as error:
        raise SiteError(getattr(sources, error.field), f"{error.field}: too long for its preview card ({error})") from None
    words = {"lang": card.lang, "font": family(card.lang), "text": drawn_text(layout.svg)}
    return with_text(render_png(layout.svg, fonts.paths), words)


def texts(card: CardText):
    """(field, text) of everything the card may draw."""
    yield "site_name", card.site_name
    yield "title", card.title
    subject = card.subject
    if subject is not None:
        for value in asdict(subject).values():
            for text in (value if isinstance(value, list) else [value]):
                if isinstance(text, str):
                    yield "subject", text
