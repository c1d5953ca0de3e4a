"""The trace types the site's own plotly.js holds, as tools/build-plotly.sh recorded them in vendor.json.

The bundle holds only what the charts draw (bar; scatter for the ranking), so a chart of another type
would draw nothing in the reader's browser: the build stops with one line instead, naming the chart and
where the bundle's list is made.
"""

from __future__ import annotations

import json
from pathlib import Path

from explainer.errors import SiteError

VENDOR_MANIFEST = "docs/assets/vendor/plotly/vendor.json"


def bundled_traces(project_root: Path) -> frozenset[str]:
    path = Path(project_root) / VENDOR_MANIFEST
    try:
        return frozenset(json.loads(path.read_text(encoding="utf-8"))["bundle"]["traces"])
    except (OSError, ValueError, KeyError, TypeError):
        raise SiteError(VENDOR_MANIFEST, "bundle.traces: missing or unreadable (run tools/build-plotly.sh)") from None


def check_traces(drawings: dict, dataset, traces: frozenset[str], where: str = "data/metrics.json") -> None:
    """``drawings``: (chart id, language) → ChartDrawing (charts/drawings.py); ``dataset`` names each chart's index."""
    for (chart_id, _), drawing in sorted(drawings.items()):
        for trace in drawing.figure["data"]:
            kind = trace.get("type", "scatter")
            if kind not in traces:
                raise SiteError(where, f"charts[{dataset.charts[chart_id].index}] ({chart_id}): trace type {kind!r} "
                                       f"is not in the site's plotly.js ({', '.join(sorted(traces))}); add it to "
                                       "TRACES in tools/plotly-bundle/build.mjs and run tools/build-plotly.sh")
