"""The site built into a temporary folder, served as GitHub Pages serves it, with Chromium open on it:
for the tools that look at pages (screenshots) outside pytest."""

from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from tests.support.chromium import CHROMIUM_FLAGS, chromium_executable
from tests.support.pages_server import PagesServer, free_port
from tests.support.site_build import BASE_PATH, build_site


@contextmanager
def served_site():
    """Yields (server, browser); a failed build exits with the build's own error."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        result = build_site(Path(tmp), f"http://127.0.0.1:{port}{BASE_PATH}")
        if result.returncode:
            sys.exit(result.stderr)
        with PagesServer(Path(tmp), BASE_PATH, port) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_FLAGS)
            try:
                yield server, browser
            finally:
                browser.close()
