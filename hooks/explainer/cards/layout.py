"""A card as an SVG: the site's name, the page's title and, beside it, the page's chart or lead figure.

1200 × 630 (the size every unfurler accepts), light, in the site's indigo. Text is wrapped by the widths
the font really has (``fonts.Face``), in the token rules the charts use (``geometry.tokens``: never inside
a Latin word or a number, closing marks kept with what they close); a title that does not fit in its
column at the smallest size is refused, never cut. The chart is the page's own layout
(``geometry.layout_chart``, at slide sizes, wrapped to the panel and scaled as a whole to fit) drawn by
the slide image's own code (``svg.chart_body``): a second layout could disagree with the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import escape, unescape

from explainer.cards.fonts import Faces
from explainer.charts.geometry import SLIDE, ChartGeometry, layout_chart, scaled, text_width, tokens
from explainer.charts.svg import LIGHT, chart_body, svg_text
from explainer.charts.view import ALT_PUNCTUATION, ChartView
from explainer.editions import hreflang, written

WIDTH, HEIGHT, MARGIN = 1200, 630, 64
BAND = 12  # the indigo band along the top
COLOURS = {"paper": "#ffffff", "primary": "#4051b5", "panel": "#eef0fa", "text": LIGHT["text"], "muted": LIGHT["muted"]}
PERIOD_PX = 24
CAPTION_SIZES = (24, 21, 18)
LABEL_SIZES = (30, 26, 22, 20, 18)
SITE_SIZES = (30, 27, 24)
TITLE_SIZES = (64, 58, 52, 46, 40)  # tried in turn: the largest at which the title fits
NUMBER_SIZES = (120, 104, 88, 72, 64, 56, 48)
TITLE_LINE, TEXT_LINE = 1.2, 1.3  # line heights in em
COLUMN = 460  # the title's column beside a chart or figure
PANEL_X, PANEL_PAD = MARGIN + COLUMN + 40, 28
PHRASE_BREAK = " · "  # between the two campaigns of the site's name  # a chart caption, a figure's label


class DoesNotFit(ValueError):
    """A text too long for its place on the card, at the smallest size allowed."""

    field = "title"


@dataclass(frozen=True)
class FigureText:
    quantity: str
    label: str
    period: str


@dataclass(frozen=True)
class CardText:
    """Everything a card says, in one edition's words."""

    lang: str
    site_name: str
    title: str
    subject: ChartView | FigureText | None = None


@dataclass(frozen=True)
class CardLayout:
    svg: str
    title_px: float
    title_lines: tuple[str, ...]


def wrap(text: str, max_width: float, measure) -> list[str]:
    """``text`` in lines no wider than ``max_width`` by ``measure``. A word wider than a line is broken
    between its characters (as CSS ``overflow-wrap: anywhere``) rather than let out of the card."""
    lines, line = [], ""
    for token in (piece for whole in tokens(text)
                  for piece in (list(whole) if measure(whole.strip()) > max_width else [whole])):
        candidate = line + token
        if line and measure(candidate.rstrip()) > max_width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    if any(measure(one) > max_width for one in lines):  # one character wider than the line
        raise DoesNotFit(f"{text!r} has a character wider than {max_width:.0f} px")
    return lines


def balanced(text: str, lines: list[str], max_width: float, measure) -> list[str]:
    """The same number of lines, as even as they go: no last line of one character under a full one."""
    width = max_width
    while len(lines) > 1:
        try:
            narrower = wrap(text, width - 8, measure)
        except DoesNotFit:
            break
        if len(narrower) > len(lines):
            break
        lines, width = narrower, width - 8
    return lines


