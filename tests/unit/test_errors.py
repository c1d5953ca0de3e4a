"""One line per stopped build: several problems named while they fit in 200 characters, the rest counted."""

from __future__ import annotations

from explainer.errors import MAX_LINE, problems_line


def test_one_problem_is_the_line():
    assert problems_line("data/x.json", ["a: wrong"]) == "a: wrong"


def test_problems_are_named_while_they_fit_and_the_rest_counted():
    problems = [f"terms[{i}].en.term: contains an invisible character U+200B" for i in range(40)]
    line = "data/glossary.json: " + problems_line("data/glossary.json", problems)
    assert line.startswith("data/glossary.json: 40 problems: terms[0].en.term: contains an invisible character U+200B; ")
    assert line.endswith("(and 38 more)") and len(line) <= MAX_LINE


def test_a_first_problem_too_long_alone_is_cut():
    line = "data/x.json: " + problems_line("data/x.json", ["x" * 500, "y"])
    assert len(line) <= MAX_LINE and line.endswith("… (and 1 more)")
