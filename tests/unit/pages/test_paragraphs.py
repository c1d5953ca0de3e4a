"""Paragraph ids: read from the pages as the build converts them, required where the interview is,
equal across twins, and each given a ¶ permalink."""

from __future__ import annotations

import markdown
import pytest

from explainer.pages.paragraphs import (MENU_BUTTON, ParagraphLinks, page_paragraphs, page_problems, paragraph_problems,
                                  twin_problems)

EXTENSIONS = ["toc", "abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences"]
LANGS = ["zh", "en"]

INTERVIEW = """---
title: T
description: D
---

# Title {#title}

!!! abstract "Key points"

    - A point, with no id.

## The reporter's question {#question}

!!! question "Reporter"

    How has Hangzhou brought the rule of law into play?
    {#q2}

## The answer {#answer}

### First {#first}

**Ma Xiaoqiu:** The first paragraph.
{#q2-p1}

<!-- md:value national-business-reforms --> reforms, a sentence that opens with a figure.
{#q2-p2}

<!-- md:figure market-disputes-resolved -->

!!! warning "The source breaks off here"

    An editor's note, not the interview.

## Key figures {#key-figures}

<!-- md:figure dispute-costs-saved -->
"""


def paragraphs(text: str):
    return page_paragraphs(text, EXTENSIONS, {})


def write(docs, rel: str, text: str) -> None:
    path = docs / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- reading the ids ---------------------------------------------------------------------------

def test_the_question_and_each_answer_paragraph_are_found_with_their_ids_in_order():
    page = paragraphs(INTERVIEW)
    assert [(p.id, p.kind) for p in page.paragraphs] == [("q2", "question"), ("q2-p1", "answer"), ("q2-p2", "answer")]
    assert page.ids == ["q2", "q2-p1", "q2-p2"]


def test_block_markers_titles_notes_and_key_points_are_not_interview_paragraphs():
    texts = [p.text for p in paragraphs(INTERVIEW).paragraphs]
    assert not any("editor's note" in t or "point" in t or "Reporter" == t for t in texts)


def test_a_sentence_stating_a_figure_is_recognised_outside_the_answer():
    page = paragraphs("## Safety {#safety}\n\nHomicides fell by <!-- md:value homicides-change -->.\n\nNo figure here.\n")
    assert [(p.id, p.kind) for p in page.paragraphs] == [(None, "figures")]


def test_a_marker_inside_code_is_not_a_figure():
    assert paragraphs("## S {#s}\n\nWrite `<!-- md:value x -->` to show a figure.\n").paragraphs == []


def test_an_id_survives_rewording_and_an_inserted_paragraph_moves_no_other_id():
    before = paragraphs(INTERVIEW).ids
    reworded = INTERVIEW.replace("The first paragraph.", "The first paragraph, reworded at length.")
    inserted = INTERVIEW.replace("{#q2-p1}\n", "{#q2-p1}\n\nA paragraph added later.\n{#q2-p6}\n")
    assert paragraphs(reworded).ids == before
    assert paragraphs(inserted).ids == ["q2", "q2-p1", "q2-p6", "q2-p2"]


# --- one page ----------------------------------------------------------------------------------

def test_an_answer_paragraph_without_an_id_is_named():
    page = paragraphs(INTERVIEW.replace("{#q2-p1}\n", ""))
    problems = page_problems("docs/interview/rule-of-law.en.md", "interview/rule-of-law", page)
    assert problems == ["docs/interview/rule-of-law.en.md: a paragraph of the answer has no id "
                        "(“Ma Xiaoqiu: The first paragraph.”); add {#qN-pM} on its own line below it"]


def test_a_question_without_an_id_is_named():
    page = paragraphs(INTERVIEW.replace("    {#q2}\n", ""))
    [problem] = page_problems("docs/interview/rule-of-law.zh.md", "interview/rule-of-law", page)
    assert problem.startswith("docs/interview/rule-of-law.zh.md: a paragraph of the question has no id")


def test_ids_are_required_only_where_the_interview_and_its_figures_are():
    plain = paragraphs("## Section {#section}\n\nThe site's own words.\n\nSee <!-- md:value x -->.\n")
    assert page_problems("docs/about.en.md", "about", plain) == []
    [problem] = page_problems("docs/numbers.en.md", "numbers", plain)
    assert "a paragraph stating a figure has no id (“See ….”)" in problem


def test_an_id_used_twice_on_a_page_is_named():
    page = paragraphs(INTERVIEW.replace("{#q2-p2}", "{#q2-p1}"))
    assert page_problems("docs/x.en.md", "interview/x", page) == ["docs/x.en.md: paragraph id q2-p1 is used twice"]


# --- twins -------------------------------------------------------------------------------------

WHERE = {"zh": "docs/interview/rule-of-law.zh.md", "en": "docs/interview/rule-of-law.en.md"}


def test_equal_twins_have_no_problems():
    assert twin_problems(WHERE, {"zh": ["q2", "q2-p1"], "en": ["q2", "q2-p1"]}, "zh") == []


def test_a_paragraph_missing_from_the_english_twin():
    assert twin_problems(WHERE, {"zh": ["q2", "q2-p1", "q2-p3"], "en": ["q2", "q2-p1"]}, "zh") == [
        "docs/interview/rule-of-law.en.md: paragraph q2-p3 is missing (its Chinese twin has it)"]


