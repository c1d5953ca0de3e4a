"""How search reads words, at build time: the parts of Chinese compounds, character variants,
spellings across languages and pinyin. Plain Python; hooks/search_by_language.py applies it to each
edition's index, and docs/assets/javascripts/search-worker.js applies the same analysis to the query.

- **Sub-words.** jieba cuts 电信网络诈骗 or 共享法庭 as one word, and the browser matches a query against
  the start of a word, so 诈骗 or 法庭 never reached them. Like jieba's search mode, a word of three
  characters or more is indexed as its parts when the dictionary has them (电信/网络/诈骗, 共享/法庭);
  the worker cuts a query typed without spaces against the same vocabulary, so the compound typed whole
  still finds it, and Material highlights the parts in the results.
- **Variants.** The search worker's analysis script carries the fold table (:func:`fold_pairs`, written by
  the build once for every edition): pairs of characters (a variant, then the form both are compared as),
  generated with OpenCC from the characters the editions write, so 台 finds 臺, 衞 finds 衛 and 啓 finds 啟
  (and a Simplified query finds the 繁體 text). The pairs are written as numbers (steps and offsets in base
  36), not characters.
- **Spellings.** A term's group of spellings (explainer/search/aliases.py) also holds the other language's
  spellings and a generated edition's own ``search_aliases`` from the glossary (Taiwan and Hong Kong words).
  The toneless pinyin of its Chinese ones (fengqiaojingyan, dianzha) is in the term's own entry only
  (:func:`add_term_pinyin`): every other entry holding a spelling is reached through the pinyin file beside
  the index (explainer/search/pinyin_words.py), which lists the spelling under its pinyin.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from explainer.search.index_text import SEPARATOR, separator_pattern, shown_text
from explainer.search.sections import GLOSSARY_PAGE
from explainer.text.han import HAN, HAN_CHARACTERS


HAN_WORD = re.compile(f"[{HAN_CHARACTERS}]{{3,}}")
HAN_CHAR = HAN
FIELDS = ("title", "text", "aliases", "twin")


def partition(word: str, is_word: Callable[[str], bool]) -> list[str]:
    """``word`` as the fewest dictionary words shorter than itself (a character the dictionary lacks
    counts as a word of its own, at a cost), or ``[word]`` when no cut has a part of two characters,
    or when ``word`` is a three-character dictionary word: 志愿者 as 志 + 愿者, or 杭州市 as 杭州 + 市,
    would put in its place a one-character word that half the index starts with (a reader's 杭州 still
    finds 杭州市: the browser matches a prefix). Longer words (glossary terms such as 最具幸福感城市 are
    dictionary words too) are cut, single characters and all, so their parts are found."""
    n = len(word)
    best: list[tuple[int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for end in range(1, n + 1):
        for start in range(end):
            if best[start] is None or (start == 0 and end == n):
                continue
            piece = word[start:end]
            cost = 1 if is_word(piece) else (3 if len(piece) == 1 else None)
            if cost is None:
                continue
            candidate = (best[start][0] + cost, best[start][1] + [piece])
            if best[end] is None or candidate[0] < best[end][0]:
                best[end] = candidate
    if best[n] is None or not any(len(piece) > 1 and is_word(piece) for piece in best[n][1]):
        return [word]
    if n == 3 and is_word(word):
        return [word]
    return best[n][1]


def finest(word: str, is_word: Callable[[str], bool]) -> list[str]:
    """``word`` cut into parts, and each part of three characters or more cut again: 电信网络诈骗 is
    电信 + 网络诈骗 (the fewest words), then 电信 + 网络 + 诈骗."""
    parts = partition(word, is_word)
    if parts == [word]:
        return parts
    return [piece for part in parts for piece in (finest(part, is_word) if len(part) > 2 else [part])]


def cut_compounds(value: str, is_word: Callable[[str], bool],
                  to_source: Callable[[str], str] = lambda run: run) -> str:
    """``value`` (an index field: words of Chinese separated by U+200B) with every Han word of three
    characters or more written as its parts. A generated edition's word is cut where its
    source-language original is (``to_source``, same length); otherwise it stays whole."""
    def cut(match: re.Match) -> str:
        word = match.group()
        original = to_source(word)
        if len(original) != len(word):
            return word
        parts, position = [], 0
        for part in finest(original, is_word):
            parts.append(word[position:position + len(part)])
            position += len(part)
        return SEPARATOR.join(parts)

    return HAN_WORD.sub(cut, value)


def cut_index(index: dict, is_word: Callable[[str], bool], to_source: Callable[[str], str] = lambda run: run) -> None:
    for doc in index.get("docs", []):
        for field in FIELDS:
            if isinstance(doc.get(field), str):
                doc[field] = cut_compounds(doc[field], is_word, to_source)


def fold_pairs(chars: Iterable[str], canonical: Callable[[str], str],
               variants: Callable[[str], Iterable[str]]) -> str:
    """The fold table as the build writes it: for each character a reader may type for one of ``chars`` (the
    edition's own and its variants, ``variants(canonical form)``), the character, then its canonical
    form, for every character that differs from its canonical form. Sorted, each once; written as
    "step,offset" pairs apart by spaces, in base 36: ``step`` the variant's code point less the previous
    variant's (the first: less 0), ``offset`` the form's code point less the variant's (signed)."""
    pairs: dict[str, str] = {}
    for char in chars:
        base = canonical(char)
        if len(base) != 1:
            continue
        for variant in {char, *variants(base)}:
            if len(variant) == 1 and variant != base and HAN_CHAR.fullmatch(variant):
                pairs.setdefault(variant, base)
    out, previous = [], 0
    for variant, base in sorted(pairs.items()):
        out.append(f"{base36(ord(variant) - previous)},{base36(ord(base) - ord(variant))}")
        previous = ord(variant)
    return " ".join(out)


def fold_table(fold: str) -> dict[str, str]:
    """The fold table read back: variant → form (as the search worker reads it)."""
    table, at = {}, 0
    for pair in fold.split():
        step, offset = (int(number, 36) for number in pair.split(","))
        at += step
        table[chr(at)] = chr(at + offset)
    return table


def base36(number: int) -> str:
    digits, sign, number = "", "-" if number < 0 else "", abs(number)
    while True:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        if not number:
            return sign + digits


def index_characters(index: dict) -> set[str]:
    chars: set[str] = set()
    for doc in index.get("docs", []):
        for field in FIELDS:
            chars.update(HAN_CHAR.findall(doc.get(field) or ""))
    return chars


PINYIN_LONGEST = 4
""":func:`pinyin` reads spellings of at most this many characters unless told otherwise: readers type 枫桥经验
or 电诈 in pinyin, not 重大决策社会风险评估."""
TERM_PINYIN_LONGEST = 6
"""A glossary term's own entry also has the pinyin of its spellings up to this many characters
(三色预付码 → sanseyufuma, 大综合一体化 → dazongheyitihua): found there, the term opens its entry."""


def pinyin(spelling: str, longest: int = PINYIN_LONGEST) -> str:
    """Toneless pinyin of a Chinese spelling's Han characters, run together (枫桥经验 → fengqiaojingyan);
    "" for a spelling without Han characters or with more than ``longest``."""
    han = "".join(HAN_CHAR.findall(spelling))
    if not han or len(han) > longest:
        return ""
    from pypinyin import Style, lazy_pinyin  # imported when an index is built

    return "".join(lazy_pinyin(han, style=Style.NORMAL)).lower()


def pinyin_table(spellings: Iterable[str], cache_dir: Path | None = None,
                 longest: int = PINYIN_LONGEST) -> dict[str, str]:
    """``pinyin`` of each spelling, kept in a file under the temporary directory per set of spellings
    and pypinyin version (beside jieba's cut dictionary): loading pypinyin's dictionaries takes about
    0.4 s, a fifth of a build, for the same few dozen words every time. The file holds every spelling's
    pinyin whatever its length, so the cut at ``longest`` is made here, never read from an old file."""
    wanted = sorted({spelling for spelling in spellings if HAN_CHAR.search(spelling)})
    from importlib.metadata import version

    key = hashlib.sha256(("\n".join([version("pypinyin"), "all lengths", *wanted])).encode("utf-8")).hexdigest()[:20]
    path = (cache_dir or Path(tempfile.gettempdir()) / "explainer-pinyin") / f"pinyin.{key}.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        table = {spelling: pinyin(spelling, longest=len(spelling)) for spelling in wanted}
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")  # builds side by side never read half a file
        temporary.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    return {spelling: romanised if len(HAN_CHAR.findall(spelling)) <= longest else ""
            for spelling, romanised in table.items()}


def edition_groups(terms: list[dict], lang: str, counterpart: str,
                   spellings: Callable[[list[dict], str], list[list[str]]]) -> list[list[str]]:
    """Per term, its spellings in ``lang`` (``spellings``, i.e. glossary.search_spellings), the
    edition's own ``search_aliases`` (``term["search_aliases"][lang]``) and the spellings of the
    ``counterpart`` language; each once. No pinyin: it costs every entry that mentions the term bytes the
    pinyin file beside the index already holds (measured: 255–342 bytes gzipped per index, no query lost)."""
    own, other = spellings(terms, lang), spellings(terms, counterpart)
    return [list(dict.fromkeys([*mine, *term.get("search_aliases", {}).get(lang, []), *theirs]))
            for term, mine, theirs in zip(terms, own, other)]


def add_term_pinyin(index: dict, terms: list[dict], groups: list[list[str]], entry_of: Callable[[dict], str],
                    cache_dir: Path | None = None) -> None:
    """The pinyin of each term's longer Chinese spellings (:data:`TERM_PINYIN_LONGEST`) in the ``aliases``
    of the term's own entry (``entry_of(term)``: its location), not of every entry that mentions it."""
    docs = {doc["location"]: doc for doc in index.get("docs", [])}
    for term, group in zip(terms, groups):
        doc = docs.get(entry_of(term))
        if doc is None:
            continue
        table = pinyin_table(group, cache_dir, longest=TERM_PINYIN_LONGEST)
        extra = [table[s] for s in group if table.get(s) and table[s] not in group]
        if extra:
            doc["aliases"] = SEPARATOR.join(filter(None, [doc.get("aliases", ""), *dict.fromkeys(extra)]))


def dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary (as the build loaded it) has ``word`` as a word of its own."""
    import jieba  # Material's search needs it for Chinese anyway

    return jieba.dt.FREQ.get(word, 0) > 0


@functools.lru_cache(maxsize=None)  # the index is written three times per build, from the same characters
def simplified(char: str) -> str:
    return _opencc("t2s").convert(char)


@functools.lru_cache(maxsize=None)
def variants(base: str) -> frozenset[str]:
    """The forms OpenCC writes a Simplified character in: its standard, Taiwan and Hong Kong forms."""
    return frozenset(_opencc(config).convert(base) for config in ("s2t", "s2tw", "s2hk"))


def _opencc(config: str):
    if config not in _converters:
        import opencc

        _converters[config] = opencc.OpenCC(config)
    return _converters[config]


_converters: dict = {}


def edition_alias_problems(term: dict, place: str, editions: Iterable[str]):
    """A term's ``search_aliases`` by generated edition: ``{"zh-hant": ["網路詐騙", …]}``."""
    extra = term.get("search_aliases", {})
    if not isinstance(extra, dict):
        yield f"{place}.search_aliases: must be an object: edition → list of spellings"
        return
    for lang, spellings in extra.items():
        if lang not in editions:
            yield f"{place}.search_aliases: {lang!r} is not a generated edition ({', '.join(editions)})"
        elif not (isinstance(spellings, list) and all(isinstance(s, str) and len(s.strip()) > 1 and s == s.strip()
                                                       for s in spellings)):
            yield f"{place}.search_aliases.{lang}: must be a list of trimmed spellings of 2 characters or more"


SUMMARY_BOOST = 0.2
"""A page's own entry (its lead and summary box) weighs this much against its sections. Material ranks a
page's entry far above its sections (it adds one to the boost of every entry without a parent) and then
folds every section scored below the page's entry under "more": the section with the figures, which the
summary only names, was out of sight. Measured with benchmarks/search_recall.py."""


def sections_first(index: dict, boost: float = SUMMARY_BOOST) -> None:
    """Lower the boost of each page entry that has sections in ``index`` (a page's boost from its
    front matter is kept, multiplied)."""
    docs = index.get("docs", [])
    pages_with_sections = {doc["location"].split("#", 1)[0] for doc in docs if "#" in doc["location"]}
    for doc in docs:
        if "#" not in doc["location"] and doc["location"] in pages_with_sections:
            doc["boost"] = round(doc.get("boost", 1) * boost, 3)


GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
ORDINAL = re.compile(r"\b([1-9]|10)(?:st|nd|rd|th)\b")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
SCALED_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)[\s\u200b]*(万|萬)")  # U+200B: jieba's cut
SCALES = {"万": 10**4, "萬": 10**4}


