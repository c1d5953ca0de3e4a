"""What a chart says, in one language: categories, values, value labels, title, text alternative.

Every rendering (the static drawing, the interactive Plotly figure, the slide-sized SVG) and the
data table are drawn from this one view, and its one layout (``chart_geometry``), so they cannot
disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.editions import written
from explainer.dataset.model import Chart, Dataset
from explainer.text.numbers import format_quantity

from explainer.text.edition_tables import interface

KIND_WORDS = interface("hooks/explainer/charts/view.py: KIND_WORDS", {  # interface words: by hand per edition
    "bar": {"zh": "条形图", "zh-hant": "長條圖", "en": "Bar chart"},
    "rank": {"zh": "排名点图(名次越小越好)", "zh-hant": "排名點圖(名次越小越好)", "en": "Rank dot chart (a lower rank is better)"},
})


@dataclass(frozen=True)
class ChartView:
    id: str
    kind: str
    lang: str
    unit: str
    title: str
    categories: list[str]
    values: list[float]
    texts: list[str]  # formatted values, as shown on the bars or points
    metric_ids: list[str]
    periods: list[str]
    labels: list[str]  # each metric's full label, for the data table
    axis_title: str = ""  # the scale's title, where the chart has one

    @property
    def alt_text(self) -> str:
        """A sentence for screen readers: the kind of chart, its title, then every value in order."""
        kind = KIND_WORDS[self.kind][self.lang]
        comma, colon, semicolon, stop, end = ALT_PUNCTUATION[written(self.lang)]  # a generated edition: its source's
        items = semicolon.join(f"{c}{colon}{t}" for c, t in zip(self.categories, self.texts))
        return f"{kind}{comma}{self.title}{stop}{items}{end}"


# The alt text's punctuation per written language: comma, colon, semicolon, full stop between
# sentences and at the end.
ALT_PUNCTUATION = {"zh": ("，", "：", "；", "。", "。"), "en": (", ", ": ", "; ", ". ", ".")}


def chart_view(chart: Chart, dataset: Dataset, lang: str) -> ChartView:
    metrics = dataset.chart_metrics(chart)
    categories = [(m.period if chart.category == "period" else m.label)[lang] for m in metrics]
    return ChartView(
        id=chart.id,
        kind=chart.kind,
        lang=lang,
        unit=metrics[0].unit,
        title=chart.title[lang],
        categories=categories,
        values=[m.value for m in metrics],
        texts=[format_quantity(m, lang) for m in metrics],
        metric_ids=[m.id for m in metrics],
        periods=[m.period[lang] for m in metrics],
        labels=[m.label[lang] for m in metrics],
        axis_title=chart.axis[lang] if chart.axis else "",
    )
