"""Titles from data: after the browser reads the attribute and Material inserts it with innerHTML, the
reader sees the text as written, and no element is made from it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from explainer.dataset.glossary import GlossaryExtension
from explainer.pages.render import environment
from explainer.pages.tooltip_text import title_attribute, tooltip_html, tree_title

HOSTILE = [
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(1)</script>",
    "&lt;img src=x onerror=alert(1)&gt;",  # already looks escaped: must not be unescaped into markup
    "AT&T's \"quoted\" 'single' & <b>bold</b>",
    "javascript:alert(1)",
    "line one\nline two",
]


class Parsed(HTMLParser):
    """Start tags and text of an HTML fragment, as a browser's parser splits them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = [], [], []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append(dict(attrs))

    def handle_data(self, data):
        self.text.append(data)


def as_tooltip(attribute_value: str) -> Parsed:
    """What Material's tooltip shows: the attribute's value (as the DOM holds it) parsed as HTML."""
    return Parsed(attribute_value)


@pytest.mark.parametrize("text", HOSTILE)
def test_the_dom_value_shows_as_written_in_a_tooltip(text):
    shown = as_tooltip(tooltip_html(text))
    assert shown.tags == []
    assert "".join(shown.text) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_a_markdown_title_survives_python_markdowns_serializer(text):
    extension = GlossaryExtension()
    md = markdown.Markdown(extensions=[extension])
    extension.titles = {"shared court": text}
    html = md.convert("A shared court.")
    page = Parsed(html)
    assert page.tags == ["p", "abbr"], html
    dom_title = page.attrs[1]["title"]
    assert dom_title == tooltip_html(text)
    shown = as_tooltip(dom_title)
    assert shown.tags == [] and "".join(shown.text) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_a_glossary_link_title_too(text):
    extension = GlossaryExtension()
    md = markdown.Markdown(extensions=[extension])
    extension.definitions = {"shared-court": text}
    extension.titles = {"unrelated": "-"}  # the tooltips run only when the page has terms
    page = Parsed(md.convert("[shared court](../glossary.md#shared-court)"))
    assert page.tags == ["p", "a"]
    assert "".join(as_tooltip(page.attrs[1]["title"]).text) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_the_jinja_filter(text):
    env = environment(str(Path(__file__).resolve().parents[3] / "overrides" / "partials" / "explainer"))
    html = env.from_string('<a title="{{ x | tooltip }}">¶</a>').render(x=text)
    page = Parsed(html)
    assert page.tags == ["a"]
    assert "".join(as_tooltip(page.attrs[0]["title"]).text) == text


def test_markdown_writes_the_finished_value_unchanged():
    text = tree_title('<&>"\'')
    assert markdown.serializers._escape_attrib(text) == text
    assert str(title_attribute("<")) == "&amp;lt;"
