"""The glossary: one-line load errors, and tooltips on the first use of each term in the page text."""

from __future__ import annotations

import json

import markdown
import pytest

from explainer.errors import SiteError
from explainer.dataset.glossary import GlossaryExtension, definitions_by_id, load_glossary, search_spellings, term_titles

TERMS = [
    {"id": "zongzhi-center",
     "zh": {"term": "综治中心", "definition": "社会治安综合治理中心", "aliases": ["社会治安综合治理中心"]},
     "en": {"term": "comprehensive governance centre", "definition": "A centre that coordinates public safety.",
            "aliases": ["governance centres"]}},
    {"id": "shared-court",
     "zh": {"term": "共享法庭", "definition": "设在基层的在线诉讼服务站点"},
     "en": {"term": "shared court", "definition": "A small online court point in a township or village."}},
    {"id": "app",
     "zh": {"term": "应用", "definition": "数字化应用"},
     "en": {"term": "app", "definition": "A digital application."}},
]


def write(tmp_path, content) -> str:
    path = tmp_path / "glossary.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False),
                    encoding="utf-8")
    return path


def load_error(tmp_path, content) -> str:
    with pytest.raises(SiteError) as caught:
        load_glossary(write(tmp_path, content), "data/glossary.json")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("data/glossary.json: ")
    return message


def test_a_good_glossary_loads(tmp_path):
    assert load_glossary(write(tmp_path, {"terms": TERMS}), "data/glossary.json") == TERMS


def test_duplicate_id(tmp_path):
    terms = [TERMS[0], {**TERMS[1], "id": "zongzhi-center"}]
    assert load_error(tmp_path, {"terms": terms}) == "data/glossary.json: terms[1].id: duplicate id 'zongzhi-center'"


def test_missing_definition(tmp_path):
    broken = json.loads(json.dumps(TERMS))
    del broken[1]["en"]["definition"]
    assert load_error(tmp_path, {"terms": broken}) == "data/glossary.json: terms[1] (shared-court).en.definition: missing or empty"


def test_several_problems_on_one_line(tmp_path):
    broken = json.loads(json.dumps(TERMS))
    broken[0]["zh"]["definition"] = "  "
    del broken[2]["zh"]
    broken[1]["id"] = "Shared Court"
    message = load_error(tmp_path, {"terms": broken})
    assert "terms[0] (zongzhi-center).zh.definition: missing or empty" in message
    assert "terms[1].id: missing or not a lower-case kebab-case id" in message
    assert "terms[2] (app).zh: missing" in message
    assert message.count("; ") == 2


def test_aliases_must_be_strings(tmp_path):
    broken = json.loads(json.dumps(TERMS))
    broken[0]["en"]["aliases"] = ["ok", ""]
    assert load_error(tmp_path, {"terms": broken}) == (
        "data/glossary.json: terms[0] (zongzhi-center).en.aliases: must be a list of non-empty strings")


def test_not_an_object_with_terms(tmp_path):
    assert load_error(tmp_path, [1, 2]) == "data/glossary.json: the top level is a list; it must be an object ({ … })"


def test_invalid_json(tmp_path):
    assert load_error(tmp_path, '{"terms": [\n}').startswith("data/glossary.json: line 2 column 1: invalid JSON")


def test_missing_file(tmp_path):
    with pytest.raises(SiteError) as caught:
        load_glossary(tmp_path / "nope.json", "data/glossary.json")
    assert str(caught.value).startswith("data/glossary.json: cannot be read")


def test_titles_and_definitions_per_language():
    assert term_titles(TERMS, "zh")["社会治安综合治理中心"] == "社会治安综合治理中心"
    assert term_titles(TERMS, "en")["governance centres"] == "A centre that coordinates public safety."
    assert definitions_by_id(TERMS, "en")["shared-court"] == "A small online court point in a township or village."


def convert(text: str, lang: str = "zh") -> str:
    ext = GlossaryExtension()
    ext.titles = term_titles(TERMS, lang)
    ext.definitions = definitions_by_id(TERMS, lang)
    return markdown.Markdown(extensions=[ext]).convert(text)


def test_chinese_term_inside_a_sentence_is_wrapped_once():
    html = convert("以综治中心规范化建设为抓手,高效推进综治中心实战化运行。")
    assert html == ('<p>以<abbr tabindex="0" title="社会治安综合治理中心">综治中心</abbr>规范化建设为抓手,'
                    "高效推进综治中心实战化运行。</p>")


def test_only_the_first_occurrence_on_the_page():
    html = convert("第一段提到共享法庭。\n\n第二段又提到共享法庭。")
    assert html.count("<abbr") == 1
    assert html.index("<abbr") < html.index("第二段")


def test_several_terms_in_one_text():
    html = convert("共享法庭和综治中心。")
    assert html == ('<p><abbr tabindex="0" title="设在基层的在线诉讼服务站点">共享法庭</abbr>和'
                    '<abbr tabindex="0" title="社会治安综合治理中心">综治中心</abbr>。</p>')


def test_not_inside_links_code_or_headings():
    html = convert("# 综治中心\n\n## 共享法庭\n\n见[综治中心](https://example.org/)与`共享法庭`。\n\n"
                   "```\n综治中心\n```\n")
    assert "<abbr" not in html


def test_text_after_a_link_or_code_is_wrapped():
    html = convert("见[链接](https://example.org/)后的综治中心,与`代码`后的共享法庭。")
    assert '<a href="https://example.org/">链接</a>后的<abbr tabindex="0" title="社会治安综合治理中心">综治中心</abbr>' in html
    assert '<code>代码</code>后的<abbr tabindex="0" title="设在基层的在线诉讼服务站点">共享法庭</abbr>' in html


