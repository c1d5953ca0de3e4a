"""Every chart in every language, laid out and built as a Plotly figure once per data change.

Built before any page is written (the hook's on_config), so a figure plotly rejects stops the build
with one line and no half site; the pages, the figure files and the slide images then share these.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.charts.geometry import ChartGeometry, layout_chart
from explainer.charts.view import ChartView, chart_view
from explainer.editions import LANGUAGES
from explainer.dataset.model import Dataset
from explainer.charts.plotly_figure import plotly_figure

FIGURES_DIR = "downloads/charts"


@dataclass(frozen=True)
class ChartDrawing:
    view: ChartView
    geometry: ChartGeometry
    figure: dict  # for Plotly.newPlot: data, layout, config


def chart_drawings(dataset: Dataset) -> dict[tuple[str, str], ChartDrawing]:
    """(chart id, language) → its drawing."""
    drawings = {}
    for chart in dataset.charts.values():
        for lang in LANGUAGES:
            view = chart_view(chart, dataset, lang)
            geometry = layout_chart(view)
            drawings[chart.id, lang] = ChartDrawing(view, geometry, plotly_figure(view, geometry, index=chart.index))
    return drawings


def figures_path(lang: str) -> str:
    """Where a language's Plotly figures are published (one file, chart id → figure), relative to the
    site's root; fetched when a reader first opens an interactive chart. One file for all charts is
    about half the bytes of one per chart (they share most of their words) and one request."""
    return f"{FIGURES_DIR}/figures.{lang}.json"


def figures_json(drawings: dict[tuple[str, str], ChartDrawing], lang: str) -> str:
    import json

    figures = {chart_id: drawing.figure for (chart_id, language), drawing in drawings.items() if language == lang}
    return json.dumps(figures, ensure_ascii=False, separators=(",", ":"))
