"""The self-hosted Plotly bundle is the version plotly.py validates figures against, with its licence
and the zh-CN locale."""

from __future__ import annotations

import re

import plotly.offline

VENDOR = "docs/assets/vendor/plotly"


def test_bundle_names_the_version_plotly_py_ships(root):
    head = (root / VENDOR / "plotly-basic.min.js").read_text(encoding="utf-8")[:500]
    version = plotly.offline.get_plotlyjs_version()
    found = re.search(r"plotly\.js \(basic - minified\) v(\d+\.\d+\.\d+)", head)
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
