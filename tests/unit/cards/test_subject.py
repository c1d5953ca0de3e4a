"""Which chart or figure a page's card shows: front matter, then the first chart, then the first figure."""

from __future__ import annotations

from explainer.cards.subject import Subject, card_subject

PAGE = "# T\n\n<!-- md:figure urban-population -->\n\n<!-- md:chart five-year-changes -->\n\n<!-- md:chart other -->\n"


def test_the_front_matters_chart_comes_first():
    assert card_subject({"chart": "business-reforms"}, PAGE) == Subject("chart", "business-reforms")


def test_else_the_first_chart_even_after_a_figure():
    assert card_subject({}, PAGE) == Subject("chart", "five-year-changes")


def test_else_the_first_figure():
    markdown = "Text <!-- md:value a --> here.\n\n<!-- md:figure b -->\n\n<!-- md:figure c -->\n"
    assert card_subject({"title": "x"}, markdown) == Subject("figure", "b")


def test_else_nothing():
    assert card_subject({}, "# Title\n\nText with <!-- md:value a -->.\n") is None


def test_a_marker_inside_code_does_not_count():
    markdown = "```\n<!-- md:chart shown-as-code -->\n```\n\n`<!-- md:figure inline -->`\n"
    assert card_subject({}, markdown) is None


def test_an_empty_or_non_text_chart_in_front_matter_is_ignored():
    assert card_subject({"chart": ""}, PAGE) == Subject("chart", "five-year-changes")
    assert card_subject({"chart": 3}, PAGE) == Subject("chart", "five-year-changes")
