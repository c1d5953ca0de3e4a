"""The inline scripts the site's own templates and hooks write: the one list a new inline script joins.

The Content-Security-Policy allows an inline script by the hash of its final text (assets/csp.py). A
hash says nothing about who wrote the script, so the policy would allow a script that reached the page
through Markdown, data or front matter just as well. Instead each script the site means to run carries a
mark, ``data-site-script="<name> <token>"``, written where the script is written:

- in a template: ``<script {{ site_script("load-bundle") }}>…</script>``;
- in a hook or renderer: ``f"<script {site_script_mark('name')}>…</script>"``.

The token is drawn afresh for every build process and never written to a file, so no content can copy
it; the name must be one of :data:`SITE_SCRIPTS`. The policy step checks the mark, hashes the script's
final bytes and removes the mark. Any inline script without a valid mark stops the build.

To add an inline script: add its name and what it is for below, and mark it as above.
"""

from __future__ import annotations

import secrets

ATTRIBUTE = "data-site-script"
TOKEN = secrets.token_hex(16)

# name → where it is written and what it is for
SITE_SCRIPTS: dict[str, str] = {
    "no-js": "overrides/main.html, block extrahead: swaps the no-js class for js before first paint",
    "material-scope": "overrides/partials/javascripts/base.html (Material's): __md_scope and __md_get/__md_set for "
                "what Material stores per site",
    "palette": "overrides/partials/javascripts/palette.html (Material's, amended): the stored or system "
               "colour scheme before first paint",
    "content-tabs": "overrides/partials/javascripts/content.html (Material's): reopens the content tab last chosen",
    "content-tab-target": "overrides/partials/javascripts/content.html (Material's): opens the tab a link points at",
    "load-bundle": "overrides/partials/explainer/load-bundle.html: Material's bundle after first paint; the "
                   "search index deferred until search is opened",
}


def site_script_mark(name: str) -> str:
    """The attribute that marks an inline script as the site's own ``name``."""
    if name not in SITE_SCRIPTS:
        raise KeyError(f"{name!r} is not in SITE_SCRIPTS (hooks/explainer/assets/site_scripts.py): add it "
                       "there with where it is written and what it is for")
    return f'{ATTRIBUTE}="{name} {TOKEN}"'


def is_site_script(mark: str | None) -> bool:
    """Whether ``mark`` (the attribute's value) is a valid mark of this build."""
    name, _, token = (mark or "").partition(" ")
    return name in SITE_SCRIPTS and secrets.compare_digest(token, TOKEN)


def unmarked(html: str) -> str:
    """``html`` without the marks of this build (the published page does not carry them)."""
    for name in SITE_SCRIPTS:
        html = html.replace(f' {ATTRIBUTE}="{name} {TOKEN}"', "")
    return html
