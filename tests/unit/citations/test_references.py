"""Citations of the site, a page, a paragraph and a figure in GB/T 7714-2015, APA 7 and Chicago
author-date. The exact strings were worked out by hand from each style's rules (see the comments),
then compared with what explainer.cite produces from citeproc-py plus its corrections."""

from __future__ import annotations

import re
from datetime import date

import pytest

from explainer.citations.references import (STYLES, Work, fill, format_access_date, page_work, paragraph_citation, quoted,
                            reference, site_work, template)
from explainer.citations.figure_lead import figure_lead
from explainer.errors import SiteError

ROOT = "https://ping-an-hangzhou.github.io/explainer/"
ZH_SITE, EN_SITE = "平安杭州 · 法治杭州", "A Safe Hangzhou under the Rule of Law"
DAY = date(2026, 11, 29)

SITE_ZH = site_work(ZH_SITE, ROOT, "zh", EN_SITE)
SITE_EN = site_work(EN_SITE, ROOT + "en/", "en")
PAGE_ZH = page_work("数说五年", ROOT + "numbers/", "zh", ZH_SITE, "Five years in numbers")
PAGE_EN = page_work("Five years in numbers", ROOT + "en/numbers/", "en", EN_SITE)
ALL = [SITE_ZH, SITE_EN, PAGE_ZH, PAGE_EN]

# GB/T 7714-2015 §4.8 (online resources): 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
# No author: the numeric system (顺序编码制) may start with the title; no update date: left out.
GBT = {
    SITE_ZH: f"平安杭州 · 法治杭州[EB/OL]. [2026-11-29]. {ROOT}.",
    PAGE_ZH: f"数说五年[EB/OL]. [2026-11-29]. {ROOT}numbers/.",
    PAGE_EN: f"Five years in numbers[EB/OL]. [2026-11-29]. {ROOT}en/numbers/.",
}
# APA 7: no author, the title moves to the author's place; no date, n.d.; a retrieval date for changing pages;
# a title in another language followed by its translation in brackets; no period after a URL.
APA = {
    SITE_EN: f"A Safe Hangzhou under the Rule of Law. (n.d.). Retrieved November 29, 2026, from {ROOT}en/",
    PAGE_EN: f"Five years in numbers. (n.d.). A Safe Hangzhou under the Rule of Law. Retrieved November 29, 2026, "
             f"from {ROOT}en/numbers/",
    # APA 7 §9.38: romanised in Hanyu Pinyin (words joined: 数说|五年 → Shu shuo wunian; 平安 → Ping'an; proper
    # nouns and the word after " · " capitalised), then the English title in brackets; the site's name romanised.
    PAGE_ZH: f"Shu shuo wunian [Five years in numbers]. (n.d.). Ping'an Hangzhou · Fazhi Hangzhou. "
             f"Retrieved November 29, 2026, from {ROOT}numbers/",
    SITE_ZH: f"Ping'an Hangzhou · Fazhi Hangzhou [A Safe Hangzhou under the Rule of Law]. (n.d.). "
             f"Retrieved November 29, 2026, from {ROOT}",
}
# Chicago author-date: the website's name in the author's place, n.d., the page
# title in quotes, headline-style, period inside the quotes (CMOS 6.9), "Accessed …", the URL, a final period.
CHICAGO = {
    SITE_EN: f"A Safe Hangzhou under the Rule of Law. n.d. Accessed November 29, 2026. {ROOT}en/.",
    PAGE_EN: f"A Safe Hangzhou under the Rule of Law. n.d. “Five Years in Numbers.” Accessed November 29, 2026. "
             f"{ROOT}en/numbers/.",
    PAGE_ZH: f"平安杭州 · 法治杭州. n.d. “数说五年” [Five years in numbers]. Accessed November 29, 2026. {ROOT}numbers/.",
}


@pytest.mark.parametrize("work", list(GBT), ids=lambda w: w.url)
def test_gbt7714_exact(work):
    assert reference(work, "gbt7714", DAY) == GBT[work]


@pytest.mark.parametrize("work", list(APA), ids=lambda w: w.url)
def test_apa_exact(work):
    assert reference(work, "apa", DAY) == APA[work]


@pytest.mark.parametrize("work", list(CHICAGO), ids=lambda w: w.url)
def test_chicago_exact(work):
    assert reference(work, "chicago", DAY) == CHICAGO[work]


@pytest.mark.parametrize("work", ALL, ids=lambda w: f"{w.lang}:{w.url}")
def test_gbt7714_pattern(work):
    text = reference(work, "gbt7714", DAY)
    assert re.fullmatch(r"\S[^\n]*\[EB/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. https?://\S+\.", text), text
    assert not text.startswith("["), "a single reference carries no list number"
    assert "佚名" not in text and "Anon" not in text and "(" not in text, "no invented author or date"


@pytest.mark.parametrize("work", ALL, ids=lambda w: f"{w.lang}:{w.url}")
def test_apa_pattern(work):
    text = reference(work, "apa", DAY)
    assert re.fullmatch(r"[^\n]+\. \(n\.d\.\)\. ([^\n]+\. )?Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from https?://\S+[^.]",
                        text), text
    title = work.title_en or work.title
    assert text.count(title) == 1, "the title stands in the author's place once, not twice"
    assert not re.search(r"[\u3400-\u9fff]", text), "APA romanises Chinese"


