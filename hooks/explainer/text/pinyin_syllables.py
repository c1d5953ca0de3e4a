"""Toneless pinyin syllables of Chinese text (pypinyin ``Style.NORMAL``), kept in ``.cache/pinyin/``.

Importing pypinyin loads its phrase dictionaries: about 0.14 s of every build, for the speaker's name
(citations/interview.py ``given_syllables``) and nothing else once the other pinyin is kept (APA titles:
citations/romanize.py; search spellings: search/analysis.py). The file is named by a hash of pypinyin's
version and of this module, each answer by the text asked; it is replaced whole (``os.replace``), and a
file that cannot be read is started afresh. Without a directory (``use_directory(None)``, the default)
pypinyin is asked every time.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from explainer.text.kept_json import keep, read_kept

CACHE_DIR = ".cache/pinyin"

_directory: Path | None = None


def use_directory(directory: Path | None) -> None:
    """Where answers are kept (``None``: nowhere)."""
    global _directory
    _directory = Path(directory) if directory is not None else None


def syllables(text: str) -> list[str]:
    """``text``'s pinyin syllables, toneless, one per Han character (other runs as pypinyin leaves them)."""
    if _directory is None:
        return asked(text)
    path = _directory / f"syllables.{code_digest()}.json"
    known = _known(path)
    if text not in known:
        known[text] = asked(text)
        keep(path, known)
    return list(known[text])


def asked(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL)


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    from importlib.metadata import version

    return hashlib.sha256(version("pypinyin").encode() + b"\0" + Path(__file__).read_bytes()).hexdigest()[:20]


@functools.lru_cache(maxsize=4)
def _known(path: Path) -> dict[str, list[str]]:
    return {text: answer for text, answer in read_kept(path).items()
            if isinstance(answer, list) and all(isinstance(syllable, str) for syllable in answer)}
