"""The parallel view: the twins' rendered pages cut into parts, paired by paragraph id into rows, each
cell without ids and with its links rebased; and the generated page's Markdown."""

from __future__ import annotations

import markdown
import pytest
import yaml

from explainer.errors import SiteError
from explainer.pages.front_matter import FRONT_MATTER
from explainer.pages.paragraphs import ParagraphLinks
from explainer.pages.parallel import (SLOT, cell_html, cite_data, column_links, edition_rows, fill_slot, interview_parts,
                                interview_stems, pair_parts, parallel_markdown, rebase_url, top_level_blocks,
                                with_view_link)

EXTENSIONS = ["toc", "abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences"]
WHERE = {"zh": "docs/interview/rule-of-law.zh.md", "en": "docs/interview/rule-of-law.en.md"}

PAGE = """# {title} {{#rule-of-law-and-safety}}

!!! abstract "{points}"

    - {point}

## {question_h} {{#question}}

!!! question "{reporter}"

    {question}
    {{#q2}}

## {answer_h} {{#answer}}

### {first_h} {{#first}}

{p1} [{term}](../glossary.md#city-brain).
{{#q2-p1}}

{p2}
{{#q2-p2}}

!!! warning "{cut}"

    {cut_note}

## {figures_h} {{#key-figures}}

{figures}
"""

ZH = dict(title="以法治保障平安杭州", points="要点", point="一点", question_h="记者提问", reporter="记者",
          question="杭州是如何发挥法治作用的?", answer_h="马小秋的回答", first_h="平安与法治", p1="**马小秋:**第一段",
          term="城市大脑", p2="第二段,近四年化解纠纷56.87万件。", cut="原文在此中断", cut_note="来源文本在这里戛然而止。",
          figures_h="相关数据", figures="不属于访谈的文字。")
EN = dict(title="The rule of law", points="Key points", point="A point", question_h="The reporter's question",
          reporter="Reporter", question="How has Hangzhou brought the rule of law into play?",
          answer_h="Ma Xiaoqiu's answer", first_h="Safety and the rule of law", p1="**Ma Xiaoqiu:** The first",
          term="City Brain", p2="The second: 568,700 disputes resolved.", cut="The source breaks off here",
          cut_note="The source text stops here.", figures_h="Key figures", figures="Not the interview.")


def render(words: dict, edit=lambda text: text) -> str:
    """A page converted as the build converts it (attr_list ids, admonitions, ¶ links)."""
    return markdown.markdown(edit(PAGE.format(**words)), extensions=[*EXTENSIONS, ParagraphLinks()])


def parts(edit_en=lambda text: text):
    return {"zh": interview_parts(render(ZH)), "en": interview_parts(render(EN, edit_en))}


# --- cutting a page --------------------------------------------------------------------------

def test_top_level_blocks_are_found_with_their_outer_html():
    blocks = top_level_blocks('<h2 id="a">A<br>b</h2>\n<p id="p">x <img src="i.png"> <a href="#p">¶</a></p>\n<div><p id="in">y</p></div>')
    assert [(b.tag, b.id) for b in blocks] == [("h2", "a"), ("p", "p"), ("div", None)]
    assert blocks[1].html == '<p id="p">x <img src="i.png"> <a href="#p">¶</a></p>'
    assert blocks[2].inner_p_ids == ["in"]


def test_a_page_is_cut_from_its_title_and_question_to_the_end_of_the_answer():
    found = interview_parts(render(ZH))
    assert [(p.kind, p.key) for p in found] == [
        ("title", "rule-of-law-and-safety"), ("heading", "question"), ("question", "q2"), ("heading", "answer"),
        ("heading", "first"), ("paragraph", "q2-p1"), ("paragraph", "q2-p2"), ("note", None)]
    text = "".join(p.html for p in found)
    assert "要点" not in text and "相关数据" not in text and "不属于访谈" not in text
    assert "原文在此中断" in found[-1].html  # the cut-off note is shown, as on the single page


# --- pairing ---------------------------------------------------------------------------------

