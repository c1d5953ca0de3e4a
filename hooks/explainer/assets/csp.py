"""The Content-Security-Policy each page carries in a ``<meta>`` (GitHub Pages sets no headers).

Scripts run only from this site's own files and as the inline scripts the site's own templates and hooks
write (an allow-list: assets/site_scripts.py), each allowed by the SHA-256 of its text in the finished page
(after compaction), so a changed script cannot keep an old hash: no ``'unsafe-inline'``, no
``'unsafe-eval'``. Any other inline script, event handler or script URL in a page (assets/page_scripts.py)
stops the build: a hash would allow a script that Markdown, data or front matter put there. Everything
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

from explainer.assets.page_scripts import page_scripts
from explainer.assets.site_scripts import is_site_script, unmarked

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


@dataclass
class Secured:
    html: str
    problems: list[str] = field(default_factory=list)  # what the build must stop on
    hashes: set[str] = field(default_factory=set)  # the site's own scripts, allowed by the policy


def with_policy(html: str, approved: frozenset[str] | set[str] = frozenset()) -> Secured:
    """``html`` with its policy and referrer policy as the first tags after ``<meta charset>`` (a
    ``<meta>`` policy covers only what follows it), replacing any it has, its scripts' marks removed, and
    what in the page is not the site's own script or would be blocked (the build stops on it).

    A script is the site's own when it carries this build's mark (assets/site_scripts.py), or when its
    hash is in ``approved``: the hashes this build allowed in the same page before (a page changed after
    it was secured — the parallel views are filled last — is secured again without its marks).
    A page without ``<head>`` is returned without a policy."""
    html = CSP_META.sub("", REFERRER_META.sub("", html))
    found = page_scripts(html)
    secured = Secured(html, list(found.problems))
    for script in found.scripts:
        digest = script_hash(script.text)
        if is_site_script(script.mark) or (script.mark is None and digest in approved):
            secured.hashes.add(digest)
        else:
            secured.problems.append(f"an inline script {script.where} is not the site's own (to add one: "
                                    "hooks/explainer/assets/site_scripts.py)")
    html = unmarked(html)
    tags = (f'\n<meta http-equiv="Content-Security-Policy" content="{policy(sorted(secured.hashes))}">'
            f'\n<meta name="referrer" content="{REFERRER}">')
    anchor = CHARSET.search(html) or HEAD.search(html)
    secured.html = html[:anchor.end()] + tags + html[anchor.end():] if anchor else html
    return secured
