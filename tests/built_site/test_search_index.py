"""The built search indexes: glossary aliases are searchable in each language, and shown nowhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

from explainer.search.analysis import fold_table, simplified
from explainer.search.stop_words import stop_words
from tests.conftest import LANG_PREFIX


def index(site, lang: str) -> dict:
    folder = site.dir / LANG_PREFIX[lang]
    return json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))


def entry(site, lang: str, location: str) -> dict:
    return next(doc for doc in index(site, lang)["docs"] if doc["location"] == location)


def test_both_indexes_search_the_aliases_field(site):
    for lang in ("zh", "en"):
        assert index(site, lang)["config"]["fields"]["aliases"] == {"boost": 1.0}


def test_abbreviations_and_full_forms_reach_the_sections_that_use_the_other(site):
    safety = entry(site, "zh", "numbers/#safety-trends")["aliases"].split("\u200b")
    assert {"电诈", "抢劫", "抢夺"} <= set(safety)
    question = entry(site, "zh", "interview/resilient-city/#question")["aliases"].split("\u200b")
    assert "五年规划" in question  # 第十五个五年规划, indexed as its parts (explainer/search/analysis.py)
    assert "PLAC" in entry(site, "en", "#the-interview")["aliases"].split("\u200b")
    assert "FTZ" in entry(site, "en", "interview/rule-of-law/#business-environment")["aliases"].split("\u200b")


def page_text(site, path: str, lang: str) -> str:
    """The page's text, without tags or attributes (a glossary tooltip may name the abbreviation)."""
    return re.sub(r"<[^>]*>", " ", site.html(path, lang))


def test_aliases_stay_out_of_the_pages(site):
    assert "电诈" not in page_text(site, "numbers/", "zh")
    assert "抢劫" not in page_text(site, "numbers/", "zh")
    assert "PLAC" not in page_text(site, "", "en")


BEFORE = json.loads((Path(__file__).resolve().parents[2] / "benchmarks" / "search_recall_before.json")
                    .read_text(encoding="utf-8"))


def words(value: str) -> set[str]:
    return set(re.split(r"[\s\u200b]+", re.sub(r"<[^>]*>", " ", value)))


def test_compounds_are_indexed_as_their_parts_in_both_chinese_editions(site):
    assert {"电信", "网络", "诈骗"} <= words(entry(site, "zh", "numbers/#safety-trends")["text"])
    assert {"電信", "網絡", "詐騙"} <= words(entry(site, "zh-hant", "numbers/#safety-trends")["text"])
    assert {"共享", "法庭"} <= words(entry(site, "zh", "numbers/#shared-courts-and-mediation")["text"])
    # and the glossary term whole, as a hidden word, so a query typed whole can require it
    assert "共享法庭" in entry(site, "zh", "numbers/#shared-courts-and-mediation")["aliases"].split("\u200b")


def script_constant(site, name: str) -> str:
    """A constant the build wrote into the search worker's analysis script."""
    script = (site.dir / "assets" / "javascripts" / "search-analysis.js").read_text(encoding="utf-8")
    written = re.search(r"var " + name + r"\s*=\s*(\"[^\"]*\")", script)
    assert written, f"no {name} in the built search-analysis.js"
    return json.loads(written.group(1))


def test_the_analysis_script_carries_the_variant_pairs_of_every_edition_once(site):
    pairs = fold_table(script_constant(site, "FOLD"))
    assert pairs["衞"] == pairs["衛"] == "卫" and pairs["啓"] == pairs["啟"] == "启"
    assert pairs["臺"] == "台"  # 平台 finds 平臺
    for lang in ("zh", "zh-hant", "en"):
        assert "fold" not in index(site, lang)["config"], lang
    # every 繁體 character of the 繁體 index folds (the table is made from all editions' characters)
    text = json.dumps(index(site, "zh-hant"), ensure_ascii=False)
    unfolded = [ch for ch in set(text) if re.match("[\u4e00-\u9fff]", ch) and len(simplified(ch)) == 1
                and simplified(ch) != ch and ch not in pairs]
    assert unfolded == []


def test_english_on_a_chinese_edition_and_pinyin_reach_the_sections(site):
    safety = entry(site, "zh", "numbers/#safety-trends")["aliases"].split("\u200b")
    assert {"fraud", "电诈"} <= set(safety)
    # the pinyin in the term's own entry only; every other entry through the pinyin file beside the index
    assert "dianzha" not in safety
    assert "dianzha" in entry(site, "zh", "glossary/#telecom-fraud")["aliases"].split("\u200b")
    readings = json.loads((site.dir / "search" / "search_pinyin.json").read_text(encoding="utf-8"))["words"]
    assert "电诈" in readings["dianzha"]
    assert "網路詐騙" in entry(site, "zh-hant", "numbers/#safety-trends")["aliases"].split("\u200b")