def test_twins_pair_into_rows_with_the_same_ids_in_the_same_order():
    rows = pair_parts(parts(), WHERE)
    assert [row.key for row in rows] == [p.key for p in interview_parts(render(EN))]
    assert [row.key for row in rows if row.kind in ("question", "paragraph")] == ["q2", "q2-p1", "q2-p2"]
    paragraph = next(row for row in rows if row.key == "q2-p2")
    assert "56.87万" in paragraph.cells["zh"] and "568,700" in paragraph.cells["en"]


def test_a_twin_missing_a_paragraph_is_named_as_the_build_names_it():
    with pytest.raises(SiteError) as caught:
        pair_parts(parts(lambda text: text.replace("{#q2-p2}\n", "")), WHERE)
    assert str(caught.value) == ("docs/interview/rule-of-law.en.md: paragraph q2-p2 is missing (its Chinese twin "
                                 "has it) (the parallel view pairs paragraphs by id)")


def test_paragraphs_in_another_order_are_named():
    swap = lambda text: text.replace("{#q2-p1}", "{#tmp}").replace("{#q2-p2}", "{#q2-p1}").replace("{#tmp}", "{#q2-p2}")
    with pytest.raises(SiteError, match=r"rule-of-law\.en\.md: paragraph q2-p2 is out of order"):
        pair_parts(parts(swap), WHERE)


def test_a_heading_or_note_out_of_place_is_named():
    with pytest.raises(SiteError, match=r"rule-of-law\.en\.md: the parallel view cannot pair it with its Chinese "
                                        r"twin: heading other where the twin has heading first"):
        pair_parts(parts(lambda text: text.replace("{#first}", "{#other}")), WHERE)
    without_note = lambda text: text.replace('!!! warning "The source breaks off here"\n\n    The source text stops here.\n', "")
    with pytest.raises(SiteError, match="nothing where the twin has note"):
        pair_parts(parts(without_note), WHERE)


# --- cells -----------------------------------------------------------------------------------

@pytest.mark.parametrize("url,source,expected", [
    ("../../glossary/#city-brain", "interview/rule-of-law/", "../../../glossary/#city-brain"),
    ("../../glossary/#city-brain", "en/interview/rule-of-law/", "../../../en/glossary/#city-brain"),
    ("../../numbers/#x", "en/interview/rule-of-law/", "../../../en/numbers/#x"),
    ("#q2-p1", "en/interview/rule-of-law/", "#q2-p1"),  # the parallel page has this place too
    ("#key-figures", "interview/rule-of-law/", "../#key-figures"),  # it does not have this one
    ("../../", "interview/rule-of-law/", "../../../"),
    ("https://example.org/a", "interview/rule-of-law/", "https://example.org/a"),
    ("/explainer/x/", "interview/rule-of-law/", "/explainer/x/"),
])
def test_links_are_rebased_from_the_twin_to_the_zh_parallel_page(url, source, expected):
    assert rebase_url(url, source, "interview/rule-of-law/parallel/", {"q2-p1"}) == expected


def test_a_cell_has_no_ids_and_links_for_its_new_place():
    html = '<p id="q2-p1">A <a href="../../glossary/#a?b=1&amp;c">t</a><a class="headerlink" href="#q2-p1">¶</a></p>'
    cell = cell_html(html, "paragraph", "en/interview/x/", "interview/x/parallel/", {"q2-p1"})
    assert cell == '<p>A <a href="../../../en/glossary/#a?b=1&amp;c">t</a><a class="headerlink" href="#q2-p1">¶</a></p>'


def test_the_page_title_becomes_a_paragraph_without_its_permalink():
    html = '<h1 id="t">Title &amp; more<a class="headerlink" href="#t" title="Permanent link">¶</a></h1>'
    assert cell_html(html, "title", "interview/x/", "interview/x/parallel/", set()) == \
        '<p class="ex-parallel__title">Title &amp; more</p>'


