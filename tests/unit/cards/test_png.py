"""The PNG side: resvg draws the requested size, and the words drawn travel inside the file."""

from __future__ import annotations

import zlib

import pytest

from explainer.cards.png import chunks, render_png, size, text_of, with_text


def test_resvg_draws_the_svgs_size_and_the_words_ride_along_in_an_itxt_chunk():
    png = render_png('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" '
                     'fill="#4051b5"/></svg>', font_files=[])
    assert size(png) == (120, 63)
    assert text_of(png) is None
    words = {"lang": "zh-hant", "text": ["數說五年", "<b>&"]}
    tagged = with_text(png, words)
    assert size(tagged) == (120, 63) and text_of(tagged) == words
    kinds = [kind for kind, _ in chunks(tagged)]
    assert kinds[:2] == [b"IHDR", b"iTXt"] and kinds[-1] == b"IEND"


def test_every_chunk_has_its_crc():
    import struct

    png = with_text(render_png('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>', []), {"t": 1})
    at = 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        body = png[at + 4:at + 8 + length]
        assert struct.unpack(">I", png[at + 8 + length:at + 12 + length])[0] == zlib.crc32(body)
        at += 12 + length


def test_not_a_png_is_refused():
    with pytest.raises(ValueError):
        with_text(b"GIF89a", {})
