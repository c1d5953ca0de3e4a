"""Shared fixtures: the site is built once per test session, served like GitHub Pages, and
browsed with a real Chromium. A missing browser fails the run with instructions; it never skips."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.chromium import CHROMIUM_FLAGS, chromium_executable
from tests.support.pages_server import PagesServer, free_port
from tests.support.site_build import BASE_PATH, ROOT, build_site

import sys

sys.path.insert(0, str(ROOT / "hooks"))
from explainer.editions import LANG_PREFIX, OVERRIDES_FILE, load_overrides, use_overrides  # noqa: E402

LIVE_CORRECTIONS = ROOT / "data" / OVERRIDES_FILE
# Installed before any test module is imported (some build their cases from converted text at import),
# and again before each test (below).
use_overrides(load_overrides(LIVE_CORRECTIONS, f"data/{OVERRIDES_FILE}"))

LANGS = tuple(LANG_PREFIX)  # zh, zh-hant (generated from zh), en


@dataclass(frozen=True)
class BuiltSite:
    dir: Path
    url: str  # the site's root URL, served by the test server
    port: int

    def page_url(self, path: str, lang: str = "zh") -> str:
        return self.url + LANG_PREFIX[lang] + path

    def html(self, path: str, lang: str = "zh") -> str:
        folder = self.dir / LANG_PREFIX[lang] / path
        return (folder / "index.html").read_text(encoding="utf-8")


def page_paths() -> list[str]:
    """Every page's URL path relative to a language root ("" for home), from docs/*.zh.md."""
    paths = []
    for source in sorted((ROOT / "docs").rglob("*.zh.md")):
        rel = source.relative_to(ROOT / "docs").as_posix()[: -len(".zh.md")]
        paths.append("" if rel == "index" else rel.removesuffix("/index") + "/")
    return paths


CHARTS_INDEX = "charts/"  # the list of every chart (hooks/chart_pages.py)


def chart_page_paths() -> list[str]:
    """Every chart's own page (``charts/<id>/``, hooks/chart_pages.py), from data/metrics.json: generated,
    one per chart, so not among :func:`page_paths`."""
    import json

    charts = json.loads((ROOT / "data" / "metrics.json").read_text(encoding="utf-8"))["charts"]
    return [f"charts/{chart['id']}/" for chart in charts]


@pytest.fixture(autouse=True)
def opencc_corrections():
    """The reviewed OpenCC corrections, installed for every test as the build installs them before it
    converts anything (the converter refuses to run without them). A test that installs its own table
    gets the live one back afterwards."""
    use_overrides(load_overrides(LIVE_CORRECTIONS, f"data/{OVERRIDES_FILE}"))
    yield


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    port = free_port()
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir, f"http://127.0.0.1:{port}{BASE_PATH}")
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return BuiltSite(site_dir, f"http://127.0.0.1:{port}{BASE_PATH}", port)


@pytest.fixture(scope="session")
def server(site):
    with PagesServer(site.dir, BASE_PATH, site.port) as running:
        yield running




@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is not installed: pip install -r requirements-test.txt", pytrace=False)
    executable = chromium_executable()
    if executable and not Path(executable).exists():
        pytest.fail(f"CHROMIUM_EXECUTABLE={executable} does not exist: apt-get install chromium", pytrace=False)
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        except Exception as error:  # the browser is missing or cannot start
            pytest.fail(
                "Chromium could not be started, so the browser tests cannot run.\n"
                "On Debian: apt-get install chromium fonts-noto-cjk, then CHROMIUM_EXECUTABLE=/usr/bin/chromium;\n"
                "elsewhere: python -m playwright install chromium.\n"
                f"Playwright said: {str(error).splitlines()[0]}",
                pytrace=False,
            )
        yield chromium
        chromium.close()
