"""Interface words: tables written by hand for EVERY edition, a generated one included.

The interview, the data and the glossary reach a generated edition converted character by character
(editions.Localized): that keeps the source's words. The site's own interface must speak its readers'
usage instead: OpenCC turns 链接 into 鏈接 and 交互式图表 into 交互式圖表, where a Taiwan reader writes 連結 and
互動式圖表. So an interface table is keyed by every edition's code and never falls back to a conversion:
an entry without a zh-hant column is a mistake, reported by :func:`check` (the build calls it) as one
line naming the table and the key, and a lookup of a missing edition raises :class:`SiteError` too.
"""

from __future__ import annotations

from explainer.editions import BY_CODE, EDITIONS, hreflang, punctuated
from explainer.errors import SiteError

ALL = tuple(edition.code for edition in EDITIONS)
_problems: list[tuple[str, str]] = []  # found while the tables were made (at import), reported by check()


class PerEdition(dict):
    """One interface word (or list of words) in each edition, written by hand."""

    where = "hooks/explainer/text/edition_tables.py"

    def __missing__(self, lang):
        raise SiteError(self.where, f"no {lang!r} entry (interface words are written for every edition, "
                                    f"never converted)")


def interface(where: str, table: dict, editions: tuple[str, ...] = ALL) -> dict:
    """``table`` (key → {edition code: words}) with each entry checked to name exactly ``editions``."""
    out = {}
    for key, entry in table.items():
        missing = [code for code in editions if code not in entry]
        unknown = [code for code in entry if code not in editions]
        if missing or unknown:
            _problems.append((where, (f"{key}: " if key else "") + "; ".join(
                ([f"no {', '.join(missing)} entry (write it by hand)"] if missing else [])
                + ([f"unknown edition {', '.join(unknown)}"] if unknown else []))))
        # Punctuated as the edition's language is (full-width marks in Chinese), like every language table.
        words = PerEdition({code: punctuated(text, hreflang(code)) if code in BY_CODE else text
                            for code, text in entry.items()})
        words.where = f"{where}: {key}" if key else where
        out[key] = words
    return out


def per_edition(where: str, entry: dict, editions: tuple[str, ...] = ALL) -> PerEdition:
    """One table entry on its own (``{"zh": …, "zh-hant": …, "en": …}``), checked the same way."""
    return interface(where, {"": entry}, editions)[""]


def check() -> None:
    """Stop the build when an interface table lacks an edition's words (all problems, one line)."""
    if _problems:
        where = _problems[0][0]
        raise SiteError(where, "; ".join(text if place == where else f"{place}: {text}" for place, text in _problems))
