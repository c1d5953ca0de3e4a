"""Search finds what readers type: abbreviations and full forms from the glossary's search aliases, in
both directions and both languages, and queries that arrive without a key press (paste, an input
method committing a word) — Material itself reads the query on keyup only."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.conftest import LANG_PREFIX
from tests.support.search_box import SearchBox, count_messages, rank, wait_for_answer


def location(href: str) -> str:
    """A result's address without Material's ?h= highlight parameter."""
    parts = urlsplit(href)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" + (f"#{parts.fragment}" if parts.fragment else "")


def open_search(page, site, lang: str):
    count_messages(page)
    page.goto(site.page_url("", lang), wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()  # on a desktop the search box is in the header; focus loads the index
    # Wait until the search worker is ready ("Initializing search" gives way to the placeholder, "Type
    # to start searching"): Material also reads the box once then, which would hide the keyup-only bug.
    # Wait for the placeholder itself: the index may be ready before this line runs.
    placeholder = page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']")
    page.wait_for_function("text => document.querySelector('.md-search-result__meta').innerText.trim() === text",
                           arg=placeholder, timeout=10000)
    return box


def results(page) -> list[dict]:
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    return page.locator(".md-search-result__item a").evaluate_all(
        "links => links.map(a => ({href: a.href, text: a.innerText.replace(/\\u200b/g, '')}))")


def hrefs(found: list[dict]) -> list[str]:
    return [item["href"] for item in found]


def typed(page, site, lang: str, query: str) -> list[dict]:
    box = open_search(page, site, lang)
    box.press_sequentially(query, delay=30)
    box.press("End")  # a real key: the way Material has always read the box
    wait_for_answer(page, query)  # the answer to the whole query, not to its first letters
    return results(page)


def test_an_abbreviation_finds_the_full_form(new_page, site):
    page, watch = new_page()
    found = typed(page, site, "zh", "电诈")
    assert any("电信网络诈骗" in item["text"] for item in found), found
    assert any(f"{site.url}numbers/" in href for href in hrefs(found)), hrefs(found)
    assert all("/en/" not in href for href in hrefs(found))
    # The alias is found, never shown: the results show the page's own words.
    assert not any("电诈" in item["text"] for item in found if "/glossary/" not in item["href"]), found
    # The query analysis came with the index, once search was opened (tests/browser/test_every_page.py:
    # never with the page itself).
    assert [url for url in watch.requested if "search-analysis.js" in url], watch.requested
    assert watch.problems() == []


def test_the_full_form_finds_a_page_that_only_uses_the_abbreviation(new_page, site):
    page, watch = new_page()
    found = typed(page, site, "zh", "抢劫")  # 两抢 = 抢劫、抢夺; the numbers page only writes “两抢”
    safety = [item for item in found if item["href"].startswith(f"{site.url}numbers/")]
    assert safety, hrefs(found)
    assert any("两抢" in item["text"] for item in safety), safety
    assert watch.problems() == []


def test_an_english_abbreviation_finds_the_full_name(new_page, site):
    page, watch = new_page()
    found = typed(page, site, "en", "PLAC")
    assert any("Political and Legal Affairs Commission" in item["text"] for item in found), found
    assert all("/en/" in href for href in hrefs(found)), hrefs(found)
    found = typed(page, site, "en", "FTZ")
    assert any("/en/interview/rule-of-law/" in href for href in hrefs(found)), hrefs(found)
    assert watch.problems() == []


def test_a_pasted_query_searches_without_a_key(new_page, site):
    """``fill`` sets the value with one input event and no keyup, like a paste from a menu."""
    page, watch = new_page()
    box = open_search(page, site, "zh")
    box.fill("电诈")
    found = results(page)
    assert any("电信网络诈骗" in item["text"] for item in found), found
    assert watch.problems() == []


def test_a_word_committed_by_an_input_method_searches(new_page, site):
    """An input method sends composition events, input events marked ``isComposing`` while the reader
    picks, then ``compositionend`` with the chosen word; its key events carry no characters."""
    page, watch = new_page()
    open_search(page, site, "zh")
    page.evaluate("""() => {
        const box = document.querySelector('.md-search__input');
        box.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
        for (const value of ['dian', 'dianzha', '电诈']) {
            box.value = value;
            box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: value}));
        }
        box.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '电诈'}));
    }""")
    found = results(page)
    assert any("电信网络诈骗" in item["text"] for item in found), found
    assert watch.problems() == []


def test_text_inserted_without_key_events_searches(new_page, site):
    """``insert_text`` puts text in the box with an input event and no key event at all."""
    page, watch = new_page()
    open_search(page, site, "en")
    page.keyboard.insert_text("PLAC")
    found = results(page)
    assert any("Political and Legal Affairs Commission" in item["text"] for item in found), found
    assert watch.problems() == []


def test_the_traditional_edition_finds_its_terms_as_written(new_page, site):
    """Its own index (zh-hant/search/), cut where jieba cuts the Simplified original, glossary terms whole."""
    for query, where in (("共享法庭", "numbers/"), ("城市大腦", "interview/rule-of-law/")):
        page, watch = new_page()  # a fresh page per query: open_search waits for the worker to start
        found = typed(page, site, "zh-hant", query)
        assert any(query in item["text"] for item in found), (query, found)
        assert all(href.startswith(f"{site.url}zh-hant/") for href in hrefs(found)), hrefs(found)
        assert any(href.startswith(f"{site.url}zh-hant/{where}") for href in hrefs(found)), (query, hrefs(found))
        assert watch.problems() == []


def test_results_highlight_the_parts_of_a_chinese_compound(new_page, site):
    """诈骗 is indexed as a part of 电信网络诈骗: the results mark it inside the compound."""
    page, watch = new_page()
    typed(page, site, "zh", "诈骗")
    marks = page.locator(".md-search-result__item mark").evaluate_all("marks => marks.map(m => m.innerText)")
    assert "诈骗" in marks, marks
    assert watch.problems() == []


def test_a_taiwan_variant_and_a_simplified_query_find_the_traditional_text(new_page, site):
    page, watch = new_page()
    for query, where, shown in (("辦案平台", "interview/digital-governance/#big-data-case-platform", "平臺"),
                                ("诈骗", "numbers/#safety-trends", "詐騙")):
        found = typed(page, site, "zh-hant", query)
        hits = [item for item in found if location(item["href"]) == f"{site.url}zh-hant/{where}"]
        assert hits and shown in hits[0]["text"], (query, found)
    assert watch.problems() == []


def links(found: list[dict], site, lang: str) -> list[str]:
    """Result addresses relative to the edition's root, without Material's ?h= parameter."""
    root = site.url + ({"zh": "", "zh-hant": "zh-hant/", "en": "en/"}[lang])
    return [location(href)[len(root):] for href in hrefs(found)]


def test_a_question_is_searched_by_its_meaningful_words(new_page, site):
    """马小秋是谁: 是 and 谁 are left out (they matched every title that holds 是); only stop words: as typed."""
    page, watch = new_page()
    found = links(typed(page, site, "zh", "马小秋是谁"), site, "zh")
    assert "#the-interview" in found[:5], found
    assert not any("digital-engine" in link for link in found[:2]), found  # 数字建设是重要引擎
    assert typed(page, site, "zh", "是什么")  # a query made only of stop words still finds something
    assert watch.problems() == []


def test_a_typo_finds_the_word(new_page, site):
    page, watch = new_page()
    assert "numbers/#shared-courts-and-mediation" in links(typed(page, site, "en", "mediaton"), site, "en")[:5]
    assert "numbers/#safety-trends" in links(typed(page, site, "en", "homocide rate"), site, "en")[:5]
    assert watch.problems() == []


def test_a_typo_in_a_word_is_the_word_not_a_stem_its_start_spells(new_page, site):
    """internnet is internet (one letter more), not intern|net, the stem of international with an ending
    that is no ending."""
    page, watch = new_page()
    box = SearchBox(page, site.url + LANG_PREFIX["en"])
    found = box.search("Internnet Court", "typed")
    position = rank(found, ["glossary/#three-courts-one-institute"])
    assert position is not None and position <= 5, found
    assert not any("international" in link for link in found[:5]), found
    assert watch.problems() == []


def test_a_four_letter_typo_is_corrected_only_when_the_index_lacks_the_word(new_page, site):
    """cort is no word of the index and starts none: court, one edit away. cost is a word of the index and
    stays itself (no entry holding only "court" or "most" comes in)."""
    page, watch = new_page()
    box = SearchBox(page, site.url + LANG_PREFIX["en"])
    found = box.search("Hangzhou Internet Cort", "typed")
    position = rank(found, ["glossary/#three-courts-one-institute"])
    assert position is not None and position <= 5, found
    found = box.search("dispute resolution cost", "typed")
    assert rank(found, ["interview/rule-of-law/#market-based-dispute-resolution"]) is not None, found
    assert not any("court" in link for link in found[:5]), found
    # yaer is spelt as pinyin but reads as no word of the site: year, one swap away
    found = box.search("Five-Yaer Plan", "typed")
    position = rank(found, ["glossary/#five-year-plans"])
    assert position is not None and position <= 5, found
    assert watch.problems() == []


def test_a_section_whose_title_holds_the_question_is_shown_though_it_lacks_a_word(new_page, site):
    """网站上的数据能下载成excel吗: the about page's section on derived figures holds 网站 too, the download
    section lacks it but its title holds 下载 and 数据; Material would fold it under "more" (only sections
    scored as high as the page's best are shown): it is shown, among the first five."""
    page, watch = new_page()
    box = SearchBox(page, site.url + LANG_PREFIX["zh"])
    found = box.search("网站上的数据能下载成excel吗", "typed")
    position = rank(found, ["about/#download-data"])
    assert position is not None and position <= 5, found
    assert watch.problems() == []


def test_a_possessive_is_the_word_and_pinyin_words_typed_apart_are_joined(new_page, site):
    """Hangzhou's is Hangzhou (the section that writes Hangzhou, not Hangzhou's); chaoda chengshi reads
    as 超大城市 on English; ma xiaoqiu reads as 马小秋 on 简体 although xiaoqiu alone is an English twin's word
    there."""
    page, watch = new_page()
    for lang, query, answer in (
            ("en", "What are the hands and feet in Hangzhou's police-grid model?",
             ["glossary/#small-brain-hands-feet", "interview/grassroots-governance/#police-grid-coordination"]),
            ("en", "chaoda chengshi", ["interview/grassroots-governance/#megacity-challenges"]),
            ("zh", "ma xiaoqiu", ["#the-interview"])):
        found = SearchBox(page, site.url + LANG_PREFIX[lang]).search(query, "typed")
        position = rank(found, answer)
        assert position is not None and position <= 5, (query, found)
    assert watch.problems() == []


def test_a_long_name_less_one_word_still_names_its_glossary_entry(new_page, site):
    """法治政府评估报告 is the 中国法治政府评估报告 but for 中国: of a name of five words or more, all but one name
    it, and its entry is the second page shown, after the figures' section, not below every page."""
    page, watch = new_page()
    found = SearchBox(page, site.url + LANG_PREFIX["zh"]).search("法治政府评估报告是谁编的", "typed")
    pages = [link for link in found if "#" not in link]
    assert pages[1:2] == ["glossary/"], found
    position = rank(found, ["glossary/#rule-of-law-government-report"])
    assert position is not None and position <= 4, found
    assert watch.problems() == []


def test_an_ordinal_in_digits_is_the_ordinal_the_pages_write(new_page, site):
    """第2名、第4名、第2名: the pages write 位列第二、第四和第二."""
    page, watch = new_page()
    found = SearchBox(page, site.url + LANG_PREFIX["zh-hant"]).search("第2名、第4名、第2名", "typed")
    position = rank(found, ["numbers/#rule-of-law-government", "interview/rule-of-law/#business-environment"])
    assert position is not None and position <= 3, found
    assert watch.problems() == []


def test_what_a_definition_question_asks_about_comes_first(new_page, site):
    """What does 余 mean in the Chinese figures?: 余 is what is asked; the units section, the one entry that
    explains it, before the sections that only hold "Chinese" and "figures"."""
    page, watch = new_page()
    found = SearchBox(page, site.url + LANG_PREFIX["en"]).search("What does 余 mean in the Chinese figures?", "typed")
    assert found[:2] == ["about/", "about/#units"], found
    assert watch.problems() == []


def test_a_homophone_for_one_character_of_a_two_character_word_finds_the_word(new_page, site):
    """法治规道: 规道 is no word of the index and reads as 轨道 (法治轨道) with one character the same. A longer
    run the index lacks is no typo: 双语名词表 is not 名词 → 名次 (ranking), and the glossary stays in reach.
    Ranks as the reader sees them (sections folded under "more" left out)."""
    page, watch = new_page()
    box = SearchBox(page, site.url + LANG_PREFIX["zh"])
    for query, answer in (("法治规道", "interview/rule-of-law/#safety-and-rule-of-law-together"),
                          ("双语名词表", "glossary/")):
        found = box.search(query, "typed")
        position = rank(found, [answer])
        assert position is not None and position <= 5, (query, found)
    assert watch.problems() == []


def test_a_figure_with_its_sign_is_a_number_not_lunr_syntax(new_page, site):
    """-29.08% (the homicide figure as the sidebar gives it, typed with a hyphen) finds the figure. Read as
    lunr's syntax, -29.08 would have meant "without 29.08": every page but the one holding it. A plus
    sign alone is a word between others (3 tribunals + 1 court), not lunr's "required"."""
    page, watch = new_page()
    box = SearchBox(page, site.url + LANG_PREFIX["zh"])
    found = box.search("-29.08%", "typed")
    assert found[:2] == ["numbers/", "numbers/#safety-trends"], found
    box = SearchBox(page, site.url + LANG_PREFIX["en"])
    found = box.search("3 tribunals + 1 court", "typed")
    position = rank(found, ["glossary/#three-courts-one-institute", "interview/rule-of-law/#twin-drivers"])
    assert position is not None and position <= 5, found
    found = box.search("fraud -telecom", "typed")  # lunr's syntax still works: fraud, without telecom
    assert found and "glossary/#telecom-fraud" not in found and "numbers/#safety-trends" not in found, found
    assert watch.problems() == []


def test_a_question_counted_to_finds_that_question(new_page, site):
    """第三个问题, 問題3, the first question, Q2: the page of the question the reader counts to, first, in
    every edition and in either language (the order is the interview's: the {#qN} ids)."""
    page, watch = new_page()
    cases = {"zh": [("第三个问题记者原话是怎么问的", "interview/digital-governance/#question"),
                    ("最后一个问题", "interview/resilient-city/#question"),
                    ("what did the second question ask", "interview/rule-of-law/#question")],
             "zh-hant": [("第一問的回答重點有哪些？", "interview/grassroots-governance/")],
             "en": [("What did the reporter ask in the first question?", "interview/grassroots-governance/#question"),
                    ("Q3", "interview/digital-governance/#question"),
                    ("第二个问题", "interview/rule-of-law/#question")]}
    for lang, queries in cases.items():
        box = SearchBox(page, site.url + LANG_PREFIX[lang])
        for query, answer in queries:
            found = box.search(query, "typed")
            page_of = answer.split("#")[0]
            assert found[0] == page_of and answer in found[:2], (lang, query, found)
    assert watch.problems() == []


def test_a_question_comparing_terms_opens_with_their_glossary_entries(new_page, site):
    """共享法庭跟杭州互聯網法院有什麼不同？ asks for two definitions: the glossary's entries come first, though
    each holds only one of the terms and an interview section holds both. 不同 is what is asked, not a
    word to find; 杭州 only starts 杭州国际商事法庭, which is not named."""
    page, watch = new_page()
    for lang, query, entries in (
            ("zh-hant", "共享法庭跟杭州互聯網法院有什麼不同？", ["glossary/#shared-courts"]),
            ("zh", "杭州的共享法庭是什么", ["glossary/#shared-courts"]),
            ("en", "what is the difference between Wulin Aunties and Xizi volunteer police",
             ["glossary/#wulin-aunties", "glossary/#xizi-volunteer-police"]),
            # asking whether two things are the same is asking how they differ
            ("zh", "市场化解纷和共享法庭是一回事吗", ["glossary/#market-based-dispute-resolution"]),
            ("en", "Are Wulin Aunties the same as Xizi Volunteer Police?",
             ["glossary/#wulin-aunties", "glossary/#xizi-volunteer-police"])):
        found = SearchBox(page, site.url + LANG_PREFIX[lang]).search(query, "typed")
        assert found[0] == "glossary/" and found[1:1 + len(entries)] == entries, (query, found)
        assert "glossary/#hangzhou-international-commercial-court" not in found[:3], (query, found)
    assert watch.problems() == []


def test_a_terms_spelling_that_its_definition_writes_still_names_it(new_page, site):
    """电诈 is a spelling of 电信网络诈骗 that the English definition also writes ("often shortened in Chinese
    to 电诈"): on English, as on 简体, the glossary's entry comes first, before the sections that mention
    telecom fraud."""
    page, watch = new_page()
    for lang in ("en", "zh"):
        found = SearchBox(page, site.url + LANG_PREFIX[lang]).search("电诈", "typed")
        assert found[:2] == ["glossary/", "glossary/#telecom-fraud"], (lang, found)
    assert watch.problems() == []


def test_a_word_in_quotation_marks_is_what_the_question_is_about(new_page, site):
    """数字后面的“余”是什么意思: every entry holds one of 数字, 余; the one holding the quoted 余 comes
    first, not the titles holding 数字."""
    page, watch = new_page()
    found = SearchBox(page, site.url + LANG_PREFIX["zh"]).search("数字后面的“余”是什么意思", "typed")
    position = rank(found, ["about/#units"])
    assert position is not None and position <= 2, found
    assert watch.problems() == []


def test_the_other_language_and_everyday_words_find_the_sections(new_page, site):
    page, watch = new_page()
    for lang, query, where in (("zh", "mediation", "numbers/#shared-courts-and-mediation"),
                               ("en", "调解", "numbers/#shared-courts-and-mediation"),
                               ("zh-hant", "mediation", "numbers/#shared-courts-and-mediation"),
                               ("zh-hant", "車禍", "numbers/#safety-trends"),
                               ("zh", "杀人", "numbers/#safety-trends"),
                               ("en", "car crash", "numbers/#safety-trends"),
                               ("en", "law and order", "interview/grassroots-governance/#mass-prevention-and-control")):
        found = typed(page, site, lang, query)
        assert where in links(found, site, lang)[:5], (lang, query, found)
        # found through hidden words, shown with the page's own: the reader's word is not in the results
        assert not any(query in item["text"] for item in found if "/glossary/" not in item["href"]), (query, found)
    assert watch.problems() == []


def test_a_glossary_term_is_a_result_that_opens_its_entry(new_page, site):
    page, watch = new_page()
    found = typed(page, site, "zh", "共享法庭是什么")
    assert links(found, site, "zh")[:2] == ["glossary/", "glossary/#shared-courts"], found
    page.locator(".md-search-result__item a[href$='#shared-courts']").first.click()
    page.wait_for_url(lambda url: "/glossary/" in url and url.endswith("#shared-courts"))
    assert page.evaluate("document.querySelector('dt:target') && document.querySelector('dt:target').id") == "shared-courts"
    assert watch.problems() == []


def test_pinyin_of_any_word_is_fetched_only_for_a_pinyin_query_and_finds_the_word(new_page, site):
    page, watch = new_page()
    box = open_search(page, site, "zh")
    box.press_sequentially("fraud", delay=30)
    results(page)
    assert not [url for url in watch.requested if "search_pinyin.json" in url]  # an English word: not pinyin
    box.fill("")
    box.press_sequentially("mingan", delay=30)  # 命案: no glossary term reads so, the file does
    page.wait_for_function("() => [...document.querySelectorAll('.md-search-result__item')]"
                           ".some(item => item.innerText.includes('命案'))", timeout=10000)
    fetched = [url for url in watch.requested if "search_pinyin.json" in url]
    assert fetched == [f"{site.url}search/search_pinyin.json"], watch.requested
    assert f"{site.url}numbers/#safety-trends" in [location(href) for href in hrefs(results(page))]
    assert watch.problems() == []


def test_numbers_are_found_as_readers_type_them(new_page, site):
    """Chinese number words, 316k, a comma the Chinese pages do not write, a figure rounded as a reader
    remembers it; a plan's name made of number characters (十四五) stays a word."""
    page, watch = new_page()
    for lang, query, where in (("zh", "百分之二十九", "numbers/#safety-trends"),  # 29.08%
                               ("zh-hant", "8億9千萬", "numbers/#market-dispute-resolution"),  # 8.9亿元
                               ("zh", "五十六万八千七百件", "numbers/#market-dispute-resolution"),  # 56.87万件
                               ("en", "316k disputes", "numbers/#derived-figures"),  # 316,000
                               ("zh-hant", "1,565", "numbers/#derived-figures"),  # 1565元
                               ("en", "39% fraud", "numbers/#safety-trends"),  # 38.73%
                               ("en", "sixty-six point two percent", "numbers/#derived-figures"),  # 66.2%
                               ("en", "three thousand and eighty-four courts", "numbers/#shared-courts-and-mediation"),
                               ("zh-hant", "十八年", "numbers/#safety-trends"),  # 連續18年: 十 and a counter
                               ("zh-hant", "三千多個共享法庭", "numbers/#shared-courts-and-mediation"),  # 3,000 rounds 3084
                               ("zh-hant", "2/3調解成功", "numbers/#derived-figures"),  # 66.2%, within a point of 2/3
                               ("en", "8.9 hundred million yuan", "numbers/#market-dispute-resolution"),  # 亿 word for word
                               ("zh", "十四五", "glossary/#five-year-plans")):
        found = typed(page, site, lang, query)
        assert where in links(found, site, lang)[:5], (lang, query, found)
    assert watch.problems() == []


def test_pinyin_initials_and_words_run_together_find_the_words(new_page, site):
    page, watch = new_page()
    for query, where in (("zgsxdh", "glossary/#chinese-modernisation"), ("fqjy", "glossary/#fengqiao-experience"),
                         ("yuantouzhili", "interview/grassroots-governance/#source-governance"),  # 源头 治理 run together
                         ("zhuaqianduan", "interview/grassroots-governance/#source-governance"),  # 抓 前端, cut apart
                         ("bcpm", "numbers/#rule-of-law-government"),  # 百城 排名: two words' initials
                         ("dsjba", "interview/digital-governance/#big-data-case-platform")):  # 大数据 办案: 案 starts with a
        found = typed(page, site, "zh", query)
        assert where in links(found, site, "zh")[:5], (query, found)
    assert watch.problems() == []


def test_the_glossarys_definitions_in_the_other_language_are_fetched_only_for_its_script_and_find_the_term(new_page, site):
    """西湖 is only in the Chinese definition of 西子义警 (Xizi volunteer police); "common prosperity" only in
    the English one of 中国式现代化: each edition fetches the other language's definitions for such a word
    (hooks/explainer/search/definitions.py), and not for a word in its own script."""
    page, watch = new_page()
    for lang, own, other, where in (("en", "fraud", "西湖", "glossary/#xizi-volunteer-police"),
                                    ("zh-hant", "命案", "common prosperity", "glossary/#chinese-modernisation")):
        fetched = lambda: [url for url in watch.requested if "search_definitions.json" in url]  # noqa: E731
        typed(page, site, lang, own)
        assert fetched() == [], (lang, own)
        found = typed(page, site, lang, other)
        assert where in links(found, site, lang)[:5], (lang, other, found)
        assert fetched() == [f"{site.url}{LANG_PREFIX[lang]}search/search_definitions.json"], watch.requested
        watch.requested.clear()
    assert watch.problems() == []


def test_a_query_no_word_of_the_index_matches_finds_the_entries_holding_its_characters(new_page, site):
    """上当受骗损失: the site writes 诈骗 and 案损, no word of the query. Rather than nothing, the entries
    whose words hold the most of its characters (骗, 损), the telecom fraud figures first among them."""
    page, watch = new_page()
    found = typed(page, site, "zh", "上当受骗损失")
    assert "numbers/#safety-trends" in links(found, site, "zh")[:5], found
    assert watch.problems() == []
