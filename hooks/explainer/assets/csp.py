"""The Content-Security-Policy each page carries in a ``<meta>`` (GitHub Pages sets no headers).

Scripts run only from this site's own files and as the page's own inline scripts, each allowed by the
SHA-256 of its text in the finished page (after compaction), so a changed script cannot keep an old
hash and a script injected by data cannot run: no ``'unsafe-inline'``, no ``'unsafe-eval'``. Everything
else is loaded from this site only, with three exceptions the pages need:

- ``img-src data: blob:``: the PNG download draws the chart's SVG (a ``blob:`` URL) into a canvas;
- ``style-src 'self' 'unsafe-inline'``: ``style`` attributes are allowed (the static charts place their
  bars with them, computed at build time, numbers only, and plotly.js writes them on its SVG); CSP 3
  browsers take ``<style>`` elements from ``style-src-elem 'self'`` (plus the empty one plotly.js fills
  through the CSSOM), so no ``<style>`` element can be added to a page. Older browsers apply
  ``style-src`` to both. Fonts, fetches and the search worker fall back to ``default-src 'self'``.

``object-src 'none'``, ``base-uri 'self'`` and ``form-action 'self'`` close the other ways of running or
sending something elsewhere. A ``<meta>`` policy cannot set ``frame-ancestors`` or ``report-uri``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html import unescape

# Types a browser runs as script; any other type (application/json, …) is a data block, never run.
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
                "application/ecmascript", "text/jscript", "text/livescript"}
CSP_META = re.compile(r'\n?<meta http-equiv="Content-Security-Policy" content="[^"]*">')
REFERRER_META = re.compile(r'\n?<meta name="referrer" content="[^"]*">')
CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.I)
HEAD = re.compile(r"<head\b[^>]*>", re.I)
# plotly.js adds its own rules (modebar, hover layer, cursors) through the CSSOM of an EMPTY <style> it
# creates: the CSSOM is not subject to the policy, the element is, and an empty one is allowed by the hash
# of the empty text. Without it plotly warns "Cannot addRelatedStyleRule" and its hover layer is dead.
EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
# Sends other sites this site's origin only, never the page (and nothing to plain http): a report's
# reader who follows a link out does not tell that site which page they were reading.
REFERRER = "strict-origin-when-cross-origin"


# A script element as the browser's tokenizer ends it (at "</script" and white space, "/" or ">"). The
# build writes no "</script" inside a script: the inline JSON escapes "<" (render.script_json, tojson).
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script[\s/>]", re.S | re.I)
TYPE = re.compile(r"""\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
SRC = re.compile(r"\ssrc\s*=", re.I)
ATTRIBUTE = r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
TAG = re.compile(rf"<([a-zA-Z][\w:-]*)((?:\s+{ATTRIBUTE})*)\s*/?>")
NAME_VALUE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href"}


@dataclass
class InlineScripts:
    """The text of each inline script a browser would run, and the markup the policy would block."""

    scripts: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def inline_scripts(html: str) -> InlineScripts:
    found = InlineScripts()
    for match in SCRIPT.finditer(html):
        attributes = match.group(1)
        kind = TYPE.search(attributes)
        kind = next((g for g in kind.groups() if g is not None), "") if kind else ""
        if not SRC.search(attributes) and kind.strip().lower() in SCRIPT_TYPES:
            found.scripts.append(match.group(2))
    for tag in TAG.finditer(SCRIPT.sub(lambda m: f"<script{m.group(1)}></script>", html)):  # tags, not script text
        for attribute in NAME_VALUE.finditer(tag.group(2)):
            name = attribute.group(1).lower()
            value = next((v for v in attribute.groups()[1:] if v is not None), "")
            if name.startswith("on"):
                found.blocked.append(f"an inline event handler ({tag.group(1)} {name}=)")
            elif name in URL_ATTRIBUTES and unescape(value).strip().lower().startswith("javascript:"):
                found.blocked.append(f"a javascript: URL ({tag.group(1)} {name}=)")
    return found


def script_hash(text: str) -> str:
    """``'sha256-…'`` of a script's text as the browser hashes it (UTF-8, line breaks normalised)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(hashes: list[str]) -> str:
    scripts = " ".join(["'self'", *sorted(set(hashes))])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        f"style-src-elem 'self' {EMPTY_STYLE}",
        # style attributes (the charts are drawn with them) fall back to style-src: 'unsafe-inline'
        "img-src 'self' data: blob:",
        # Fonts, fetches (the search index, figures, citation files) and the search worker fall back to
        # default-src 'self' (the worker through script-src): named again, they would only cost bytes.
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def with_policy(html: str) -> tuple[str, list[str]]:
    """``html`` with its policy and referrer policy as the first tags after ``<meta charset>`` (a
    ``<meta>`` policy covers only what follows it), replacing any it has, and what in the page the
    policy would block (the build stops on it rather than ship a page that breaks). A page without
    ``<head>`` is returned as it is."""
    html = CSP_META.sub("", REFERRER_META.sub("", html))
    found = inline_scripts(html)
    tags = (f'\n<meta http-equiv="Content-Security-Policy" content="{policy([script_hash(s) for s in found.scripts])}">'
            f'\n<meta name="referrer" content="{REFERRER}">')
    anchor = CHARSET.search(html) or HEAD.search(html)
    if not anchor:
        return html, found.blocked
    return html[:anchor.end()] + tags + html[anchor.end():], found.blocked
