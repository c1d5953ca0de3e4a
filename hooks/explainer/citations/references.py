"""Citations of the site, a page, a paragraph or a figure in GB/T 7714-2015, APA 7 and Chicago
(author-date), formatted by citeproc-py with the official CSL styles, then corrected where citeproc-py
0.11 is known to be wrong (each correction below names the rule it restores).

What is cited is this site (an independent explainer) or one of its pages. It names no author and no
date of publication, so none is given: APA and Chicago print ``n.d.``, GB/T 7714 leaves the update
date out and, in its numeric form, starts with the title. The access date is the reader's today:
the build emits templates with an ``{accessed}`` placeholder that the page's script fills (and
``{url}`` for the link, so one template per page serves every paragraph and figure on it).
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from datetime import date

from explainer.citations import citeproc_output
from explainer.editions import SOURCE_MARKS, localized, written
from explainer.errors import SiteError
from explainer.citations.romanize import romanize

STYLES = ("gbt7714", "apa", "chicago")
STYLE_NAMES = {"gbt7714": "GB/T 7714", "apa": "APA", "chicago": "Chicago"}
CSL_STYLES = {"gbt7714": "china-national-standard-gb-t-7714-2015-numeric", "apa": "apa",
              "chicago": "chicago-author-date"}
# How each style writes the access date: GB/T 7714 YYYY-MM-DD; APA and Chicago "November 29, 2026".
DATE_FORMS = {"gbt7714": "iso", "apa": "mdy", "chicago": "mdy"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# GB/T 7714 has a Chinese and an English form; APA and Chicago are English styles only, so a Chinese
# page cites its Chinese title followed by an English translation in brackets (APA 7; Chicago: after the quoted title).
# A generated edition formats with its source language's CSL locale (editions.Localized): its titles are
# already converted, and the style's own words are symbols ([EB/OL]) or English.
CSL_LOCALES = localized({"zh": "zh-CN", "en": "en-US"})
SENTINEL = date(2099, 12, 31)  # formatted, then replaced by the placeholder
ACCESSED, URL = "{accessed}", "{url}"


@dataclass(frozen=True)
class Work:
    """What is cited: the site as a whole (``site_name`` None) or one of its pages."""

    title: str
    url: str
    lang: str  # the page's edition: "zh", "zh-hant" or "en"
    site_name: str | None = None  # the website a page belongs to
    title_en: str | None = None  # an English translation of a Chinese title (APA, Chicago)

    @property
    def is_site(self) -> bool:
        return self.site_name is None


STYLES_LANGUAGE = "en"  # APA and Chicago are English styles: a title in another language gets its translation


def translated(lang: str) -> bool:
    """Whether a work in edition ``lang`` is cited with an English translation of its title."""
    return written(lang) != STYLES_LANGUAGE


def site_work(site_name: str, site_url: str, lang: str, site_name_en: str | None = None) -> Work:
    return Work(title=site_name, url=site_url, lang=lang, title_en=site_name_en if translated(lang) else None)


def page_work(title: str, url: str, lang: str, site_name: str, title_en: str | None = None) -> Work:
    return Work(title=title, url=url, lang=lang, site_name=site_name, title_en=title_en if translated(lang) else None)


def format_access_date(day: date, style: str) -> str:
    if DATE_FORMS[style] == "iso":
        return day.isoformat()
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def template(work: Work, style: str) -> str:
    """The reference with ``{url}`` for the link and ``{accessed}`` for the reader's access date."""
    return _template(work, style)


@functools.lru_cache(maxsize=256)
def _template(work: Work, style: str) -> str:
    text = _corrected(work, style, _citeproc(work, style))
    date_text = format_access_date(SENTINEL, style)
    if text.count(date_text) != 1 or text.count(work.url) != 1:
        raise SiteError(f"citation ({style}) of {work.url}", f"unexpected output from citeproc-py: {text!r}")
    text = text.replace(date_text, ACCESSED).replace(work.url, URL)
    if not SHAPES[style].fullmatch(text) or _repeats_author(work, style, text):
        raise SiteError(f"citation ({style}) of {work.url}", "citeproc-py's output no longer has the expected "
                        f"shape; check the corrections in hooks/explainer/citations/references.py: {text!r}")
    return text


