"""The ``<!-- md:… -->`` markers: replaced in place, or a one-line error naming file and line."""

from __future__ import annotations

import pytest

from explainer.errors import SiteError
from explainer.pages.markers import check_markers_in, find_markers, replace_markers

KNOWN = {"value": {"shared-courts", "risk-assessments"}, "metric": {"shared-courts", "risk-assessments"},
         "figure": {"shared-courts"}, "chart": {"five-year-changes"}}


def render(name, arg):
    return f"[{name}:{arg}]"


def replace(markdown: str) -> str:
    return replace_markers(markdown, "docs/numbers.zh.md", render, KNOWN)


def error_of(markdown: str) -> str:
    with pytest.raises(SiteError) as caught:
        replace(markdown)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_inline_markers_are_replaced_in_place():
    text = "已建成共享法庭<!-- md:value shared-courts -->家,完成<!--md:metric risk-assessments-->。\n"
    assert replace(text) == "已建成共享法庭[value:shared-courts]家,完成[metric:risk-assessments]。\n"


def test_block_markers_alone_on_their_line_are_replaced():
    text = "# 数字\n\n<!-- md:figure shared-courts -->\n\n  <!-- md:chart five-year-changes -->  \n\n<!-- md:glossary -->\n"
    assert replace(text) == "# 数字\n\n[figure:shared-courts]\n\n  [chart:five-year-changes]  \n\n[glossary:None]\n"


def test_text_without_markers_is_unchanged():
    text = "No markers here <!-- an ordinary comment --> at all.\n"
    assert replace(text) == text


def test_marker_closed_without_a_space():
    assert replace("x <!-- md:value shared-courts--> y") == "x [value:shared-courts] y"


def test_unknown_marker_name_names_file_and_line():
    message = error_of("line one\nline two\nsee <!-- md:valeu shared-courts -->\n")
    assert message.startswith("docs/numbers.zh.md:3: unknown marker 'md:valeu'"), message
    assert "known: chart, downloads, figure, glossary, metric, ui, value" in message


def test_unknown_metric_id_names_file_and_line():
    message = error_of("\n\n\n\nabout <!-- md:value shared-court --> courts")
    assert message == "docs/numbers.zh.md:5: md:value names unknown metric 'shared-court'"


def test_unknown_chart_id():
    message = error_of("<!-- md:chart five-year-change -->\n")
    assert message == "docs/numbers.zh.md:1: md:chart names unknown chart 'five-year-change'"


def test_a_metric_id_is_not_a_chart_id():
    message = error_of("<!-- md:chart shared-courts -->\n")
    assert message == "docs/numbers.zh.md:1: md:chart names unknown chart 'shared-courts'"


def test_marker_without_its_id():
    assert error_of("a\n<!-- md:figure -->\n") == "docs/numbers.zh.md:2: marker 'md:figure' needs an id"


@pytest.mark.parametrize("text, line", [
    ("Figure: <!-- md:figure shared-courts -->\n", 1),
    ("a\n\n<!-- md:chart five-year-changes --> and more\n", 3),
    ("a\nb\nc\nsee <!-- md:downloads -->", 4),
])
def test_block_marker_not_alone_on_its_line(text, line):
    message = error_of(text)
    assert message.startswith(f"docs/numbers.zh.md:{line}: marker 'md:"), message
    assert "must stand alone on its line" in message


def test_the_first_bad_marker_stops_with_its_own_line():
    message = error_of("<!-- md:value shared-courts -->\n<!-- md:value nope -->\n<!-- md:nope -->\n")
    assert message.startswith("docs/numbers.zh.md:2: "), message


def test_find_markers_in_order():
    text = "<!-- md:chart five-year-changes -->\n x <!-- md:value shared-courts --> <!-- md:downloads -->"
    assert list(find_markers(text)) == [("chart", "five-year-changes"), ("value", "shared-courts"),
                                        ("downloads", None)]


def test_check_markers_in_names_the_page(tmp_path):
    (tmp_path / "interview").mkdir()
    (tmp_path / "index.zh.md").write_text("<!-- md:value shared-courts -->\n", encoding="utf-8")
    (tmp_path / "interview" / "rule-of-law.en.md").write_text("a\n<!-- md:value nope -->\n", encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        check_markers_in(tmp_path, KNOWN)
    assert str(caught.value) == "docs/interview/rule-of-law.en.md:2: md:value names unknown metric 'nope'"


def test_markers_inside_code_are_left_as_written():
    text = ("写法:`<!-- md:value shared-courts -->`。\n\n"
            "```markdown\n<!-- md:figure no-such-id -->\n```\n\n"
            "    ~~~~\n    <!-- md:nonsense -->\n    ~~~~\n\n"
            "<!-- md:value shared-courts -->\n")
    assert replace(text) == ("写法:`<!-- md:value shared-courts -->`。\n\n"
                             "```markdown\n<!-- md:figure no-such-id -->\n```\n\n"
                             "    ~~~~\n    <!-- md:nonsense -->\n    ~~~~\n\n"
                             "[value:shared-courts]\n")
    assert list(find_markers(text)) == [("value", "shared-courts")]


def test_a_marker_after_a_closed_fence_is_still_replaced_and_checked():
    assert "md:nosuch" in error_of("```\n<!-- md:figure x -->\n```\n\n<!-- md:nosuch -->\n")
