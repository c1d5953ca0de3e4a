"""Chinese titles in Hanyu Pinyin for APA 7, which cites a title in a non-Latin script romanised and
followed by its English translation in brackets (APA 7 §9.38, e.g. ``Ping'an Hangzhou · Fazhi Hangzhou
[A Safe Hangzhou under the Rule of Law]``).

The rule, as APA's examples and the Chinese government's rules for pinyin orthography (GB/T 16159) write it:

- **Words, not syllables**: the title is cut into words by jieba (its own dictionary, no guessing of new
  words: HMM off, in a tokenizer of its own so the search index's dictionary is untouched); the syllables
  of one word are written together (法治 → fazhi), words apart.
- An apostrophe before a syllable that starts with a, o or e inside a word (平安 → ping'an).
- No tone marks (APA's examples and library catalogues omit them); ü is written u (pypinyin NORMAL).
- **Sentence case** (APA titles): the first word, the first word after a colon (a subtitle) and after
  `` · `` (the site's name joins two names), and proper nouns, which are listed below
  (``PROPER_NOUNS``: each kept as one word and written as the name is: 马小秋 → Ma Xiaoqiu).
- A title in Traditional characters (the 繁體 edition) is romanised from its Simplified form (OpenCC
  ``tw2s``), so that both Chinese editions give the same pinyin.
- Chinese punctuation becomes its Latin form (``，`` → ``, ``; ``——`` and ``：`` → ``: ``); `` · `` stays.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from explainer.text.han import HAN_CHARACTERS, HAN_RUN

# Proper nouns found in the site's titles, as written in pinyin (a person's family name apart).
PROPER_NOUNS = {"平安杭州": "Ping'an Hangzhou", "法治杭州": "Fazhi Hangzhou",  # the two programmes' names
                "杭州": "Hangzhou", "浙江": "Zhejiang", "中国": "Zhongguo", "马小秋": "Ma Xiaoqiu"}
# Words the default dictionary cuts apart that the site's titles use as one word.
WORDS = ("赋能", "聚力")
PUNCTUATION = {"，": ", ", "、": ", ", "：": ": ", "——": ": ", "；": "; ", "？": "? ", "！": "! ", "。": ". ",
               "（": " (", "）": ") ", "《": "", "》": "", "“": "", "”": "", " · ": " · ", "·": " · "}
HAN = HAN_RUN
TOKENS = re.compile("|".join(map(re.escape, sorted(PUNCTUATION, key=len, reverse=True)))
                    + f"|[{HAN_CHARACTERS}]+|\\s+|[^\\s{HAN_CHARACTERS}]+")


@functools.lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    # The dictionary the build already uses (the search hook cuts jieba's to the site's characters: the
    # same cuts, loaded in a fraction of the time); a tokenizer of its own, so words added here never
    # reach the search index.
    tokenizer = jieba.Tokenizer(dictionary=jieba.dt.dictionary)
    for word in (*PROPER_NOUNS, *WORDS):
        tokenizer.add_word(word, freq=10 ** 6)
    return tokenizer


def _word(word: str) -> str:
    if word in PROPER_NOUNS:
        return PROPER_NOUNS[word]
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(word, style=Style.NORMAL, v_to_u=True)
    return syllables[0] + "".join(("'" if s[:1] in "aoe" else "") + s for s in syllables[1:])


@functools.lru_cache(maxsize=1)
def _simplified():
    import opencc

    return opencc.OpenCC("tw2s")


def romanize(title: str) -> str:
    """``title`` in Hanyu Pinyin, word by word, in sentence case (rules above).

    Kept in a file under the temporary directory, keyed by this module's rules and the versions of jieba
    and pypinyin (as the search's pinyin and jieba's cut dictionary are): loading pypinyin's dictionaries
    and a second jieba tokenizer costs about 0.4 s, a fifth of a build, for the same few titles each time."""
    known = _known()
    if title not in known:
        known[title] = _romanized(title)
        _save(known)
    return known[title]


@functools.lru_cache(maxsize=1)
def _cache_path() -> Path:
    from importlib.metadata import version

    rules = Path(__file__).read_bytes() + f"{version('jieba')} {version('pypinyin')}".encode()
    key = hashlib.sha256(rules).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / "explainer-pinyin" / f"romanized.{key}.json"


@functools.lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    try:
        known = json.loads(_cache_path().read_text(encoding="utf-8"))
        return known if isinstance(known, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(known: dict[str, str]) -> None:
    path = _cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")  # builds side by side never read half a file
    temporary.write_text(json.dumps(known, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)


def _romanized(title: str) -> str:
    parts: list[str] = []
    for token in TOKENS.findall(_simplified().convert(title)):
        if token in PUNCTUATION:
            parts.append(PUNCTUATION[token])
        elif HAN.fullmatch(token):
            words = [_word(w) for w in _tokenizer().cut(token, HMM=False)]
            if parts and not parts[-1].endswith((" ", "(")):
                parts.append(" ")
            parts.append(" ".join(words))
        elif token.isspace():
            parts.append(" ")
        else:
            parts.append(token)
    text = re.sub(r" {2,}", " ", "".join(parts)).strip()
    text = re.sub(r" ([,:;.?!)])", r"\1", text)
    text = re.sub(r"(^|: | · )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text