def number_forms(text: str) -> list[str]:
    """Other ways a reader types the numbers of ``text``: without thousands separators (3,084 → 3084,
    568,700 → 568700: the index holds "3,084" as one word, which "3084" does not start), and the
    ordinals the English pages write as 2nd in words (second), and a number in 万 written out (56.87万 →
    568700, as the English pages write 568,700; not 亿: nobody types 890000000)."""
    forms = [number.replace(",", "") for number in GROUPED_NUMBER.findall(text)]
    forms += [written_out(number, SCALES[scale]) for number, scale in SCALED_NUMBER.findall(text)]
    forms += [ORDINAL_WORDS[int(number) - 1] for number in ORDINAL.findall(text)]
    return list(dict.fromkeys(forms))


def written_out(number: str, scale: int) -> str:
    """``number`` × ``scale`` in digits, exactly (decimal arithmetic: 56.87 × 10⁴ is 568700, not 568699.99…)."""
    from decimal import Decimal

    value = Decimal(number) * scale
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


def add_number_forms(index: dict) -> None:
    """Each entry's numbers in the other forms a reader types (:func:`number_forms`), as hidden words."""
    for doc in index.get("docs", []):
        forms = number_forms(shown_text(f"{doc.get('title', '')} {doc.get('text', '')}"))
        if forms:
            doc["aliases"] = SEPARATOR.join(filter(None, [doc.get("aliases", ""), *forms]))


