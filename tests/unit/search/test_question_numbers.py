"""Question numbers as search words (explainer/search/question_numbers.py): read from the question
paragraphs' ids, written as the worker reads a counted question, on the page and its question section."""

from __future__ import annotations

from explainer.search.question_numbers import (add_question_words, question_numbers, question_words,
                                               read_question_numbers)
from tests.unit.conftest import ROOT


def test_the_number_is_the_question_paragraphs_id():
    pages = {"a": "## 记者提问 {#question}\n\n    问?\n    {#q2}\n\n段落\n{#q2-p1}", "b": "没有问题的页面"}
    assert question_numbers(pages) == {"a": 2}


def test_the_site_numbers_its_four_questions_in_the_order_of_the_interview():
    assert read_question_numbers(ROOT / "docs") == {
        "grassroots-governance": 1, "rule-of-law": 2, "digital-governance": 3, "resilient-city": 4}


def test_the_words_are_the_ones_the_worker_reads_a_counted_question_as():
    assert question_words(3, last=False) == ["q3"]
    assert question_words(4, last=True) == ["q4", "qlast"]


def test_the_words_go_on_the_page_and_its_question_section_only():
    index = {"docs": [{"location": "interview/a/", "aliases": "x"}, {"location": "interview/a/#question"},
                      {"location": "interview/a/#answer"}, {"location": "interview/b/#question"}]}
    add_question_words(index, {"a": 1, "b": 2})
    assert [doc.get("aliases") for doc in index["docs"]] == ["x\u200bq1", "q1", None, "q2\u200bqlast"]