def test_inside_emphasis_and_lists():
    html = convert("- 一项:**建设综治中心**\n- 二项:共享法庭\n")
    assert "<strong>建设<abbr" in html
    assert html.count("<abbr") == 2


def test_longest_spelling_wins():
    html = convert("社会治安综合治理中心即综治中心。")
    assert html.startswith('<p><abbr tabindex="0" title="社会治安综合治理中心">社会治安综合治理中心</abbr>即')
    assert html.count("<abbr") == 2  # each spelling once


def test_a_link_to_the_glossary_gets_the_definition_and_counts_as_the_first_use():
    html = convert("[综治中心](../glossary/#zongzhi-center)之后的综治中心。")
    assert '<a href="../glossary/#zongzhi-center" title="社会治安综合治理中心">综治中心</a>' in html
    assert "<abbr" not in html


def test_definitions_are_escaped_twice_in_the_title():
    """Once as the attribute's source, once more because Material's tooltip reads the value as HTML
    (explainer/pages/tooltip_text.py); quotes need the first escaping only."""
    ext = GlossaryExtension()
    ext.titles = {"共享法庭": 'a "quoted" <b>definition</b> & more'}
    html = markdown.Markdown(extensions=[ext]).convert("共享法庭")
    assert html == ('<p><abbr tabindex="0" title="a &quot;quoted&quot; &amp;lt;b&amp;gt;definition&amp;lt;/b&amp;gt; '
                    '&amp;amp; more">共享法庭</abbr></p>')


def test_english_terms_in_english_text():
    html = convert("Each shared court works online; a shared court is small.", "en")
    assert html.count("<abbr") == 1
    assert '<abbr tabindex="0" title="A small online court point in a township or village.">shared court</abbr> works' in html


def test_english_terms_only_as_whole_words():
    html = convert("This approach has an app.", "en")
    assert html == '<p>This approach has an <abbr tabindex="0" title="A digital application.">app</abbr>.</p>'
    assert "<abbr" not in convert("Apps and approaches, mapping and happy.", "en")


def test_no_titles_no_change():
    ext = GlossaryExtension()
    assert markdown.Markdown(extensions=[ext]).convert("综治中心") == "<p>综治中心</p>"


def test_each_page_starts_afresh():
    ext = GlossaryExtension()
    ext.titles = term_titles(TERMS, "zh")
    md = markdown.Markdown(extensions=[ext])
    assert md.convert("综治中心").count("<abbr") == 1
    md.reset()
    assert md.convert("综治中心").count("<abbr") == 1


def test_search_aliases_load_and_join_the_term_s_spellings(tmp_path):
    terms = json.loads(json.dumps(TERMS))
    terms[0]["zh"]["search_aliases"] = ["综治", "社会治安综合治理"]
    terms[0]["en"]["search_aliases"] = ["CGC"]
    assert load_glossary(write(tmp_path, {"terms": terms}), "data/glossary.json") == terms
    assert search_spellings(terms, "zh")[0] == ["综治中心", "社会治安综合治理中心", "综治", "社会治安综合治理"]
    assert search_spellings(terms, "en")[0] == ["comprehensive governance centre", "governance centres", "CGC"]
    assert search_spellings(terms, "en")[1] == ["shared court"]
    # Search aliases are for search only: the tooltips know the term and its aliases, not them.
    assert "综治" not in term_titles(terms, "zh")


@pytest.mark.parametrize("aliases, problem", [
    ("综治", "must be a list of non-empty strings"),
    (["综治", ""], "must be a list of non-empty strings"),
    (["综治", 3], "must be a list of non-empty strings"),
    (["综"], "'综' is too short to search for (2 characters at least)"),
    ([" 综治"], "' 综治' has spaces at either end"),
    (["综治中心"], "'综治中心' repeats the term or one of its aliases"),
    (["社会治安综合治理中心"], "'社会治安综合治理中心' repeats the term or one of its aliases"),
    (["综治", "综治"], "'综治' repeats the term or one of its aliases"),
])
def test_bad_search_aliases_name_the_file_the_entry_its_id_and_the_field(tmp_path, aliases, problem):
    broken = json.loads(json.dumps(TERMS))
    broken[0]["zh"]["search_aliases"] = aliases
    assert load_error(tmp_path, {"terms": broken}) == (
        f"data/glossary.json: terms[0] (zongzhi-center).zh.search_aliases: {problem}")


def test_english_search_aliases_repeat_regardless_of_case(tmp_path):
    broken = json.loads(json.dumps(TERMS))
    broken[1]["en"]["search_aliases"] = ["Shared Court"]
    assert load_error(tmp_path, {"terms": broken}) == (
        "data/glossary.json: terms[1] (shared-court).en.search_aliases: 'Shared Court' repeats the term or one "
        "of its aliases")


def test_live_data_glossary_has_the_abbreviations_readers_type():
    from pathlib import Path

    terms = load_glossary(Path(__file__).parents[3] / "data" / "glossary.json", "data/glossary.json")
    zh = [set(group) for group in search_spellings(terms, "zh")]
    for abbreviation, full in [("电诈", "电信网络诈骗"), ("两抢", "抢劫"), ("政法委", "政法委员会"),
                               ("十五五", "第十五个五年规划"), ("杭州自贸片区", "自由贸易试验区")]:
        assert any({abbreviation, full} <= group for group in zh), (abbreviation, full)
    en = [set(group) for group in search_spellings(terms, "en")]
    assert any({"PLAC", "Political and Legal Affairs Commission"} <= group for group in en)
    assert any({"FTZ", "Hangzhou Area of the China (Zhejiang) Pilot Free Trade Zone"} <= group for group in en)
