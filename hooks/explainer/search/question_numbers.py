"""Each interview page's question number as search words, so a reader who counts the questions finds the
one meant: 第三个问题, 问题3, 最后一个问题, "the third question", Q3, "the last answer" (the search worker
reads each such phrase as one word, q3, or qlast for the last: a Latin word in every edition, as a Chinese
第三问 would be found by any 第三 typed). The words go on the page's own entry and its question section,
as aliases, never shown. The numbers come from the Markdown, the question paragraphs' ids ({#q1} … {#q4})."""

from __future__ import annotations

import re
from pathlib import Path

from explainer.search.aliases import FIELD
from explainer.search.index_text import SEPARATOR

QUESTION_ID = re.compile(r"\{#q(\d+)\}")


def question_numbers(interview_pages: dict[str, str]) -> dict[str, int]:
    """{page slug: its question's number}, from each page's Markdown (the first {#qN} it holds)."""
    numbers = {}
    for slug, markdown in interview_pages.items():
        found = QUESTION_ID.search(markdown)
        if found:
            numbers[slug] = int(found.group(1))
    return numbers


def read_question_numbers(docs: Path) -> dict[str, int]:
    """question_numbers of the Chinese interview pages under ``docs`` (interview/<slug>.zh.md)."""
    return question_numbers({path.name.split(".")[0]: path.read_text(encoding="utf-8")
                             for path in sorted((docs / "interview").glob("*.zh.md"))})


def question_words(number: int, last: bool) -> list[str]:
    """The words the search worker reads a reader's way of counting to question ``number`` as."""
    return [f"q{number}"] + (["qlast"] if last else [])


def add_question_words(index: dict, numbers: dict[str, int]) -> None:
    """Each numbered page's entry and question section get its question words in ``aliases``."""
    last = max(numbers.values(), default=0)
    at = {}
    for slug, number in numbers.items():
        at[f"interview/{slug}/"] = at[f"interview/{slug}/#question"] = question_words(number, number == last)
    for doc in index.get("docs", []):
        words = at.get(doc.get("location"))
        if words:
            doc[FIELD] = SEPARATOR.join(filter(None, [doc.get(FIELD, ""), *words]))
