"""APA's romanised Chinese titles (explainer/citations/romanize.py): Hanyu Pinyin by words, sentence case, proper
nouns capitalised, the same for both Chinese editions. Expected strings written by hand."""

from __future__ import annotations

import pytest

from explainer.citations.romanize import romanize


@pytest.mark.parametrize("title, expected", [
    ("平安杭州 · 法治杭州", "Ping'an Hangzhou · Fazhi Hangzhou"),  # names: capitalised; · kept; apostrophe before -an
    ("数说五年", "Shu shuo wunian"),  # words (数|说|五年), syllables of a word joined; sentence case
    ("法治护航平安", "Fazhi huhang ping'an"),  # 平安 as a common word: lowercase, apostrophe kept
    ("数字赋能城市治理", "Shuzi funeng chengshi zhili"),
    ("安全韧性城市", "Anquan renxing chengshi"),
    ("访杭州市委副书记、政法委书记马小秋", "Fang Hangzhou shiwei fu shuji, zhengfawei shuji Ma Xiaoqiu"),
    ("基层治理——数字赋能", "Jiceng zhili: Shuzi funeng"),  # a subtitle after a colon starts with a capital
])
def test_romanized(title, expected):
    assert romanize(title) == expected


def test_traditional_characters_give_the_simplified_editions_pinyin():
    assert romanize("數說五年") == romanize("数说五年")
    assert romanize("訪杭州市委副書記、政法委書記馬小秋") == romanize("访杭州市委副书记、政法委书记马小秋")


def test_romanizing_leaves_the_search_dictionary_alone():
    import jieba

    romanize("平安杭州 · 法治杭州")
    assert "平安杭州" not in jieba.dt.FREQ or jieba.dt.FREQ.get("平安杭州") != 10 ** 6
