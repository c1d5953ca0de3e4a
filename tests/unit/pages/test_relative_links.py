"""Links between pages are relative, so the site works under any base path."""

from __future__ import annotations

import pytest

from explainer.pages.relative_links import in_language, relative_url


@pytest.mark.parametrize("target, from_page, expected", [
    ("numbers/", "", "numbers/"),
    ("numbers/", "numbers/", "./"),
    ("numbers/#shared-courts", "numbers/", "./#shared-courts"),
    ("numbers/#shared-courts", "interview/rule-of-law/", "../../numbers/#shared-courts"),
    ("en/numbers/", "en/interview/rule-of-law/", "../../numbers/"),
    ("en/numbers/", "en/", "numbers/"),
    ("en/", "en/numbers/", "../"),
    ("numbers/", "en/numbers/", "../../numbers/"),
    ("downloads/metrics-zh.csv", "en/numbers/", "../../downloads/metrics-zh.csv"),
    ("downloads/metrics.json", "", "downloads/metrics.json"),
    ("interview/rule-of-law/", "numbers/", "../interview/rule-of-law/"),
])
def test_relative_url(target, from_page, expected):
    assert relative_url(target, from_page) == expected


def test_in_language():
    assert in_language("numbers/", "zh") == "numbers/"
    assert in_language("numbers/", "en") == "en/numbers/"
