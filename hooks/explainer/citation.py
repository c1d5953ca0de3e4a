"""The citation a report writer copies for one figure, in the page's language."""

from __future__ import annotations

from .model import Dataset, Metric
from .numbers import format_quantity


def citation_text(metric: Metric, dataset: Dataset, lang: str, permalink: str) -> str:
    label, period = metric.label[lang], metric.period[lang]
    quantity = format_quantity(metric, lang)
    headline, interviewee = dataset.headline[lang], dataset.interviewee[lang]
    if lang == "zh":
        derived = "(本站据访谈数字推算)" if metric.derived else ""
        return f"{label}:{quantity}({period}){derived}。来源:《{headline}——{interviewee}》。{permalink}"
    derived = " (derived by this site from figures in the interview)" if metric.derived else ""
    return f"{label}: {quantity} ({period}){derived}. Source: “{headline}”, {interviewee}. {permalink}"
