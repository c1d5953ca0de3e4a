"""Stop words: function and question words, left out of the index's terms and of the query (issue 21)."""

from __future__ import annotations

from explainer.search.stop_words import CHINESE, ENGLISH, LUNR, is_stop_word, stop_words


def test_question_and_function_words_of_both_languages_are_stop_words():
    for word in ("的", "了", "是", "谁", "什么", "哪", "多少", "几", "吗", "呢", "怎么", "怎样", "如何", "为什么",
                 "这", "那", "个", "有"):
        assert word in CHINESE and is_stop_word(word), word
    for word in ("the", "is", "who", "what", "did", "does", "how", "many", "much", "whether"):
        assert is_stop_word(word), word
    assert is_stop_word("Who")  # case does not matter


def test_words_that_carry_meaning_are_not():
    for word in ("命案", "下降", "杭州", "年", "homicide", "down", "court", "go"):
        assert not is_stop_word(word), word


def test_an_edition_carries_its_chinese_as_it_writes_them_and_the_english_lunr_lacks():
    converted = stop_words(lambda text: text.replace("么", "麼").replace("谁", "誰"))
    assert "什麼" in converted and "誰" in converted and "什么" not in converted
    assert "many" in converted and "the" not in converted  # lunr's own list is in the worker already
    assert set(ENGLISH).isdisjoint(LUNR)
    assert len(converted) == len(set(converted))
