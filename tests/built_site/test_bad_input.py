"""A maintainer's mistake stops the build with one clear line naming the file and the place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.project_copy import copy_project, edit_metrics
from tests.support.site_build import build_site


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def build_errors(project: Path) -> tuple[int, list[str], str]:
    result = build_site(project / "site", "http://127.0.0.1:9/explainer/", project_dir=project)
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    return result.returncode, errors, output


def assert_one_clear_line(project: Path, *expected: str) -> None:
    code, errors, output = build_errors(project)
    assert code == 1
    assert "Traceback" not in output
    assert len(errors) == 1, output
    for text in expected:
        assert text in errors[0], errors[0]
    assert not (project / "site" / "index.html").exists(), "a half-built site was left behind"


def ids(project: Path, part: str) -> list[str]:
    """The ids of the copy's entries in ``part`` (metrics, charts), in order: an error names an entry by
    its place and its id, whatever the live data holds there."""
    data = json.loads((project / "data" / "metrics.json").read_text(encoding="utf-8"))
    return [entry["id"] for entry in data[part]]


def test_a_value_that_is_not_a_number(project):
    metric = ids(project, "metrics")[3]
    edit_metrics(project, lambda d: d["metrics"][3].__setitem__("value", "abc"))
    assert_one_clear_line(project, f"data/metrics.json: metrics[3] ({metric}).value: 'abc' is not a number")


def test_malformed_json(project):
    path = project / "data" / "metrics.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"metrics": [', '"metrics": [,', 1), encoding="utf-8")
    assert_one_clear_line(project, "data/metrics.json: line", "invalid JSON")


def test_a_duplicate_id(project):
    first = ids(project, "metrics")[0]
    edit_metrics(project, lambda d: d["metrics"][1].__setitem__("id", d["metrics"][0]["id"]))
    assert_one_clear_line(project, "data/metrics.json:", f"metrics[1] ({first}).id: duplicate id '{first}' (also metrics[0])")


def test_an_unknown_unit(project):
    first = ids(project, "metrics")[0]
    edit_metrics(project, lambda d: d["metrics"][0].__setitem__("unit", "kg"))
    assert_one_clear_line(project, f"data/metrics.json: metrics[0] ({first}).unit: 'kg' is not one of")


def test_a_chart_naming_an_unknown_metric(project):
    chart = ids(project, "charts")[0]
    edit_metrics(project, lambda d: d["charts"][0]["metrics"].__setitem__(1, "no-such-metric"))
    assert_one_clear_line(project, f"data/metrics.json: charts[0] ({chart}).metrics[1]: unknown metric 'no-such-metric'")


def test_a_sentence_naming_an_unknown_metric(project):
    page = project / "docs" / "numbers.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee <!-- md:value no-such-metric -->.\n", encoding="utf-8")
    assert_one_clear_line(project, "docs/numbers.en.md:", "unknown metric 'no-such-metric'")


def test_a_page_without_its_twin(project):
    (project / "docs" / "about.en.md").unlink()
    assert_one_clear_line(project, "docs/about.zh.md: its en twin docs/about.en.md is missing")


def test_a_broken_glossary(project):
    path = project / "data" / "glossary.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["terms"][0]["en"]["definition"] = ""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    term = data["terms"][0]["id"]
    assert_one_clear_line(project, f"data/glossary.json: terms[0] ({term}).en.definition: missing or empty")


def edit_synonyms(project: Path, change) -> None:
    path = project / "data" / "search_synonyms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["synonyms"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_bad_synonym(project):
    edit_synonyms(project, lambda entries: entries[0]["readers"].__setitem__("zh", ["杀"]))
    assert_one_clear_line(project, "data/search_synonyms.json: synonyms[0].readers.zh: '杀' is not a Chinese word")


def test_a_synonym_for_a_word_the_pages_never_write(project):
    edit_synonyms(project, lambda entries: entries[0]["site"].__setitem__("en", ["manslaughter charge"]))
    assert_one_clear_line(project, "data/search_synonyms.json: synonyms[0].site.en: 'manslaughter charge' is not "
                                   "written on any en page")


def test_a_broken_link_fails_the_strict_build(project):
    page = project / "docs" / "about.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](numbers.md#no-such-anchor)\n", encoding="utf-8")
    code, errors, output = build_errors(project)
    assert code == 1
    assert "no-such-anchor" in output


def test_broken_front_matter(project):
    page = project / "docs" / "about.en.md"
    text = page.read_text(encoding="utf-8").replace("description:", "description: Note: ", 1)
    page.write_text(text, encoding="utf-8")
    assert_one_clear_line(project, "docs/about.en.md: front matter is not valid YAML")


def edit_page(project: Path, rel: str, old: str, new: str) -> None:
    path = project / "docs" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel} no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_twin_missing_a_paragraph_id(project):
    edit_page(project, "interview/rule-of-law.en.md", "{#q2-p3}\n", "")
    assert_one_clear_line(project, "docs/interview/rule-of-law.en.md: paragraph q2-p3 is missing (its Chinese twin "
                                   "has it): a paragraph of the answer has no id (“We hold to the “going global”",
                          "add {#q2-p3} on its own line below it")


def test_twins_whose_paragraph_ids_differ(project):
    edit_page(project, "interview/rule-of-law.en.md", "{#q2-p3}\n", "{#q2-p6}\n")
    assert_one_clear_line(project, "docs/interview/rule-of-law.en.md: paragraph q2-p3 is missing (its Chinese twin has it)",
                          "(and 1 more)")


def test_twins_whose_paragraphs_are_in_another_order(project):
    edit_page(project, "interview/rule-of-law.zh.md", "{#q2-p3}\n", "{#q2-p9}\n")
    edit_page(project, "interview/rule-of-law.zh.md", "{#q2-p4}\n", "{#q2-p3}\n")
    edit_page(project, "interview/rule-of-law.zh.md", "{#q2-p9}\n", "{#q2-p4}\n")
    assert_one_clear_line(project, "docs/interview/rule-of-law.en.md: paragraph q2-p3 is out of order: "
                                   "its Chinese twin has q2-p4 in that place")
