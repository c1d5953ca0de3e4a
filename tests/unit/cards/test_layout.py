"""The card's layout: titles wrapped by measured width and never wider than their column, a title too
long refused, the chart inside its panel, the words drawn as given (escaped)."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

import pytest

from explainer.cards.fonts import Faces
from explainer.cards.layout import (COLUMN, HEIGHT, MARGIN, PANEL_X, TITLE_SIZES, WIDTH, CardText, DoesNotFit,
                                    FigureText, alt_text, card_svg, drawn_text, fit, wrap)
from explainer.charts.view import chart_view
from tests.unit.conftest import EVIL

SVG = "{http://www.w3.org/2000/svg}"


class FakeFace:
    """A font whose every wide character is 1 em and every other 0.5 em: exact widths to test with."""

    name = "Fake Sans"

    def width(self, text: str, px: float) -> float:
        return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text) * px

    def missing(self, text: str) -> list[str]:
        return []


FACES = Faces(FakeFace(), FakeFace())


def measure(px):
    return lambda text: FakeFace().width(text, px)


def test_wrap_breaks_between_words_where_the_measured_width_runs_out():
    # 10 px a letter or space: "aaaa bbbb" is 90 px, "aaaa bbbb cccc" 140 px.
    assert wrap("aaaa bbbb cccc", 100, measure(20)) == ["aaaa bbbb", "cccc"]
    assert wrap("aaaa bbbb cccc", 89, measure(20)) == ["aaaa", "bbbb", "cccc"]
    # Chinese breaks between characters, closing punctuation stays with what it closes.
    assert wrap("数说五年，平安杭州", 100, measure(20)) == ["数说五年，", "平安杭州"]


def test_a_word_wider_than_the_line_is_broken_between_its_characters():
    # Lines filled to 100 px (10 characters); the long word goes on where the short one ended.
    assert wrap("an onerror=alert(1)></script> b", 100, measure(20)) == ["an onerror", "=alert(1)>", "</script>", "b"]
    with pytest.raises(DoesNotFit):
        wrap("数", 10, measure(20))  # not even one character fits


def test_fit_takes_the_largest_size_that_fits_and_balances_its_lines():
    px, lines = fit("超大城市基层治理", FakeFace(), (64, 58), 460, 400, 1.2)
    assert px == 64 and lines == ["超大城市", "基层治理"]  # 7 + 1 would fit too; 4 + 4 reads better
    px, lines = fit("超大城市基层治理超大城市基层治理", FakeFace(), (64, 40), 460, 100, 1.2)
    assert px == 40 and all(FakeFace().width(line, 40) <= 460 for line in lines)


def test_the_sites_name_breaks_after_its_dot_rather_than_inside_a_name():
    px, lines = fit("Safe Hangzhou · Rule-of-Law Hangzhou", FakeFace(), (64, 40), 460, 400, 1.2)
    assert lines == ["Safe Hangzhou ·", "Rule-of-Law Hangzhou"] and px == 40


def title_lines(svg: str) -> list[ET.Element]:
    return [t for t in ET.fromstring(svg).iter(SVG + "text") if t.get("font-size") in {f"{s:.2f}" for s in
                                                                                      (*TITLE_SIZES, *(s + 8 for s in TITLE_SIZES))}]


@pytest.mark.parametrize("title", ["关于本站", "Parallel text: Megacity grassroots governance",
                                   "中英对照：超大城市基层治理中英对照：超大城市基层治理", "A " * 40 + "title",
                                   "About" + "\"'><img src=x onerror=alert(1)></script><script>alert(2)</script>" * 2])
@pytest.mark.parametrize("with_subject", [False, True])
def test_no_title_line_is_wider_than_its_column_nor_leaves_the_card(title, with_subject):
    subject = FigureText("56.87万件", "全市城镇人口", "截至2025年") if with_subject else None
    layout = card_svg(CardText("zh", "平安杭州 · 法治杭州", title, subject), FACES, "Noto Sans CJK SC")
    column = COLUMN if with_subject else WIDTH - 2 * MARGIN
    lines = title_lines(layout.svg)
    assert [t.text for t in lines] == list(layout.title_lines)
    assert "".join(layout.title_lines).replace(" ", "") == title.replace(" ", "")  # every word drawn, none cut
    for line in lines:
        assert float(line.get("x")) == MARGIN
        assert FakeFace().width(line.text, float(line.get("font-size"))) <= column
        assert float(line.get("y")) < HEIGHT - MARGIN / 2


def test_a_title_too_long_for_the_card_is_refused_not_cut():
    with pytest.raises(DoesNotFit) as error:
        card_svg(CardText("zh", "平安杭州 · 法治杭州", "长" * 200), FACES, "Noto Sans CJK SC")
    assert error.value.field == "title"


def test_the_chart_is_drawn_inside_its_panel_with_every_value(dataset):
    view = chart_view(dataset.charts["five-year-changes"], dataset, "en")
    layout = card_svg(CardText("en", "Safe Hangzhou · Rule-of-Law Hangzhou", "Five years in numbers", view),
                      FACES, "Noto Sans CJK SC")
    root = ET.fromstring(layout.svg)
    texts = drawn_text(layout.svg)
    assert view.title in " ".join(texts) and all(value in texts for value in view.texts)
    group = next(root.iter(SVG + "g"))
    x, y = map(float, group.get("transform").removeprefix("translate(").removesuffix(")").split())
    assert x > PANEL_X
    for bar in group.iter(SVG + "rect"):
        assert x + float(bar.get("x")) + float(bar.get("width")) < WIDTH - MARGIN
        assert y + float(bar.get("y")) + float(bar.get("height")) < HEIGHT - MARGIN


def test_text_from_data_is_escaped_and_drawn_as_written():
    layout = card_svg(CardText("en", "Site", EVIL), FACES, "Noto Sans CJK SC")
    ET.fromstring(layout.svg)  # still well-formed
    assert "<script>" not in layout.svg
    assert " ".join(drawn_text(layout.svg)[1:]).replace(" ", "") == EVIL.replace(" ", "")


def test_the_home_page_names_the_site_once():
    layout = card_svg(CardText("zh", "平安杭州 · 法治杭州", "平安杭州 · 法治杭州"), FACES, "Noto Sans CJK SC")
    assert "".join(drawn_text(layout.svg)).replace(" ", "") == "平安杭州·法治杭州"


def test_the_alt_text_is_in_the_editions_language(dataset):
    view = chart_view(dataset.charts["five-year-changes"], dataset, "zh-hant")
    assert alt_text(CardText("zh-hant", "平安杭州 · 法治杭州", "數說五年", view)).startswith(
        "平安杭州 · 法治杭州：數說五年。" + view.alt_text[:4])
    assert alt_text(CardText("en", "Site", "About")) == "Site: About."
    assert alt_text(CardText("en", "Site", "Numbers", FigureText("48 tasks", "Tasks", "as of 2025"))) == \
        "Site: Numbers. Tasks: 48 tasks (as of 2025)."


def test_a_long_figure_label_gets_smaller_type_not_an_error():
    label = "Tasks Hangzhou took on and completed in the national big-data case-handling platform pilot" + EVIL * 2
    layout = card_svg(CardText("en", "Site", "Digital governance", FigureText("48 tasks", label, "as of 2025")),
                      FACES, "Noto Sans CJK SC")
    texts = drawn_text(layout.svg)
    assert "".join(texts).replace(" ", "").endswith((label + "as of 2025").replace(" ", ""))
    for text in ET.fromstring(layout.svg).iter(SVG + "text"):
        assert float(text.get("y")) < HEIGHT - MARGIN + 8
