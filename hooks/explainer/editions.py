"""The site's editions: the languages written by hand in ``docs/`` and ``data/`` (zh, en), and the ones
generated from them at build time (zh-hant: Traditional Chinese, converted from zh with OpenCC).

Everything that differs between editions is a field of :class:`Edition`; a fourth edition (say zh-hk
with ``s2hk``) is one more entry in :data:`EDITIONS` plus its entry in mkdocs.yml. Code that renders
text never asks which edition it is in: it looks the language up in a table, and a table keyed by
written languages answers for a generated edition with the converted text of its source
(:class:`Localized`), so the data stays written once.

Why ``s2tw``, character by character, for the whole edition: ``s2t`` writes OpenCC's internal forms (爲,
羣衆, 裏), not meant for reading; ``s2twp``/``s2hkp`` also swap vocabulary (信息 → 資訊, 程序 → 程式, 视频 → 影片),
wrong inside a quotation, and the explanatory text mostly names the interview's own terms, so a Taiwanese
vocabulary around unchanged quotations would call one thing by two names. Taiwan forms (裡, 著, 為, 群眾)
rather than Hong Kong's because they are the most widely read Traditional standard; the pages are tagged
``zh-Hant``, not ``zh-TW``, since they keep the mainland source's vocabulary.

OpenCC's known mistakes are corrected from ``data/opencc-overrides.json`` (reviewed, same length, each with
its reason, and written only in Han characters and the Chinese punctuation OpenCC maps: a correction is
applied to the Markdown before it is rendered, so anything else in it would be markup): the build installs
them explicitly before the first conversion (:func:`use_overrides`), and
a conversion before that stops the build. Re-review them when the ``opencc`` pin changes.
"""

from __future__ import annotations

import functools
import inspect
import re
from dataclasses import dataclass
from pathlib import Path

from explainer.errors import SiteError

from explainer.text.punctuation import punctuation  # plain Python, imports nothing of the site
from explainer.dataset.json_file import read_json_file
from explainer.text.han import HAN_CHARACTERS


@dataclass(frozen=True)
class Edition:
    code: str  # the mkdocs-static-i18n locale, the folder, the key of the language tables
    prefix: str  # its part of the site, relative to the site's root ("" for the default)
    hreflang: str  # BCP 47 tag for hreflang and lang="…"
    og_locale: str  # Open Graph locale
    csl_locale: str  # the CSL-JSON "language" of its citation files
    bib_language: str  # BibTeX/biblatex "language"
    plotly_locale: str  # plotly.js locale of its interactive charts ("en" is built in)
    han_forms: str  # the fonts its Chinese text wants first: "SC" (Simplified forms) or "TC" (Traditional)
    source: str | None = None  # a generated edition: the written language it is converted from
    opencc: str | None = None  # a generated edition: its OpenCC configuration
    counterpart: str = "en"  # the language shown beside it (parallel view, glossary, og:locale:alternate)
    name: str = ""  # what a maintainer's error message calls it ("its English twin has it")
    quote_marks: str = ""  # a generated edition: the marks it writes for “ ” ‘ ’ of its source (typography only)


EDITIONS: tuple[Edition, ...] = (
    Edition("zh", "", "zh-Hans", "zh_CN", "zh-CN", "chinese", "zh-CN", "SC", name="Chinese"),
    # Taiwan standard characters, converted character by character (see ARCHITECTURE.md, "Editions").
    # Quotation marks as Taiwan and Hong Kong print them: “ ” → 「 」, ‘ ’ → 『 』.
    Edition("zh-hant", "zh-hant/", "zh-Hant", "zh_TW", "zh-TW", "chinese", "zh-TW", "TC", source="zh", opencc="s2tw",
            name="Traditional Chinese",
            quote_marks="「」『』"),
    # English pages quote the interview in its Simplified original.
    Edition("en", "en/", "en", "en_US", "en-US", "english", "en", "SC", counterpart="zh", name="English"),
)
BY_CODE = {edition.code: edition for edition in EDITIONS}
WRITTEN = tuple(edition.code for edition in EDITIONS if edition.source is None)  # in docs/ and data/
GENERATED = tuple(edition.code for edition in EDITIONS if edition.source is not None)
LANGUAGES = tuple(edition.code for edition in EDITIONS)  # every edition, the generated ones included
LANG_PREFIX = {edition.code: edition.prefix for edition in EDITIONS}  # the default language is at the root
DEFAULT_LANG = next(edition.code for edition in EDITIONS if not edition.prefix)
HREFLANG = {edition.code: edition.hreflang for edition in EDITIONS}  # also the lang="…" of its text

