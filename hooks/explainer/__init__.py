"""Plain-Python core of the explainer site: data loading, validation, formatting, figures.

Nothing in this package imports MkDocs; the files in ``hooks/`` adapt it to MkDocs events.
"""
