"""Words for each unit of measure, per language.

A unit's zh counter follows the number (56.87万件); its en noun follows the number (568,700 cases).
"""

from explainer.editions import in_edition

COUNTERS = {
    #  unit         zh counter  en noun (plural): in the order of WRITTEN_IN
    "percent": ("", ""),
    "case": ("件", "cases"),
    "cny": ("元", ""),
    "court": ("家", "courts"),
    "task": ("项", "tasks"),
    "result": ("项", "results"),
    "app": ("个", "applications"),
    "reform": ("项", "reforms"),
    "matter": ("起", "matters"),
    "assessment": ("项", "assessments"),
    "township": ("个", "townships and subdistricts"),
    "year": ("年", "years"),
    "rank": ("", ""),
    "person": ("人", "people"),
}

WRITTEN_IN = ("zh", "en")  # the written languages, in the order of the words above

ZH_DIGITS = "零一二三四五六七八九十"
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@in_edition
def counter(unit: str, lang: str) -> str:
    """The word that follows a number of this unit in this language."""
    return dict(zip(WRITTEN_IN, COUNTERS[unit]))[lang]