# OpenCC configurations that convert characters only. The "p" configurations (s2twp, s2hkp) also swap
# vocabulary (信息 → 資訊, 程序 → 程式, 视频 → 影片): wrong in a quotation and they rename statutes, and
# every page here is, or explains, the interview's own words.
CHARACTER_ONLY = ("s2tw", "s2hk", "s2t")
OVERRIDES_FILE = "opencc-overrides.json"
# What a correction's from and to may hold: what a conversion reads and produces.
OVERRIDE_TEXT = re.compile(f"[{HAN_CHARACTERS}“”‘’「」『』。，、；：？！·…—（）《》〈〉]+")
MAX_OVERRIDE = 12  # characters: a correction is a word or two in its context


def edition(code: str) -> Edition:
    return BY_CODE[code]


def written(lang: str) -> str:
    """The written language whose text ``lang`` shows: itself, or the source of a generated edition."""
    return BY_CODE[lang].source or lang


def hreflang(lang: str) -> str:
    return BY_CODE[lang].hreflang


def other_languages(lang: str) -> list[str]:
    return [code for code in LANGUAGES if code != lang]


QUOTED = "zh"  # the language the interview is written in


def quote_in(quote: str, lang: str) -> str:
    """A quotation from the interview as edition ``lang`` prints it: converted character by character
    in an edition generated from the interview's language, the original everywhere else."""
    return convert(quote, lang) if written(lang) == QUOTED else quote


def quote_lang(lang: str) -> str:
    """The ``lang`` attribute of a quotation from the interview on a page of ``lang``."""
    return hreflang(lang if written(lang) == QUOTED else QUOTED)


# --- Conversion --------------------------------------------------------------------------------

# OpenCC config → {Simplified: Traditional}. Installed explicitly by the build before anything is converted
# (hooks/generated_editions.py on_config, first in hooks/pipeline.py); None until then, so a conversion
# that runs too early stops the build instead of silently leaving the corrections out.
_overrides: dict[str, dict[str, str]] | None = None


def load_overrides(path: Path, shown_as: str) -> dict[str, dict[str, str]]:
    """The reviewed corrections to OpenCC (``data/opencc-overrides.json``), checked:
    ``{"s2tw": [{"from": "被发明", "to": "被發明", "why": "…"}, …]}``."""
    raw = read_json_file(path, shown_as, multiline={"$comment", "why"})
    problems, table = [], {}
    for config, entries in (raw.items() if isinstance(raw, dict) else []):
        if config.startswith("$"):
            continue
        if config not in CHARACTER_ONLY or not isinstance(entries, list):
            problems.append(f"{config[:20]!r}: must be one of {', '.join(CHARACTER_ONLY)} with a list of corrections")
            continue
        table[config] = {}
        for i, entry in enumerate(entries):
            where = f"{config}[{i}]"
            if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry.get(k) for k in ("from", "to", "why")):
                problems.append(f"{where}: needs non-empty from, to and why")
            elif bad := next((f"{k} {ch!r} (U+{ord(ch):04X})" for k in ("from", "to") for ch in entry[k]
                              if not OVERRIDE_TEXT.fullmatch(ch)), None):
                problems.append(f"{where}.{bad}: not a Han character or Chinese punctuation (OpenCC converts characters only)")
            elif len(entry["from"]) > MAX_OVERRIDE:
                problems.append(f"{where}.from: {len(entry['from'])} characters, more than the {MAX_OVERRIDE} a correction needs")
            elif len(entry["from"]) != len(entry["to"]):
                problems.append(f"{where}: {entry['from']} → {entry['to']} changes the length (convert characters only)")
            elif entry["from"] in table[config]:
                problems.append(f"{where}: {entry['from']} is listed twice")
            else:
                table[config][entry["from"]] = entry["to"]
    if not isinstance(raw, dict):
        problems.append("must be an object: OpenCC configuration → list of corrections")
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SiteError(shown_as, problems[0] + more)
    return table


