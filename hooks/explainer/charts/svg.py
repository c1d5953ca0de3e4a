"""A chart as a slide-sized SVG image (1280 × 720, 16:9) for reports, in the light palette.

It draws the same layout as the page (``chart_geometry``), at slide sizes: title on top, the rows,
and a footer naming the source and the chart's address. Text is escaped; fonts are the system's,
as on the page. The browser turns it into a PNG on request (``site.js``), with the reader's fonts.
"""

from __future__ import annotations

from html import escape

from explainer.charts.geometry import SLIDE, ChartGeometry, layout_chart, scaled, text_width, wrap_label
from explainer.charts.view import ChartView
from explainer.editions import hreflang
from explainer.charts.plotly_figure import font_stack

WIDTH, HEIGHT, MARGIN = 1280, 720, 56
TITLE_PX, FOOTER_PX = 34, 17
ASCENT = 0.8  # a line's baseline sits this far down its em box (for renderers without dominant-baseline)
LIGHT = {"paper": "#ffffff", "text": "#212121", "muted": "#616161", "grid": "#e0e0e0", "bar": "#3949ab"}
IMAGES_DIR = "downloads/charts"


def chart_image_path(chart_id: str, lang: str) -> str:
    """Where a chart's image is published, relative to the site's root."""
    return f"{IMAGES_DIR}/{chart_id}.{lang}.svg"


def chart_svg(view: ChartView, source_line: str, url: str) -> str:
    inner = WIDTH - 2 * MARGIN
    title_lines = wrap_label(view.title, inner, TITLE_PX * 1.05)[:3]
    title_bottom = MARGIN + len(title_lines) * TITLE_PX * 1.25
    footer_lines = [*wrap_label(source_line, inner, FOOTER_PX)[:3], url]
    footer_top = HEIGHT - MARGIN + 16 - len(footer_lines) * FOOTER_PX * 1.4
    room = footer_top - 24 - (title_bottom + 28)

    geometry = layout_chart(view, SLIDE)
    if geometry.height > room:  # a tall chart: every size shrinks alike, the proportions stay
        geometry = layout_chart(view, scaled(SLIDE, room / geometry.height))
    top = title_bottom + 28 + (room - geometry.height) / 2

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{escape(font_stack(view.lang))}" lang="{hreflang(view.lang)}">',
        f"<title>{escape(view.title)}</title>",
        f"<desc>{escape(view.alt_text)}</desc>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{LIGHT["paper"]}"/>',
    ]
    for i, line in enumerate(title_lines):
        parts.append(svg_text(MARGIN, MARGIN + i * TITLE_PX * 1.25, line, TITLE_PX, LIGHT["text"], bold=True))
    parts.append(f'<g transform="translate({MARGIN} {top:.2f})">')
    parts += chart_body(geometry, inner)
    parts.append("</g>")
    for i, line in enumerate(footer_lines):
        parts.append(svg_text(MARGIN, footer_top + i * FOOTER_PX * 1.4, line, FOOTER_PX, LIGHT["muted"]))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def chart_body(g: ChartGeometry, width: float) -> list[str]:
    s = g.style
    line = s.font_px * s.line_height
    out = []
    if g.kind == "rank":
        for tick in g.ticks:
            x = g.x(tick.position, width)
            out.append(svg_line(x, 0, x, g.plot_height, LIGHT["grid"], 1))
            out.append(svg_text(x, g.tick_top, tick.text, s.tick_px, LIGHT["muted"], anchor="middle"))
        for row in g.rows:
            out.append(svg_line(g.x(0, width), row.mark_middle, g.x(1, width), row.mark_middle, LIGHT["grid"], 1))
    else:
        out.append(svg_line(g.inset_left, 0, g.inset_left, g.plot_height, LIGHT["muted"], 1.5))
    for row in g.rows:
        for i, text in enumerate(row.label_lines):
            out.append(svg_text(g.inset_left, row.label_top + i * line, text, s.font_px, LIGHT["text"]))
        end = g.x(row.position, width)
        if g.kind == "rank":
            out.append(f'<circle cx="{end:.2f}" cy="{row.mark_middle:.2f}" r="{s.dot_px / 2:.2f}" fill="{LIGHT["bar"]}"/>')
            value_x = end + s.dot_px / 2 + s.value_gap
        else:
            out.append(f'<rect x="{g.inset_left:.2f}" y="{row.mark_top:.2f}" width="{end - g.inset_left:.2f}" '
                       f'height="{row.mark_height:.2f}" fill="{LIGHT["bar"]}"/>')
            value_x = end + s.value_gap
        out.append(svg_text(value_x, row.mark_middle - s.font_px * s.line_height / 2, row.text, s.font_px,
                            LIGHT["text"], bold=True))
    tick_line = s.tick_px * s.line_height
    for i, text in enumerate(g.axis_title_lines):
        out.append(svg_text(g.inset_left, g.axis_title_top + i * tick_line, text, s.tick_px, LIGHT["muted"]))
    return out


def svg_text(x: float, top: float, text: str, size: float, fill: str, bold: bool = False,
             anchor: str = "start") -> str:
    """Text whose line box (1.3 em, as on the page) starts at ``top``."""
    baseline = top + size * (0.15 + ASCENT)
    weight = ' font-weight="700"' if bold else ""
    return (f'<text x="{x:.2f}" y="{baseline:.2f}" font-size="{size:.2f}" fill="{fill}"{weight} '
            f'text-anchor="{anchor}">{escape(text)}</text>')


def svg_line(x1: float, y1: float, x2: float, y2: float, colour: str, width: float) -> str:
    return (f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="{colour}" '
            f'stroke-width="{width}"/>')


def fits(view: ChartView) -> bool:
    """Whether every label and value of the slide stays inside the image's width."""
    g = layout_chart(view, SLIDE)
    inner = WIDTH - 2 * MARGIN
    widest_value = max(text_width(r.text, g.style.font_px, bold=True) for r in g.rows)
    return g.min_width <= inner and widest_value < g.inset_right
