"""What a copied figure citation says before its reference: the figure, its period, its source.

The page carries one template per kind of figure (reported, derived); site.js fills ``{label}``,
``{quantity}`` and ``{period}`` from the card's own text, so no card repeats its citation. The
reference itself (GB/T 7714, APA or Chicago, to the figure's anchor) comes from ``cite.py``.
"""

from __future__ import annotations

from explainer.editions import in_edition, written
from explainer.dataset.model import Dataset, Metric
from explainer.text.numbers import format_quantity


# Per written language: the lead's pattern, the note that marks a derived figure, and how the
# interview's description reads inside the sentence. Chinese: full-width marks (GB/T 15834-2011: ：（）
# and 《》 around a title). English (CMOS 6.9): the comma inside the closing quotation mark, and the
# description ("An interview with …") lowercased mid-sentence.
LEADS = {
    "zh": ("{{label}}：{{quantity}}（{{period}}）{note}。来源：《{headline}——{interviewee}》。", "（本站据访谈数字推算）",
           lambda text: text),
    "en": ("{{label}}: {{quantity}} ({{period}}){note}. Source: “{headline},” {interviewee}.",
           " (derived by this site from figures in the interview)", lambda text: text[:1].lower() + text[1:]),
}


@in_edition
def figure_lead_template(dataset: Dataset, lang: str, derived: bool) -> str:
    pattern, derived_note, _ = LEADS[lang]
    return pattern.format(note=derived_note if derived else "", **source_in_sentence(dataset, lang))


def source_in_sentence(dataset: Dataset, lang: str) -> dict[str, str]:
    """The interview's headline and description as a sentence names them (the description lowercased
    mid-sentence in English), for the lead and for the source line of a chart's slide image."""
    parts = dataset.headline_parts(lang)
    return {**parts, "interviewee": LEADS[written(lang)][2](parts["interviewee"])}


def figure_lead(metric: Metric, dataset: Dataset, lang: str) -> str:
    """The lead as site.js writes it for ``metric``'s card."""
    return (figure_lead_template(dataset, lang, metric.derived).replace("{label}", metric.label[lang])
            .replace("{quantity}", format_quantity(metric, lang)).replace("{period}", metric.period[lang]))
