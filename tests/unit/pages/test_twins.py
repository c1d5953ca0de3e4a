"""Every page exists in both languages."""

from __future__ import annotations

from explainer.pages.twins import missing_twins

LANGS = ["zh", "en"]


def page(docs, rel):
    path = docs / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# x\n", encoding="utf-8")


def test_complete_pairs_have_no_problems(tmp_path):
    for rel in ("index.zh.md", "index.en.md", "interview/rule-of-law.zh.md", "interview/rule-of-law.en.md"):
        page(tmp_path, rel)
    assert missing_twins(tmp_path, LANGS) == []


def test_missing_en_twin_names_both_files(tmp_path):
    page(tmp_path, "index.zh.md")
    page(tmp_path, "index.en.md")
    page(tmp_path, "interview/rule-of-law.zh.md")
    assert missing_twins(tmp_path, LANGS) == [
        "docs/interview/rule-of-law.zh.md: its en twin docs/interview/rule-of-law.en.md is missing"]


def test_missing_zh_twin(tmp_path):
    page(tmp_path, "numbers.en.md")
    assert missing_twins(tmp_path, LANGS) == ["docs/numbers.en.md: its zh twin docs/numbers.zh.md is missing"]


def test_page_without_language_suffix_is_reported(tmp_path):
    page(tmp_path, "about.md")
    page(tmp_path, "notes/draft.fr.md")
    problems = missing_twins(tmp_path, LANGS)
    assert problems == ["docs/about.md: has no language suffix (.zh.md, .en.md)",
                        "docs/notes/draft.fr.md: has no language suffix (.zh.md, .en.md)"]


def test_problems_are_sorted_and_one_line_each(tmp_path):
    for rel in ("b.zh.md", "a.en.md", "c.md"):
        page(tmp_path, rel)
    problems = missing_twins(tmp_path, LANGS)
    assert len(problems) == 3
    assert all("\n" not in p for p in problems)
    assert problems[1:] == ["docs/a.en.md: its zh twin docs/a.zh.md is missing",
                            "docs/b.zh.md: its en twin docs/b.en.md is missing"]


def test_live_data_docs_are_paired(root):
    assert not [p for p in missing_twins(root / "docs", LANGS) if "twin" in p]
