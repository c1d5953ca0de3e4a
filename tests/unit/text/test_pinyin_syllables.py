"""pypinyin's syllables kept on disk (explainer/text/pinyin_syllables.py): the same answer as pypinyin's,
a kept answer served without pypinyin, a new file for a new pypinyin, a damaged file started afresh."""

from __future__ import annotations

import importlib.metadata
import json

import pytest

from explainer.text import pinyin_syllables as pinyin

NAMES = ["马小秋", "欧阳修", "平安杭州", "A 马"]


@pytest.fixture
def cache(tmp_path):
    pinyin.use_directory(tmp_path / "pinyin")
    pinyin._known.cache_clear()
    yield tmp_path / "pinyin"
    pinyin.use_directory(None)
    pinyin._known.cache_clear()


def the_file(cache):
    return cache / f"syllables.{pinyin.code_digest()}.json"


def test_kept_syllables_are_pypinyins(cache):
    fresh = [pinyin.asked(name) for name in NAMES]
    assert fresh[0] == ["ma", "xiao", "qiu"]
    assert [pinyin.syllables(name) for name in NAMES] == fresh
    pinyin._known.cache_clear()  # a new build reads the file
    assert [pinyin.syllables(name) for name in NAMES] == fresh
    assert json.loads(the_file(cache).read_text(encoding="utf-8")) == dict(zip(NAMES, fresh))


def test_a_kept_answer_is_served_without_pypinyin(cache, monkeypatch):
    the_file(cache).parent.mkdir(parents=True)
    the_file(cache).write_text(json.dumps({"马小秋": ["kept"]}), encoding="utf-8")
    monkeypatch.setattr(pinyin, "asked", lambda text: pytest.fail("asked pypinyin although kept"))
    assert pinyin.syllables("马小秋") == ["kept"]


def test_another_pypinyin_is_another_file(monkeypatch):
    pinyin.code_digest.cache_clear()
    try:
        before = pinyin.code_digest()
        monkeypatch.setattr(importlib.metadata, "version", lambda name: "999.0" if name == "pypinyin" else "1")
        pinyin.code_digest.cache_clear()
        assert pinyin.code_digest() != before
    finally:
        pinyin.code_digest.cache_clear()


@pytest.mark.parametrize("damage", ["{not json", "[]", '{"马小秋": "ma xiao qiu"}', '{"马小秋": [1]}'],
                         ids=["broken", "list", "not-a-list", "not-text"])
def test_a_damaged_file_is_started_afresh(cache, damage):
    the_file(cache).parent.mkdir(parents=True)
    the_file(cache).write_text(damage, encoding="utf-8")
    assert pinyin.syllables("马小秋") == ["ma", "xiao", "qiu"]
    assert json.loads(the_file(cache).read_text(encoding="utf-8"))["马小秋"] == ["ma", "xiao", "qiu"]


def test_a_caller_cannot_change_a_kept_answer(cache):
    pinyin.syllables("马小秋").append("changed")
    assert pinyin.syllables("马小秋") == ["ma", "xiao", "qiu"]
