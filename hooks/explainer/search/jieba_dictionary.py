"""A jieba dictionary cut down to the characters this site writes, so a build loads it in a fraction
of the time and cuts every text exactly as the full dictionary would.

jieba loads its whole dictionary (349,000 words, about 0.6 s from its own cache) before it cuts the
first word, and Material's search needs it in every build. When jieba cuts a sentence it only looks up
the sentence's own substrings, so a word holding a character the site never writes can never be looked
up. Keeping every word made only of the site's characters, and one unmatchable entry carrying the
frequency of everything dropped (jieba weighs a word by its share of the dictionary's total), gives the
same words, the same prefixes and the same total: the same cuts (tests/test_jieba_dictionary.py checks
this against the full dictionary on the whole site).

The cut dictionary is written once per set of characters under the temporary directory, beside
jieba's own cache; a character the site starts writing makes a new one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable

from explainer.text.han import HAN

# Where the site's words come from (pages, data, templates, the words of the code) and how they are written.
SOURCES = ("docs", "data", "overrides", "hooks", "mkdocs.yml")
TEXT_SUFFIXES = {".md", ".json", ".html", ".py", ".yml", ".yaml", ".txt", ".js"}
BALANCE_WORD = "\ue000"  # a private-use character: no text here contains it, so it is never looked up


def site_characters(root: Path, sources: Iterable[str] = SOURCES) -> set[str]:
    """Every Han character written in the site's sources under ``root``."""
    chars: set[str] = set()
    for name in sources:
        path = root / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in TEXT_SUFFIXES)
        for file in files:
            if file.is_file():
                chars.update(HAN.findall(file.read_text(encoding="utf-8", errors="ignore")))
    return chars


def trimmed_lines(full_dictionary: Iterable[str], chars: set[str]) -> list[str]:
    """The lines of ``full_dictionary`` (jieba's format: word, frequency, optional tag) whose word is
    made of ``chars`` only, and one line that brings the total frequency back to the full one's."""
    kept, dropped = [], 0
    for line in full_dictionary:
        parts = line.split()
        if len(parts) < 2:
            continue
        word, frequency = parts[0], int(parts[1])
        if all(char in chars for char in word):
            kept.append(f"{word} {frequency}\n")
        else:
            dropped += frequency
    if dropped:
        kept.append(f"{BALANCE_WORD} {dropped}\n")
    return kept


def full_dictionary_path() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def trimmed_dictionary(chars: set[str], full: Path | None = None, cache_dir: Path | None = None) -> Path:
    """The path of the dictionary cut to ``chars``; written on first use, then reused."""
    full = full or full_dictionary_path()
    cache_dir = cache_dir or Path(tempfile.gettempdir()) / "explainer-jieba"
    stat = full.stat()
    key = hashlib.sha256(f"{full.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{''.join(sorted(chars))}"
                         .encode("utf-8")).hexdigest()[:20]
    path = cache_dir / f"dict.{key}.txt"
    if not path.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        with full.open(encoding="utf-8") as lines:
            text = "".join(trimmed_lines(lines, chars))
        temporary = path.with_suffix(f".{os.getpid()}.tmp")  # builds running side by side never read half a file
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    return path
