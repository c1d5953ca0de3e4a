"""The maintainer's preview: ``mkdocs serve`` shows an edit in data/ in both languages, and a mistake
prints one line naming the file and field (no traceback) until it is fixed."""

from __future__ import annotations

import json

import pytest

from tests.support.live_preview import LivePreview
from tests.support.project_copy import copy_project, edit_metrics


@pytest.fixture
def preview(tmp_path):
    with LivePreview(copy_project(tmp_path)) as running:
        yield running


def relabel(zh: str, en: str):
    def change(data):
        data["metrics"][0]["label"] = {"zh": zh, "en": en}
    return change


def test_an_edit_in_data_shows_in_both_languages(preview):
    edit_metrics(preview.project, relabel("杭州城区人口(改)", "Urban population (edited)"))
    preview.wait_for("numbers/", "杭州城区人口(改)")
    preview.wait_for("en/numbers/", "Urban population (edited)")


def test_a_mistake_prints_one_line_and_the_fix_brings_the_preview_back(preview):
    good = preview.project.joinpath("data", "metrics.json").read_text(encoding="utf-8")
    metric = json.loads(good)["metrics"][3]["id"]  # whichever figure the live data holds there
    edit_metrics(preview.project, lambda d: d["metrics"][3].__setitem__("value", "abc"))
    preview.wait_for_log("The server will appear stuck")
    log = preview.log()
    errors = [line for line in log.splitlines() if "ERROR" in line and "data/metrics.json" in line]
    assert errors == [errors[0]] and f"metrics[3] ({metric}).value: 'abc' is not a number" in errors[0], log
    assert "Traceback" not in log

    preview.project.joinpath("data", "metrics.json").write_text(good, encoding="utf-8")
    edit_metrics(preview.project, relabel("杭州城区人口(修好)", "fixed"))
    preview.wait_for("numbers/", "杭州城区人口(修好)")
