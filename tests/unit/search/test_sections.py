"""What an index entry holds besides Material's title and text: glossary terms as entries, no empty
section, the twin's words in the other language, the pairs of unknown runs (issue 21)."""

from __future__ import annotations

import re

from explainer.search.sections import (FIELD, add_single_character_pairs, add_twin_words, drop_empty_sections,
                                       glossary_terms, inflected, segment, single_character_pairs, split_glossary)

SEPARATOR = re.compile(r"([\s\u200b，。、“”：]+)")
GLOSSARY_HTML = """<h1 id="glossary">术语表</h1><p>本页简要解释政策术语。</p>
<dl class="ex-glossary">
<dt id="shared-courts"><span class="ex-glossary__term">共享法庭</span> <span class="ex-glossary__other" lang="en">shared courts</span> <a class="headerlink" href="#shared-courts" title="此处的永久链接">¶</a></dt>
<dd>浙江推行的基层司法服务点。</dd>
<dt id="liang-qiang"><span class="ex-glossary__term">两抢</span> <span class="ex-glossary__other" lang="en">two &amp; robberies</span> <a class="headerlink" href="#liang-qiang">¶</a></dt>
<dd>抢劫和抢夺。</dd>
</dl>"""


def cut(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(0, len(text), 2)]


def test_each_glossary_term_is_read_from_the_page():
    assert glossary_terms(GLOSSARY_HTML) == [
        ("shared-courts", "共享法庭 shared courts", "浙江推行的基层司法服务点。"),
        ("liang-qiang", "两抢 two & robberies", "抢劫和抢夺。")]


def test_the_glossary_page_keeps_its_lead_and_each_term_becomes_an_entry_after_it():
    index = {"docs": [{"location": "", "title": "首页", "text": "杭州"},
                      {"location": "glossary/", "title": "术语表", "boost": 0.5,
                       "text": "<p>本页\u200b简要</p> 共享法庭 shared courts ¶ 浙江推行的基层司法服务点。"},
                      {"location": "numbers/", "title": "数说五年", "text": "数字"}]}
    assert split_glossary(index, glossary_terms(GLOSSARY_HTML), cut) == 2
    assert [doc["location"] for doc in index["docs"]] == [
        "", "glossary/", "glossary/#shared-courts", "glossary/#liang-qiang", "numbers/"]
    assert index["docs"][1]["text"] == "<p>本页\u200b简要</p>"
    term = index["docs"][2]
    assert term["title"] == "共享\u200b法庭\u200b shared courts" and term["text"].startswith("浙江\u200b推行")
    assert index["docs"][3]["title"] == "两抢\u200b two &amp; robberies"  # escaped again, as Material writes titles
    assert index["config"]["terms"] == "glossary/#"


def test_material_cut_is_imitated():
    assert segment("3084家共享法庭", cut) == "3084\u200b家共\u200b享法\u200b庭"


def test_a_section_without_text_of_its_own_is_no_entry():
    index = {"docs": [{"location": "interview/x/", "title": "页", "text": ""},
                      {"location": "interview/x/#answer", "title": "马小秋\u200b的\u200b回答", "text": " \u200b "},
                      {"location": "interview/x/#first", "title": "小标题", "text": "<p>马小秋：…</p>"}]}
    assert drop_empty_sections(index) == ["interview/x/#answer"]
    assert [doc["location"] for doc in index["docs"]] == ["interview/x/", "interview/x/#first"]


def test_runs_of_single_characters_are_indexed_as_their_pairs():
    assert single_character_pairs("萧山\u200b红\u200b领\u200b“", SEPARATOR) == ["红领"]
    assert single_character_pairs("1400\u200b余\u200b起", SEPARATOR) == ["余起"]
    assert single_character_pairs("警\u200b网\u200b协\u200b同", SEPARATOR) == ["警网", "网协", "协同"]
    # written apart, or apart by a stop word: no pair
    assert single_character_pairs("红，领", SEPARATOR) == []
    assert single_character_pairs("讲\u200b了\u200b什么", SEPARATOR) == []
    index = {"docs": [{"location": "a", "title": "t", "text": "萧山\u200b红\u200b领", "aliases": "xiaoshan"}]}
    add_single_character_pairs(index, SEPARATOR)
    assert index["docs"][0]["aliases"] == "xiaoshan\u200b红领"