def test_the_glossary_and_page_summaries_weigh_less_than_sections(site):
    assert entry(site, "zh", "glossary/")["boost"] < 1
    assert entry(site, "en", "numbers/")["boost"] < 1
    assert "boost" not in entry(site, "en", "numbers/#safety-trends")


def test_each_index_stays_within_1_5_times_its_size_before_issue_21(site):
    """Bytes on disk and gzipped (as served): benchmarks/search_recall_before.json measured both."""
    import gzip

    for lang in ("zh", "zh-hant", "en"):
        data = (site.dir / LANG_PREFIX[lang] / "search" / "search_index.json").read_bytes()
        before = BEFORE["old"][lang]
        assert len(data) <= 1.5 * before["index_bytes"], (lang, len(data), before["index_bytes"])
        gzipped = len(gzip.compress(data, compresslevel=9))
        assert gzipped <= 1.5 * before["index_gzip_bytes"], (lang, gzipped, before["index_gzip_bytes"])


def test_each_glossary_term_is_an_entry_of_its_own_and_the_page_keeps_its_lead(site):
    for lang in ("zh", "zh-hant", "en"):
        docs = {doc["location"]: doc for doc in index(site, lang)["docs"]}
        terms = [location for location in docs if location.startswith("glossary/#")]
        assert len(terms) > 40 and "glossary/#shared-courts" in terms, lang
        assert index(site, lang)["config"]["terms"] == "glossary/#"
        assert 'id="shared-courts"' in site.html("glossary/", lang)  # the entry opens the term on the page
        assert len(docs["glossary/"]["text"]) < 500, lang  # the lead, not every definition
    title = entry(site, "zh", "glossary/#shared-courts")["title"].replace("\u200b", "")
    assert title == "共享法庭 shared courts"
    assert entry(site, "zh-hant", "glossary/#fengqiao-experience")["title"].startswith("楓橋")
    assert entry(site, "en", "glossary/#shared-courts")["title"].replace("\u200b", "") == "shared courts 共享法庭"


def test_a_section_without_text_of_its_own_is_no_entry(site):
    for lang in ("zh", "zh-hant", "en"):
        locations = [doc["location"] for doc in index(site, lang)["docs"]]
        assert "interview/rule-of-law/#answer" not in locations  # 马小秋的回答: its text is in its subsections
        assert "interview/resilient-city/#answer" in locations  # the one answer with a text of its own


def test_each_entry_holds_its_twins_words_in_the_other_language(site):
    zh = entry(site, "zh", "numbers/#shared-courts-and-mediation")["twin"].split()
    assert "mediation" in zh and not any(re.search("[\u4e00-\u9fff]", word) for word in zh)
    assert "mediation" in entry(site, "zh-hant", "numbers/#shared-courts-and-mediation")["twin"].split()
    en = entry(site, "en", "numbers/#shared-courts-and-mediation")["twin"].split()
    assert "调解" in en
    assert index(site, "en")["config"]["fields"]["twin"]["boost"] < 1
    # a glossary entry's title names it in both: a Chinese one takes only the names its English twin capitalises
    glossary_twin = entry(site, "zh", "glossary/#shared-courts")["twin"].split()
    english = entry(site, "en", "glossary/#shared-courts")
    capitalised = {word.casefold() for word in re.findall(r"[A-Za-z]+", english["title"] + " " + english["text"]) if word[0].isupper()}
    assert glossary_twin and set(glossary_twin) <= capitalised and "mediation" not in glossary_twin, glossary_twin
    assert "twin" not in entry(site, "en", "glossary/#shared-courts")


def test_the_analysis_script_carries_the_stop_words_once_for_every_edition(site):
    assert set(script_constant(site, "STOP_WORDS").split()) == set(stop_words()) and {"的", "什么", "many"} <= set(stop_words())
    for lang in ("zh", "zh-hant", "en"):
        assert "stop" not in index(site, lang)["config"], lang
    fold = fold_table(script_constant(site, "FOLD"))
    assert "".join(fold.get(ch, ch) for ch in "什麼誰嗎") == "什么谁吗"  # a 繁體 query's stop words fold to the list's


def test_each_index_carries_its_synonyms_as_it_writes_them(site):
    zh_hant = index(site, "zh-hant")["config"]
    readers = {reader: site_words for readers, site_words in zh_hant["synonyms"] for reader in readers.split("|")}
    assert readers["殺人"] == readers["murder"] == "命案|homicide"
    assert "志工" in readers  # a Taiwan word of the generated edition


def test_runs_of_single_characters_are_also_indexed_as_pairs(site):
    aliases = entry(site, "zh", "interview/grassroots-governance/#mass-prevention-and-control")["aliases"]
    assert "红领" in aliases.split("\u200b")  # 萧山红领, cut 萧山 红 领
