"""README.md and ARCHITECTURE.md tell the truth about the tree: every file, folder, module or attribute
they name in backticks exists, every link between them lands on a heading, every ``README, "Section"``
pointer (in the documents, the code or the tests) names a heading that exists, and the import rules that
ARCHITECTURE.md states for each package of ``hooks/explainer/`` hold.

What a backticked name is, and how it is resolved (``problems``):

- a path (it has a ``/`` or a file extension): from the repository's root, else as the tail of a path
  in the repository (``charts/geometry.py``, ``site.css``, ``unit/``: the documents name a module by its
  file name inside its package's paragraph); a glob (``docs/*.zh.md``) must match a file;
- a site URL (``/en/numbers/#shared-courts``): its page and anchor must be published
  (``tests/published_anchors.json``);
- a dotted name (``explainer.errors.SiteError``, ``editions.quotation_marks``): a module of ``hooks/``
  (``explainer.`` may be left out) and attributes of it, imported;
- a field of a data file (``source.speaker``): listed in ``DATA_FIELDS`` and looked up in the file.

Names that look like paths but are not files of the repository (URLs with a placeholder, files the build
writes, MIME types, other packages' files) are listed in ``NOT_FILES``, each with what it stands for; a
test fails when an entry is no longer used, so the list cannot grow into a blanket exemption.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ("README.md", "ARCHITECTURE.md")
EXPLAINER = ROOT / "hooks" / "explainer"

# Named in the documents, not files of the repository: what each stands for.
NOT_FILES = {
    "<page>/parallel/": "URL of an interview page's parallel view, written by the build",
    "/charts/<id>/": "URL of the page the build writes for each chart of data/metrics.json",
    "/charts/<id>/embed/": "URL of the embeddable view the build writes for each chart",
    "assets/cards/<edition>-<slug>.<key>.png": "a preview card the build publishes (hooks/explainer/cards/card.py)",
    "sitemap.xml": "the sitemap the build writes at the site's root (hooks/explainer/pages/sitemap.py)",
    "sitemap.xml.gz": "its gzipped copy, written beside it",
    ".cache/cards/": "the preview cards' cache the build keeps at the project's root (gitignored)",
    "downloads/cite/<lang>/<page>.bib|.json": "citation files the build writes per edition and page",
    "site.*": "downloads/cite/<lang>/site.bib and site.json, written by the build",
    "bundle.<hash>.min.js": "Material's bundle, named by a hash of its content",
    "base.html": "Material's own template, in the installed package (hooks/explainer/material_files.py)",
    "screenshots/": "the folder tools/screenshots.py writes",
    "site/": "the folder the build writes",
    ".venv/bin/python": "the virtualenv the preview command and tools/test.sh create",
    "/usr/bin/chromium": "Debian's Chromium, outside the repository",
    "text/plain": "a MIME type put on the clipboard",
    "text/html": "a MIME type put on the clipboard",
}
# Globs that must match NOTHING: files one must never write.
NEVER_FILES = {"*.zh-hant.md": "docs"}
# Dotted names that are fields of a data file: (file, path of keys).
DATA_FIELDS = {"source.speaker": "data/metrics.json", "source.headline_sentence_case": "data/metrics.json"}

EXTENSIONS = ("py", "md", "json", "yml", "yaml", "txt", "js", "css", "html", "sh", "in", "ini", "svg", "csv", "bib")
SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "site", "screenshots", "__pycache__", ".pytest_cache"}
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
PATHLIKE = re.compile(r"^[\w.\-/*<>|#]+$")
DOTTED = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$")
HAS_EXTENSION = re.compile(r"\.(" + "|".join(EXTENSIONS) + r")$")


@lru_cache(maxsize=None)
def tree() -> tuple[str, ...]:
    """Every file and folder of the repository (as 'a/b.py' and 'a/'), without tools' and builds' output."""
    found = []

    def walk(folder: Path, prefix: str) -> None:
        for entry in sorted(folder.iterdir()):
            if entry.name in SKIP_DIRS:
                continue
            if entry.is_dir():
                found.append(prefix + entry.name + "/")
                walk(entry, prefix + entry.name + "/")
            else:
                found.append(prefix + entry.name)
    walk(ROOT, "")
    return tuple(found)


def code_spans(text: str) -> list[str]:
    """The backticked spans of a Markdown text, outside fenced blocks."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return [match.group(2).strip() for match in CODE_SPAN.finditer(text)]


