"""A throwaway copy of the project (config, pages, hooks, templates, data) that a test may break."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.support.site_build import ROOT

PROJECT_PARTS = ["mkdocs.yml", "docs", "hooks", "overrides", "data"]


def copy_project(dest: Path) -> Path:
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, dest / part)
    return dest


def edit_metrics(project: Path, change) -> None:
    """Apply ``change(data)`` to the copy's data/metrics.json."""
    path = project / "data" / "metrics.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
