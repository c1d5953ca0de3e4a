"""Derived figures: computed from reported ones at build time, never typed in."""

from __future__ import annotations

from explainer.dataset.model import Derivation, Metric


def compute_derived(derivation: Derivation, inputs: list[Metric], unit: str) -> float:
    """The derived value, rounded as declared; a ratio in percent is multiplied by 100."""
    values = [m.value for m in inputs]
    if derivation.formula == "sum":
        result = sum(values)
    elif derivation.formula == "ratio":
        result = values[0] / values[1]
        if unit == "percent":
            result *= 100
    else:  # the schema admits only the two above
        raise ValueError(derivation.formula)
    return round(result, derivation.decimals)


FORMULA_SIGNS = {"ratio": " ÷ ", "sum": " + "}


def formula_sign(derivation: Derivation) -> str:
    return FORMULA_SIGNS[derivation.formula]
