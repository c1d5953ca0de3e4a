"""A card's key, file name and cache; the fonts it needs; a character they lack stops the build."""

from __future__ import annotations

import pytest

from explainer.cards import card as card_module
from explainer.cards.card import Sources, card_key, card_path, card_png, prune
from explainer.cards.fonts import FILES, family, find_fonts
from explainer.cards.layout import CardText, FigureText
from explainer.cards.png import size, text_of
from explainer.errors import SiteError

CARD = CardText("zh-hant", "平安杭州 · 法治杭州", "數說五年", FigureText("48項", "任務", "截至訪談時"))


@pytest.fixture(scope="module")
def fonts():
    found = find_fonts()
    if found is None:
        pytest.fail("Noto Sans CJK not found: apt-get install fonts-noto-cjk", pytrace=False)
    return found


def test_the_key_changes_with_every_word_and_only_then(fonts):
    key = card_key(CARD, fonts)
    assert card_key(CardText(**{**CARD.__dict__}), fonts) == key
    assert card_key(CardText(**{**CARD.__dict__, "title": "數說五年 "}), fonts) != key
    assert card_key(CardText(**{**CARD.__dict__, "subject": FigureText("49項", "任務", "截至訪談時")}), fonts) != key
    assert card_key(CardText(**{**CARD.__dict__, "lang": "zh"}), fonts) != key


def test_the_file_name_carries_the_edition_the_page_and_the_key():
    assert card_path("en", "en/interview/rule-of-law/", "0123456789abcdef" * 4) == \
        "assets/cards/en-interview-rule-of-law.0123456789abcdef.png"
    assert card_path("zh-hant", "zh-hant/", "f" * 64) == f"assets/cards/zh-hant-index.{'f' * 16}.png"
    assert card_path("zh", "", "e" * 64) == f"assets/cards/zh-index.{'e' * 16}.png"


def test_a_card_is_drawn_once_then_read_from_the_cache(fonts, tmp_path, monkeypatch):
    png = card_png(CARD, fonts, tmp_path, Sources(title="docs/numbers.zh.md"))
    assert size(png) == (1200, 630) and len(png) <= 150_000
    assert text_of(png) == {"lang": "zh-hant", "font": "Noto Sans CJK TC",
                            "text": ["平安杭州 · 法治杭州", "數說五年", "48項", "任務", "截至訪談時"]}
    monkeypatch.setattr(card_module, "draw", lambda *args: pytest.fail("drawn again"))
    assert card_png(CARD, fonts, tmp_path, Sources(title="docs/numbers.zh.md")) == png
    assert [p.name for p in tmp_path.iterdir()] == [f"{card_key(CARD, fonts)}.png"]


def test_a_character_the_font_lacks_stops_the_build_naming_file_and_field(fonts, tmp_path):
    card = CardText("zh", "平安杭州 · 法治杭州", "数说五年ሀ")
    with pytest.raises(SiteError) as error:
        card_png(card, fonts, tmp_path, Sources(title="docs/numbers.zh.md"))
    assert str(error.value).startswith("docs/numbers.zh.md: title '数说五年ሀ': Noto Sans CJK SC Regular has "
                                       "no glyph for 'ሀ' (U+1200)")
    assert "\n" not in str(error.value)
    figure = CardText("en", "Site", "Title", FigureText("1", "labelሀ", "p"))
    with pytest.raises(SiteError, match=r"^data/metrics.json: subject 'label"):
        card_png(figure, fonts, tmp_path, Sources(title="docs/x.en.md"))


def test_a_title_too_long_stops_the_build_naming_its_page(fonts, tmp_path):
    with pytest.raises(SiteError, match=r"^docs/about.en.md: title: too long for its preview card"):
        card_png(CardText("en", "Site", "word " * 120), fonts, tmp_path, Sources(title="docs/about.en.md"))


def test_prune_keeps_the_most_recently_used(tmp_path):
    import os

    for n in range(5):
        (tmp_path / f"{n}.png").write_bytes(b"x")
        os.utime(tmp_path / f"{n}.png", ns=(n * 10**9, n * 10**9))
    prune(tmp_path, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["3.png", "4.png"]


def test_fonts_are_found_by_their_file_names_or_not_at_all(tmp_path):
    assert find_fonts((str(tmp_path),)) is None
    nested = tmp_path / "fonts" / "opentype" / "noto"
    nested.mkdir(parents=True)
    for name in FILES.values():
        (nested / name).write_bytes(b"")
    found = find_fonts((str(tmp_path / "fonts"),))
    assert (found.regular.name, found.bold.name) == (FILES["regular"], FILES["bold"])
    assert family("zh") == "Noto Sans CJK SC" and family("zh-hant") == "Noto Sans CJK TC" and \
        family("en") == "Noto Sans CJK SC"
