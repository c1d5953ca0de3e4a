"""The self-hosted plotly.js files are exactly those recorded in ``vendor.json`` (tools/build-plotly.sh,
tools/vendor-plotly.sh): no file served that is not recorded, none recorded missing, each with its recorded
SHA-256, and the site's bundle the version plotly.py validates figures against. No network: the deploy workflow runs it
(tools/check_release.py) before the build, so a changed or added vendor file is never published."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

VENDOR = "docs/assets/vendor/plotly"
BUNDLE = "plotly-charts.min.js"
BUNDLE_VERSION = re.compile(r"plotly\.js \([^)]*- minified\) v(\d+\.\d+\.\d+)")


def vendor_problems(root: Path, plotly_js_version: str | None = None) -> list[str]:
    """What differs from the record, one line each; ``plotly_js_version``: the version plotly.py bundles."""
    folder = Path(root) / VENDOR
    try:
        record = json.loads((folder / "vendor.json").read_text(encoding="utf-8"))
        files = record["files"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        return [f"{VENDOR}/vendor.json: cannot be read as the vendor record ({type(error).__name__})"]
    problems = []
    on_disk = {path.name for path in folder.iterdir()} - {"vendor.json"}
    problems += [f"{VENDOR}/{name}: served but not recorded in vendor.json" for name in sorted(on_disk - set(files))]
    problems += [f"{VENDOR}/{name}: recorded in vendor.json but missing" for name in sorted(set(files) - on_disk)]
    for name in sorted(on_disk & set(files)):
        digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        if digest != files[name].get("sha256"):
            problems.append(f"{VENDOR}/{name}: SHA-256 {digest[:16]}… is not the recorded one; "
                            "run tools/build-plotly.sh --check and tools/vendor-plotly.sh --check")
    if plotly_js_version and BUNDLE in on_disk:
        found = BUNDLE_VERSION.search((folder / BUNDLE).read_text(encoding="utf-8", errors="replace")[:500])
        if not found or found.group(1) != plotly_js_version:
            problems.append(f"{VENDOR}/{BUNDLE}: not plotly.js {plotly_js_version}, the version plotly.py bundles")
    return problems
