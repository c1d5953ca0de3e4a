"""The site's data as typed, immutable objects: metrics (reported or derived) and charts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Derivation:
    """How a derived metric is computed from reported ones."""

    formula: str  # "ratio" (inputs[0] / inputs[1]) or "sum"
    inputs: tuple[str, ...]
    decimals: int


@dataclass(frozen=True)
class Metric:
    id: str
    value: float
    unit: str
    label: dict
    period: dict
    source: dict | None = None  # {"section", "quote"}; None for derived metrics
    note: dict | None = None
    qualifier: str | None = None  # "over": the source says 1400余 / "more than"
    spell: bool = False  # write the number as a word (三 / three)
    wording: dict | None = None  # the source's own idiom for the number (千万 / 10 million)
    derivation: Derivation | None = None

    @property
    def derived(self) -> bool:
        return self.derivation is not None


@dataclass(frozen=True)
class Chart:
    id: str
    kind: str  # "bar" or "rank"
    metric_ids: tuple[str, ...]
    title: dict
    category: str = "label"  # which metric text names each bar or point
    axis: dict | None = None  # the scale's title, e.g. a rank's extent ("of 100 cities")
    index: int = 0  # its place in data/metrics.json's charts list, for error messages


@dataclass(frozen=True)
class Dataset:
    headline: dict
    interviewee: dict
    metrics: dict[str, Metric] = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)
    speaker: dict = field(default_factory=dict)  # who answers: {"zh": "马小秋", "en": "Ma Xiaoqiu"}, family name first
    headline_sentence_case: str = ""  # headline["en"] in sentence case (references), when given

    @property
    def sentence_case_headline(self) -> str:
        return self.headline_sentence_case or self.headline["en"]

    def headline_parts(self, lang: str) -> dict[str, str]:
        return {"headline": self.headline[lang], "interviewee": self.interviewee[lang]}

    def chart_metrics(self, chart: Chart) -> list[Metric]:
        return [self.metrics[i] for i in chart.metric_ids]
