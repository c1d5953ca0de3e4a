"""Every text field of every file in data/, poisoned: the build's data check either refuses it in one line
of at most 200 characters, or accepts it — and then tests/browser/test_hostile_data.py poisons that field
too, and proves it inert in every context, with the policy in force (or, for the OpenCC reasons and the
schema's notes, never published at all). A field added to data/ later falls
into one of the two, or this test names it."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from explainer.dataset.site_data import load_site_data
from explainer.errors import SiteError
from tests.browser.test_hostile_data import SHORT, poison
from tests.support.project_copy import copy_project

FILES = ("metrics.json", "glossary.json", "opencc-overrides.json", "metrics.schema.json")


def leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    elif isinstance(value, str):
        yield path


def pattern(path) -> str:
    """``("metrics", 3, "label", "en")`` → ``metrics[].label.en``: one field of every entry."""
    return re.sub(r"^\.", "", "".join("[]" if isinstance(key, int) else f".{key}" for key in path))


def fields(root, name):
    """The first occurrence of every field of ``data/<name>``."""
    first = {}
    for path in leaves(json.loads((root / "data" / name).read_text(encoding="utf-8"))):
        first.setdefault(pattern(path), path)
    return first


@pytest.fixture(scope="module")
def poisoned_in_the_browser(tmp_path_factory, root):
    """The fields the browser test poisons: those whose text its poison() changes."""
    project = copy_project(tmp_path_factory.mktemp("poisoned"))
    poison(project)
    changed = set()
    for name in FILES:
        before = {pattern(p): p for p in leaves(json.loads((root / "data" / name).read_text(encoding="utf-8")))}
        after = json.loads((project / "data" / name).read_text(encoding="utf-8"))
        changed |= {f"{name}: {pattern(p)}" for p in leaves(after) if SHORT in _value(after, p)}
        assert before  # the live file has text
    return changed


def _value(document, path):
    for key in path:
        document = document[key]
    return document


@pytest.mark.parametrize("name", FILES)
def test_live_data_every_field_is_refused_in_one_line_or_proved_inert(name, root, tmp_path, poisoned_in_the_browser):
    accepted_unpoisoned, refused = [], []
    for field, path in fields(root, name).items():
        copy = tmp_path / field.replace("[]", "_")
        shutil.copytree(root / "data", copy / "data")
        document = json.loads((copy / "data" / name).read_text(encoding="utf-8"))
        parent = _value(document, path[:-1])
        parent[path[-1]] += SHORT
        (copy / "data" / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        try:
            load_site_data(copy)
        except SiteError as error:
            message = str(error)
            # A changed schema is reported where the data no longer meets it.
            named = (f"data/{name}: ", "data/metrics.json: ") if name == "metrics.schema.json" else (f"data/{name}: ",)
            assert message.startswith(named) and "\n" not in message, message
            if name == "metrics.schema.json":  # the problems it causes in metrics.json: up to five named in full
                assert all(len(problem) <= 200 for problem in message.split("; ")), message
            else:
                assert len(message) <= 200, message
            refused.append(field)
            continue
        if f"{name}: {field}" not in poisoned_in_the_browser:
            accepted_unpoisoned.append(field)
    assert accepted_unpoisoned == [], "accepted by the build but not proved inert by tests/browser/test_hostile_data.py"
    assert refused  # ids, units and other closed values are refused
