"""An interface word missing for an edition stops the build with one line: it is never converted instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.built_site.test_bad_input import assert_one_clear_line
from tests.support.project_copy import copy_project


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_ui_word_without_its_traditional_column(project):
    replace_in(project / "hooks/explainer/text/interface_words.py", '"zh-hant": "複製連結", ', "")
    assert_one_clear_line(project, "hooks/explainer/text/interface_words.py: WORDS: copy_link: no zh-hant entry (write it by hand)")


def test_a_generated_editions_navigation_titles_left_out_of_mkdocs_yml(project):
    replace_in(project / "mkdocs.yml", "            首页: 首頁\n            访谈: 訪談\n", "            首页: 首頁\n")
    assert_one_clear_line(project, "mkdocs.yml: plugins.i18n.languages[zh-hant]: nav_translations.访谈 missing")


def test_an_unknown_interface_word_in_a_page(project):
    replace_in(project / "docs/index.zh.md", "<!-- md:ui click -->", "<!-- md:ui clik -->")
    assert_one_clear_line(project, "docs/index.zh.md:", "md:ui names unknown interface word 'clik'")
