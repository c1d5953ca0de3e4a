"""Font stacks per script, by the language an edition writes (its ``hreflang``) and the forms of Han
characters it wants (``Edition.han_forms``): the same stacks as ``docs/assets/stylesheets/site.css``,
for the texts drawn outside the page's CSS (the charts' Plotly figures and slide images).

Chinese text names CJK fonts first (after the Apple system UI fonts, whose Latin letters and digits
go well with PingFang). English text names the system Latin UI fonts first: with a CJK font first on
Linux and Windows, English quotation marks and apostrophes came out full-width (the “going global”
strategy). Han characters in English text then fall back to the edition's Han fonts.
"""

from __future__ import annotations

from explainer.editions import edition

HAN = {
    "SC": ('"PingFang SC"', '"Microsoft YaHei"', '"Source Han Sans SC"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"'),
    "TC": ('"PingFang TC"', '"Microsoft JhengHei"', '"Source Han Sans TC"', '"Noto Sans CJK TC"', '"WenQuanYi Micro Hei"'),
}
# What comes before the Han fonts, by the language's primary subtag (zh-Hans, zh-Hant → zh).
BEFORE_HAN = {
    "zh": ("-apple-system", "BlinkMacSystemFont", '"Helvetica Neue"'),
    "en": ("-apple-system", "BlinkMacSystemFont", '"Segoe UI"', "Roboto", '"Helvetica Neue"', "Arial", '"Noto Sans"',
           '"Liberation Sans"', '"DejaVu Sans"'),
}


def primary_language(tag: str) -> str:
    """``zh`` for ``zh-Hans``; the table key of a BCP 47 tag."""
    return tag.split("-")[0].lower()


def font_stack(lang: str) -> str:
    """The CSS ``font-family`` of text in edition ``lang``'s language, e.g. for ``en``:
    ``-apple-system, …, "DejaVu Sans", "PingFang SC", …, sans-serif``."""
    current = edition(lang)
    return ", ".join([*BEFORE_HAN[primary_language(current.hreflang)], *HAN[current.han_forms], "sans-serif"])
