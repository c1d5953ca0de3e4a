"""The site's plotly.js rebuilds byte for byte from its recorded inputs: tools/build-plotly.sh --check runs
npm ci against the committed lock (plotly.js, esbuild and every dependency pinned with their integrity) and
esbuild, and compares the output with vendor.json and the file served. Needs Node.js and npm, which the CI
installs when missing (.ci/run); about a minute, most of it npm ci."""

from __future__ import annotations

import json
import shutil
import subprocess


def test_the_bundle_rebuilds_byte_identical(root):
    assert shutil.which("npm") and shutil.which("node"), "Node.js and npm are needed: apt-get install nodejs npm"
    result = subprocess.run([str(root / "tools/build-plotly.sh"), "--check"], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr.strip().splitlines()[-1:] or result.stdout


def test_the_lock_pins_the_build_tools_exactly(root):
    package = json.loads((root / "tools/plotly-bundle/package.json").read_text(encoding="utf-8"))
    lock = json.loads((root / "tools/plotly-bundle/package-lock.json").read_text(encoding="utf-8"))
    for name, version in package["devDependencies"].items():
        assert version[0].isdigit(), f"{name}: {version} is a range, not a pin"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
    record = json.loads((root / "docs/assets/vendor/plotly/vendor.json").read_text(encoding="utf-8"))["bundle"]["inputs"]
    assert record["esbuild"]["version"] == package["devDependencies"]["esbuild"]
    assert record["plotly.js"]["version"] == package["devDependencies"]["plotly.js"]
