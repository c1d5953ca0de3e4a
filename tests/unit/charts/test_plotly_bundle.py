"""A chart whose trace type the site's plotly.js lacks stops the build with one line."""

from __future__ import annotations

import json

import pytest

from explainer.charts.drawings import chart_drawings
from explainer.charts.plotly_bundle import bundled_traces, check_traces
from explainer.errors import SiteError


def test_the_fixture_charts_are_all_in_the_bundle(dataset):
    check_traces(chart_drawings(dataset), dataset, frozenset({"bar", "scatter"}))


def test_a_trace_type_the_bundle_lacks_stops_with_one_line(dataset):
    drawings = chart_drawings(dataset)
    with pytest.raises(SiteError) as caught:
        check_traces(drawings, dataset, frozenset({"bar"}))
    message = str(caught.value)
    assert message.startswith("data/metrics.json: charts[")
    assert "trace type 'scatter' is not in the site's plotly.js (bar); add it to TRACES in tools/plotly-bundle/build.mjs" in message
    assert "\n" not in message


def test_the_traces_are_read_from_vendor_json(tmp_path):
    manifest = tmp_path / "docs/assets/vendor/plotly/vendor.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"bundle": {"traces": ["bar", "scatter"]}}), encoding="utf-8")
    assert bundled_traces(tmp_path) == {"bar", "scatter"}
    manifest.write_text("{}", encoding="utf-8")
    with pytest.raises(SiteError, match=r"^docs/assets/vendor/plotly/vendor.json: bundle.traces: missing"):
        bundled_traces(tmp_path)
