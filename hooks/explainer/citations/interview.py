"""Citing a paragraph of the interview: the interview itself, its speaker and the page that presents it.

A paragraph of Ma Xiaoqiu's answers is a quotation of the interview, so it is cited as the interview
(CSL type ``interview``) with its speaker as author, inside the website that presents it, at the
paragraph's address on that page. A paragraph of a reporter's question cites the same interview with no
speaker (the reporter is not named). The source names no newspaper, reporter or date
(``data/source/interview.zh.txt``), so none is given: APA and Chicago print ``n.d.``, GB/T 7714 leaves
the date out. Each style writes it its own way (formatted by citeproc-py with the official styles, then
corrected where citeproc-py is known to be wrong; citeproc-js is the check, tests/unit/citations/test_citeproc_js.py):

- GB/T 7714: ``马小秋. 题名——访……马小秋[Z/OL]//网站名. [引用日期]. 地址.`` (the style's type code for an
  interview, and ``//`` before the work that contains it); an English edition writes the speaker ``MA X Q`` (§8.1.1: the first letter of each syllable).
- APA 7: ``Ma, X. (n.d.). Romanised title [English title] [Interview]. Site. Retrieved …, from URL``.
- Chicago: ``Ma Xiaoqiu. n.d. “Title” [English title]. Site. Accessed …. URL.`` — a Chinese name is not
  inverted (CMOS 8.15).

The copied lead keeps the speaker's label (``马小秋：``, ``Ma Xiaoqiu:``) before the opening quotation
mark, not inside it (``speaker_lead``).
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

from explainer.citations.references import (ACCESSED, CSL_LOCALES, SENTINEL, URL, _protect, format_access_date, quoted,
                                            render_csl, translated)
from explainer.editions import convert, quotation_marks, written
from explainer.errors import SiteError
from explainer.citations.romanize import romanize
from explainer.text import pinyin_syllables

KINDS = ("answer", "question")  # the paragraph kinds of paragraphs.py that quote the interview
# How an edition joins the interview's headline and its description into one title.
TITLE_JOIN = {"zh": "——", "en": ": "}
# A speaker's label as a lead writes it: the colon of the language (GB/T 15834: full-width ：), then what
# stands before the opening quotation mark (nothing after a full-width mark; a space in English).
LABEL = {"zh": {"colon": "：", "gap": ""}, "en": {"colon": ":", "gap": " "}}


@dataclass(frozen=True)
class Interview:
    """The interview as an edition cites it: ``title`` in the edition's language (``title_en`` its
    English form, in sentence case, when that is another), its speaker in the edition (``speaker``) and
    in English (``speaker_en``: family name first, then the given name), the website that presents it,
    and, in the English edition, the title in sentence case (``sentence_title``, for APA)."""

    title: str
    lang: str
    site_name: str
    speaker: str | None = None
    speaker_en: str | None = None
    title_en: str | None = None
    sentence_title: str | None = None
    given_syllables: str | None = None  # the given name's pinyin syllables apart (Xiao Qiu), for GB/T's initials


def interview_title(headline: str, description: str, written_lang: str) -> str:
    return headline + TITLE_JOIN[written_lang] + description


def interview_work(dataset, lang: str, site_name: str) -> Interview:
    """The interview (``data/metrics.json`` source: headline, description, speaker) as edition ``lang`` cites it."""
    source = written(lang)
    title = interview_title(dataset.headline[source], dataset.interviewee[source], source)
    speaker = dataset.speaker[source]
    if source != lang:
        title, speaker = convert(title, lang), convert(speaker, lang)
    # APA 7 writes every title in sentence case, and APA and Chicago a bracketed translation too
    # (APA 9.38, CMOS 11.6): the headline as data/metrics.json gives it in sentence case.
    sentence = interview_title(dataset.sentence_case_headline, dataset.interviewee["en"], "en")
    if translated(lang):
        return Interview(title, lang, site_name, speaker, dataset.speaker["en"], title_en=sentence)
    return Interview(title, lang, site_name, speaker, dataset.speaker["en"], sentence_title=sentence,
                     given_syllables=given_syllables(dataset.speaker["zh"], dataset.speaker["en"]))


def given_syllables(name_zh: str, name_en: str) -> str | None:
    """The given name of ``name_en`` (family name first, as data/metrics.json writes it) as its pinyin
    syllables apart, read from ``name_zh``: 马小秋, Ma Xiaoqiu → Xiao Qiu. GB/T 7714-2015 §8.1.1 abbreviates a
    pinyin given name to the first letter of each character's syllable (MA X Q); citeproc initials a word,
    so it is given one word per syllable. None when the two names do not agree."""
    family, _, given = name_en.lower().replace("'", "").partition(" ")
    syllables = pinyin_syllables.syllables(name_zh)  # pypinyin, kept between builds
    for count in range(1, len(syllables)):
        if "".join(syllables[:count]) == family and "".join(syllables[count:]) == given:
            return " ".join(syllable.capitalize() for syllable in syllables[count:])
    return None


def as_question(interview: Interview) -> Interview:
    """The same interview, cited for a reporter's question: no speaker."""
    return Interview(interview.title, interview.lang, interview.site_name, title_en=interview.title_en,
                     sentence_title=interview.sentence_title, given_syllables=interview.given_syllables)


