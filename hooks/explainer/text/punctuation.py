"""Chinese punctuation at build time: the ASCII ``, : ; ? ! ( )`` of Chinese text become the full-width
``，：；？！（）`` that GB/T 15834 prescribes.

The interview text was extracted with ASCII commas, colons, question marks and parentheses among its
full-width 、 and 。, and the pages and data copied them; a Chinese reader sees broken typesetting. The
files keep what they have; every Chinese output is normalised by the one rule below:

- an ASCII mark is converted when a character right beside it is Chinese: a Han character, CJK or
  full-width punctuation, or “ ” ‘ ’ — … (in Chinese text these are Chinese marks);
- parentheses go as a pair: when one of a matched pair is converted, so is the other
  (``Ctrl+C(Mac 上按 ⌘C)`` → ``Ctrl+C（Mac 上按 ⌘C）``); a mark beside a converted mark is beside Chinese
  (``万),`` → ``万），``);
- never between two digits (``1,400``, ``10:30``), between Latin letters or spaces (English words and
  phrases), nor inside what is not text: URLs, code (`` `…` ``, fenced blocks, ``<code>``, ``<pre>``),
  HTML tags and their attributes, comments (``<!-- md:value id -->``), entities (``&amp;``), Markdown
  link targets ``](…)``, attribute lists and format fields (``{#q2-p3}``, ``{title}``), elements in
  another language (``lang="en"``), scripts and styles;
- spaces that stood beside a converted mark as Latin spacing are dropped (``来源: 某`` → ``来源：某``): a
  full-width mark carries its own space.

:func:`fullwidth` applies it to a string (data, titles, interface words); :func:`fullwidth_html` to the
text of an HTML fragment (a rendered page), per element language. Both call :func:`_punctuate`, the
rule itself, and are idempotent.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from typing import Callable

FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
MARKS = re.compile(r"[,:;?!()]")
# Chinese characters and marks: CJK radicals, symbols and punctuation (、。《》「」), kana, bopomofo, Han
# (unified, extension A, compatibility, supplementary planes), vertical and full-width forms, and the
# marks Chinese text shares with English (“ ” ‘ ’ — …).
CHINESE = re.compile("[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
                     "\u4e00-\u9fff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6"
                     "\U00020000-\U0003ffff\u2018\u2019\u201c\u201d\u2014\u2026]")
DIGITS = "0123456789"
SPACE = " \t"

# Pieces of a text, in reading order: EDIT (its text, which may change), KEEP (text that stays as it is
# but is a neighbour: code, URLs, other languages, entities), HIDE (markup: no text), BREAK (the end of a
# block: nothing on either side is a neighbour of the other).
EDIT, KEEP, HIDE, BREAK = range(4)


def _punctuate(pieces: list[tuple[str, str, int]]) -> list[str]:
    """The rule. ``pieces`` are (source text, the text a reader sees, kind); returns each piece's new text."""
    seen, starts, edits = [], [], []  # the text a reader sees; where each piece starts in it
    at = 0
    for index, (_, shown, kind) in enumerate(pieces):
        shown = "\n" if kind == BREAK else ("" if kind == HIDE else shown)
        starts.append(at)
        seen.append(shown)
        if kind == EDIT:
            edits.append(index)
        at += len(shown)
    text = "".join(seen)
    marks = [starts[i] + m.start() for i in edits for m in MARKS.finditer(pieces[i][0])]
    if not marks:
        return [piece[0] for piece in pieces]
    marks.sort()

    pair: dict[int, int] = {}
    stack: list[int] = []
    for position in marks:
        if text[position] == "(":
            stack.append(position)
        elif text[position] == ")" and stack:
            opening = stack.pop()
            pair[opening], pair[position] = position, opening

    converted: set[int] = set()

    def chinese(position: int) -> bool:
        return 0 <= position < len(text) and (position in converted or bool(CHINESE.match(text, position)))

    def between(position: int, characters: str) -> bool:
        return (0 < position < len(text) - 1 and text[position - 1] in characters
                and text[position + 1] in characters)

    candidates = [p for p in marks if not between(p, DIGITS)]
    changed = True
    while changed:  # a mark beside a converted mark is beside Chinese: "万),亿" → "万），亿"
        changed = False
        for position in candidates:
            if position in converted:
                continue
            if chinese(position - 1) or chinese(position + 1) or pair.get(position, -1) in converted:
                converted.add(position)
                changed = True

    # Spaces beside a converted mark (outside a bracket pair, either side of the others), in editable text.
    edit_starts = [starts[i] for i in edits]

    def piece_of(position: int) -> int | None:
        k = bisect_right(edit_starts, position) - 1
        return edits[k] if k >= 0 and position < edit_starts[k] + len(pieces[edits[k]][0]) else None

    dropped: set[int] = set()
    for position in converted:
        for step in {"(": (-1,), ")": (1,)}.get(text[position], (-1, 1)):
            p = position + step
            while 0 <= p < len(text) and text[p] in SPACE and piece_of(p) is not None:
                dropped.add(p)
                p += step

    changes: dict[int, list[int]] = {}
    for position in converted | dropped:
        changes.setdefault(piece_of(position), []).append(position)
    out = [piece[0] for piece in pieces]
    for index, positions in changes.items():
        chars, start = list(out[index]), starts[index]
        for position in positions:
            chars[position - start] = FULL[text[position]] if position in converted else ""
        out[index] = "".join(chars)
    return out


