"""SVG to PNG with resvg, and the card's words kept inside the PNG.

resvg (Rust, through the ``resvg-py`` wheel: no system library, no network) draws text with the font
files it is given and nothing else, so a card looks the same on every machine that has the fonts.
The words drawn travel in the file as an ``iTXt`` chunk (keyword ``explainer:text``, UTF-8 JSON): the
tests read what a card says from the card itself.
"""

from __future__ import annotations

import json
import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
TEXT_KEY = "explainer:text"


def renderer_version() -> str:
    from importlib.metadata import version

    return f"resvg-py {version('resvg-py')}"


def render_png(svg: str, font_files: list[str]) -> bytes:
    import resvg_py

    return resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=font_files,
                                 text_rendering="optimize_legibility")


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def with_text(png: bytes, words: dict) -> bytes:
    """``png`` with ``words`` (JSON) in an iTXt chunk right after its header."""
    if not png.startswith(SIGNATURE):
        raise ValueError("not a PNG")
    header_end = len(SIGNATURE) + 8 + 13 + 4  # the IHDR chunk is always first and 13 bytes long
    payload = TEXT_KEY.encode("latin-1") + b"\0\0\0\0\0" + json.dumps(words, ensure_ascii=False).encode("utf-8")
    return png[:header_end] + chunk(b"iTXt", payload) + png[header_end:]


def chunks(png: bytes):
    """Yield (kind, data) of every chunk."""
    if not png.startswith(SIGNATURE):
        raise ValueError("not a PNG")
    at = len(SIGNATURE)
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        yield png[at + 4:at + 8], png[at + 8:at + 8 + length]
        at += 12 + length


def size(png: bytes) -> tuple[int, int]:
    kind, data = next(chunks(png))
    return struct.unpack(">II", data[:8])


def text_of(png: bytes) -> dict | None:
    """The words a card keeps (``with_text``), or None."""
    for kind, data in chunks(png):
        if kind == b"iTXt" and data.startswith(TEXT_KEY.encode("latin-1") + b"\0"):
            return json.loads(data[len(TEXT_KEY) + 5:].decode("utf-8"))
    return None