def path_problem(name: str) -> str | None:
    if name in NOT_FILES:
        return None
    if name in NEVER_FILES:
        found = sorted((ROOT / NEVER_FILES[name]).rglob(name))
        return f"`{name}` must not exist, but {[str(p.relative_to(ROOT)) for p in found]} do" if found else None
    if "<" in name or "|" in name:
        return f"`{name}` is a pattern, not a file: list it in NOT_FILES with what it stands for"
    if "*" in name:
        return None if any(ROOT.glob(name)) else f"`{name}` matches no file"
    if name.startswith("/"):
        return url_problem(name)
    if (ROOT / name).exists():
        return None
    if any(entry.endswith("/" + name) for entry in tree()):
        return None
    return f"`{name}` names no file or folder of the repository"


def url_problem(url: str) -> str | None:
    """A URL of the built site: its page, and its anchor if any, must be among the published ones."""
    from explainer.editions import EDITIONS

    published = json.loads((ROOT / "tests" / "published_anchors.json").read_text(encoding="utf-8"))
    path, _, anchor = url.lstrip("/").partition("#")
    for edition in sorted(EDITIONS, key=lambda e: -len(e.prefix)):
        if edition.prefix and path.startswith(edition.prefix):
            path = path[len(edition.prefix):]
            break
    if path not in published:
        return f"`{url}`: no published page {path!r}"
    if anchor and anchor not in published[path]:
        return f"`{url}`: {path!r} publishes no anchor {anchor!r}"
    return None


def dotted_problem(name: str) -> str | None:
    if name in NOT_FILES:
        return None
    if name in DATA_FIELDS:
        value = json.loads((ROOT / DATA_FIELDS[name]).read_text(encoding="utf-8"))
        for key in name.split("."):
            if not isinstance(value, dict) or key not in value:
                return f"`{name}`: {DATA_FIELDS[name]} has no such field"
            value = value[key]
        return None
    for candidate, shortest in ((name, 1), ("explainer." + name, 2)):
        parts = candidate.split(".")
        for cut in range(len(parts), shortest - 1, -1):
            module_name = ".".join(parts[:cut])
            if not module_file(module_name):
                continue
            target = importlib.import_module(module_name)
            try:
                for attribute in parts[cut:]:
                    target = getattr(target, attribute)
            except AttributeError:
                return f"`{name}`: {module_name} has no {'.'.join(parts[cut:])}"
            return None
    return f"`{name}` names no module of hooks/ (nor a DATA_FIELDS entry)"


