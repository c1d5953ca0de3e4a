"""Every page opens with valid YAML front matter giving its title and description, and only the keys the
site knows, each of its kind (pages/front_matter_keys.py).

MkDocs silently shows broken front matter as page text (a stray ": " is enough), and the title and
description feed the <head> tags and link previews, so a page without them is an error.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from explainer.pages.front_matter_keys import key_problems

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
REQUIRED = ("title", "description")


def front_matter_problems(docs_dir: Path, theme_dirs=()) -> list[str]:
    """Every problem of every page's front matter; ``theme_dirs``: where icons and templates are looked up."""
    docs_dir = Path(docs_dir)
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        where = f"docs/{path.relative_to(docs_dir).as_posix()}"
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        if not match:
            problems.append(f"{where}: no front matter (--- title: … description: … ---) at the top")
            continue
        try:
            meta = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f"line {mark.line + 2}: " if mark else ""
            problems.append(f"{where}: front matter is not valid YAML ({line}{getattr(error, 'problem', error)}); quote values that contain ': '")
            continue
        if not isinstance(meta, dict):
            problems.append(f"{where}: front matter must be lines of key: value")
            continue
        problems.extend(f"{where}: front matter has no {key}" for key in REQUIRED if meta.get(key) in (None, ""))
        problems.extend(f"{where}: front matter {problem}" for problem in key_problems(meta, theme_dirs))
    return problems


def twin_title(path: Path, lang: str) -> str | None:
    """The front-matter title of ``path``'s twin in ``lang`` (``x.zh.md`` → ``x.en.md``), if it has one."""
    stem = path.name.split(".")[0]
    twin = path.with_name(f"{stem}.{lang}.md")
    match = FRONT_MATTER.match(twin.read_text(encoding="utf-8")) if twin.exists() else None
    meta = yaml.safe_load(match.group(1)) if match else None
    return str(meta["title"]) if isinstance(meta, dict) and meta.get("title") else None
