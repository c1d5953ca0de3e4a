"""The build reads data/ once and again only when a file there changes."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from explainer.dataset.site_data import load_site_data
from explainer.errors import SiteError

TERMS = {"terms": [{"id": "shared-court", "zh": {"term": "共享法庭", "definition": "定义"},
                    "en": {"term": "shared court", "definition": "Definition."}}]}


@pytest.fixture
def project(tmp_path, data_copy):
    root = tmp_path / "project"
    shutil.copytree(data_copy, root / "data")
    (root / "data" / "glossary.json").write_text(json.dumps(TERMS, ensure_ascii=False), encoding="utf-8")
    return root


def test_loads_metrics_and_glossary(project):
    data = load_site_data(project)
    assert len(data.dataset.metrics) == 22  # the fixture data: 19 reported, 3 derived
    assert data.glossary == TERMS["terms"]


def test_cached_until_a_file_changes(project):
    first = load_site_data(project)
    assert load_site_data(project) is first
    path = project / "data" / "glossary.json"
    changed = json.loads(path.read_text(encoding="utf-8"))
    changed["terms"][0]["en"]["definition"] = "A new definition."
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = load_site_data(project)
    assert second is not first
    assert second.glossary[0]["en"]["definition"] == "A new definition."


def test_a_bad_glossary_stops_the_load(project):
    (project / "data" / "glossary.json").write_text('{"terms": [{"id": "x"}]}', encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        load_site_data(project)
    assert str(caught.value).startswith("data/glossary.json: terms[0] (x).zh: missing")
