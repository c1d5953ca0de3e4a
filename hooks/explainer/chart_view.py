"""What a chart says, in one language: categories, values, value labels, title, text alternative.

Both renderings (the static SVG and the interactive Plotly figure) and the data table are drawn
from this one view, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Chart, Dataset
from .numbers import format_quantity

KIND_WORDS = {
    "bar": {"zh": "条形图", "en": "Bar chart"},
    "rank": {"zh": "排名折线图(名次越小越好)", "en": "Ranking line chart (a lower rank is better)"},
}


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

    @property
    def alt_text(self) -> str:
        """A sentence for screen readers: the kind of chart, its title, then every value in order."""
        kind = KIND_WORDS[self.kind][self.lang]
        if self.lang == "zh":
            items = "；".join(f"{c}：{t}" for c, t in zip(self.categories, self.texts))
            return f"{kind}，{self.title}。{items}。"
        items = "; ".join(f"{c}: {t}" for c, t in zip(self.categories, self.texts))
        return f"{kind}, {self.title}. {items}."

    @property
    def box_height(self) -> int:
        """Pixels reserved for the chart, static or interactive, so that nothing moves when it upgrades."""
        per_row = 64 if self.kind == "bar" else 62
        return 48 + per_row * len(self.values)

    @property
    def shares(self) -> list[float]:
        """Each value's length on a bar chart, 0–100, relative to the largest magnitude."""
        largest = max(abs(v) for v in self.values) or 1
        return [round(abs(v) / largest * 100, 2) for v in self.values]

    @property
    def rank_positions(self) -> list[float]:
        """Each rank's place on a 0–100 track where 0 is first; the track ends one past the worst rank."""
        worst = max(self.values) + 1
        return [round((v - 1) / (worst - 1) * 100, 2) for v in self.values]


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
    )