def test_each_entry_gets_its_twins_words_in_the_other_language_only():
    zh = {"config": {"separator": r"[\s\u200b]+"}, "docs": [
        {"location": "numbers/#shared-courts", "title": "共享\u200b法庭\u200b与\u200b调解", "text": "3084\u200b家",
         "aliases": "shared\u200bcourts"}]}
    en = [{"location": "numbers/#shared-courts", "title": "Shared courts and mediation",
           "text": "<p>Hangzhou has set up 3,084 shared courts 共享法庭, which guided 477,000 mediations.</p>"}]
    assert add_twin_words(zh, en, chinese=False) == 1
    # no stop word, number or Chinese word; none the entry holds (courts, in its aliases); one form each
    assert zh["docs"][0][FIELD].split(" ") == ["mediation", "hangzhou", "set", "up", "guided"]
    assert zh["config"]["fields"][FIELD]["boost"] < 1


def test_an_english_entry_gets_its_twins_chinese_words():
    en = {"config": {}, "docs": [{"location": "numbers/#safety-trends", "title": "Safety trends", "text": "fell"}]}
    zh = [{"location": "numbers/#safety-trends", "title": "平安\u200b态势",
           "text": "全市\u200b命案\u200b下降\u200b，\u200b萧山\u200b红\u200b领\u200b的"}]
    add_twin_words(en, zh, chinese=True)
    assert en["docs"][0][FIELD].split(" ") == ["平安", "态势", "全市", "命案", "下降", "萧山", "红领"]


def test_a_glossary_term_gets_only_its_twins_names_and_a_page_with_sections_its_twins_title_nor_common_words():
    docs = [{"location": "glossary/#x", "title": "术语 term", "text": "释义"},
            {"location": "numbers/", "title": "数字", "text": "导语"},
            {"location": "numbers/#a", "title": "甲", "text": "甲"}]
    twins = [{"location": doc["location"], "title": "Words", "text": "mediation by the Supreme Court"} for doc in docs]
    index = {"config": {}, "docs": [dict(doc) for doc in docs]}
    add_twin_words(index, twins, chinese=False)
    assert [doc.get(FIELD) for doc in index["docs"]] == ["words supreme court", "words", "words mediation supreme court"]
    chinese_twins = [{"location": doc["location"], "title": "术语", "text": "调解"} for doc in docs]
    english = {"config": {}, "docs": [{"location": doc["location"], "title": "Term", "text": "gloss"} for doc in docs]}
    add_twin_words(english, chinese_twins, chinese=True)  # an English glossary entry: no Chinese twin words
    assert [doc.get(FIELD) for doc in english["docs"]] == [None, "术语", "术语 调解"]
    many = {"config": {}, "docs": [{"location": f"p/#{i}", "title": "甲", "text": "乙"} for i in range(24)]}
    twins = [{"location": f"p/#{i}", "title": "Hangzhou", "text": "Hangzhou" if i % 2 else f"rare{i}"} for i in range(24)]
    add_twin_words(many, twins, chinese=False)
    assert [doc.get(FIELD) for doc in many["docs"][:3]] == ["rare0", None, "rare2"]  # hangzhou: in 24 of 24


def test_inflections_lunr_stems_alike_are_kept_once():
    words = {"court", "resolve", "handle", "guide"}
    assert inflected("courts", words) and inflected("resolved", words) and inflected("handling", words)
    assert not inflected("guidance", words) and not inflected("news", words)
