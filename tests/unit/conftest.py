"""Fixtures of the unit tests: the real data, loaded once, and a copy of ``data/`` to break."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from explainer.errors import SiteError
from explainer.load import load_dataset

from unit_data import DATA, ROOT, hostile_dataset as make_hostile_dataset


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def dataset():
    """The site's real data, loaded and checked as the build does."""
    return load_dataset(DATA)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of ``data/`` (the interview text is read-only in the repository)."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy, ignore=shutil.ignore_patterns("glossary.json"))
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return copy


@pytest.fixture
def load_error(data_copy):
    """``load_error(edit)``: apply ``edit(raw)`` to the copy's metrics.json (or write the string it
    returns as the file), load it, and return the message of the SiteError that must follow."""

    def run(edit) -> str:
        path = data_copy / "metrics.json"
        raw = json.loads(path.read_text(encoding="utf-8"))
        replaced = edit(raw)
        text = replaced if isinstance(replaced, str) else json.dumps(raw, ensure_ascii=False, indent=2)
        path.write_text(text, encoding="utf-8")
        with pytest.raises(SiteError) as caught:
            load_dataset(data_copy)
        message = str(caught.value)
        assert "\n" not in message, message
        assert message.startswith("data/metrics.json: "), message
        return message

    return run



@pytest.fixture
def hostile_dataset():
    return make_hostile_dataset()
