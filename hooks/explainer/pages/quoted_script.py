"""The interview's own words inside another language's text, shown in an edition's script.

An English page quotes the interview in its Simplified original (``<span lang="zh-Hans">源头治理</span>``,
and in glossary tooltips: ``Shorthand (黄赌毒) for …``). Where such text is shown inside an edition
generated from the interview's language (the English column of the 繁體 parallel view), the quotation
is converted like the rest of that edition's Chinese and tagged with its language (``zh-Hant``), so
that it reads, and is drawn with the fonts, as the column beside it. In any other edition nothing
changes: the functions here ask the edition tables (:func:`editions.quote_in`, :func:`editions.quote_lang`),
never which edition it is.
"""

from __future__ import annotations

import re

from explainer.editions import QUOTED, hreflang, quote_in, quote_lang

TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
# Chinese inside an English tooltip; the quotation marks around it are the English text's, and stay.
HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef《》—…·]+")
TEXT_ATTRIBUTES = re.compile(r'(\s(?:title|aria-label|alt)=")([^"]*)(")')
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def quotes_in_edition(html: str, edition: str) -> str:
    """``html`` of another language shown in ``edition``: the text of every element tagged with the
    interview's language, and the Chinese inside its tooltips, converted for ``edition`` and tagged
    with ``quote_lang(edition)``. Unchanged where the edition shows the interview as written."""
    source_tag, target_tag = hreflang(QUOTED), quote_lang(edition)
    if source_tag == target_tag:
        return html
    out, last = [], 0
    stack: list[str] = []  # the elements open inside one tagged with the interview's language
    for match in TAG.finditer(html):
        text = html[last:match.start()]
        out.append(quote_in(text, edition) if stack else text)
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        tag = match.group(0)
        if closing:
            if stack and stack[-1] == name:
                stack.pop()
        else:
            tag = TEXT_ATTRIBUTES.sub(lambda m: m[1] + HAN_RUN.sub(lambda h: quote_in(h[0], edition), m[2]) + m[3], tag)
            opens = name not in VOID and not attrs.rstrip().endswith("/")
            if f' lang="{source_tag}"' in attrs:
                tag = tag.replace(f' lang="{source_tag}"', f' lang="{target_tag}"', 1)
                if opens:
                    stack.append(name)
            elif stack and opens:
                stack.append(name)
        out.append(tag)
        last = match.end()
    rest = html[last:]
    out.append(quote_in(rest, edition) if stack else rest)
    return "".join(out)