@pytest.mark.parametrize("work", ALL, ids=lambda w: f"{w.lang}:{w.url}")
def test_chicago_pattern(work):
    text = reference(work, "chicago", DAY)
    assert re.fullmatch(r"[^\n]+\. n\.d\. ([^\n]+ )?Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\. https?://\S+\.", text), text
    assert "”." not in text, "the period goes inside the closing quotation mark"
    assert text.count(work.site_name or work.title) == 1


def test_a_site_name_keeps_its_own_capitalization():
    assert "under the Rule of Law" in reference(PAGE_EN, "chicago", DAY)
    assert "Under" not in reference(PAGE_EN, "apa", DAY)


def test_access_date_forms():
    assert format_access_date(date(2026, 3, 5), "gbt7714") == "2026-03-05"
    assert format_access_date(date(2026, 3, 5), "apa") == "March 5, 2026"
    assert format_access_date(date(2026, 3, 5), "chicago") == "March 5, 2026"


@pytest.mark.parametrize("style", STYLES)
def test_templates_leave_the_link_and_the_access_date_to_fill(style):
    text = template(PAGE_EN, style)
    assert text.count("{url}") == 1 and text.count("{accessed}") == 1
    assert ROOT not in text and "2099" not in text
    assert fill(text, style, PAGE_EN.url, DAY) == reference(PAGE_EN, style, DAY)


@pytest.mark.parametrize("text, expected", [
    ("坚持“走出去”战略", "“坚持‘走出去’战略”"),
    ("入选“省级营商环境‘微改革’项目库”", "“入选‘省级营商环境“微改革”项目库’”"),
    ("the “pool of ‘micro-reforms’” in Hangzhou's list", "“the ‘pool of “micro-reforms”’ in Hangzhou's list”"),
    ("Hangzhou’s “going global”", "“Hangzhou’s ‘going global’”"),
    ("No marks", "“No marks”"),
])
def test_a_quoted_paragraph_nests_its_own_quotation_marks(text, expected):
    assert quoted(text) == expected


def test_paragraph_citation_points_at_the_paragraph():
    text = paragraph_citation(PAGE_ZH, "q2-p3", quoted("平安杭州与法治杭州建设并非孤立推进"), "gbt7714", DAY)
    assert text == f"“平安杭州与法治杭州建设并非孤立推进”\n数说五年[EB/OL]. [2026-11-29]. {ROOT}numbers/#q2-p3."
    apa = paragraph_citation(PAGE_EN, "q2-p3", quoted("Not in isolation"), "apa", DAY)
    assert apa.endswith(f"Retrieved November 29, 2026, from {ROOT}en/numbers/#q2-p3")
    chicago = paragraph_citation(PAGE_EN, "q2-p3", quoted("Not in isolation"), "chicago", DAY)
    assert chicago.splitlines() == ["“Not in isolation”", CHICAGO[PAGE_EN].replace("numbers/.", "numbers/#q2-p3.")]


@pytest.mark.parametrize("style", STYLES)
def test_figure_citation(dataset, style):
    metric = dataset.metrics["shared-courts"]
    text = paragraph_citation(PAGE_ZH, metric.id, figure_lead(metric, dataset, "zh"), style, DAY)
    lead, ref = text.split("\n")
    assert lead.startswith("已建成的共享法庭：3084家（五年来）。来源：《") and "马小秋" in lead
    assert f"{ROOT}numbers/#shared-courts" in ref
    assert ref == reference(PAGE_ZH, style, DAY).replace(ROOT + "numbers/", ROOT + "numbers/#shared-courts")


def test_markup_and_braces_in_a_title_are_text():
    work = page_work("A <b>bold</b> & {braced} title", ROOT + "en/x/", "en", EN_SITE)
    for style in STYLES:
        assert "A <b>bold</b> & {braced} title".lower() in reference(work, style, DAY).lower()


def test_an_unexpected_citeproc_output_stops_the_build(monkeypatch):
    import explainer.citations.references as cite

    monkeypatch.setattr(cite, "_citeproc", lambda work, style: f"Anon. {work.title}. {work.url}")
    cite._template.cache_clear()
    try:
        with pytest.raises(SiteError, match="citeproc-py"):
            template(Work("T", ROOT + "t/", "en", EN_SITE), "apa")
    finally:
        cite._template.cache_clear()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_remembering_lookups_changes_no_output(lang):
    from citeproc import model

    from explainer.citations.citeproc_output import style as _style
    from explainer.citations.references import STYLES, _citeproc, page_work
    from explainer.citations.citeproc_memo import forget_lookups, remember_lookups

    work = page_work("数说五年" if lang == "zh" else "Five years in numbers", "https://example.org/numbers/", lang,
                     "平安杭州 · 法治杭州", "Five years in numbers" if lang == "zh" else None)
    fast = [_citeproc(work, style) for style in STYLES]
    assert all(getattr(method, "original", None) for method in (
        model.CitationStylesElement.get_macro, model.CitationStylesElement.xpath_search, model.Parent.calls_variable,
        model.Text.calls_variable, model.Group.calls_variable))
    forget_lookups()
    _style.cache_clear()  # styles parsed afresh, read by citeproc's own methods
    try:
        assert model.Parent.calls_variable.__qualname__ == "Parent.calls_variable"
        assert [_citeproc(work, style) for style in STYLES] == fast
    finally:
        _style.cache_clear()
        remember_lookups()
