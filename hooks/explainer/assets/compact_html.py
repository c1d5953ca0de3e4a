"""Pages as served: without the indentation Material's templates leave between tags, and with their
inline scripts compacted (rjsmin).

A page's first round trip on a new connection carries about 14 KB; the numbers page was just over.
Indentation after a line break is never shown (HTML collapses it to one space, and the line break
stays), except in elements that keep their white space: ``pre``, ``textarea``, ``code`` (printed
``pre-wrap``) and the text of ``script`` and ``style``, which are left exactly as they are; only
untyped (JavaScript) inline scripts are compacted, never JSON.
"""

from __future__ import annotations

import re

import rjsmin

KEPT = re.compile(r"<(pre|textarea|code|script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
INDENT = re.compile(r"[ \t]*\n[ \t\r\n]*")
SCRIPT = re.compile(r"(<script(?: data-site-script=\"[^\"]*\")?>)(.*?)(</script>)", re.S)  # mark: assets/site_scripts.py


def compact_html(html: str) -> str:
    out, position = [], 0
    for match in KEPT.finditer(html):
        out.append(INDENT.sub("\n", html[position:match.start()]))
        out.append(_compact_script(match.group(0)))
        position = match.end()
    out.append(INDENT.sub("\n", html[position:]))
    return "".join(out)


def _compact_script(element: str) -> str:
    """An untyped inline script without comments and layout white space; anything else as it is."""
    match = SCRIPT.fullmatch(element)
    if not match:
        return element
    return match.group(1) + rjsmin.jsmin(match.group(2)).strip() + match.group(3)