# --- Plain text -----------------------------------------------------------------------------------

PROTECTED = re.compile(r"""
    (?P<code>```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]+`)                     # code blocks and spans
  | (?P<markup><!--[\s\S]*?-->|</?[A-Za-z][^<>]*>                         # comments (markers), tags
      |\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)              # a Markdown link's ](target)
      |\{[^{}\n]*\})                                                       # {#id} {: .class} {title}
  | (?P<url>(?:https?|ftp)://(?:[!-'*-;=?-~]|\([!-'*-;=?-~]*\))*(?:[A-Za-z0-9/\#=_~%&+*@$-]|\([!-'*-;=?-~]*\))|www\.[A-Za-z0-9.-]+[A-Za-z0-9])  # URLs (ASCII;
                                                                       # a mark at the end is not theirs)
  | (?P<entity>&(?:\#\d+|\#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)      # character references
""", re.VERBOSE)


def fullwidth(text: str) -> str:
    """Chinese text (a string of data, a title, an interface word; Markdown allowed) with the rule applied."""
    if not MARKS.search(text):
        return text
    pieces, last = [], 0
    for match in PROTECTED.finditer(text):
        if match.start() > last:
            pieces.append((text[last:match.start()], text[last:match.start()], EDIT))
        kind = match.lastgroup
        shown = html.unescape(match.group()) if kind == "entity" else match.group()
        pieces.append((match.group(), shown, HIDE if kind == "markup" else KEEP))
        last = match.end()
    if last < len(text):
        pieces.append((text[last:], text[last:], EDIT))
    return "".join(_punctuate(pieces))


# --- HTML -------------------------------------------------------------------------------------------

TOKEN = re.compile(r"""
    <!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>
  | </?(?P<name>[A-Za-z][^\s/>]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>
  | (?P<entity>&(?:\#\d+|\#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)
""", re.VERBOSE)
LANG = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
RAW_TEXT = {"script", "style", "textarea", "template"}  # content is not text: skipped whole
NOT_PROSE = {"code", "pre", "kbd", "samp", "var", "svg", "math"}  # text, but kept as written
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
         "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
         "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "select", "option",
         "button"}


def fullwidth_html(fragment: str, lang: str) -> str:
    """An HTML fragment whose root language is ``lang`` (a BCP 47 tag), with the rule applied to the text
    of its Chinese elements (a ``lang`` attribute switches language for an element and its content)."""
    if not MARKS.search(fragment):
        return fragment
    root = is_chinese(lang)
    stack: list[tuple[str, bool, bool]] = []  # open elements: (name, in Chinese, inside code)
    pieces: list[tuple[str, str, int]] = []
    position = 0
    while position < len(fragment):
        match = TOKEN.search(fragment, position)
        end = match.start() if match else len(fragment)
        if end > position:
            chinese, literal = (stack[-1][1], stack[-1][2]) if stack else (root, False)
            text = fragment[position:end]
            pieces.append((text, html.unescape(text) if "&" in text else text, EDIT if chinese and not literal else KEEP))
        if not match:
            break
        token, name, position = match.group(), (match.group("name") or "").lower(), match.end()
        if match.group("entity"):
            pieces.append((token, html.unescape(token), KEEP))
        elif not name:  # comment, doctype, CDATA
            pieces.append((token, "", HIDE))
        elif token.startswith("</"):
            names = [entry[0] for entry in stack]
            if name in names:
                del stack[len(names) - 1 - names[::-1].index(name):]
            pieces.append((token, "", BREAK if name in BLOCK else HIDE))
        elif name in RAW_TEXT:
            close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(fragment, position)
            position = close.end() if close else len(fragment)
            pieces.append((token + fragment[match.end():position], "", BREAK))
        else:
            pieces.append((token, "", BREAK if name in BLOCK else HIDE))
            if name not in VOID and not token.endswith("/>"):
                chinese, literal = (stack[-1][1], stack[-1][2]) if stack else (root, False)
                found = LANG.search(token)
                if found:
                    chinese = is_chinese(next(group for group in found.groups() if group is not None))
                stack.append((name, chinese, literal or name in NOT_PROSE))
    return "".join(_punctuate(pieces))


def is_chinese(tag: str) -> bool:
    """Whether text tagged ``tag`` (``zh``, ``zh-Hans``, ``zh-Hant``, ``zh-TW``…) is Chinese."""
    return tag.split("-")[0].strip().lower() == "zh"


def punctuation(lang: str) -> Callable[[str], str]:
    """How text tagged ``lang`` (a BCP 47 tag) is punctuated at build time: :func:`fullwidth` for Chinese,
    as written for any other language."""
    return fullwidth if is_chinese(lang) else _as_written


def _as_written(text: str) -> str:
    return text
