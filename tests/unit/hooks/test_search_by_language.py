"""The search index is split once, after mkdocs-static-i18n has built every edition, not inside each of
its extra builds (where the index holds one edition and the last split writes every file again)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

import search_by_language
from search_by_language import building_other_editions, on_post_build


def config(tmp_path, building: bool | None):
    plugins = {} if building is None else {"i18n": SimpleNamespace(building=building)}
    return SimpleNamespace(plugins=plugins, site_dir=str(tmp_path / "site"),
                           config_file_path=str(tmp_path / "mkdocs.yml"))


@pytest.mark.parametrize("building, expected", [(True, True), (False, False), (None, False)],
                         ids=["inside-an-extra-build", "default-build", "no-i18n"])
def test_building_other_editions(tmp_path, building, expected):
    assert building_other_editions(config(tmp_path, building)) is expected


@pytest.mark.parametrize("building, splits", [(True, 0), (False, 1), (None, 1)],
                         ids=["inside-an-extra-build", "default-build", "no-i18n"])
def test_the_index_is_split_after_every_edition_only(tmp_path, monkeypatch, building, splits):
    calls = []
    monkeypatch.setattr(search_by_language, "load_site_data", lambda root: SimpleNamespace(glossary=[]))
    monkeypatch.setattr(search_by_language, "synonyms", lambda root: [])
    monkeypatch.setattr(search_by_language, "split_search_index", lambda *args: calls.append(args))
    monkeypatch.setattr(search_by_language, "write_analysis_constants", lambda path, fold: calls.append(path))
    on_post_build(config(tmp_path, building))
    assert len(calls) == 2 * splits  # the split, then the stop words and variant pairs into the analysis script


def test_a_built_site_without_the_analysis_script_stops_with_one_line(tmp_path):
    with pytest.raises(PluginError, match=r"^docs/assets/javascripts/search-analysis\.js: not in the built site"):
        search_by_language.write_analysis_constants(tmp_path / "search-analysis.js", "")