def fit(text: str, face, sizes: tuple[float, ...], max_width: float, max_height: float, line_height: float,
        max_lines: int = 99) -> tuple[float, list[str]]:
    """The largest of ``sizes`` at which ``text`` fits in the box, with its lines. A name of parallel parts
    (``Safe Hangzhou · Rule-of-Law Hangzhou``) breaks after its ``·`` at any of the sizes, if it can, rather
    than inside a part."""
    parts = text.split(PHRASE_BREAK)
    if len(parts) > 1:
        phrases = [part + PHRASE_BREAK.rstrip() for part in parts[:-1]] + parts[-1:]
        for px in sizes:
            if face.width(text, px) <= max_width:
                break  # one line at this size: nothing to break
            if len(phrases) <= max_lines and len(phrases) * px * line_height <= max_height \
                    and all(face.width(phrase, px) <= max_width for phrase in phrases):
                return px, phrases
    for px in sizes:
        try:
            lines = wrap(text, max_width, lambda s: face.width(s, px))
        except DoesNotFit:
            continue
        if len(lines) <= max_lines and len(lines) * px * line_height <= max_height:
            return px, balanced(text, lines, max_width, lambda s: face.width(s, px))
    raise DoesNotFit(f"{text!r} does not fit in {max_width:.0f} × {max_height:.0f} px at {sizes[-1]} px")


def card_svg(card: CardText, faces: Faces, font_family: str) -> CardLayout:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'font-family="{escape(font_family)}" lang="{hreflang(card.lang)}">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{COLOURS["paper"]}"/>',
        f'<rect width="{WIDTH}" height="{BAND}" fill="{COLOURS["primary"]}"/>',
    ]
    top = MARGIN - 8
    column = COLUMN if card.subject else WIDTH - 2 * MARGIN
    if card.title != card.site_name:  # the home page's title is the site's name: once is enough
        site_px, site_lines = fit(card.site_name, faces.bold, SITE_SIZES, column, 2 * SITE_SIZES[0] * TEXT_LINE,
                                  TEXT_LINE, max_lines=2)
        for line in site_lines:
            parts.append(svg_text(MARGIN, top, line, site_px, COLOURS["primary"], bold=True))
            top += site_px * TEXT_LINE
        top += 24
    room = HEIGHT - MARGIN - top
    sizes = TITLE_SIZES if card.subject else tuple(px + 8 for px in TITLE_SIZES)
    title_px, title_lines = fit(card.title, faces.bold, sizes, column, room, TITLE_LINE)
    block = len(title_lines) * title_px * TITLE_LINE
    if not card.subject:  # the title alone: in the middle of the free room
        top += (room - block) / 2
    for i, line in enumerate(title_lines):
        parts.append(title_text(MARGIN, top + i * title_px * TITLE_LINE, line, title_px))

    try:
        if isinstance(card.subject, ChartView):
            parts += chart_panel(card.subject, card.title, faces)
        elif isinstance(card.subject, FigureText):
            parts += figure_panel(card.subject, faces)
    except DoesNotFit as error:
        error.field = "subject"
        raise
    parts.append("</svg>")
    return CardLayout("\n".join(parts) + "\n", title_px, tuple(title_lines))


def title_text(x: float, top: float, text: str, px: float) -> str:
    """A title line whose box (TITLE_LINE em) starts at ``top``: svg_text's line box is 1.3 em."""
    return svg_text(x, top - px * (1.3 - TITLE_LINE) / 2, text, px, COLOURS["text"], bold=True)


def panel(height: float | None = None) -> tuple[str, float, float, float, float]:
    """The tinted panel on the right: its rect, and the inner box (x, top, width, height)."""
    top, bottom = MARGIN - 8, HEIGHT - MARGIN + 8
    width = WIDTH - MARGIN - PANEL_X
    rect = (f'<rect x="{PANEL_X}" y="{top}" width="{width}" height="{bottom - top}" rx="16" '
            f'fill="{COLOURS["panel"]}"/>')
    return rect, PANEL_X + PANEL_PAD, top + PANEL_PAD, width - 2 * PANEL_PAD, bottom - top - 2 * PANEL_PAD