def _repeats_author(work: Work, style: str, text: str) -> bool:
    """Whether what stands in the author's place (APA: the title; Chicago: the site's name) comes again."""
    if style == "gbt7714":
        return False
    author = work.title if style == "apa" or work.is_site else work.site_name
    return author.lower() in text.split("n.d.", 1)[1].lower()


# The shape of each corrected reference (GB/T 7714-2015 §4.8 online resources; APA 7 and Chicago webpages).
SHAPES = {
    "gbt7714": re.compile(r"[^\n]+\[EB/OL\]\. \[\{accessed\}\]\. \{url\}\."),
    "apa": re.compile(r"[^\n]+\. \(n\.d\.\)\. ([^\n]+\. )?Retrieved \{accessed\}, from \{url\}"),
    "chicago": re.compile(r"[^\n]+\. n\.d\. (“[^\n]+”( \[[^\n]+\])?\. |“[^\n]+\.” )?Accessed \{accessed\}\. \{url\}\."),
}


def fill(template_text: str, style: str, url: str, accessed: date) -> str:
    """What site.js does in the reader's browser (``fillCitation``), in Python for tests and build."""
    return template_text.replace(URL, url).replace(ACCESSED, format_access_date(accessed, style))


def reference(work: Work, style: str, accessed: date) -> str:
    return fill(template(work, style), style, work.url, accessed)


def italic(work: Work, style: str) -> str | None:
    """The part of the reference a style sets in italics (the copy's ``text/html``): in APA the title of
    a webpage or website (a romanised title, not its bracketed translation: APA 7 §9.38); none in GB/T
    7714, nor in Chicago, which quotes a page's title and sets a website's name in roman (CMOS 8.191)."""
    return apa_title(work).split(" [", 1)[0] if style == "apa" and work.title_en else work.title if style == "apa" else None


def as_html(text: str, italic_part: str | None) -> str:
    """``text`` (a lead line, if any, then the reference) as HTML, with ``italic_part``'s first occurrence
    in the reference in ``<i>``; the line break as ``<br>``. cite.js ``asHtml`` does the same."""
    lead, _, ref = text.rpartition("\n")
    ref = html.escape(ref, quote=False)
    if italic_part:
        part = html.escape(italic_part, quote=False)
        ref = ref.replace(part, f"<i>{part}</i>", 1)
    return (html.escape(lead, quote=False) + "<br>" if lead else "") + ref


def paragraph_citation(page: Work, anchor: str, lead: str, style: str, accessed: date) -> str:
    """A paragraph or figure of ``page`` (its ``#anchor``): ``lead`` (the quoted text or the figure's
    statement) on one line, the reference to the page at that anchor on the next."""
    return f"{lead}\n{fill(template(page, style), style, f'{page.url}#{anchor}', accessed)}"


# Quotation marks inside a quoted paragraph: double becomes single and single double (GB/T 15834-2011
# 4.1.3.4 for Chinese; CMOS 13.30, APA 8.33 for English), 「」 and 『』 likewise in an edition that writes
# them. An apostrophe between Latin letters stays.
@functools.lru_cache(maxsize=4)
def _nesting(marks: str) -> tuple[re.Pattern, dict[str, str]]:
    opening, closing, inner_opening, inner_closing = marks
    swap = {opening: inner_opening, closing: inner_closing, inner_opening: opening, inner_closing: closing}
    apostrophe = re.escape(inner_closing)
    pattern = re.compile(f"[{re.escape(opening + closing + inner_opening)}]|(?<![A-Za-z]){apostrophe}|{apostrophe}(?![A-Za-z])")
    return pattern, swap


def quoted(text: str, marks: str = SOURCE_MARKS) -> str:
    """A paragraph's text as the lead of its citation: in the edition's quotation marks (``marks``:
    opening, closing and the nested pair; “ ” ‘ ’ by default, the marks of Simplified Chinese, GB/T 15834,
    and of English; 「」『』 in the 繁體 edition: editions.quotation_marks), its own marks nested inside.
    cite.js quotes a paragraph copied from the ¶ menu the same way."""
    pattern, swap = _nesting(marks)
    return marks[0] + pattern.sub(lambda m: swap[m.group(0)], text) + marks[1]


