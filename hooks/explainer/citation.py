"""What a copied figure citation says before its reference: the figure, its period, its source.

The page carries one template per kind of figure (reported, derived); site.js fills ``{label}``,
``{quantity}`` and ``{period}`` from the card's own text, so no card repeats its citation. The
reference itself (GB/T 7714, APA or Chicago, to the figure's anchor) comes from ``cite.py``.
"""

from __future__ import annotations

from .editions import in_edition
from .model import Dataset, Metric
from .numbers import format_quantity


@in_edition
def figure_lead_template(dataset: Dataset, lang: str, derived: bool) -> str:
    headline, interviewee = dataset.headline[lang], dataset.interviewee[lang]
    if lang == "zh":
        note = "(本站据访谈数字推算)" if derived else ""
        return f"{{label}}:{{quantity}}({{period}}){note}。来源:《{headline}——{interviewee}》。"
    note = " (derived by this site from figures in the interview)" if derived else ""
    return f"{{label}}: {{quantity}} ({{period}}){note}. Source: “{headline}”, {interviewee}."


def figure_lead(metric: Metric, dataset: Dataset, lang: str) -> str:
    """The lead as site.js writes it for ``metric``'s card."""
    return (figure_lead_template(dataset, lang, metric.derived).replace("{label}", metric.label[lang])
            .replace("{quantity}", format_quantity(metric, lang)).replace("{period}", metric.period[lang]))
