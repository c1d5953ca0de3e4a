"""What a copied figure citation says before its reference: the figure, its period, its source.

The page carries one template per kind of figure (reported, derived); site.js fills ``{label}``,
``{quantity}`` and ``{period}`` from the card's own text, so no card repeats its citation. The
reference itself (GB/T 7714, APA or Chicago, to the figure's anchor) comes from ``cite.py``.
"""

from __future__ import annotations

from explainer.editions import in_edition
from explainer.dataset.model import Dataset, Metric
from explainer.text.numbers import format_quantity


# Per written language: the lead's pattern and the note that marks a derived figure.
LEADS = {
    "zh": ("{{label}}:{{quantity}}({{period}}){note}。来源:《{headline}——{interviewee}》。", "(本站据访谈数字推算)"),
    "en": ("{{label}}: {{quantity}} ({{period}}){note}. Source: “{headline}”, {interviewee}.",
           " (derived by this site from figures in the interview)"),
}


@in_edition
def figure_lead_template(dataset: Dataset, lang: str, derived: bool) -> str:
    pattern, derived_note = LEADS[lang]
    return pattern.format(note=derived_note if derived else "", headline=dataset.headline[lang],
                          interviewee=dataset.interviewee[lang])


def figure_lead(metric: Metric, dataset: Dataset, lang: str) -> str:
    """The lead as site.js writes it for ``metric``'s card."""
    return (figure_lead_template(dataset, lang, metric.derived).replace("{label}", metric.label[lang])
            .replace("{quantity}", format_quantity(metric, lang)).replace("{period}", metric.period[lang]))
