"""CSV cells that a spreadsheet opens as text, never as a formula (OWASP, "CSV Injection").

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by
Excel, LibreOffice and Google Sheets; it is written with a leading ``'`` (which the spreadsheet shows as
text and does not display). The full-width forms (＝ ＋ － ＠), which some East Asian spreadsheet setups
also accept as a formula's start, are treated alike. Only text cells pass through here: a number from the
data is written as a number (``-29.08`` stays a negative number a spreadsheet can add up).
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def text_cell(text) -> str:
    text = "" if text is None else str(text)
    return "'" + text if text.startswith(FORMULA_START) else text

