"""Exact citations, worked out by hand from each style's rules, for one page (数说五年 / Five years in
numbers), one paragraph (the first answer of the rule-of-law page, q2-p1: Ma Xiaoqiu's words, its label
before the quotation marks) and one figure (shared-courts) in GB/T 7714-2015, APA 7 and Chicago
author-date, in each edition (zh, zh-hant, en). Nothing here is computed by the code under test: the
strings are typed out; the data they come from is data/metrics.json and mkdocs.yml.

Rules applied:
- GB/T 7714-2015 §4.8 online resource ``题名[EB/OL]. [引用日期]. 地址.``; an interview, the official
  CSL style's ``[Z/OL]`` with ``//`` before the website that contains it; no author for a page, the
  speaker for an answer (Chinese name as written; English edition: MA X Q, §8.1.1: the first letter of
  each syllable of the given name); no date: left out.
- APA 7: no author → the title in the author's place; no date → (n.d.); a retrieval date; no period after
  the URL; a Chinese title romanised in pinyin (words joined, sentence case, proper nouns capitalised),
  then the English title in brackets (§9.38); the speaker as "Ma, X."; an interview labelled [Interview].
- Chicago author-date: the website's name in the author's place, n.d., the page title quoted with the
  period inside (CMOS 6.9), headline-style in English, a Chinese title followed by its translation in
  brackets; the speaker's Chinese name not inverted (Ma Xiaoqiu); "Accessed …"; a final period.
- Figure lead: Chinese in full-width ：（） and 《》 (GB/T 15834); English per CMOS, comma inside the
  closing quotation mark, the interview's description lowercase mid-sentence.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explainer.citations.references import page_work, paragraph_citation, reference
from explainer.citations.figure_lead import figure_lead
from explainer.citations.interview import interview_work, quote_citation
from explainer.dataset.metrics_file import load_dataset

DATA = load_dataset(Path(__file__).resolve().parents[3] / "data")
ROOT = "https://ping-an-hangzhou.github.io/explainer/"
DAY = date(2026, 11, 29)
PREFIX = {"zh": "", "zh-hant": "zh-hant/", "en": "en/"}
SITE = {"zh": "平安杭州 · 法治杭州", "zh-hant": "平安杭州 · 法治杭州", "en": "Safe Hangzhou · Rule-of-Law Hangzhou"}
TITLE = {"zh": "数说五年", "zh-hant": "數說五年", "en": "Five years in numbers"}
# The paragraph: its label and the start of its text (the menu quotes the whole paragraph; the rule is the same).
LABEL = {"zh": "马小秋：", "zh-hant": "馬小秋：", "en": "Ma Xiaoqiu:"}
TEXT = {"zh": "平安杭州与法治杭州建设并非孤立推进", "zh-hant": "平安杭州與法治杭州建設並非孤立推進",
        "en": "Building a Safe Hangzhou and building a Rule-of-Law Hangzhou are not pursued in isolation"}

HEADLINE_ZH = "建设更高水平平安杭州法治杭州 聚力打造全省和谐稳定首善之区——访杭州市委副书记、政法委书记马小秋"
HEADLINE_HANT = "建設更高水平平安杭州法治杭州 聚力打造全省和諧穩定首善之區——訪杭州市委副書記、政法委書記馬小秋"
HEADLINE_PINYIN = ("Jianshe geng gaoshuiping Ping'an Hangzhou Fazhi Hangzhou juli dazao quansheng hexie wending "
                   "shoushanzhiqu: Fang Hangzhou shiwei fu shuji, zhengfawei shuji Ma Xiaoqiu")
HEADLINE_EN = ("Building a Higher-Level Safe Hangzhou and Rule-of-Law Hangzhou, Striving to Make It the Province's "
               "Model of Harmony and Stability")
WHO_EN = ("Ma Xiaoqiu, Deputy Secretary of the CPC Hangzhou Municipal Committee and Secretary of its Political "
          "and Legal Affairs Commission")
INTERVIEW_EN = f"{HEADLINE_EN}: An interview with {WHO_EN}"
# APA 7 writes titles in sentence case, and APA and Chicago a bracketed translation (APA 9.38, CMOS 11.6)
INTERVIEW_SENTENCE = ("Building a higher-level Safe Hangzhou and Rule-of-Law Hangzhou, striving to make it the "
                      f"province's model of harmony and stability: An interview with {WHO_EN}")
INTERVIEW_CHICAGO = (f"{HEADLINE_EN}: An Interview with Ma Xiaoqiu, Deputy Secretary of the CPC Hangzhou Municipal "
                     "Committee and Secretary of Its Political and Legal Affairs Commission")  # headline style
LEAD_ZH = f"已建成的共享法庭：3084家（五年来）。来源：《{HEADLINE_ZH}》。"
LEAD_HANT = f"已建成的共享法庭：3084家（五年來）。來源：《{HEADLINE_HANT}》。"
LEAD_EN = f"Shared courts set up: 3,084 courts (past five years). Source: “{HEADLINE_EN},” an interview with {WHO_EN}."

P = ROOT + "numbers/"
PH = ROOT + "zh-hant/numbers/"
PE = ROOT + "en/numbers/"
Q = ROOT + "interview/rule-of-law/#q2-p1"
QH = ROOT + "zh-hant/interview/rule-of-law/#q2-p1"
QE = ROOT + "en/interview/rule-of-law/#q2-p1"

EXPECTED = {
    ("zh", "gbt7714"): (
        f"数说五年[EB/OL]. [2026-11-29]. {P}.",
        f"马小秋：“平安杭州与法治杭州建设并非孤立推进”\n马小秋. {HEADLINE_ZH}[Z/OL]//平安杭州 · 法治杭州. [2026-11-29]. {Q}.",
        f"{LEAD_ZH}\n数说五年[EB/OL]. [2026-11-29]. {P}#shared-courts."),
    ("zh", "apa"): (
        f"Shu shuo wunian [Five years in numbers]. (n.d.). Ping'an Hangzhou · Fazhi Hangzhou. Retrieved November 29, 2026, from {P}",
        f"马小秋：“平安杭州与法治杭州建设并非孤立推进”\nMa, X. (n.d.). {HEADLINE_PINYIN} [{INTERVIEW_SENTENCE}] [Interview]. "
        f"Ping'an Hangzhou · Fazhi Hangzhou. Retrieved November 29, 2026, from {Q}",
        f"{LEAD_ZH}\nShu shuo wunian [Five years in numbers]. (n.d.). Ping'an Hangzhou · Fazhi Hangzhou. "
        f"Retrieved November 29, 2026, from {P}#shared-courts"),
    ("zh", "chicago"): (
        f"平安杭州 · 法治杭州. n.d. “数说五年” [Five years in numbers]. Accessed November 29, 2026. {P}.",
        f"马小秋：“平安杭州与法治杭州建设并非孤立推进”\nMa Xiaoqiu. n.d. “{HEADLINE_ZH}” [{INTERVIEW_SENTENCE}]. 平安杭州 · 法治杭州. "
        f"Accessed November 29, 2026. {Q}.",
        f"{LEAD_ZH}\n平安杭州 · 法治杭州. n.d. “数说五年” [Five years in numbers]. Accessed November 29, 2026. {P}#shared-courts."),
    ("zh-hant", "gbt7714"): (
        f"數說五年[EB/OL]. [2026-11-29]. {PH}.",
        f"馬小秋：「平安杭州與法治杭州建設並非孤立推進」\n馬小秋. {HEADLINE_HANT}[Z/OL]//平安杭州 · 法治杭州. [2026-11-29]. {QH}.",
        f"{LEAD_HANT}\n數說五年[EB/OL]. [2026-11-29]. {PH}#shared-courts."),
    ("zh-hant", "apa"): (  # romanised from the Simplified form: the same pinyin as zh
        f"Shu shuo wunian [Five years in numbers]. (n.d.). Ping'an Hangzhou · Fazhi Hangzhou. Retrieved November 29, 2026, from {PH}",
        f"馬小秋：「平安杭州與法治杭州建設並非孤立推進」\nMa, X. (n.d.). {HEADLINE_PINYIN} [{INTERVIEW_SENTENCE}] [Interview]. "
        f"Ping'an Hangzhou · Fazhi Hangzhou. Retrieved November 29, 2026, from {QH}",
        f"{LEAD_HANT}\nShu shuo wunian [Five years in numbers]. (n.d.). Ping'an Hangzhou · Fazhi Hangzhou. "
        f"Retrieved November 29, 2026, from {PH}#shared-courts"),
    ("zh-hant", "chicago"): (
        f"平安杭州 · 法治杭州. n.d. “數說五年” [Five years in numbers]. Accessed November 29, 2026. {PH}.",
        f"馬小秋：「平安杭州與法治杭州建設並非孤立推進」\nMa Xiaoqiu. n.d. “{HEADLINE_HANT}” [{INTERVIEW_SENTENCE}]. 平安杭州 · 法治杭州. "
        f"Accessed November 29, 2026. {QH}.",
        f"{LEAD_HANT}\n平安杭州 · 法治杭州. n.d. “數說五年” [Five years in numbers]. Accessed November 29, 2026. {PH}#shared-courts."),
    ("en", "gbt7714"): (
        f"Five years in numbers[EB/OL]. [2026-11-29]. {PE}.",
        f"Ma Xiaoqiu: “Building a Safe Hangzhou and building a Rule-of-Law Hangzhou are not pursued in isolation”\n"
        f"MA X Q. {INTERVIEW_EN}[Z/OL]//Safe Hangzhou · Rule-of-Law Hangzhou. [2026-11-29]. {QE}.",
        f"{LEAD_EN}\nFive years in numbers[EB/OL]. [2026-11-29]. {PE}#shared-courts."),
    ("en", "apa"): (
        f"Five years in numbers. (n.d.). Safe Hangzhou · Rule-of-Law Hangzhou. Retrieved November 29, 2026, from {PE}",
        f"Ma Xiaoqiu: “Building a Safe Hangzhou and building a Rule-of-Law Hangzhou are not pursued in isolation”\n"
        f"Ma, X. (n.d.). {INTERVIEW_SENTENCE} [Interview]. Safe Hangzhou · Rule-of-Law Hangzhou. Retrieved November 29, 2026, "
        f"from {QE}",
        f"{LEAD_EN}\nFive years in numbers. (n.d.). Safe Hangzhou · Rule-of-Law Hangzhou. Retrieved November 29, 2026, "
        f"from {PE}#shared-courts"),
    ("en", "chicago"): (
        f"Safe Hangzhou · Rule-of-Law Hangzhou. n.d. “Five Years in Numbers.” Accessed November 29, 2026. {PE}.",
        f"Ma Xiaoqiu: “Building a Safe Hangzhou and building a Rule-of-Law Hangzhou are not pursued in isolation”\n"
        f"Ma Xiaoqiu. n.d. “{INTERVIEW_CHICAGO}.” Safe Hangzhou · Rule-of-Law Hangzhou. Accessed November 29, 2026. {QE}.",
        f"{LEAD_EN}\nSafe Hangzhou · Rule-of-Law Hangzhou. n.d. “Five Years in Numbers.” Accessed November 29, 2026. "
        f"{PE}#shared-courts."),
}
CASES = sorted(EXPECTED)


def page(lang):
    return page_work(TITLE[lang], ROOT + PREFIX[lang] + "numbers/", lang, SITE[lang], "Five years in numbers")


@pytest.mark.parametrize("lang, style", CASES)
def test_a_page(lang, style):
    assert reference(page(lang), style, DAY) == EXPECTED[lang, style][0]


@pytest.mark.parametrize("lang, style", CASES)
def test_a_paragraph_of_an_answer(lang, style):
    interview = interview_work(DATA, lang, SITE[lang])
    url = ROOT + PREFIX[lang] + "interview/rule-of-law/#q2-p1"
    assert quote_citation(interview, LABEL[lang], TEXT[lang], url, style, DAY) == EXPECTED[lang, style][1]


@pytest.mark.parametrize("lang, style", CASES)
def test_a_figure(lang, style):
    lead = figure_lead(DATA.metrics["shared-courts"], DATA, lang)
    assert paragraph_citation(page(lang), "shared-courts", lead, style, DAY) == EXPECTED[lang, style][2]


QUESTION = ROOT + "interview/rule-of-law/#q2"
QUESTION_TEXT = "在推进更高水平平安杭州建设过程中，杭州是如何发挥法治作用的？"
QUESTION_EXPECTED = {  # the reporter is not named: the interview with no speaker, title first
    "gbt7714": f"{HEADLINE_ZH}[Z/OL]//平安杭州 · 法治杭州. [2026-11-29]. {QUESTION}.",
    "apa": f"{HEADLINE_PINYIN} [{INTERVIEW_SENTENCE}]. (n.d.). [Interview]. Ping'an Hangzhou · Fazhi Hangzhou. "
           f"Retrieved November 29, 2026, from {QUESTION}",
    "chicago": f"“{HEADLINE_ZH}” [{INTERVIEW_SENTENCE}]. n.d. 平安杭州 · 法治杭州. Accessed November 29, 2026. {QUESTION}.",
}


@pytest.mark.parametrize("style", sorted(QUESTION_EXPECTED))
def test_a_paragraph_of_a_question_cites_the_interview_without_a_speaker(style):
    from explainer.citations.interview import as_question

    interview = as_question(interview_work(DATA, "zh", SITE["zh"]))
    text = quote_citation(interview, None, QUESTION_TEXT, QUESTION, style, DAY)
    assert text == f"“{QUESTION_TEXT}”\n" + QUESTION_EXPECTED[style]
    assert "马小秋." not in text and "Ma, X." not in text and "Ma Xiaoqiu. n.d." not in text


def test_the_label_takes_the_languages_colon_outside_the_quotation_marks():
    from explainer.citations.interview import speaker_lead

    assert speaker_lead("马小秋:", "平安杭州", "zh") == speaker_lead("马小秋：", "平安杭州", "zh") == "马小秋：“平安杭州”"
    assert speaker_lead("Ma Xiaoqiu:", "Safety", "en") == "Ma Xiaoqiu: “Safety”"
    assert speaker_lead(None, "“走出去”战略", "zh") == "“‘走出去’战略”"
    # the 繁體 edition quotes in 「」, its text's own 「」 nested as 『』 (and 『』 as 「」)
    assert speaker_lead("馬小秋:", "堅持「走出去」戰略", "zh-hant") == "馬小秋：「堅持『走出去』戰略」"
    assert speaker_lead(None, "「省級『微改革』項目庫」", "zh-hant") == "「『省級「微改革」項目庫』」"


def test_the_given_name_as_syllables_for_gbt_initials():
    from explainer.citations.interview import given_syllables

    assert given_syllables("马小秋", "Ma Xiaoqiu") == "Xiao Qiu"
    assert given_syllables("欧阳修", "Ouyang Xiu") == "Xiu"  # a two-syllable family name
    assert given_syllables("马小秋", "Ma Xiaochun") is None  # names that disagree: the English one is used