def chart_panel(view: ChartView, page_title: str, faces: Faces) -> list[str]:
    rect, x, top, width, height = panel()
    out = [rect]
    if view.title != page_title:  # a chart page's title is the chart's: not twice
        caption_px, caption = fit(view.title, faces.bold, CAPTION_SIZES, width, height / 3, TEXT_LINE)
        for i, line in enumerate(caption):
            out.append(svg_text(x, top + i * caption_px * TEXT_LINE, line, caption_px, COLOURS["muted"], bold=True))
        gap = len(caption) * caption_px * TEXT_LINE + 20
        top, height = top + gap, height - gap
    geometry = chart_to_fit(view, width, height)
    out.append(f'<g transform="translate({x:.2f} {top + (height - geometry.height) / 2:.2f})">')
    out += chart_body(geometry, width)
    out.append("</g>")
    return out


def chart_to_fit(view: ChartView, width: float, height: float) -> ChartGeometry:
    """The page's chart layout at slide sizes, labels wrapped to the panel, every size scaled alike until
    the drawing fits (its height, its widest label line, its values)."""
    style = replace(SLIDE, wrap_px=width - 8)
    factor = 1.0
    for _ in range(8):
        geometry = layout_chart(view, scaled(style, factor))
        widest_value = max(text_width(row.text, geometry.style.font_px, bold=True) for row in geometry.rows)
        if geometry.height <= height and geometry.min_width <= width and widest_value < geometry.inset_right \
                and geometry.inset_right < width / 2:
            return geometry
        factor *= min(0.95, height / geometry.height) if geometry.height > height else 0.9
    raise DoesNotFit(f"chart {view.id!r} does not fit a {width:.0f} × {height:.0f} px panel")


def figure_panel(figure: FigureText, faces: Faces) -> list[str]:
    """The number as large as fits half the panel, then its label (smaller for a long one), then its period."""
    rect, x, top, width, height = panel()
    number_px, number = fit(figure.quantity, faces.bold, NUMBER_SIZES, width, height / 2, TEXT_LINE, max_lines=2)
    period = wrap(figure.period, width, lambda s: faces.regular.width(s, PERIOD_PX))
    number_height, period_height = len(number) * number_px * TEXT_LINE, len(period) * PERIOD_PX * TEXT_LINE
    label_px, label = fit(figure.label, faces.regular, LABEL_SIZES, width,
                          height - number_height - period_height - 20, TEXT_LINE)
    block = number_height + 12 + len(label) * label_px * TEXT_LINE + 8 + period_height
    y = top + (height - block) / 2
    out = [rect]
    for line in number:
        out.append(svg_text(x, y, line, number_px, COLOURS["primary"], bold=True))
        y += number_px * TEXT_LINE
    y += 12
    for line in label:
        out.append(svg_text(x, y, line, label_px, COLOURS["text"]))
        y += label_px * TEXT_LINE
    y += 8
    for line in period:
        out.append(svg_text(x, y, line, PERIOD_PX, COLOURS["muted"]))
        y += PERIOD_PX * TEXT_LINE
    return out


TEXT_ELEMENT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)


def drawn_text(svg: str) -> list[str]:
    """Every text the SVG draws, in order, as the reader sees it (unescaped)."""
    return [unescape(match) for match in TEXT_ELEMENT.findall(svg)]


def alt_text(card: CardText) -> str:
    """The card in words, in the edition's language: for ``og:image:alt``."""
    comma, colon, semicolon, stop, end = ALT_PUNCTUATION[written(card.lang)]
    head = card.title if card.title == card.site_name else f"{card.site_name}{colon}{card.title}"
    subject = card.subject
    if isinstance(subject, ChartView):
        return f"{head}{stop}{subject.alt_text}"
    if isinstance(subject, FigureText):
        paren = ("（", "）") if written(card.lang) == "zh" else (" (", ")")
        return f"{head}{stop}{subject.label}{colon}{subject.quantity}{paren[0]}{subject.period}{paren[1]}{end}"
    return f"{head}{end}"
