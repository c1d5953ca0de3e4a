"""Every page exists in every language: ``x.zh.md`` has ``x.en.md`` and the reverse."""

from __future__ import annotations

from pathlib import Path


def missing_twins(docs_dir: Path, languages: list[str], generated: dict[str, str] | None = None) -> list[str]:
    """Messages naming each page whose twin in another language is missing, sorted. ``generated`` maps
    each edition made at build time to its source language: a file of its own in docs/ is a mistake."""
    docs_dir = Path(docs_dir)
    pages: dict[str, set[str]] = {}
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        stem, _, lang = rel[:-3].rpartition(".")
        if stem and lang in (generated or {}):
            problems.append(f"docs/{rel}: the {lang} edition is generated from docs/{stem}.{generated[lang]}.md "
                            f"at build time; delete this copy and edit the {generated[lang]} page")
            continue
        if not stem or lang not in languages:
            problems.append(f"docs/{rel}: has no language suffix ({', '.join('.' + l + '.md' for l in languages)})")
            continue
        pages.setdefault(stem, set()).add(lang)
    for stem, langs in sorted(pages.items()):
        for lang in languages:
            if lang not in langs:
                have = sorted(langs)[0]
                problems.append(f"docs/{stem}.{have}.md: its {lang} twin docs/{stem}.{lang}.md is missing")
    return problems
