"""What a copied figure citation says before its reference: the figure, its period, its source.

The reference itself (GB/T 7714, APA or Chicago, to the figure's anchor) comes from ``cite.py``;
this lead line is the figure's statement, so a report writer's reader knows what the link supports.
"""

from __future__ import annotations

from .model import Dataset, Metric
from .numbers import format_quantity


def figure_lead(metric: Metric, dataset: Dataset, lang: str) -> str:
    label, period = metric.label[lang], metric.period[lang]
    quantity = format_quantity(metric, lang)
    headline, interviewee = dataset.headline[lang], dataset.interviewee[lang]
    if lang == "zh":
        derived = "(本站据访谈数字推算)" if metric.derived else ""
        return f"{label}:{quantity}({period}){derived}。来源:《{headline}——{interviewee}》。"
    derived = " (derived by this site from figures in the interview)" if metric.derived else ""
    return f"{label}: {quantity} ({period}){derived}. Source: “{headline}”, {interviewee}."
