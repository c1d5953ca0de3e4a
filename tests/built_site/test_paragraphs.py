"""The built site: every paragraph of the interview has an id, the same in both languages and in the
same order, a ¶ permalink and a ⋯ menu button named in the page's language, and a place in the
published anchors."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from tests.conftest import LANG_PREFIX, LANGS, page_paths
from tests.support.site_build import ROOT

INTERVIEW_PAGES = [path for path in page_paths() if path.startswith("interview/")]

# Interface words, written by hand per edition (the zh-hant ones in Taiwan usage, not converted)
PERMALINK = {"zh": "此处的永久链接", "zh-hant": "此處的永久連結", "en": "Permanent link to this place"}
MENU = {"zh": "复制本段链接或引用", "zh-hant": "複製本段連結或引用", "en": "Copy this paragraph's link or citation"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Paragraphs(HTMLParser):
    """The <p> elements of the page's <article>: id, the h2 section, whether directly in the article
    or in the question box, and the ¶ links inside each."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.section = None
        self.found: list[dict] = []
        self.current: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        in_article = any(t == "article" for t, _ in self.stack)
        if in_article and tag == "h2":
            self.section = attrs.get("id")
        if in_article and tag == "p":
            parents = [t for t, _ in self.stack]
            article_at = parents.index("article")
            parent_tag, parent_attrs = self.stack[-1]
            classes = (parent_attrs.get("class") or "").split()
            self.current = {
                "id": attrs.get("id"), "class": attrs.get("class") or "", "section": self.section,
                "top": len(parents) == article_at + 1,
                "question": parent_tag == "div" and "question" in classes and "admonition" in classes,
                "links": [], "buttons": [], "text": "",
            }
            self.found.append(self.current)
        if self.current is not None and tag == "a" and "headerlink" in (attrs.get("class") or "").split():
            self.current["links"].append(attrs)
        if self.current is not None and tag == "button":
            self.current["buttons"].append(attrs)
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            popped, _ = self.stack.pop()
            if popped == tag:
                break
        if tag == "p":
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current["text"] += data


def paragraphs(html: str) -> list[dict]:
    parser = Paragraphs()
    parser.feed(html)
    return parser.found


def interview_paragraphs(html: str) -> list[dict]:
    """The question and each paragraph of the answer."""
    return [p for p in paragraphs(html)
            if (p["question"] and "admonition-title" not in p["class"])
            or (p["top"] and p["section"] == "answer")]


def paragraph_ids(html: str) -> list[str]:
    return [p["id"] for p in paragraphs(html) if p["id"]]


@pytest.mark.parametrize("path", INTERVIEW_PAGES)
def test_every_interview_paragraph_has_an_id_of_the_scheme(site, path):
    for lang in LANGS:
        found = interview_paragraphs(site.html(path, lang))
        assert len(found) >= 2, f"{lang}:/{path}: question and answer not found"
        question, *answer = found
        assert question["question"] and question["id"] and question["id"].startswith("q"), (lang, path, question)
        for p in answer:
            assert p["id"], f"{lang}:/{path}: a paragraph without an id: {p['text'][:40]!r}"
            assert p["id"].startswith(question["id"] + "-p"), (lang, path, p["id"])


@pytest.mark.parametrize("path", INTERVIEW_PAGES + ["numbers/"])
def test_twins_have_the_same_paragraph_ids_in_the_same_order(site, path):
    zh, *others = (paragraph_ids(site.html(path, lang)) for lang in LANGS)
    assert zh, f"/{path} has no paragraph ids"
    assert all(ids == zh for ids in others)  # the generated edition (zh-hant) included


def test_the_questions_are_numbered_in_the_interviews_order(site):
    order = ["interview/grassroots-governance/", "interview/rule-of-law/", "interview/digital-governance/",
             "interview/resilient-city/"]
    assert [interview_paragraphs(site.html(path))[0]["id"] for path in order] == ["q1", "q2", "q3", "q4"]


@pytest.mark.parametrize("path", INTERVIEW_PAGES + ["numbers/"])
def test_each_paragraph_with_an_id_has_one_permalink_and_menu_button_named_in_the_pages_language(site, path):
    for lang in LANGS:
        for p in paragraphs(site.html(path, lang)):
            if not p["id"]:
                assert not [b for b in p["buttons"] if b.get("class") == "ex-pmenu"]
                continue
            [link] = p["links"]
            assert link["href"] == f"#{p['id']}"
            assert link["aria-label"] == link["title"] == PERMALINK[lang]
            assert "data-search-exclude" in link
            # The menu's button right after the ¶, and nothing else of the menu (cite.js builds it).
            [button] = p["buttons"]
            # On an interview page it says whose words the paragraph holds: qN a question, qN-pM an answer.
            quotes = ({"data-quote": "answer" if "-p" in p["id"] else "question"}
                      if path in INTERVIEW_PAGES and re.fullmatch(r"q\d+(-p\d+)?", p["id"]) else {})
            assert button == {"aria-expanded": "false", "aria-label": MENU[lang], "class": "ex-pmenu",
                              "data-search-exclude": "", "type": "button", **quotes}
            assert p["text"].rstrip().endswith("¶⋯")


def test_every_paragraph_id_is_published(site):
    published = json.loads((ROOT / "tests" / "published_anchors.json").read_text(encoding="utf-8"))
    for path in INTERVIEW_PAGES + ["numbers/"]:
        missing = sorted(set(paragraph_ids(site.html(path))) - set(published.get(path, [])))
        assert not missing, f"/{path}: run tools/publish_anchors.py to publish {missing}"


def test_search_does_not_index_the_paragraph_permalinks_and_menu_buttons(site):
    for lang in LANGS:
        folder = site.dir / LANG_PREFIX[lang] / "search" / "search_index.json"
        docs = json.loads(folder.read_text(encoding="utf-8"))["docs"]
        answers = [d for d in docs if d["location"].startswith("interview/") and "#key-figures" not in d["location"]]
        assert answers, f"{lang}: no interview entries in the search index"
        for doc in answers:
            assert "¶" not in doc["text"] and "⋯" not in doc["text"], (lang, doc["location"], doc["text"][:80])
        assert any(d["location"].startswith("interview/rule-of-law/") for d in answers)
