"""hooks/pipeline.py tells the truth: mkdocs.yml's hooks and their order, each hook's events and
priorities, mkdocs-static-i18n's own priorities, the order constraints, and ARCHITECTURE.md's table."""

from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path

import pytest


import pipeline
from pipeline import EVENT_ORDER, I18N, PIPELINE, Step, markdown_table

ROOT = Path(__file__).resolve().parents[3]


def mkdocs_hooks_section() -> list[str]:
    """The ``hooks:`` list's lines of mkdocs.yml, as written (comments included)."""
    lines = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    start = lines.index("hooks:")
    section = []
    for line in lines[start + 1:]:
        if line and not line.startswith(" "):
            break
        section.append(line)
    return [line for line in section if line.strip()]


def test_the_table_lists_mkdocs_yml_hooks_in_their_order():
    listed = [line.split("-", 1)[1].split("#")[0].strip() for line in mkdocs_hooks_section() if line.strip().startswith("-")]
    assert listed == [step.hook for step in PIPELINE]


def test_every_hook_entry_of_mkdocs_yml_has_a_one_line_comment():
    entries = [line for line in mkdocs_hooks_section() if line.strip().startswith("-")]
    assert entries and all(re.search(r"\.py\s+#\s*\S", line) for line in entries), entries


def hook_events(path: Path) -> dict[str, int]:
    spec = importlib.util.spec_from_file_location(f"_hook_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: getattr(function, "mkdocs_priority", 0) for name, function in inspect.getmembers(module, inspect.isfunction)
            if name.startswith("on_") and function.__module__ == module.__name__}


@pytest.mark.parametrize("step", PIPELINE, ids=lambda step: step.hook)
def test_each_hooks_events_and_priorities_are_the_tables(step: Step):
    assert hook_events(ROOT / step.hook) == step.events


def test_mkdocs_static_i18n_priorities_are_the_ones_the_table_assumes():
    from mkdocs_static_i18n.plugin import I18n

    actual = {name: getattr(method, "mkdocs_priority", 0) for name, method in inspect.getmembers(I18n)
              if name in EVENT_ORDER}
    assert {event: priority for event, priority in actual.items() if event in I18N} == I18N
    assert set(actual) - set(I18N) == set(), "an i18n event the table does not know"


def test_every_order_constraint_holds():
    assert pipeline.violations() == []


def test_a_wrong_priority_or_order_is_caught():
    """The check can fail: generated_editions' on_files after i18n's would leave its pages unsorted, and
    site_data listed before generated_editions would convert without the corrections."""
    wrong_priority = tuple(Step(s.hook, s.does, {**s.events, "on_files": -100}, s.after, s.before)
                           if s.hook.endswith("generated_editions.py") else s for s in PIPELINE)
    assert pipeline.violations(wrong_priority) == ["hooks/generated_editions.py on_files must run before i18n's"]
    hooks = list(PIPELINE)
    generated = next(i for i, s in enumerate(hooks) if s.hook.endswith("generated_editions.py"))
    hooks.append(hooks.pop(generated))
    assert "hooks/site_data.py on_config must run after hooks/generated_editions.py's" in pipeline.violations(tuple(hooks))


def test_architecture_md_shows_the_table():
    assert markdown_table() in (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"), \
        "ARCHITECTURE.md's pipeline table is stale: paste the output of `python hooks/pipeline.py`"


def test_the_table_is_shown_once_and_only_in_architecture_md():
    """One copy: the README links to it instead of repeating it (a second copy would go stale unseen)."""
    header = markdown_table().splitlines()[0]
    assert (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8").count(header) == 1
    assert header not in (ROOT / "README.md").read_text(encoding="utf-8")
