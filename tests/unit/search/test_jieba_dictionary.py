"""jieba's dictionary cut to the site's characters cuts every text of the site exactly as the full one."""

from __future__ import annotations

import re

import jieba
import pytest

from explainer.editions import GENERATED, convert, to_source
from explainer.search.jieba_dictionary import (BALANCE_WORD, full_dictionary_path, site_characters, trimmed_dictionary,
                                        trimmed_lines)

FULL = ["城市 100 n\n", "城市大脑 5 n\n", "大脑 40\n", "脑 3\n", "森林 70 n\n", "林 9\n"]


def test_only_words_of_the_sites_characters_are_kept_and_the_total_stays():
    lines = trimmed_lines(FULL, set("城市大脑"))
    assert lines == ["城市 100\n", "城市大脑 5\n", "大脑 40\n", "脑 3\n", f"{BALANCE_WORD} 79\n"]
    assert sum(int(line.split()[1]) for line in lines) == sum(int(line.split()[1]) for line in FULL)


def test_the_cut_dictionary_is_written_once_per_set_of_characters(tmp_path):
    full = tmp_path / "dict.txt"
    full.write_text("".join(FULL), encoding="utf-8")
    first = trimmed_dictionary(set("城市大脑"), full, tmp_path / "cache")
    assert trimmed_dictionary(set("城市大脑"), full, tmp_path / "cache") == first
    other = trimmed_dictionary(set("森林"), full, tmp_path / "cache")
    assert other != first
    assert other.read_text(encoding="utf-8") == f"森林 70\n林 9\n{BALANCE_WORD} 148\n"


def site_runs(root) -> list[str]:
    """Every run of Han characters the site's sources write, and the generated editions' forms of them."""
    runs = []
    for name in ("docs", "data", "overrides"):
        for path in sorted((root / name).rglob("*")):
            if path.is_file() and path.suffix in {".md", ".json", ".html"}:
                runs += re.findall(r"[\u3400-\u9fff]+", path.read_text(encoding="utf-8"))
    runs = list(dict.fromkeys(runs))
    for lang in GENERATED:
        runs += [to_source(convert(run, lang), lang) for run in runs]
    return runs


@pytest.fixture(scope="module")
def tokenizers(root, tmp_path_factory):
    chars = site_characters(root)
    for lang in GENERATED:
        chars |= set(convert("".join(sorted(chars)), lang))
    full = jieba.Tokenizer(str(full_dictionary_path()))
    trimmed = jieba.Tokenizer(str(trimmed_dictionary(chars, cache_dir=tmp_path_factory.mktemp("jieba"))))
    return full, trimmed


def test_live_data_cut_dictionary_is_a_small_part_of_the_full_one(tokenizers):
    full, trimmed = tokenizers
    full.initialize(), trimmed.initialize()
    assert len(trimmed.FREQ) < len(full.FREQ) / 3
    assert trimmed.total == full.total


def test_live_data_every_text_of_the_site_is_cut_as_the_full_dictionary_cuts_it(root, tokenizers):
    full, trimmed = tokenizers
    runs = site_runs(root)
    assert len(runs) > 1000  # the whole interview, the data and the templates, not a sample
    text = "\n".join(runs)
    assert list(trimmed.cut(text)) == list(full.cut(text))
    assert list(trimmed.cut(text, HMM=False)) == list(full.cut(text, HMM=False))
    assert list(trimmed.cut_for_search(text)) == list(full.cut_for_search(text))


def test_live_data_a_glossary_word_is_weighed_as_with_the_full_dictionary(tokenizers):
    full, trimmed = tokenizers
    for word in ("城市大脑", "共享法庭", "电信网络诈骗", "枫桥经验"):
        assert trimmed.suggest_freq(word) == full.suggest_freq(word)
