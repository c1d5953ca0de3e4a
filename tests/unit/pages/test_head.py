"""What a page's <head> says: its language twins and its link preview."""

from __future__ import annotations

import pytest

from explainer.pages.head import alternates, document_title, language_neutral_path, preview, search_base

SITE = "https://example.org/explainer/"


@pytest.mark.parametrize("page_url", ["en/numbers/", "numbers/", "zh-hant/numbers/"])
def test_alternates_of_a_page_in_every_edition(page_url):
    assert alternates(page_url, SITE) == [
        {"hreflang": "zh-Hans", "href": "https://example.org/explainer/numbers/"},
        {"hreflang": "zh-Hant", "href": "https://example.org/explainer/zh-hant/numbers/"},
        {"hreflang": "en", "href": "https://example.org/explainer/en/numbers/"},
        {"hreflang": "x-default", "href": "https://example.org/explainer/numbers/"},
    ]


@pytest.mark.parametrize("page_url", ["", "en/", "zh-hant/"])
def test_alternates_of_the_home_pages(page_url):
    assert [link["href"] for link in alternates(page_url, "https://example.org/explainer")] == [
        "https://example.org/explainer/", "https://example.org/explainer/zh-hant/", "https://example.org/explainer/en/",
        "https://example.org/explainer/"]


def test_alternates_are_absolute_for_any_site_url_spelling():
    for site in ("https://example.org", "https://example.org/", "https://example.org//"):
        hrefs = [link["href"] for link in alternates("en/interview/rule-of-law/", site)]
        assert hrefs == ["https://example.org/interview/rule-of-law/", "https://example.org/zh-hant/interview/rule-of-law/",
                         "https://example.org/en/interview/rule-of-law/", "https://example.org/interview/rule-of-law/"]


@pytest.mark.parametrize("page_url, neutral", [
    ("en/numbers/", "numbers/"), ("numbers/", "numbers/"), ("en/", ""), ("", ""), ("zh-hant/numbers/", "numbers/"),
    ("enforcement/", "enforcement/"),  # a zh page whose name starts with "en" keeps it
])
def test_language_neutral_path(page_url, neutral):
    assert language_neutral_path(page_url) == neutral


def test_preview_names_every_locale():
    assert preview("标题", "说明", SITE + "numbers/", "zh") == {
        "title": "标题", "description": "说明", "url": SITE + "numbers/", "locale": "zh_CN",
        "other_locales": ["zh_TW", "en_US"]}
    en = preview("Title", "Description", SITE + "en/numbers/", "en")
    assert (en["locale"], en["other_locales"]) == ("en_US", ["zh_CN", "zh_TW"])
    hant = preview("標題", "說明", SITE + "zh-hant/numbers/", "zh-hant")
    assert (hant["locale"], hant["other_locales"]) == ("zh_TW", ["zh_CN", "en_US"])


@pytest.mark.parametrize("base_url, lang, expected", [
    ("..", "zh", ".."), ("..", "en", "../en/"), (".", "en", "./en/"), ("../..", "zh", "../.."),
    ("..", "zh-hant", "../zh-hant/"),
])
def test_search_base_per_language(base_url, lang, expected):
    assert search_base(base_url, lang) == expected


def test_document_title_names_the_page_then_the_site_but_the_home_page_once():
    assert document_title("数说五年", "平安杭州 · 法治杭州", False) == "数说五年 - 平安杭州 · 法治杭州"
    assert document_title("平安杭州 · 法治杭州", "平安杭州 · 法治杭州", True) == "平安杭州 · 法治杭州"
    assert document_title("Home", "A Safe Hangzhou", True) == "A Safe Hangzhou"
    assert document_title("", "A Safe Hangzhou", False) == "A Safe Hangzhou"


def test_a_generated_edition_s_title_that_reads_as_its_source_s_names_the_edition():
    from explainer.pages.head import edition_title

    assert edition_title("平安杭州 · 法治杭州", "zh-hant", "繁體中文版") == "平安杭州 · 法治杭州（繁體中文版）"
    assert edition_title("數說五年 - 平安杭州 · 法治杭州", "zh-hant", "繁體中文版") == "數說五年 - 平安杭州 · 法治杭州"
    assert edition_title("平安杭州 · 法治杭州", "zh", "") == "平安杭州 · 法治杭州"
    assert edition_title("Safe Hangzhou", "en", "") == "Safe Hangzhou"


def test_the_404_title_is_its_heading_in_every_edition():
    from explainer.pages.head import not_found_blocks, not_found_title

    assert not_found_title(not_found_blocks("https://example.org/")) == "404 · 页面不存在 / 頁面不存在 / Page not found"