def module_file(module: str) -> Path | None:
    base = ROOT / "hooks" / Path(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def problems(text: str) -> list[str]:
    """Every backticked name of a Markdown text that does not resolve (see the module's docstring)."""
    found = []
    for span in code_spans(text):
        for word in span.split():
            word = word.rstrip(":,;)")  # a colon after a file name in an error message
            if not word or "://" in word or not PATHLIKE.match(word) or re.fullmatch(r"\.\w+", word):
                continue
            if "/" in word or HAS_EXTENSION.search(word) or "*" in word or word in NOT_FILES:
                problem = path_problem(word)
            elif DOTTED.match(word):
                problem = dotted_problem(word)
            else:
                continue
            if problem:
                found.append(problem)
    return sorted(set(found))


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_name_in_the_document_exists(document: str):
    assert problems((ROOT / document).read_text(encoding="utf-8")) == []


def test_a_made_up_name_is_caught():
    text = ("See `hooks/explainer/search/stemming.py`, `explainer.search.analysis.no_such_thing`, "
            "`editions.no_such_table`, `docs/*.fr.md`, `<page>/embed/`, `/en/numbers/#no-such-anchor`, "
            "`source.no_such_field` and `geometry2.py`; but `hooks/explainer/search/analysis.py`, "
            "`explainer.errors.SiteError`, `charts/geometry.py`, `docs/*.zh.md`, `/en/numbers/#shared-courts` and "
            "`<page>/parallel/` exist.")
    assert problems(text) == sorted([
        "`<page>/embed/` is a pattern, not a file: list it in NOT_FILES with what it stands for",
        "`/en/numbers/#no-such-anchor`: 'numbers/' publishes no anchor 'no-such-anchor'",
        "`docs/*.fr.md` matches no file",
        "`editions.no_such_table`: explainer.editions has no no_such_table",
        "`explainer.search.analysis.no_such_thing`: explainer.search.analysis has no no_such_thing",
        "`geometry2.py` names no file or folder of the repository",
        "`hooks/explainer/search/stemming.py` names no file or folder of the repository",
        "`source.no_such_field` names no module of hooks/ (nor a DATA_FIELDS entry)",
    ])


def test_a_file_that_must_never_exist_is_caught(monkeypatch):
    monkeypatch.setitem(NEVER_FILES, "*.zh.md", "docs")  # files that do exist stand in for a *.zh-hant.md
    assert problems("never write a `*.zh.md`")[0].startswith("`*.zh.md` must not exist, but ['docs/")


def test_every_not_files_entry_is_still_named():
    named = {word for document in DOCUMENTS for span in code_spans((ROOT / document).read_text(encoding="utf-8"))
             for word in span.split()}
    named |= {word.rstrip(":,;)") for word in named}
    assert sorted(set(NOT_FILES) - named) == [], "no longer named by either document: remove from NOT_FILES"
    assert sorted(set(DATA_FIELDS) | set(NEVER_FILES)) == sorted((set(DATA_FIELDS) | set(NEVER_FILES)) & named)


# --- links and section pointers -------------------------------------------------------------------------

def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def headings(document: str) -> dict[str, str]:
    """{anchor: heading text} of a Markdown document, outside fenced blocks."""
    text = re.sub(r"^```.*?^```", "", (ROOT / document).read_text(encoding="utf-8"), flags=re.S | re.M)
    titles = [m.group(1).strip() for m in re.finditer(r"^#{1,6} (.+)$", text, re.M)]
    return {slug(title): re.sub(r"[`*]", "", title) for title in titles}


def link_problems(document: str) -> list[str]:
    text = re.sub(r"^```.*?^```", "", (ROOT / document).read_text(encoding="utf-8"), flags=re.S | re.M)
    found = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if "://" in target or target.startswith("mailto:"):
            continue
        file, _, anchor = target.partition("#")
        file = file or document
        if not (ROOT / file).exists():
            found.append(f"{document}: link to {target}: no file {file}")
        elif anchor and file.endswith(".md") and anchor not in headings(file):
            found.append(f"{document}: link to {target}: no heading with that anchor in {file}")
    return found


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_link_lands_on_a_file_and_heading(document: str):
    assert link_problems(document) == []


def test_each_document_links_to_the_other():
    for document, other in zip(DOCUMENTS, reversed(DOCUMENTS)):
        assert f"]({other}" in (ROOT / document).read_text(encoding="utf-8"), f"{document} never links to {other}"


POINTER = re.compile(r"\b(README|ARCHITECTURE)(?:\.md)?(?:'s)?, [\"“]([^\"”]+)[\"”]")


def pointer_problems(text: str, where: str) -> list[str]:
    found = []
    for document, section in POINTER.findall(text):
        titles = set(headings(f"{document}.md").values())
        if section not in titles:
            found.append(f"{where}: {document}, \"{section}\": no such heading in {document}.md")
    return found


def test_section_pointers_in_documents_code_and_tests_name_real_headings():
    """`README, "Tools"` in a document, `(ARCHITECTURE.md, "Search")` in a comment: the heading exists."""
    sources = [ROOT / document for document in DOCUMENTS]
    for folder, pattern in (("hooks", "*.py"), ("tests", "*.py"), ("tools", "*.py"), ("tools", "*.sh"),
                            ("docs/assets/javascripts", "*.js"), ("overrides", "*.html"), ("benchmarks", "*.py")):
        sources += sorted((ROOT / folder).rglob(pattern))
    sources.append(ROOT / "mkdocs.yml")
    found = []
    for path in sources:
        if "node_modules" in path.parts or path == Path(__file__):
            continue
        found += pointer_problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_a_stale_section_pointer_is_caught():
    assert pointer_problems('see README, "Search" and ARCHITECTURE.md, "Search"', "x") == [
        'x: README, "Search": no such heading in README.md']


# --- the import rules of ARCHITECTURE.md -----------------------------------------------------------------

SITE = {"explainer", "pipeline"}
FOREIGN = {"mkdocs", "material", "mkdocs_static_i18n"}
MAY_IMPORT = re.compile(r"^\*May import \((\w+)\):\* (.+)$", re.M)


def units() -> dict[str, list[Path]]:
    """The parts ARCHITECTURE.md gives rules for: each sub-package and each top-level module of explainer."""
    parts: dict[str, list[Path]] = {}
    for path in sorted(EXPLAINER.iterdir()):
        if path.is_dir() and (path / "__init__.py").exists():
            parts[path.name] = sorted(path.rglob("*.py"))
        elif path.suffix == ".py" and path.name != "__init__.py":
            parts[path.stem] = [path]
    return parts


def imports(path: Path, module_level_only: bool = False) -> set[str]:
    """The modules a file imports (dotted names), everywhere or only in its top-level statements."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if module_level_only else ast.walk(tree)
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def unit_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "pipeline":
        return "pipeline"
    return parts[1] if parts[0] == "explainer" and len(parts) > 1 else None


def stated_rules(text: str) -> dict[str, set[str]]:
    rules = {}
    for unit, allowed in MAY_IMPORT.findall(text):
        rules[unit] = set(re.findall(r"`(\w+)`", allowed))
    return rules


def rule_breaks(rules: dict[str, set[str]], leaves: list[str]) -> list[str]:
    found = []
    for unit, files in units().items():
        if unit not in rules and not any(ROOT / leaf == files[0] for leaf in leaves):
            found.append(f"{unit}: ARCHITECTURE.md states no '*May import ({unit}):*' line")
            continue
        for path in files:
            for module in imports(path, module_level_only=unit == "upstream"):
                other = unit_of(module)
                if other and other != unit and other not in rules.get(unit, set()):
                    found.append(f"{path.relative_to(ROOT)} imports {module}: ARCHITECTURE.md does not let "
                                 f"{unit} import {other}")
    for leaf in leaves:
        for module in imports(ROOT / leaf):
            if module.split(".")[0] in SITE:
                found.append(f"{leaf} imports {module}, but ARCHITECTURE.md says it imports nothing of the site")
    return sorted(found)


def stated_leaves(text: str) -> list[str]:
    paragraph = re.search(r"^\*Imports nothing of the site:\*(.*?)(?:\n\n|\Z)", text, re.S | re.M)
    assert paragraph, "ARCHITECTURE.md lost its '*Imports nothing of the site:*' paragraph"
    return re.findall(r"`([^`]+\.py)`", paragraph.group(1))


def architecture() -> str:
    return (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def test_every_package_imports_only_what_architecture_md_allows():
    text = architecture()
    assert rule_breaks(stated_rules(text), stated_leaves(text)) == []


def test_every_stated_rule_names_a_real_part():
    text = architecture()
    known = set(units()) | {"pipeline"}
    assert sorted(set(stated_rules(text)) - known) == []
    for rules in stated_rules(text).values():
        assert sorted(rules - known) == []


def test_a_forbidden_import_is_caught():
    text = architecture()
    rules = stated_rules(text)
    rules["search"] = rules["search"] - {"dataset"}  # search/aliases.py uses dataset.glossary
    leaves = stated_leaves(text) + ["hooks/explainer/text/numbers.py"]  # imports editions and dataset
    found = rule_breaks(rules, leaves)
    assert ("hooks/explainer/search/aliases.py imports explainer.dataset.glossary: ARCHITECTURE.md does not let "
            "search import dataset") in found
    assert any(line.startswith("hooks/explainer/text/numbers.py imports explainer.") for line in found)
    del rules["charts"]
    assert "charts: ARCHITECTURE.md states no '*May import (charts):*' line" in rule_breaks(rules, leaves)


def test_only_upstream_imports_mkdocs_and_only_inside_its_checks():
    """The core imports without MkDocs: the claim of README.md and ARCHITECTURE.md."""
    found = []
    for path in sorted(EXPLAINER.rglob("*.py")):
        level_only = path.name == "upstream.py" and path.parent == EXPLAINER
        for module in imports(path, module_level_only=level_only):
            if module.split(".")[0] in FOREIGN:
                found.append(f"{path.relative_to(ROOT)} imports {module}")
    assert found == []


def test_hooks_never_import_each_other():
    hook_names = {path.stem for path in (ROOT / "hooks").glob("*.py")}
    found = [f"{path.name} imports {module}" for path in sorted((ROOT / "hooks").glob("*.py"))
             for module in imports(path) if module.split(".")[0] in hook_names]
    assert found == []