# --- citeproc-py -------------------------------------------------------------------------------

def _protect(text: str) -> str:
    """Text citeproc must print as given: no markup read into it, no change of case (CSL "nocase")."""
    return f'<span class="nocase">{html.escape(text, quote=False)}</span>'


def apa_title(work: Work) -> str:
    """APA 7 §9.38: a title in Chinese romanised in Hanyu Pinyin, then its English translation in brackets."""
    return f"{romanize(work.title)} [{work.title_en}]" if work.title_en else work.title


def apa_site_name(work: Work) -> str | None:
    """The website's name as APA prints it: romanised when Chinese (a name: no translation)."""
    return romanize(work.site_name) if work.site_name and work.title_en else work.site_name


def _csl_item(work: Work, style: str) -> dict:
    # Chicago capitalizes a page's title headline-style (CMOS 8.159), so citeproc may recase it; a
    # website's name is a name, printed as the site writes it.
    title = _protect(work.title) if work.is_site or style != "chicago" else html.escape(work.title, quote=False)
    if work.title_en and style == "apa":  # APA 7: romanised title [English translation]
        title = _protect(apa_title(work))
    item = {"id": "work", "type": "webpage", "title": title, "URL": work.url,
            "accessed": {"date-parts": [[SENTINEL.year, SENTINEL.month, SENTINEL.day]]},
            "language": CSL_LOCALES[work.lang]}
    if work.site_name:
        item["container-title"] = _protect(apa_site_name(work) if style == "apa" else work.site_name)
    return item


def _citeproc(work: Work, style: str) -> str:
    return render_csl(_csl_item(work, style), style, work.lang)


def render_csl(item: dict, style: str, lang: str) -> str:
    """One CSL-JSON item as citeproc-py prints it in ``style``, as plain text (before the corrections); kept
    between builds by explainer/citations/citeproc_output.py."""
    locale = CSL_LOCALES[lang] if style == "gbt7714" else "en-US"  # APA and Chicago are English styles
    return citeproc_output.render(item, CSL_STYLES[style], locale)


# --- corrections ----------------------------------------------------------------------------------

def _corrected(work: Work, style: str, text: str) -> str:
    return {"gbt7714": _gbt7714, "apa": _apa, "chicago": _chicago}[style](work, text)


def _gbt7714(work: Work, text: str) -> str:
    # The numeric style numbers its list ("[1]"); a single copied reference carries no number.
    return re.sub(r"^\[\d+\]\s*", "", text)


def _apa(work: Work, text: str) -> str:
    # With no author APA moves the title to the author's place (APA 7, missing author); citeproc-py prints it
    # there and again after the date (it does not suppress a substituted variable, CSL 1.0.2 "substitute").
    title = apa_title(work)
    return text.replace(f"{title}. (n.d.). {title}. ", f"{title}. (n.d.). ", 1)


def _chicago(work: Work, text: str) -> str:
    # The style puts the website's name in the author's place; citeproc-py prints it again after the
    # title (substituted variable not suppressed). For the site as a whole the name stands there once,
    # in roman (Chicago: titles of websites are not quoted).
    if work.is_site:
        text = text.replace(f"“{work.title}”. n.d. “{work.title}”. ", f"{work.title}. n.d. ", 1)
    else:
        text = re.sub(rf"(\. “[^”]*”)\. {re.escape(work.site_name)}\. ", r"\1. ", text, count=1)
    # American style: the period goes inside the closing quotation mark (CMOS 6.9); citeproc-py puts it outside.
    text = text.replace("”.", ".”")
    if work.title_en:
        # A translated title follows the original in brackets, sentence-style, outside its quotes.
        text = text.replace(f"“{work.title}.”", f"“{work.title}” [{work.title_en}].", 1)
        text = text.replace(f"{work.title}. n.d. ", f"{work.title} [{work.title_en}]. n.d. ", 1) if work.is_site else text
    return text
