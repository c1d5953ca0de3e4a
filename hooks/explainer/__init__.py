"""Plain-Python core of the explainer site: everything the build computes, none of it MkDocs-specific.

Nothing in this package imports MkDocs; the files in ``hooks/`` adapt it to MkDocs events (the order of
those events is ``hooks/pipeline.py``). Sub-packages, each one concern:

- ``dataset``   what ``data/`` holds: read, checked, typed (metrics, derived figures, glossary);
- ``text``      words and numbers as each language writes them; interface words; code spans;
- ``pages``     what a page says: markers, paragraphs, the parallel view, ``<head>``, Jinja rendering;
- ``charts``    one layout per chart, drawn as HTML, a Plotly figure and a slide SVG;
- ``citations`` references in GB/T 7714, APA and Chicago; BibTeX and CSL-JSON files;
- ``search``    the search index: per-edition split, glossary spellings, jieba's dictionary;
- ``assets``    files served beside the pages: the stylesheet, compact HTML/JS, data downloads.

``editions`` (the table of editions and their languages, and OpenCC conversion) and ``errors`` (the one
exception a maintainer sees) are used by all of them.
"""
