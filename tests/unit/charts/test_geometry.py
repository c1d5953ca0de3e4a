"""One layout per chart, shared by every drawing: lengths are shares of the largest value on one
track, labels wrap before they could collide, rows never overlap, ranks read best-first."""

from __future__ import annotations

import pytest

from explainer.charts.geometry import PAGE, SLIDE, layout_chart, text_width, tokens, wrap_label
from explainer.charts.view import chart_view

BARS = ["five-year-changes", "shared-court-outcomes", "business-reforms"]  # the fixture data's bar charts
LANGS = ["zh", "en"]


def views(dataset, chart_ids=None):
    ids = chart_ids or list(dataset.charts)
    return [chart_view(dataset.charts[i], dataset, lang) for i in ids for lang in LANGS]


def assert_bars_in_proportion(view, style):
    geometry = layout_chart(view, style)
    largest = max(abs(v) for v in view.values)
    assert geometry.domain == (0.0, largest)
    for row, value in zip(geometry.rows, view.values):
        assert row.position == pytest.approx(abs(value) / largest, abs=1e-12)
        assert row.value == abs(value)
    # any two bars: length ratio over value ratio is 1 (Tufte's lie factor), at any drawing width
    for width in (288, 700, 1168):
        lengths = [geometry.x(r.position, width) - geometry.inset_left for r in geometry.rows]
        for (la, va), (lb, vb) in zip(zip(lengths, view.values), zip(lengths[1:], view.values[1:])):
            assert (la / lb) / (abs(va) / abs(vb)) == pytest.approx(1, abs=1e-9)


def assert_values_have_room(view):
    geometry = layout_chart(view)
    widest = max(text_width(t, PAGE.font_px, bold=True) for t in view.texts)
    extra = PAGE.dot_px / 2 if view.kind == "rank" else 0
    assert geometry.inset_right >= extra + PAGE.value_gap + widest


def assert_rows_in_order_without_overlap(view):
    geometry = layout_chart(view)
    line = PAGE.font_px * PAGE.line_height
    assert [" ".join(r.label_lines).replace(" ", "") for r in geometry.rows] == \
           [c.replace(" ", "") for c in view.categories]  # same order, nothing lost in wrapping
    bottom = 0.0
    for row in geometry.rows:
        assert row.label_top >= bottom
        assert row.label_top + len(row.label_lines) * line <= row.mark_top
        bottom = row.mark_top + row.mark_height
    assert bottom <= geometry.plot_height <= geometry.height


def assert_labels_fit(view, style):
    for row in layout_chart(view, style).rows:
        assert 1 <= len(row.label_lines) <= 3, row.label_lines
        for line in row.label_lines:
            assert text_width(line, style.font_px) <= style.wrap_px, line


@pytest.mark.parametrize("style", [PAGE, SLIDE], ids=["page", "slide"])
def test_every_bar_is_its_value_share_of_the_largest(dataset, style):
    for view in views(dataset, BARS):
        assert_bars_in_proportion(view, style)


def test_values_are_written_outside_the_track_in_room_reserved_for_the_widest(dataset):
    for view in views(dataset):
        assert_values_have_room(view)


def test_declines_are_bars_of_their_size_labelled_as_declines(dataset):
    zh = layout_chart(chart_view(dataset.charts["five-year-changes"], dataset, "zh"))
    en = layout_chart(chart_view(dataset.charts["five-year-changes"], dataset, "en"))
    assert [r.value for r in zh.rows] == [29.08, 27.04, 38.73, 47.97]
    assert [r.text for r in zh.rows] == ["下降29.08%", "下降27.04%", "下降38.73%", "下降47.97%"]
    assert [r.text for r in en.rows] == ["down 29.08%", "down 27.04%", "down 38.73%", "down 47.97%"]
    assert all(0 < r.position <= 1 for r in zh.rows)


def test_rows_follow_the_data_and_never_overlap(dataset):
    for view in views(dataset):
        assert_rows_in_order_without_overlap(view)


@pytest.mark.parametrize("style", [PAGE, SLIDE], ids=["page", "slide"])
def test_labels_wrap_to_at_most_three_lines_that_fit(dataset, style):
    for view in views(dataset):
        assert_labels_fit(view, style)


@pytest.mark.parametrize("style", [PAGE, SLIDE], ids=["page", "slide"])
def test_live_data_every_chart_is_drawn_in_proportion_with_room_for_every_label_and_value(live_dataset, style):
    for view in views(live_dataset):
        if view.kind == "bar":
            assert_bars_in_proportion(view, style)
        assert_values_have_room(view)
        assert_rows_in_order_without_overlap(view)
        assert_labels_fit(view, style)


def test_ranks_read_best_first_on_an_integer_scale(dataset):
    for lang in LANGS:
        view = chart_view(dataset.charts["rule-of-law-ranking"], dataset, lang)
        geometry = layout_chart(view)
        assert geometry.domain == (1.0, 5.0)  # 1st at the left, at least five places shown
        assert [t.text for t in geometry.ticks] == ["1", "2", "3", "4", "5"]
        assert [t.position for t in geometry.ticks] == [0, 0.25, 0.5, 0.75, 1]
        assert [r.position for r in geometry.rows] == [0.25, 0.75, 0.25]  # 2nd, 4th, 2nd
        assert geometry.axis_title_lines and geometry.height > geometry.axis_title_top
        assert geometry.tick_top > geometry.plot_height


def test_wrapping_breaks_between_words_and_never_inside_one():
    assert wrap_label("Telecom and online fraud cases filed", 150, 14) == ["Telecom and online", "fraud cases filed"]
    assert wrap_label("Homicides", 10, 14) == ["Homicides"]  # one word longer than the line stays whole
    assert wrap_label("", 100, 14) == [""]


def test_chinese_wraps_between_characters_keeping_punctuation_and_numbers_whole():
    assert tokens("《报告》排名2022年") == ["《报", "告》", "排", "名", "2022", "年"]
    lines = wrap_label("全国跨部门大数据办案平台试点:杭州承接并完成的任务", 14 * 10, 14)
    assert "".join(lines) == "全国跨部门大数据办案平台试点:杭州承接并完成的任务"
    assert all(text_width(line, 14) <= 140 for line in lines)
    assert not any(line.startswith(("》", ",", "。")) for line in lines)
