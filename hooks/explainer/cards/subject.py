"""What a page's card shows besides its title: a chart, a lead figure, or nothing.

In order: the chart the front matter names (``chart: <id>``, as the generated chart pages set), else the
first ``<!-- md:chart ID -->`` of the page, else its first ``<!-- md:figure ID -->`` (drawn as a big
number with its label), else none (the card shows the title alone). Markers inside code do not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.pages.markers import find_markers


@dataclass(frozen=True)
class Subject:
    kind: str  # "chart" or "figure"
    id: str


def card_subject(meta: dict, markdown: str) -> Subject | None:
    chart = meta.get("chart")
    if isinstance(chart, str) and chart:
        return Subject("chart", chart)
    first_figure = None
    for name, arg in find_markers(markdown):
        if name == "chart" and arg:
            return Subject("chart", arg)
        if name == "figure" and arg and first_figure is None:
            first_figure = Subject("figure", arg)
    return first_figure