def test_each_edition_rebases_its_cells_and_names_each_column_in_its_language():
    rows = pair_parts(parts(), WHERE)
    zh, en = (edition_rows(rows, "interview/rule-of-law", edition) for edition in ("zh", "en"))
    term = next(row for row in zh if row.key == "q2-p1")
    # The sample's link is written relative to the twin (../glossary.md); rebased, it still reaches it.
    assert 'href="../../../en/interview/glossary.md#city-brain"' in term.cells["en"]
    assert 'href="../../glossary.md#city-brain"' in term.cells["zh"]
    assert [row.key for row in zh] == [row.key for row in en]
    assert column_links("interview/rule-of-law", "en") == [
        {"lang": "zh-Hans", "name": "中文", "href": "../../../../interview/rule-of-law/"},
        {"lang": "en", "name": "English", "href": "../"}]


def test_only_the_editions_cells_keep_the_paragraph_menus_button():
    rows = pair_parts(parts(), WHERE)
    for edition, other in (("zh", "en"), ("en", "zh")):
        for row in edition_rows(rows, "interview/rule-of-law", edition):
            if row.kind in ("question", "paragraph"):
                assert row.cells[edition].count('class="ex-pmenu"') == 1, (edition, row.key)
                assert "ex-pmenu" not in row.cells[other] and 'class="headerlink"' in row.cells[other]


def test_the_view_takes_the_citation_templates_of_its_editions_page():
    script = '<script type="application/json" class="ex-cite-data">{"page": "https://x/en/interview/a/"}</script>'
    page = f'<p id="q1">Q</p>\n<aside class="ex-cite" data-search-exclude>\n<p>Cite</p>\n{script}\n</aside>'
    assert cite_data(page) == script
    assert cite_data("<p>No Cite block</p>") == ""


def test_the_slot_is_filled_once_and_a_missing_slot_is_an_error():
    page = f"<article>{SLOT.format(stem='interview/x')}</article>"
    assert fill_slot(page, "interview/x", "<div>rows</div>") == "<article><div>rows</div></article>"
    with pytest.raises(SiteError, match="slot is missing"):
        fill_slot("<article></article>", "interview/x", "rows")


# --- the generated page ----------------------------------------------------------------------

WORDS = {"parallel_title": "Parallel text: {title}", "parallel_description": "{title}, side by side.",
         "parallel_heading": "Parallel text: {title}", "parallel_back": "Back", "parallel_link": "Parallel text"}


def test_the_generated_page_is_titled_kept_out_of_search_and_links_back():
    source = "---\ntitle: 'Rule of law: and safety'\ndescription: D\n---\n\n# The rule of law {#rule-of-law}\n\nText.\n"
    text = parallel_markdown("interview/rule-of-law", "en", source, WORDS)
    meta = yaml.safe_load(FRONT_MATTER.match(text).group(1))
    assert meta["title"] == "Parallel text: Rule of law: and safety"
    assert meta["search"] == {"exclude": True}
    assert "# Parallel text: The rule of law {#parallel-text}" in text
    assert "[Back](../rule-of-law.md)" in text
    assert text.rstrip().endswith(SLOT.format(stem="interview/rule-of-law"))
    assert "Text." not in text  # no copy of the page's text


def test_an_interview_page_links_to_its_view_below_its_title():
    page = "---\ntitle: T\n---\n\n# Title {#t}\n\n!!! abstract\n"
    linked = with_view_link(page, "interview/rule-of-law", WORDS)
    assert linked.index("# Title") < linked.index("[Parallel text](rule-of-law/parallel.md)") < linked.index("!!!")


def test_every_interview_page_with_all_its_twins_has_a_view(tmp_path):
    for rel in ("interview/rule-of-law.zh.md", "interview/rule-of-law.en.md", "interview/resilient-city.en.md",
                "interview/resilient-city.zh.md", "interview/draft.zh.md", "interview/rule-of-law/notes.zh.md",
                "interview/rule-of-law/notes.en.md", "numbers.zh.md", "numbers.en.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("# T {#t}\n", encoding="utf-8")
    assert interview_stems(tmp_path, ["zh", "en"]) == ["interview/resilient-city", "interview/rule-of-law"]


def test_live_data_every_interview_page_has_a_view(root):
    docs = root / "docs"
    pages = sorted(p.relative_to(docs).as_posix().removesuffix(".zh.md") for p in (docs / "interview").glob("*.zh.md"))
    assert pages and interview_stems(docs, ["zh", "en"]) == pages
