"""Text as a BibTeX field's value, so that no title can end its field or add one.

BibTeX delimits a ``{…}`` field by counting braces and ignores backslashes while it counts: ``\\}`` is not
an escape there, and a title holding ``}, title = {x`` would close the field and start another. So braces
are never written as braces: ``{`` and ``}`` become ``\\textbraceleft{}`` and ``\\textbraceright{}`` (each
with its own balanced pair), and every character special to LaTeX is written as LaTeX prints it.
"""

from __future__ import annotations

import re

REPLACEMENTS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "%": r"\%", "#": r"\#", "&": r"\&", "$": r"\$", "_": r"\_",
}
SPECIAL = re.compile("[" + re.escape("".join(REPLACEMENTS)) + "]")
SPACE = re.compile(r"\s+")


def bibtex_field(text: str) -> str:
    """``text`` escaped for a ``field = {…}`` value; runs of white space (line breaks too) become one space."""
    return SPECIAL.sub(lambda match: REPLACEMENTS[match.group()], SPACE.sub(" ", str(text)).strip())
