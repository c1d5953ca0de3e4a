"""The Markdown side of Chinese punctuation (explainer/text/punctuation.py): a postprocessor that applies the
rule to the text of every rendered page, per element language (``fullwidth_html``), and to its table of
contents, so that the headings in the sidebar read as they do in the page.

It runs inside the Markdown conversion, after raw HTML is put back: everything the page shows — its
Markdown, the figure cards and charts rendered into it, the templates' words — is normalised before any
hook reads ``page.content`` (paragraph links, the parallel view, the search index, the citations).
``lang`` is set page by page (hooks/chinese_punctuation.py), as the page's BCP 47 tag.
"""

from __future__ import annotations

from markdown import Extension
from markdown.postprocessors import Postprocessor

from explainer.text.punctuation import fullwidth_html, is_chinese

PRIORITY = 5  # after raw HTML (30) and the &amp; substitution (20) are put back


class PunctuationExtension(Extension):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.lang = "en"

    def extendMarkdown(self, md):
        md.postprocessors.register(PunctuationPostprocessor(md, self), "chinese_punctuation", PRIORITY)


class PunctuationPostprocessor(Postprocessor):
    def __init__(self, md, extension: PunctuationExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, text: str) -> str:
        lang = self.extension.lang
        for token in toc_tokens(getattr(self.md, "toc_tokens", [])):
            token["name"] = fullwidth_html(token["name"], lang)
            if "html" in token:
                token["html"] = fullwidth_html(token["html"], lang)
        return fullwidth_html(text, lang) if is_chinese(lang) or "lang=" in text else text


def toc_tokens(tokens: list[dict]):
    for token in tokens:
        yield token
        yield from toc_tokens(token.get("children", []))
