"""citeproc-py's output kept on disk (explainer/citations/citeproc_output.py): the same text as rendered
afresh, never a stale answer, and a damaged file started afresh."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explainer.citations import citeproc_output as output
from explainer.citations.references import CSL_STYLES, STYLES, _csl_item, page_work, site_work

SITE = site_work("平安杭州 · 法治杭州", "https://example.org/", "zh", "A Safe Hangzhou under the Rule of Law")
PAGE = page_work("数说五年", "https://example.org/numbers/", "zh", "平安杭州 · 法治杭州", "Five years in numbers")
PAGE_EN = page_work("Five years in numbers", "https://example.org/en/numbers/", "en", "A Safe Hangzhou")
ASKED = [(_csl_item(work, style), CSL_STYLES[style], "zh-CN" if style == "gbt7714" and work.lang == "zh" else "en-US")
         for work in (SITE, PAGE, PAGE_EN) for style in STYLES]
ITEM, STYLE, LOCALE = ASKED[3]


@pytest.fixture
def cache(tmp_path):
    """A cache directory of the test's own; afterwards none, as before."""
    output.use_directory(tmp_path / "citeproc")
    output._known.cache_clear()
    yield tmp_path / "citeproc"
    output.use_directory(None)
    output._known.cache_clear()


def the_file(cache: Path) -> Path:
    return cache / f"rendered.{output.code_digest()}.json"


def new_process() -> None:
    output._known.cache_clear()  # what a new build reads: the file, not this process's memory


def test_cached_output_is_the_output_rendered_afresh(cache):
    fresh = [output.render_uncached(*asked) for asked in ASKED]
    assert [output.render(*asked) for asked in ASKED] == fresh  # rendered, then kept
    assert len(json.loads(the_file(cache).read_text(encoding="utf-8"))) == len(set(fresh)) == len(ASKED)
    new_process()
    assert [output.render(*asked) for asked in ASKED] == fresh  # read from the file


def test_a_kept_answer_is_served_without_rendering(cache, monkeypatch):
    the_file(cache).parent.mkdir(parents=True)
    the_file(cache).write_text(json.dumps({output.item_key(ITEM, STYLE, LOCALE): "kept"}), encoding="utf-8")
    monkeypatch.setattr(output, "render_uncached", lambda *asked: pytest.fail("rendered although kept"))
    assert output.render(ITEM, STYLE, LOCALE) == "kept"


def test_without_a_directory_every_item_is_rendered(tmp_path, monkeypatch):
    output.use_directory(None)
    monkeypatch.setattr(output, "render_uncached", lambda *asked: "rendered")
    assert output.render(ITEM, STYLE, LOCALE) == "rendered"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("change", [
    lambda item, style, locale: ({**item, "title": item["title"] + "!"}, style, locale),
    lambda item, style, locale: ({**item, "URL": item["URL"] + "x"}, style, locale),
    lambda item, style, locale: ({**item, "accessed": {"date-parts": [[2099, 12, 30]]}}, style, locale),
    lambda item, style, locale: ({**item, "language": "en-US"}, style, locale),
    lambda item, style, locale: (item, "chicago-author-date" if style != "chicago-author-date" else "apa", locale),
    lambda item, style, locale: (item, style, "zh-CN" if locale != "zh-CN" else "en-US"),
], ids=["title", "url", "accessed", "language", "style", "locale"])
def test_a_changed_question_has_another_key(change):
    assert output.item_key(*change(ITEM, STYLE, LOCALE)) != output.item_key(ITEM, STYLE, LOCALE)


def test_a_changed_style_file_changes_the_key(tmp_path, monkeypatch):
    original = Path(output.style_path(STYLE))
    copy = tmp_path / original.name
    copy.write_bytes(original.read_bytes())
    monkeypatch.setattr(output, "style_path", lambda name: str(copy))
    output._style_digest.cache_clear()
    try:
        same = output.item_key(ITEM, STYLE, LOCALE)
        copy.write_bytes(original.read_bytes().replace(b"</style>", b"<!-- edited --></style>"))
        output._style_digest.cache_clear()
        assert output.item_key(ITEM, STYLE, LOCALE) != same
    finally:
        output._style_digest.cache_clear()


def test_a_changed_file_of_citeproc_changes_the_file_name(tmp_path, monkeypatch):
    # citeproc-py's code and its locale files are read from the package; a changed byte in any is another file name.
    locale = tmp_path / "data" / "locales" / "locales-en-US.xml"
    locale.parent.mkdir(parents=True)
    locale.write_text("<locale/>", encoding="utf-8")
    monkeypatch.setattr(output, "_package_files", lambda name: [("data/locales/locales-en-US.xml", locale)])
    output.code_digest.cache_clear()
    try:
        before = output.code_digest()
        locale.write_text("<locale>edited</locale>", encoding="utf-8")
        output.code_digest.cache_clear()
        assert output.code_digest() != before
    finally:
        output.code_digest.cache_clear()


def test_the_code_digest_reads_all_of_citeproc():
    files = dict(output._package_files("citeproc"))
    assert {"model.py", "frontend.py", "formatter/plain.py", "data/locales/locales-zh-CN.xml",
            "data/locales/locales-en-US.xml"} <= set(files)
    assert not any("__pycache__" in name for name in files)


def test_a_stale_answer_is_not_served(cache):
    # An answer kept for the item before its title changed: the changed item is rendered.
    output.render(ITEM, STYLE, LOCALE)
    changed = {**ITEM, "title": ITEM["title"].replace("数说五年", "数说十年")}
    new_process()
    assert output.render(changed, STYLE, LOCALE) == output.render_uncached(changed, STYLE, LOCALE)
    assert "数说十年" in output.render(changed, STYLE, LOCALE)


@pytest.mark.parametrize("damage", ["{not json", "[1, 2]", '{"a": 1}', ""], ids=["broken", "list", "not-text", "empty"])
def test_a_damaged_file_is_started_afresh(cache, damage):
    the_file(cache).parent.mkdir(parents=True)
    the_file(cache).write_text(damage, encoding="utf-8")
    assert output.render(ITEM, STYLE, LOCALE) == output.render_uncached(ITEM, STYLE, LOCALE)
    kept = json.loads(the_file(cache).read_text(encoding="utf-8"))
    assert kept[output.item_key(ITEM, STYLE, LOCALE)] == output.render_uncached(ITEM, STYLE, LOCALE)
    assert not list(cache.glob("*.tmp"))


def test_a_directory_that_cannot_be_written_still_answers(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory", encoding="utf-8")
    output.use_directory(blocked / "citeproc")
    output._known.cache_clear()
    try:
        assert output.render(ITEM, STYLE, LOCALE) == output.render_uncached(ITEM, STYLE, LOCALE)
    finally:
        output.use_directory(None)
        output._known.cache_clear()
