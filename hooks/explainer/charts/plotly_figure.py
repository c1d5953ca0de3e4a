"""The interactive Plotly figure for a chart, built and validated with plotly's graph objects.

It draws the chart's one layout (``chart_geometry``) and nothing of its own: the y axis is in the
layout's pixels (0 at the top), the x axis spans the track's domain between margins equal to the
track's insets, so bars, dots, labels and values land where the static drawing puts them.
Plotly's own axes are hidden; labels, values and ticks are annotations at the layout's places.
Colours are left to the browser, which takes them from the page's light or dark palette; every
annotation and shape is named by its role so that the script can colour it.
"""

from __future__ import annotations

from html import escape

import plotly.graph_objects as go

from explainer.charts.geometry import ChartGeometry, layout_chart
from explainer.charts.view import ChartView
from explainer.editions import EDITIONS, edition
from explainer.errors import SiteError

from explainer.text.font_stacks import font_stack  # the page's stacks: the figures name the same fonts as the text around them

PLOTLY_LOCALE = {edition.code: edition.plotly_locale for edition in EDITIONS}


def text(value: str) -> str:
    """Plotly reads its labels as HTML (``<b>``, ``<br>``, ``&amp;``): escape them so they show as written."""
    return escape(value, quote=False)


def plotly_figure(view: ChartView, geometry: ChartGeometry | None = None, where: str = "data/metrics.json",
                  index: int = 0) -> dict:
    """``{"data": [...], "layout": {...}, "config": {...}}`` for ``Plotly.newPlot``, validated by plotly.

    A figure plotly rejects stops the build with one line naming the chart by its place and id.
    """
    geometry = geometry or layout_chart(view)
    try:
        figure = go.Figure(data=[marks(view, geometry)], layout=layout(view, geometry))
    except (ValueError, TypeError) as error:
        first = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
        raise SiteError(where, f"charts[{index}] ({view.id}): plotly rejects the figure: {first}") from None
    spec = figure.to_plotly_json()
    spec["layout"].pop("template", None)  # "none" is plotly.js's default: nothing to send
    return {"data": spec["data"], "layout": spec["layout"], "config": config(view)}


def marks(view: ChartView, g: ChartGeometry):
    custom = [[" ".join(row.label_lines), row.text] for row in g.rows]
    common = dict(
        x=[row.value for row in g.rows],
        y=[row.mark_middle for row in g.rows],
        customdata=[[text(a), text(b)] for a, b in custom],
        hovertemplate="%{customdata[0]}<br><b>%{customdata[1]}</b><extra></extra>",
        name=view.id,
    )
    if g.kind == "rank":
        return go.Scatter(mode="markers", marker={"size": g.style.dot_px, "line": {"width": 0}},
                          cliponaxis=False, **common)
    return go.Bar(orientation="h", base=0, width=[row.mark_height for row in g.rows],
                  marker={"line": {"width": 0}}, textposition="none", **common)


def layout(view: ChartView, g: ChartGeometry) -> go.Layout:
    s = g.style
    hidden = dict(visible=False, fixedrange=True, showgrid=False, zeroline=False, automargin=False)
    return go.Layout(
        template="none",  # plotly's default template adds ~6.5 KB per chart and colours of its own
        height=g.height,
        margin={"l": g.inset_left, "r": g.inset_right, "t": 0, "b": g.height - g.plot_height, "pad": 0},
        xaxis={**hidden, "range": list(g.domain)},
        yaxis={**hidden, "range": [g.plot_height, 0]},
        font={"family": font_stack(view.lang), "size": s.font_px},
        showlegend=False,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"font": {"family": font_stack(view.lang)}},
        dragmode=False,
        annotations=annotations(g),
        shapes=shapes(g),
    )


def annotations(g: ChartGeometry) -> list[dict]:
    """Text at the layout's places. Down is in paper units (Plotly hides annotations whose data
    coordinates fall outside an axis' range, as the axis below the rows does)."""
    s = g.style

    def down(px: float) -> float:
        return round(1 - px / g.plot_height, 6)

    plain = dict(showarrow=False, borderpad=0, borderwidth=0, yref="paper")
    notes = []
    for row in g.rows:
        notes.append(dict(plain, name="label", text="<br>".join(text(line) for line in row.label_lines),
                          xref="paper", x=0, xanchor="left", y=down(row.label_top), yanchor="top",
                          align="left", font={"size": s.font_px}))
        shift = s.value_gap + (s.dot_px / 2 if g.kind == "rank" else 0)
        notes.append(dict(plain, name="value", text=f"<b>{text(row.text)}</b>", xref="x", x=row.value,
                          xanchor="left", xshift=shift, y=down(row.mark_middle), yanchor="middle",
                          font={"size": s.font_px}))
    for tick in g.ticks:
        notes.append(dict(plain, name="tick", text=text(tick.text), xref="x", x=tick.value, xanchor="center",
                          y=down(g.tick_top), yanchor="top", font={"size": s.tick_px}))
    if g.axis_title_lines:
        notes.append(dict(plain, name="axis-title", text="<br>".join(text(line) for line in g.axis_title_lines),
                          xref="paper", x=0, xanchor="left", y=down(g.axis_title_top), yanchor="top",
                          align="left", font={"size": s.tick_px}))
    return notes


def shapes(g: ChartGeometry) -> list[dict]:
    if g.kind == "rank":
        grid = [dict(type="line", name="grid", xref="x", x0=t.value, x1=t.value, yref="y", y0=0,
                     y1=g.plot_height, line={"width": 1}, layer="below") for t in g.ticks]
        tracks = [dict(type="line", name="track", xref="x", x0=g.domain[0], x1=g.domain[1], yref="y",
                       y0=row.mark_middle, y1=row.mark_middle, line={"width": 1}, layer="below")
                  for row in g.rows]
        return grid + tracks
    return [dict(type="line", name="baseline", xref="x", x0=0, x1=0, yref="y", y0=0, y1=g.plot_height,
                 line={"width": 1.5}, layer="above")]


def config(view: ChartView) -> dict:
    return {"displayModeBar": False, "responsive": True, "locale": PLOTLY_LOCALE[view.lang],
            "scrollZoom": False, "doubleClick": False, "showTips": False}
