"""Material's two faults in every page, as the W3C Nu HTML checker reports them, corrected in the built HTML:

- base.html writes ``autocomplete="off"`` on its two toggle checkboxes (``#__drawer``, ``#__search``):
  the attribute is not allowed on a checkbox. Dropped; the toggles are unchecked on load by
  docs/assets/javascripts/site.js (what ``autocomplete="off"`` did in Firefox, which restores form state);
- partials/nav-item.html writes ``tabindex=""`` on a section's label (``"0" if not is_section`` renders
  nothing for a section): an empty tabindex is not an integer. Dropped: no tabindex is what it meant.

Exact shapes only, so anything else is left alone; explainer/upstream.py (``material-invalid-html``)
checks that Material's templates still write them, and fails once Material fixes them.
"""

from __future__ import annotations

import re

# An <input type="checkbox"> with autocomplete="off" (Material writes type before autocomplete).
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?) autocomplete="off"(?=[\s>/])')
# A <label> with an empty tabindex.
LABEL_EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""(?=[\s>/])')


def valid_material_html(html: str) -> str:
    html = CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    return LABEL_EMPTY_TABINDEX.sub(r"\1", html)
