"""citeproc-py, answering the questions it asks of a style's tree once per element instead of once per call.

While rendering one reference citeproc-py 0.11 looks up macros and locale terms by XPath and asks
every group whether any of its descendants prints a variable, walking the whole subtree each time:
about three quarters of its time here. A parsed style never changes (explainer/citations/references.py keeps each one),
so each answer is a function of the element asked, and is kept.

lxml hands out a Python proxy per live element and a new one once it has been dropped, so an answer is
kept with the proxy it was given for: holding the proxy keeps it (and its id) alive and unique.
"""

from __future__ import annotations

import functools

# Methods whose answer depends only on the element and the (immutable) tree it belongs to.
PURE_METHODS = ("calls_variable", "xpath_search", "get_macro")


def remember_lookups() -> None:
    """Installs the memos on citeproc's element classes; calling it again changes nothing."""
    from citeproc import model

    for cls in vars(model).values():
        if not isinstance(cls, type) or not (issubclass(cls, model.CitationStylesElement) or cls is model.Parent):
            continue
        for name in PURE_METHODS:
            method = cls.__dict__.get(name)
            if method is not None and not getattr(method, "original", None):
                setattr(cls, name, _remembered(method))


def forget_lookups() -> None:
    """Puts citeproc's own methods back (tests compare the two)."""
    from citeproc import model

    for cls in vars(model).values():
        if isinstance(cls, type):
            for name in PURE_METHODS:
                method = cls.__dict__.get(name)
                if getattr(method, "original", None):
                    setattr(cls, name, method.original)


def _remembered(method):
    answers: dict = {}

    @functools.wraps(method)
    def remembered(self, *args):
        key = (id(self), *args)
        if key not in answers:
            answers[key] = (self, method(self, *args))
        answer = answers[key][1]
        return list(answer) if isinstance(answer, list) else answer  # callers get a list of their own

    remembered.original = method
    return remembered
