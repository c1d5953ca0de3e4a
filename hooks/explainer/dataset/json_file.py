"""The one way the build reads a JSON file from ``data/``: UTF-8, strict JSON, and text that is only text.

Rejected, each with one line naming the file and the entry (``data/metrics.json: metrics[3]
(shared-courts).label.zh: contains a control character U+0000``):

- bytes that are not UTF-8, and JSON that does not parse (its line and column);
- a top level that is not an object (the message names its kind, never prints the file);
- ``NaN``, ``Infinity`` and ``-Infinity``, which Python's ``json`` accepts but JSON does not have:
  they would end in a traceback or a chart drawn from nothing; and numbers no figure here can be: one
  that reads as infinity (``1e309``) or an integer of more than :data:`MAX_DIGITS` digits (Python refuses
  to convert 4,300 and more with a traceback). Ranges per unit are checked later (semantic_check.py);
- nesting deeper than :data:`MAX_DEPTH` levels (the schema, the deepest file, needs 7): a file nested
  thousands deep would otherwise end in a RecursionError;
- in any string (keys included): a lone surrogate (``"\\ud800"``, which cannot be written as UTF-8), NUL
  and the other C0/C1 control characters, except a line feed or tab in a field named in ``multiline``
  (the SVG would no longer be XML, OpenCC cuts the text at a NUL, a CSV row would split);
- bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): invisible, they reorder
  what a reader sees (a label that reads one way and says another). No quotation in the interview needs one;
- invisible characters (refused, not normalised: the file then reads as it builds): the line and paragraph
  separators U+2028 and U+2029 (a line break no editor shows, and one older JavaScript ends a string at),
  the byte order mark U+FEFF inside text, and the zero-width and invisible formatting characters U+200B–U+200D,
  U+2060–U+2064, U+180E and the soft hyphen U+00AD: a label that looks the same and compares, searches and
  sorts differently;
- a string longer than :data:`MAX_TEXT` characters: the longest text in ``data/`` (an English source
  sentence) is about 450; a pasted page is a mistake. Shorter limits for labels are in the JSON Schema.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from explainer.errors import SiteError, problems_line
from explainer.dataset.places import place

MAX_TEXT = 2000
MAX_DEPTH = 12
MAX_DIGITS = 20  # the largest figure, 890000000 (yuan), has 9
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LINE_BREAKS = re.compile(r"[\n\t]")
BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
INVISIBLE = re.compile(r"[\u2028\u2029\ufeff\u200b-\u200d\u2060-\u2064\u180e\u00ad]")


class NotJsonNumber:
    """What ``NaN`` or ``Infinity`` (or a number out of all range) parses to here, so the walk can say where."""

    def __init__(self, name: str, problem: str = "is not a number JSON allows; write the number, or leave the entry out"):
        self.name = name
        self.problem = problem


def _float(text: str):
    value = float(text)
    if math.isfinite(value):
        return value
    return NotJsonNumber(text[:20], "is too large for any figure here (it reads as infinity)")


def _int(text: str):
    digits = len(text.lstrip("-"))
    if digits <= MAX_DIGITS:
        return int(text)
    return NotJsonNumber(text[:12] + "…", f"has {digits} digits, more than the {MAX_DIGITS} any figure here needs")


def read_json_file(path: Path, where: str, multiline: frozenset[str] | set[str] = frozenset()):
    """The parsed document at ``path``; ``where`` names the file in messages; strings in fields named in
    ``multiline`` may hold line feeds and tabs."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise SiteError(where, f"cannot be read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise SiteError(where, f"byte {error.start}: not UTF-8 text; save the file as UTF-8") from None
    try:
        document = json.loads(text, parse_constant=NotJsonNumber, parse_float=_float, parse_int=_int)
    except json.JSONDecodeError as error:
        raise SiteError(where, f"line {error.lineno} column {error.colno}: invalid JSON: {error.msg}") from None
    except RecursionError:
        raise SiteError(where, f"nested deeper than the {MAX_DEPTH} levels any file here needs") from None
    if not isinstance(document, dict):
        kind = {list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(type(document), "a number")
        raise SiteError(where, f"the top level is {kind}; it must be an object ({{ … }})")
    problems = list(text_problems(document, multiline))
    if problems:
        raise SiteError(where, problems_line(where, problems))
    return document


def text_problems(document, multiline=frozenset()):
    """Every problem of the kinds above, as ``place: problem``, in document order."""
    stack = [((), document)]
    while stack:
        path, value = stack.pop()
        if len(path) > MAX_DEPTH:
            yield f"{place(document, path[:MAX_DEPTH])}: nested deeper than the {MAX_DEPTH} levels any file here needs"
        elif isinstance(value, NotJsonNumber):
            yield f"{place(document, path)}: {value.name} {value.problem}"
        elif isinstance(value, str):
            key = next((k for k in reversed(path) if isinstance(k, str) and k not in ("zh", "en", "zh-hant")), "")
            problem = string_problem(value, key in multiline)
            if problem:
                yield f"{place(document, path)}: {problem}"
        elif isinstance(value, dict):
            for key in reversed(list(value)):
                problem = string_problem(key, False)
                if problem:
                    yield f"{place(document, path)}: a key {problem}"
                stack.append(((*path, key), value[key]))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(value))))


def string_problem(text: str, multiline: bool) -> str | None:
    for pattern, what in ((SURROGATE, "a lone surrogate"), (CONTROL, "a control character"),
                          (BIDI, "a bidirectional control character"),
                          (INVISIBLE, "an invisible character")):
        found = pattern.search(text)
        if found:
            return f"contains {what} U+{ord(found.group()):04X}"
    if not multiline:
        found = LINE_BREAKS.search(text)
        if found:
            return f"contains a {'line break' if found.group() == chr(10) else 'tab'} (U+{ord(found.group()):04X}); write it on one line"
    if len(text) > MAX_TEXT:
        return f"is {len(text)} characters long, more than the {MAX_TEXT} any text here needs"
    return None
