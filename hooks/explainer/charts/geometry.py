"""Where everything in a chart goes, computed once and drawn alike by every renderer.

The static HTML drawing, the interactive Plotly figure and the slide-sized SVG all draw this one
layout, so they cannot disagree. Every row is the same grammar at every width: the label (wrapped
here, not by the browser) above its mark, the value just after the mark's end. Marks live on one
track that every row shares, from ``inset_left`` to the width less ``inset_right``; the room for
the values is reserved outside the track, so a long value never shortens its own bar.

- bar charts: a bar from zero to the value's magnitude (a decline is drawn as a bar of its size
  and labelled "down 29.08%"); the track spans 0 … the largest magnitude, so every bar's length
  is its value's share of the largest;
- rank charts: a dot at the rank on an integer scale with 1st, the best, at the left.

Vertical positions are pixels from the top of the drawing; horizontal ones are fractions of the
track, since the page's width is only known in the browser.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from explainer.charts.view import ChartView

MIN_RANK_SCALE = 5  # a rank scale shows at least 1st … 5th, so one place is never half the track


@dataclass(frozen=True)
class Style:
    """Sizes in CSS pixels. Plotly spaces lines of text at 1.3 em, so the HTML drawing does too."""

    font_px: float = 14
    tick_px: float = 13
    line_height: float = 1.3
    label_gap: float = 4  # between a label's last line and its mark
    mark_px: float = 22  # a bar's thickness, or the band a rank dot sits in
    dot_px: float = 14
    row_gap: float = 14
    top_px: float = 2
    value_gap: float = 6  # between a mark's end and its value
    axis_gap: float = 6
    wrap_px: float = 260  # labels wrap to fit the narrowest track (a 320 px phone)


PAGE = Style()
SLIDE = Style(font_px=24, tick_px=21, label_gap=6, mark_px=36, dot_px=22, row_gap=22, top_px=0,
              value_gap=10, axis_gap=10, wrap_px=1100)


@dataclass(frozen=True)
class Row:
    label_lines: tuple[str, ...]
    label_top: float
    mark_top: float
    mark_height: float
    value: float  # as drawn: a magnitude on a bar chart, the rank on a rank chart
    text: str
    position: float  # 0–1 along the track: the bar's end or the dot's centre

    @property
    def mark_middle(self) -> float:
        return self.mark_top + self.mark_height / 2


@dataclass(frozen=True)
class Tick:
    value: float
    position: float
    text: str


@dataclass(frozen=True)
class ChartGeometry:
    kind: str
    style: Style
    rows: tuple[Row, ...]
    plot_height: float  # the rows' band; the axis (rank charts) is drawn below it
    height: float
    inset_left: float
    inset_right: float
    domain: tuple[float, float]  # the values at the track's two ends
    ticks: tuple[Tick, ...]
    axis_title_lines: tuple[str, ...]
    axis_title_top: float
    tick_top: float

    def x(self, position: float, width: float) -> float:
        """Pixels from the left of a drawing ``width`` wide, for a 0–1 position on the track."""
        return self.inset_left + (width - self.inset_left - self.inset_right) * position

    @property
    def min_width(self) -> float:
        """The narrowest drawing whose longest label line still fits."""
        widest = max((text_width(line, self.style.font_px) for row in self.rows for line in row.label_lines),
                     default=0)
        return max(widest + self.inset_left, self.inset_left + self.inset_right + 60)


def layout_chart(view: ChartView, style: Style = PAGE) -> ChartGeometry:
    line = style.font_px * style.line_height
    tick_line = style.tick_px * style.line_height
    if view.kind == "rank":
        magnitudes = [float(v) for v in view.values]
        end = max(int(max(magnitudes)) + 1, MIN_RANK_SCALE)
        domain = (1.0, float(end))
        ticks = tuple(Tick(r, (r - 1) / (end - 1), str(r)) for r in range(1, end + 1))
        half_dot = style.dot_px / 2
        inset_left = max(half_dot, text_width("1", style.tick_px) / 2) + 2
        value_start = half_dot + style.value_gap
    else:
        magnitudes = [abs(float(v)) for v in view.values]
        domain = (0.0, max(magnitudes) or 1.0)
        ticks = ()
        inset_left = 2.0  # room for the zero baseline's stroke
        value_start = style.value_gap
    inset_right = value_start + max(text_width(t, style.font_px, bold=True) for t in view.texts) + 2

    rows, y = [], style.top_px
    for category, magnitude, text in zip(view.categories, magnitudes, view.texts):
        lines = tuple(wrap_label(category, style.wrap_px, style.font_px))
        mark_top = y + len(lines) * line + style.label_gap
        position = (magnitude - domain[0]) / (domain[1] - domain[0])
        rows.append(Row(lines, y, mark_top, style.mark_px, magnitude, text, position))
        y = mark_top + style.mark_px + style.row_gap
    plot_height = y - style.row_gap + style.top_px

    axis_lines = tuple(wrap_label(view.axis_title, style.wrap_px, style.tick_px)) if view.axis_title else ()
    tick_top = plot_height + style.axis_gap
    axis_title_top = tick_top + (tick_line + style.axis_gap / 2 if ticks else 0)
    height = axis_title_top + len(axis_lines) * tick_line + (style.axis_gap if ticks or axis_lines else 0)
    return ChartGeometry(
        kind=view.kind, style=style, rows=tuple(rows), plot_height=round(plot_height, 2),
        height=round(height), inset_left=round(inset_left, 2), inset_right=round(inset_right, 2),
        domain=domain, ticks=ticks, axis_title_lines=axis_lines, axis_title_top=round(axis_title_top, 2),
        tick_top=round(tick_top, 2),
    )


def scaled(style: Style, factor: float) -> Style:
    return replace(style, **{name: getattr(style, name) * factor for name in
                             ("font_px", "tick_px", "label_gap", "mark_px", "dot_px", "row_gap", "top_px",
                              "value_gap", "axis_gap")})


# Widths in em of a generous sans-serif (wider than Noto Sans CJK, PingFang, Microsoft YaHei and
# Helvetica), so reserved room is never too small on a reader's machine. English text now takes the
# system's Latin font first, and the widest common one, DejaVu Sans (many Linux desktops), sets the
# floor: its digits are 0.636 em, and its bold is about 10 % wider than its regular.
NARROW = set(".,:;!|'il()[]")
WIDE = set("mwMW%@")


def char_width(char: str) -> float:
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if char == " ":
        return 0.3
    if char in NARROW:
        return 0.34
    if char in WIDE:
        return 0.95
    if char.isupper():
        return 0.72
    if char.isdigit():
        return 0.64
    return 0.6


def text_width(text: str, font_px: float, bold: bool = False) -> float:
    return sum(char_width(c) for c in text) * font_px * (1.1 if bold else 1.0)


def wrap_label(label: str, width_px: float, font_px: float) -> list[str]:
    """Break a label into lines no wider than ``width_px``: between words in English, between
    characters in Chinese (never inside a Latin word or a number within Chinese text)."""
    lines, line = [], ""
    for token in tokens(label):
        candidate = line + token
        if line and text_width(candidate.rstrip(), font_px) > width_px:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def tokens(label: str) -> list[str]:
    """Units a line may break after: a CJK character, or a Latin word with its trailing space.
    Closing punctuation stays with what it closes, opening punctuation with what it opens."""
    parts, current, opening = [], "", ""
    for char in label:
        wide = unicodedata.east_asian_width(char) in ("W", "F")
        kind = unicodedata.category(char)
        if wide and kind in ("Ps", "Pi"):
            if current:
                parts.append(current)
                current = ""
            opening += char
        elif wide and kind in ("Pe", "Pf", "Po"):
            if current:
                parts.append(current + char)
                current = ""
            elif parts:
                parts[-1] += char
            else:
                parts.append(opening + char)
                opening = ""
        elif wide:
            if current:
                parts.append(current)
                current = ""
            parts.append(opening + char)
            opening = ""
        elif char == " ":
            parts.append(opening + current + " ")
            current = opening = ""
        else:
            current = opening + current + char if opening else current + char
            opening = ""
    if current or opening:
        parts.append(opening + current)
    return parts
