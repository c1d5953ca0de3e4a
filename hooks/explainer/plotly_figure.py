"""The interactive Plotly figure for a chart view, as a plain dict (no plotly import at build time).

Colours are left out on purpose: the browser sets them from the page's light or dark palette.
"""

from __future__ import annotations

from html import escape

from .chart_view import ChartView

FONT_STACK = ('-apple-system, BlinkMacSystemFont, "Helvetica Neue", "PingFang SC", "Microsoft YaHei", '
              '"Source Han Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif')
PLOTLY_LOCALE = {"zh": "zh-CN", "en": "en"}
WRAP_AT = {"zh": 10, "en": 18}


def text(value: str) -> str:
    """Plotly reads its labels as HTML (``<b>``, ``<br>``, ``&amp;``): escape them so they show as written."""
    return escape(value, quote=False)


def wrap(label: str, lang: str) -> str:
    """Break a long category label into lines so a phone keeps room for the bars."""
    width = WRAP_AT[lang]
    if lang == "zh":
        return "<br>".join(text(label[i:i + width]) for i in range(0, len(label), width))
    lines, line = [], ""
    for word in label.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join(text(part) for part in lines + [line])


def plotly_figure(view: ChartView) -> dict:
    """``{"data": [...], "layout": {...}, "config": {...}}`` for ``Plotly.newPlot``."""
    if view.kind == "rank":
        data, axes = rank_traces(view)
    else:
        data, axes = bar_traces(view)
    layout = {
        "margin": {"l": 8, "r": 24, "t": 8, "b": 32},
        "font": {"family": FONT_STACK, "size": 13},
        "showlegend": False,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "hoverlabel": {"font": {"family": FONT_STACK}},
        **axes,
    }
    config = {
        "displaylogo": False,
        "responsive": True,
        "locale": PLOTLY_LOCALE[view.lang],
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "zoom2d", "pan2d", "zoomIn2d", "zoomOut2d",
                                   "autoScale2d", "resetScale2d"],
    }
    return {"data": data, "layout": layout, "config": config}


def bar_traces(view: ChartView) -> tuple[list, dict]:
    trace = {
        "type": "bar",
        "orientation": "h",
        "x": view.values,
        "y": [wrap(c, view.lang) for c in view.categories],
        "text": [text(t) for t in view.texts],
        "textposition": "auto",
        "hovertemplate": "%{y}<br>%{text}<extra></extra>",
        "cliponaxis": False,
    }
    axes = {
        "yaxis": {"autorange": "reversed", "automargin": True, "fixedrange": True},
        "xaxis": {"automargin": True, "fixedrange": True, "zeroline": True,
                  "ticksuffix": "%" if view.unit == "percent" else ""},
        "bargap": 0.35,
    }
    return [trace], axes


def rank_traces(view: ChartView) -> tuple[list, dict]:
    worst = int(max(view.values))
    trace = {
        "type": "scatter",
        "mode": "lines+markers+text",
        "x": [text(c) for c in view.categories],
        "y": view.values,
        "text": [text(t) for t in view.texts],
        "textposition": "top center",
        "marker": {"size": 12},
        "line": {"width": 3},
        "hovertemplate": "%{x}<br>%{text}<extra></extra>",
        "cliponaxis": False,
    }
    axes = {
        "yaxis": {"range": [worst + 1, 0.5], "dtick": 1, "fixedrange": True, "automargin": True,
                  "title": {"text": "名次" if view.lang == "zh" else "Rank"}},
        "xaxis": {"type": "category", "fixedrange": True, "automargin": True},
    }
    return [trace], axes