def use_overrides(table: dict[str, dict[str, str]]) -> None:
    """Install the corrections the converter applies: the build does it once per edition's build, from
    the table ``load_site_data`` read (``SiteData.overrides``); tests do it from their own table."""
    global _overrides
    if table != _overrides:
        _overrides = {config: dict(fixes) for config, fixes in table.items()}
        _convert_cached.cache_clear()


@functools.lru_cache(maxsize=8)
def opencc_converter(config: str):
    if config not in CHARACTER_ONLY:
        raise SiteError("hooks/explainer/editions.py", f"OpenCC configuration {config!r} is not one that converts "
                        f"characters only ({', '.join(CHARACTER_ONLY)}); it would change the interview's words")
    import opencc  # imported when an edition is converted

    return opencc.OpenCC(config)


SOURCE_MARKS = "“”‘’"  # the quotation marks of the written Chinese (the interview's)


def convert(text: str, lang: str) -> str:
    """``text``, written in ``written(lang)``, as edition ``lang`` shows it (unchanged for a written edition):
    its characters converted, and its quotation marks the edition's own (typography only)."""
    return characters_only(text, lang).translate(quote_table(lang))


def characters_only(text: str, lang: str) -> str:
    """``text`` converted character by character for ``lang``, its quotation marks as written."""
    config = BY_CODE[lang].opencc
    if not config or not text:
        return text
    return _convert_cached(text, config)


@functools.lru_cache(maxsize=8)
def quote_table(lang: str) -> dict[int, str]:
    marks = BY_CODE[lang].quote_marks
    return str.maketrans(SOURCE_MARKS, marks) if marks else {}


def quotation_marks(lang: str) -> str:
    """The quotation marks edition ``lang`` writes: opening, closing, then the nested pair."""
    return BY_CODE[lang].quote_marks or SOURCE_MARKS


def source_marks(text: str, lang: str) -> str:
    """``text`` of edition ``lang`` with its source's quotation marks back (tests: only the marks differ)."""
    marks = BY_CODE[lang].quote_marks
    return text.translate(str.maketrans(marks, SOURCE_MARKS)) if marks else text


@functools.lru_cache(maxsize=8192)
def _convert_cached(text: str, config: str) -> str:
    converter = opencc_converter(config)
    if _overrides is None:
        raise SiteError(f"data/{OVERRIDES_FILE}", "text was converted before the reviewed corrections were installed "
                        "(editions.use_overrides; see the order in hooks/pipeline.py)")
    fixes = _overrides.get(config, {})
    if not fixes:
        return converter.convert(text)
    # A corrected term is cut out of the text and written as reviewed; the pieces around it are converted.
    pattern = re.compile("|".join(re.escape(s) for s in sorted(fixes, key=len, reverse=True)))
    out, last = [], 0
    for match in pattern.finditer(text):
        out += [converter.convert(text[last:match.start()]), fixes[match.group()]]
        last = match.end()
    out.append(converter.convert(text[last:]))
    return "".join(out)


REVERSE = {"s2tw": "tw2s", "s2hk": "hk2s", "s2t": "t2s"}  # OpenCC's own way back to Simplified


def to_source(text: str, lang: str) -> str:
    """Text of generated edition ``lang`` back in its source script (for cutting it into words)."""
    config = BY_CODE[lang].opencc
    return opencc_reverse(REVERSE[config]).convert(text) if config else text


