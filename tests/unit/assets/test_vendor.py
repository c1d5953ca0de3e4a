"""The self-hosted Plotly bundle is built from the plotly.js that plotly.py validates figures against, with
its licence and the zh-CN locale; every file served is the one recorded in vendor.json (npm package,
version, SHA-256). Its trace types are exactly those the charts draw (rebuilding it: test_plotly_build.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import plotly.offline

VENDOR = "docs/assets/vendor/plotly"


def test_bundle_names_the_version_plotly_py_ships(root):
    head = (root / VENDOR / "plotly-charts.min.js").read_text(encoding="utf-8")[:300]
    version = plotly.offline.get_plotlyjs_version()
    found = re.search(r"plotly\.js \(explainer: core, [a-z, ]+ - minified\) v(\d+\.\d+\.\d+)", head)
    assert found, head[:200]
    assert found.group(1) == version


def test_licence_is_shipped(root):
    licence = root / VENDOR / "LICENSE.txt"
    assert licence.is_file()
    assert "MIT License" in licence.read_text(encoding="utf-8")


def test_zh_cn_locale_registers_itself(root):
    text = (root / VENDOR / "plotly-locale-zh-cn.js").read_text(encoding="utf-8")
    assert "Plotly.register(" in text
    assert re.search(r"name:\s*'zh-CN'", text)


def manifest(root):
    return json.loads((root / VENDOR / "vendor.json").read_text(encoding="utf-8"))


def test_every_file_served_is_recorded_with_its_sha256(root):
    recorded = manifest(root)["files"]
    on_disk = {path.name for path in (root / VENDOR).iterdir()} - {"vendor.json"}
    assert on_disk == set(recorded)  # no file served unrecorded, none recorded missing
    for name, entry in recorded.items():
        digest = hashlib.sha256((root / VENDOR / name).read_bytes()).hexdigest()
        assert digest == entry["sha256"], f"{VENDOR}/{name} changed: run tools/vendor-plotly.sh --check"


def test_recorded_version_is_the_plotly_js_plotly_py_bundles(root):
    packages = manifest(root)["packages"]
    assert packages["plotly.js"]["version"] == plotly.offline.get_plotlyjs_version()
    assert manifest(root)["bundle"]["inputs"]["plotly.js"] == packages["plotly.js"]


def test_live_data_the_bundle_holds_exactly_the_trace_types_the_charts_draw(root, live_dataset):
    from explainer.charts.drawings import chart_drawings

    drawn = {trace.get("type", "scatter") for drawing in chart_drawings(live_dataset).values()
             for trace in drawing.figure["data"]}
    assert set(manifest(root)["bundle"]["traces"]) == drawn


def test_each_file_names_a_recorded_npm_package_and_its_tarball_integrity(root):
    record = manifest(root)
    for name, entry in record["files"].items():
        assert entry["package"] in record["packages"], name
    for package in record["packages"].values():
        algorithm, _, digest = package["integrity"].partition("-")
        assert algorithm == "sha512" and len(base64.b64decode(digest, validate=True)) == 64


def test_locales_name_the_recorded_locales_release(root):
    version = manifest(root)["packages"]["plotly.js-locales"]["version"]
    for name in ("plotly-locale-zh-cn.js", "plotly-locale-zh-tw.js"):
        head = (root / VENDOR / name).read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith(f"/* plotly.js-locales@{version} "), head
