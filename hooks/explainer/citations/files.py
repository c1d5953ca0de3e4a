"""BibTeX and CSL-JSON files for the site and for each page, one set per language.

``downloads/cite/<lang>/site.bib|.json`` hold the site and every page in that language;
``downloads/cite/<lang>/<page>.bib|.json`` one page. No author and no date are given, because the
site names neither. These static files are undated, for machines; the page's download buttons give the
same files with the reader's today as ``urldate`` / ``accessed`` (cite.js ``download``), because a
reference manager adds none on import (APA then prints "Retrieved" with no date, GB/T 7714 loses its
[引用日期]).

Where the translation of a Chinese title goes (checked with citeproc-js and the official styles, and in
biblatex-apa's and biblatex-gb7714-2015's sources):

- BibTeX: ``titleaddon`` (biblatex's annex to the title). biblatex-apa prints it after the title in
  square brackets, as APA 7 wants a translated title; not ``usera``, which biblatex-gb7714-2015 uses for
  the document type ([EB/OL]); not ``origtitle``, which biblatex-apa prints as the original of a
  translated work. The URL is written once, in ``url`` (no ``howpublished``: biblatex prints both).
- CSL-JSON: ``title`` is the title the page has; CSL 1.0.2 has no variable for a translated title, and
  ``original-title`` means the reverse (the untranslated original of a translation: APA prints it as
  "(Original work published as …)", Chicago as "Originally published as …"), so the translation is kept
  in ``note`` and the site's own APA and Chicago references add it (and APA's romanisation).
"""

from __future__ import annotations

import json
from pathlib import Path

from explainer.citations.references import Work
from explainer.editions import EDITIONS, localized
from explainer.pages.head import language_neutral_path
from explainer.citations.bibtex_text import bibtex_field

CITE_DIR = "downloads/cite"
BIB_LANGUAGE = {edition.code: edition.bib_language for edition in EDITIONS}
CSL_LANGUAGE = {edition.code: edition.csl_locale for edition in EDITIONS}
NOTE = localized({"zh": "独立解读网站；未署作者，未注明发布日期", "en": "An independent explainer; no author or date of publication given"})
# A Chinese page's English title, added to the note in the note's own language and marks.
TITLE_IN_NOTE = localized({"zh": "；英文标题：{title}", "en": "; English title: {title}"})


def page_slug(page_url: str) -> str:
    """``en/interview/rule-of-law/`` → ``interview-rule-of-law``; the home page is ``home``."""
    path = language_neutral_path(page_url).strip("/")
    return path.replace("/", "-") or "home"


def file_path(lang: str, slug: str, ext: str) -> str:
    """Site-root-relative path of a citation file (``slug`` "site" for the whole site)."""
    return f"{CITE_DIR}/{lang}/{slug}.{ext}"


def entry_key(work: Work, slug: str) -> str:
    return f"explainer-{slug}-{work.lang}"


def bib_text(text: str) -> str:
    return bibtex_field(text)  # braces cannot close the field (explainer/citations/bibtex_text.py)


def bibtex_entry(work: Work, slug: str) -> str:
    """A ``@misc`` entry (BibTeX) with the fields biblatex also reads; no ``urldate`` (the download adds
    the reader's). ``url`` stands on a line of its own, before ``note``: cite.js adds ``urldate`` after it."""
    fields = [("title", "{" + bib_text(work.title) + "}")]
    if work.title_en:  # biblatex-apa prints it in brackets after the title
        fields.append(("titleaddon", bib_text(work.title_en)))
    if work.site_name:
        fields.append(("organization", bib_text(work.site_name)))
    fields += [("url", work.url), ("note", bib_text(NOTE[work.lang])), ("language", BIB_LANGUAGE[work.lang])]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{entry_key(work, slug)},\n{body}\n}}\n"


def csl_item(work: Work, slug: str) -> dict:
    item = {"id": entry_key(work, slug), "type": "webpage", "title": work.title, "URL": work.url,
            "language": CSL_LANGUAGE[work.lang], "note": NOTE[work.lang]}
    if work.title_en:  # CSL 1.0.2 has no variable for a translated title
        item["note"] += TITLE_IN_NOTE[work.lang].format(title=work.title_en)
    if work.site_name:
        item["container-title"] = work.site_name
    return item


def write_cite_files(site_dir: Path, lang: str, site: Work, pages: dict[str, Work]) -> list[str]:
    """Write the site's and each page's files for ``lang``; ``pages`` maps page URL → work. Returns the paths."""
    folder = Path(site_dir) / CITE_DIR / lang
    folder.mkdir(parents=True, exist_ok=True)
    entries = [("site", site)] + [(page_slug(url), work) for url, work in sorted(pages.items())]
    written = []
    # The home page is cited as the site itself: once in the site's file, under its own name in home.*.
    whole = [("site", site)] + [(slug, work) for slug, work in entries[1:] if work != site]
    for slug, works in [("site", whole)] + [(slug, [("site" if work == site else slug, work)])
                                              for slug, work in entries[1:]]:
        (folder / f"{slug}.bib").write_text("\n".join(bibtex_entry(w, s) for s, w in works), encoding="utf-8")
        (folder / f"{slug}.json").write_text(
            json.dumps([csl_item(w, s) for s, w in works], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [file_path(lang, slug, "bib"), file_path(lang, slug, "json")]
    return written