@functools.lru_cache(maxsize=4)
def opencc_reverse(config: str):
    import opencc

    return opencc.OpenCC(config)


def convert_deep(value, lang: str):
    """Strings, lists and dicts (keys untouched) converted for ``lang``."""
    if isinstance(value, str):
        return convert(value, lang)
    if isinstance(value, list):
        return [convert_deep(item, lang) for item in value]
    if isinstance(value, tuple):
        return tuple(convert_deep(item, lang) for item in value)
    if isinstance(value, dict):
        return type(value)({key: convert_deep(item, lang) for key, item in value.items()})
    return value


class Localized(dict):
    """A table keyed by written language that also answers for generated editions:
    ``Localized({"zh": "数说五年", "en": "…"})["zh-hant"] == "數說五年"``. Nothing is stored, so a changed
    override list applies at once."""

    def __missing__(self, lang):
        source = BY_CODE[lang].source if lang in BY_CODE else None
        if source is None or source not in self:
            raise KeyError(lang)
        return convert_deep(dict.__getitem__(self, source), lang)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


def localized(value):
    """``value`` with every dict keyed by written languages made :class:`Localized`, recursively; the
    text under each language key punctuated as that language is (full-width marks in Chinese,
    explainer/text/punctuation.py), so every table, data file and edition generated from them shows it."""
    if isinstance(value, list):
        return [localized(item) for item in value]
    if isinstance(value, dict):
        inner = {key: localized(item) for key, item in value.items()}
        if not any(lang in inner for lang in WRITTEN):
            return inner
        return Localized({key: punctuated(item, hreflang(key)) if key in BY_CODE else item for key, item in inner.items()})
    return value


def punctuated(value, tag: str):
    """Strings, lists, tuples and dicts (keys untouched) as text in language ``tag`` is punctuated."""
    if isinstance(value, str):
        return punctuation(tag)(value)
    if isinstance(value, (list, tuple)):
        return type(value)(punctuated(item, tag) for item in value)
    if isinstance(value, dict):
        return type(value)({key: punctuated(item, tag) for key, item in value.items()})
    return value


def in_edition(function):
    """For a function with a ``lang`` parameter that returns text: in a generated edition, the source
    language's text converted. The function itself then only knows written languages."""
    signature = inspect.signature(function)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        lang = bound.arguments["lang"]
        source = BY_CODE[lang].source if lang in BY_CODE else None
        if source is None:
            return function(*args, **kwargs)
        bound.arguments["lang"] = source
        return convert(function(*bound.args, **bound.kwargs), lang)

    return wrapper


def convert_markdown(markdown: str, lang: str) -> str:
    """A page of ``written(lang)`` as edition ``lang`` shows it: prose, headings, front matter and link
    texts converted; code (fenced blocks, inline spans) kept as written, ids and addresses are ASCII."""
    from explainer.text.code_spans import code_ranges

    out, last = [], 0
    for start, end in code_ranges(markdown):
        out += [convert(markdown[last:start], lang), markdown[start:end]]
        last = end
    out.append(convert(markdown[last:], lang))
    return "".join(out)


def generated_src_uri(src_uri: str, lang: str) -> str | None:
    """``index.zh-hant.md`` for ``index.zh.md`` when ``lang`` is generated from zh; else None."""
    stem, dot, suffix = src_uri[:-3].rpartition(".")
    source = BY_CODE[lang].source
    if not dot or not src_uri.endswith(".md") or source is None or suffix != source:
        return None
    return f"{stem}.{lang}.md"


def source_src_uri(src_uri: str) -> tuple[str, str] | None:
    """(``index.zh.md``, ``zh-hant``) for ``index.zh-hant.md``, a page of a generated edition; else None."""
    stem, dot, suffix = src_uri[:-3].rpartition(".")
    if not dot or suffix not in GENERATED:
        return None
    return f"{stem}.{BY_CODE[suffix].source}.md", suffix
