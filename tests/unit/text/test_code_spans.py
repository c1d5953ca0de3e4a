"""Code in Markdown: fenced blocks (closing rules as in CommonMark) and inline code spans."""

from __future__ import annotations

from explainer.text.code_spans import code_ranges, inside


def covered(text: str) -> list[str]:
    return [text[start:end] for start, end in code_ranges(text)]


def test_backtick_and_tilde_fences_cover_their_lines():
    text = "a\n```\nx\n```\nb\n~~~~ yaml\ny\n~~~~\nc\n"
    assert covered(text) == ["```\nx\n```\n", "~~~~ yaml\ny\n~~~~\n"]


def test_a_shorter_or_different_fence_does_not_close():
    text = "````\n```\n~~~~\nstill code\n````\nafter\n"
    assert covered(text) == ["````\n```\n~~~~\nstill code\n````\n"]


def test_an_unclosed_fence_runs_to_the_end():
    text = "a\n```\ncode\n"
    assert covered(text) == ["```\ncode\n"]


def test_fences_inside_lists_and_admonitions_count():
    text = "- item\n\n    ```\n    x\n    ```\n"
    assert covered(text) == ["    ```\n    x\n    ```\n"]


def test_inline_code_spans_with_one_or_more_backticks():
    text = "use `a` or ``b ` c`` here"
    assert covered(text) == ["`a`", "``b ` c``"]


def test_inside_is_half_open():
    ranges = [(2, 4)]
    assert [inside(ranges, i) for i in range(6)] == [False, False, True, True, False, False]