def speaker_lead(label: str | None, text: str, lang: str) -> str:
    """A paragraph's text quoted in edition ``lang``'s marks, its speaker's label (``马小秋：``) before the
    quotation marks, ending in the language's colon whichever the page has (cite.js ``copyFromMenu`` does
    the same)."""
    mark = LABEL[written(lang)]
    return ((re.sub(r"\s*[:：]\s*$", "", label) + mark["colon"] + mark["gap"] if label else "")
            + quoted(text, quotation_marks(lang)))


def quote_citation(work: Interview, label: str | None, text: str, url: str, style: str, accessed) -> str:
    """A paragraph of the interview at ``url`` as cite.js copies it: the lead, then the reference."""
    lead = speaker_lead(label, text, work.lang)
    return lead + "\n" + interview_template(work, style).replace(URL, url).replace(
        ACCESSED, format_access_date(accessed, style))


def interview_template(work: Interview, style: str) -> str:
    """The reference with ``{url}`` (the paragraph's address) and ``{accessed}`` to fill."""
    return _template(work, style)


def interview_italic(work: Interview, style: str) -> str | None:
    """The part in italics (the copy's ``text/html``): the website that presents the interview, as the
    official APA and Chicago styles set the container of an interview (GB/T 7714: none)."""
    if style == "gbt7714":
        return None
    return romanize(work.site_name) if style == "apa" and work.title_en else work.site_name


PLACEHOLDER_URL = "https://example.invalid/interview/"


@functools.lru_cache(maxsize=64)
def _template(work: Interview, style: str) -> str:
    text = _corrected(work, style, _citeproc(work, style))
    date_text = format_access_date(SENTINEL, style)
    if text.count(date_text) != 1 or text.count(PLACEHOLDER_URL) != 1:
        raise SiteError(f"citation ({style}) of the interview", f"unexpected output from citeproc-py: {text!r}")
    text = text.replace(date_text, ACCESSED).replace(PLACEHOLDER_URL, URL)
    if not SHAPES[style].fullmatch(text):
        raise SiteError(f"citation ({style}) of the interview", "citeproc-py's output no longer has the expected "
                        f"shape; check the corrections in hooks/explainer/citations/interview.py: {text!r}")
    return text


SHAPES = {
    "gbt7714": re.compile(r"([^\n]+\. )?[^\n]+\[Z/OL\]//[^\n]+\. \[\{accessed\}\]\. \{url\}\."),
    "apa": re.compile(r"[^\n]+\. \(n\.d\.\)\. ([^\n]+ )?\[Interview\]\. [^\n]+\. Retrieved \{accessed\}, from \{url\}"),
    "chicago": re.compile(r"[^\n]+ n\.d\. [^\n]+\. Accessed \{accessed\}\. \{url\}\."),
}


def csl_item(work: Interview, style: str) -> dict:
    """The interview as a CSL item for ``style`` (as the build formats it; citeproc-js checks it)."""
    english = style != "gbt7714"
    title = work.title
    if english and work.title_en:
        title = f"{romanize(work.title)} [{work.title_en}]" if style == "apa" else work.title
    elif style == "apa" and work.sentence_title:
        title = work.sentence_title
    item = {"id": "interview", "type": "interview", "title": _protect(title) if style != "chicago" or work.title_en
            else html.escape(title, quote=False),
            "container-title": _protect(romanize(work.site_name) if style == "apa" and work.title_en else work.site_name),
            "URL": PLACEHOLDER_URL, "language": CSL_LOCALES[work.lang],
            "accessed": {"date-parts": [[SENTINEL.year, SENTINEL.month, SENTINEL.day]]}}
    if work.speaker:
        if style == "gbt7714" and not work.title_en:  # an English edition: MA X Q (§8.1.1)
            family, given = work.speaker_en.split(" ", 1)
            item["author"] = [{"family": family, "given": work.given_syllables or given}]
        elif style == "gbt7714":
            item["author"] = [{"literal": work.speaker}]
        elif style == "apa":
            family, given = work.speaker_en.split(" ", 1)
            item["author"] = [{"family": family, "given": given}]
        else:  # Chicago: a Chinese name, family name first, is not inverted
            item["author"] = [{"literal": work.speaker_en}]
    return item


def _citeproc(work: Interview, style: str) -> str:
    return render_csl(csl_item(work, style), style, work.lang)


def _corrected(work: Interview, style: str, text: str) -> str:
    if style == "gbt7714":  # no list number on a single reference
        return re.sub(r"^\[\d+\]\s*", "", text)
    if style == "apa":
        # No speaker: the title stands in the author's place once (citeproc-py repeats it; CSL "substitute").
        return re.sub(r"^(.+)\. \(n\.d\.\)\. \1 \[Interview\]", r"\1. (n.d.). [Interview]", text, count=1)
    # Chicago: no speaker, the quoted title stands first once; the period inside the closing quote (CMOS 6.9);
    # a Chinese title followed by its translation in brackets.
    text = re.sub(r"^(“[^”]+”)\. n\.d\. \1\. ", r"\1. n.d. ", text, count=1)
    text = text.replace("”.", ".”")
    if work.title_en:
        text = text.replace(f"“{work.title}.”", f"“{work.title}” [{work.title_en}].", 1)
    return text