def test_a_paragraph_missing_from_the_chinese_twin():
    assert twin_problems(WHERE, {"zh": ["q2"], "en": ["q2", "q2-p1"]}, "zh") == [
        "docs/interview/rule-of-law.zh.md: paragraph q2-p1 is missing (its English twin has it)"]


def test_ids_that_differ_name_both_sides():
    assert twin_problems(WHERE, {"zh": ["q2", "q2-p1"], "en": ["q2", "q2-p01"]}, "zh") == [
        "docs/interview/rule-of-law.en.md: paragraph q2-p1 is missing (its Chinese twin has it)",
        "docs/interview/rule-of-law.zh.md: paragraph q2-p01 is missing (its English twin has it)"]


def test_the_same_ids_in_another_order():
    assert twin_problems(WHERE, {"zh": ["q2", "q2-p1", "q2-p2"], "en": ["q2", "q2-p2", "q2-p1"]}, "zh") == [
        "docs/interview/rule-of-law.en.md: paragraph q2-p2 is out of order: its Chinese twin has q2-p1 in that place"]


def test_paragraph_problems_reads_the_docs_folder(tmp_path):
    write(tmp_path, "interview/rule-of-law.zh.md", INTERVIEW)
    write(tmp_path, "interview/rule-of-law.en.md", INTERVIEW.replace("{#q2-p2}\n", "{#q2-p3}\n"))
    write(tmp_path, "about.zh.md", "# About {#about}\n\nText.\n")
    write(tmp_path, "about.en.md", "# About {#about}\n\nText.\n")
    write(tmp_path, "lonely.zh.md", "Left to the twins check.\n{#x}\n")
    assert paragraph_problems(tmp_path, LANGS, EXTENSIONS, {}) == [
        "docs/interview/rule-of-law.en.md: paragraph q2-p2 is missing (its Chinese twin has it)",
        "docs/interview/rule-of-law.zh.md: paragraph q2-p3 is missing (its English twin has it)"]


def test_a_paragraph_without_an_id_is_reported_once_with_the_id_its_twin_has(tmp_path):
    write(tmp_path, "interview/q.zh.md", INTERVIEW)
    write(tmp_path, "interview/q.en.md", INTERVIEW.replace("{#q2-p2}\n", ""))
    [problem] = paragraph_problems(tmp_path, LANGS, EXTENSIONS, {})
    assert problem.startswith("docs/interview/q.en.md: paragraph q2-p2 is missing (its Chinese twin has it): "
                              "a paragraph of the answer has no id")


def test_live_data_pages_have_no_paragraph_problems(root):
    assert paragraph_problems(root / "docs", LANGS, EXTENSIONS, {}) == []


# --- the ¶ links -------------------------------------------------------------------------------

MENU_ZH = ('<button aria-expanded="false" aria-label="复制本段链接或引用" class="ex-pmenu" data-search-exclude="" '
           'type="button">⋯</button>')


def render(text: str, title: str, menu_label: str = "复制本段链接或引用") -> str:
    return markdown.markdown(text, extensions=["attr_list", ParagraphLinks(title, menu_label)])


def test_a_paragraph_with_an_id_gets_a_named_permalink_and_menu_button_left_out_of_search():
    html = render("The first paragraph.\n{#q2-p1}\n\nNo id here.\n", "此处的永久链接")
    assert html == ('<p id="q2-p1">The first paragraph.<a aria-label="此处的永久链接" class="headerlink" '
                    'data-search-exclude="" href="#q2-p1" title="此处的永久链接">¶</a>' + MENU_ZH + '</p>\n'
                    '<p>No id here.</p>')
    assert MENU_BUTTON.fullmatch(MENU_ZH)


@pytest.mark.parametrize("title", ["Permanent link to this place", "此处的永久链接"])
def test_the_permalink_is_named_in_the_language_set_for_the_page(title):
    links = ParagraphLinks()
    links.title = title
    links.menu_label = {"此处的永久链接": "复制本段链接或引用"}.get(title, "Copy this paragraph's link or citation")
    html = markdown.markdown("Text with *emphasis* at the end *here*\n{#x}", extensions=["attr_list", links])
    assert f'<em>here</em><a aria-label="{title}" class="headerlink" data-search-exclude="" href="#x" title="{title}">¶</a>' in html
    assert html.endswith(f'aria-label="{links.menu_label}" class="ex-pmenu" data-search-exclude="" '
                         f'type="button">⋯</button></p>')


def test_a_paragraph_without_an_id_is_named_by_its_twins_id_in_that_place():
    zh, en = paragraphs(INTERVIEW), paragraphs(INTERVIEW.replace("{#q2-p2}\n", ""))
    assert page_problems("docs/interview/q.en.md", "interview/q", en, zh, "zh") == [
        "docs/interview/q.en.md: paragraph q2-p2 is missing (its Chinese twin has it): a paragraph of the answer "
        "has no id (“… reforms, a sentence that opens…”); add {#q2-p2} on its own line below it"]
    assert page_problems("docs/interview/q.zh.md", "interview/q", zh, en, "en") == []