TERM_ENTRY = re.compile(re.escape(GLOSSARY_PAGE) + "#.")  # a glossary term's own entry (sections.py, split_glossary)


def compact_aliases(index: dict, groups: list[list[str]]) -> None:
    """Each entry's ``aliases`` as words, each once, leaving out the words its title and text already
    hold (lunr indexes words, not phrases: "telecom fraud" and "online fraud" need "fraud" once), plus
    the Chinese glossary spellings the entry writes or implies, whole (共享法庭, 中央城市工作会议): its text
    and aliases hold them as their parts, and the search worker requires a compound typed whole, so an
    entry that has only its parts apart (城市 … 大脑) is not found for it. The ``twin`` words (explainer/
    search/sections.py) that ``aliases`` then holds are left out of ``twin``."""
    separator = re.compile(separator_pattern(index))
    compounds = [spelling for group in groups for spelling in group if HAN_WORD.fullmatch(spelling)]
    for doc in index.get("docs", []):
        shown = shown_text(f"{doc.get('title', '')} {doc.get('text', '')}")
        own = {word.casefold() for word in separator.split(shown) if word}
        plain = shown.replace(SEPARATOR, "")
        spelled = plain + " " + doc.get("aliases", "").replace(SEPARATOR, "")  # and the terms it only implies
        words = separator.split(doc.get("aliases", "")) + [word for word in compounds if word in spelled]
        # A glossary entry keeps its own spellings though its text writes them (电诈, "often shortened in
        # Chinese to 电诈"): the worker reads a spelling in an entry's aliases as naming it.
        if TERM_ENTRY.match(doc.get("location", "")):
            title = shown_text(doc.get("title", ""))
            own = {word.casefold() for word in separator.split(title) if word}
        kept = list(dict.fromkeys(word for word in words if word and word.casefold() not in own))
        kept = list({word.casefold(): word for word in reversed(kept)}.values())[::-1]  # case-insensitive
        if kept:
            doc["aliases"] = SEPARATOR.join(kept)
        else:
            doc.pop("aliases", None)
        if doc.get("twin"):  # a twin word the aliases hold is found there already, and weighs more
            held = {word.casefold() for word in kept}
            twin = [word for word in doc["twin"].split(" ") if word.casefold() not in held]
            if twin:
                doc["twin"] = " ".join(twin)
            else:
                doc.pop("twin")
