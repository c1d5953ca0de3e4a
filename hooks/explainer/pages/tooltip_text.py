"""Text that reaches a ``title`` attribute: the one place it is escaped for Material's tooltips.

Material's ``content.tooltips`` reads an element's ``title`` and inserts it with ``innerHTML``, so the
attribute's value, as the browser holds it, is HTML, not text. Every ``title`` built from data or front
matter therefore holds the text escaped once for HTML (``&`` and ``<``, ``>``: the characters that start
markup or an entity inside an element; quotes mean nothing there, so a definition with quotes still
reads right in the browser's own tooltip before Material takes over), and is escaped a second time as
the attribute's own HTML source. A definition with ``&`` or ``"`` is shown as written; one with
``<img src=x onerror=…>`` is shown as those characters.

Python-Markdown's serializer does not escape an ``&`` that already starts an entity, so a value put in
an ElementTree attribute must be the finished source (:func:`tree_title`): every ``&`` in it starts an
entity and no ``<``, ``>`` or ``"`` is left, so the serializer writes it as it is.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup


def tooltip_html(text: str) -> str:
    """What the ``title`` attribute must hold in the browser: ``text`` as HTML that shows as written."""
    return escape(str(text), quote=False)


def tree_title(text: str) -> str:
    """The value for an ElementTree ``title`` attribute that Python-Markdown serializes unchanged."""
    return escape(tooltip_html(text), quote=True).replace("\n", "&#10;")


def title_attribute(text) -> Markup:
    """The Jinja filter ``tooltip``: ``title="{{ text | tooltip }}"`` in a template with autoescape."""
    return Markup(tree_title(text))
