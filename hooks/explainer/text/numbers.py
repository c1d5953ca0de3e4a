"""Numbers as a reader of each language expects them.

zh follows the interview's own notation (56.87万, 8.9亿, 1400余, 第二); en spells out the base
units (568,700; CNY 890 million; more than 1,400; 2nd). 万 = 10,000 and 亿 = 100,000,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from explainer.editions import in_edition
from explainer.dataset.model import Metric
from explainer.text.units import EN_WORDS, ZH_DIGITS, counter

WAN, YI = 10_000, 100_000_000


def plain(x: float) -> str:
    """A decimal without float noise or trailing zeros: 56.870000001 → '56.87', 3.0 → '3'."""
    text = f"{round(x, 6):.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def zh_numeral(n: int) -> str:
    if 0 <= n <= 10:
        return ZH_DIGITS[n]
    if n < 20:
        return "十" + ZH_DIGITS[n - 10]
    if n < 100:
        return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def zh_number(value: float, unit: str, qualifier: str | None = None, spell: bool = False,
              wording: dict | None = None) -> str:
    if wording:
        return wording["zh"]
    if unit == "rank":
        return "第" + zh_numeral(int(value))
    if spell:
        return zh_numeral(int(value))
    if unit == "percent":
        return plain(abs(value)) + "%"
    if value >= YI:
        text = plain(value / YI) + "亿"
    elif value >= 10 * WAN:
        text = plain(value / WAN) + "万"
    else:
        text = plain(value)
    return text + ("余" if qualifier == "over" else "")


def en_number(value: float, unit: str, qualifier: str | None = None, spell: bool = False,
              wording: dict | None = None) -> str:
    if wording:
        return wording["en"]
    if unit == "rank":
        return en_ordinal(int(value))
    if spell and 0 <= value <= 10:
        return EN_WORDS[int(value)]
    if unit == "percent":
        return plain(abs(value)) + "%"
    if unit == "cny":
        if value >= 1_000_000_000:
            return f"CNY {plain(value / 1_000_000_000)} billion"
        if value >= 1_000_000:
            return f"CNY {plain(value / 1_000_000)} million"
        return f"CNY {value:,.0f}"
    text = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return ("more than " if qualifier == "over" else "") + text


@dataclass(frozen=True)
class Notation:
    """How a written language puts a figure into words; the one place that knows the languages."""

    number: Callable[..., str]  # value, unit, qualifier, spell, wording → the number alone
    more_than: str  # before a worded figure that is a lower bound ("超过千万", "more than 10 million")
    down: str  # before a fall given as a percentage
    before_counter: str  # between the number and its unit word (56.87万件 / 568,700 cases)


NOTATIONS = {
    "zh": Notation(zh_number, more_than="超过", down="下降", before_counter=""),
    "en": Notation(en_number, more_than="more than ", down="down ", before_counter=" "),
}


@in_edition  # a generated edition: the source language's number, converted (56.87万 → 56.87萬)
def format_number(metric: Metric, lang: str) -> str:
    """The number alone, as it stands in a sentence (the ``md:value`` marker)."""
    return NOTATIONS[lang].number(metric.value, metric.unit, metric.qualifier, metric.spell, metric.wording)


@in_edition
def format_quantity(metric: Metric, lang: str) -> str:
    """The number with its unit word: 56.87万件 / 568,700 cases; 下降29.08% / down 29.08%."""
    notation = NOTATIONS[lang]
    number = format_number(metric, lang)
    if metric.wording and metric.qualifier == "over":
        number = notation.more_than + number
    if metric.unit == "percent":
        if metric.value < 0:
            return notation.down + number
        return number
    word = counter(metric.unit, lang)
    if not word:
        return number
    return number + notation.before_counter + word
