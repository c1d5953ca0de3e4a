"""The deploy gate's vendor check: the files on disk are the ones vendor.json records, without network."""

from __future__ import annotations

import shutil

import plotly.offline

from explainer.assets.vendor_check import VENDOR, vendor_problems


def copy(root, tmp_path):
    shutil.copytree(root / VENDOR, tmp_path / VENDOR)
    return tmp_path


def test_the_repository_passes(root):
    assert vendor_problems(root, plotly.offline.get_plotlyjs_version()) == []


def test_a_changed_an_added_and_a_missing_file_are_each_one_line(root, tmp_path):
    copied = copy(root, tmp_path)
    folder = copied / VENDOR
    with open(folder / "plotly-charts.min.js", "a", encoding="utf-8") as bundle:
        bundle.write(";alert(1)")
    (folder / "extra.js").write_text("x", encoding="utf-8")
    (folder / "LICENSE.txt").unlink()
    assert vendor_problems(copied) == [
        f"{VENDOR}/extra.js: served but not recorded in vendor.json",
        f"{VENDOR}/LICENSE.txt: recorded in vendor.json but missing",
        f"{VENDOR}/plotly-charts.min.js: SHA-256 "
        + __import__("hashlib").sha256((folder / "plotly-charts.min.js").read_bytes()).hexdigest()[:16]
        + "… is not the recorded one; run tools/build-plotly.sh --check and tools/vendor-plotly.sh --check",
    ]


def test_another_plotly_js_version_is_named(root, tmp_path):
    assert vendor_problems(copy(root, tmp_path), "9.9.9") == [
        f"{VENDOR}/plotly-charts.min.js: not plotly.js 9.9.9, the version plotly.py bundles"]


def test_an_unreadable_record(root, tmp_path):
    copied = copy(root, tmp_path)
    (copied / VENDOR / "vendor.json").write_text("[", encoding="utf-8")
    assert vendor_problems(copied) == [f"{VENDOR}/vendor.json: cannot be read as the vendor record (JSONDecodeError)"]
