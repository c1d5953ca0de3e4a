"""Run ``mkdocs serve`` on a project folder as a maintainer does, and wait for what it shows."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.pages_server import free_port
from tests.support.site_build import BASE_PATH


class LivePreview:
    """``with LivePreview(project) as preview: preview.wait_for("numbers/", "text")``."""

    def __init__(self, project: Path):
        self.project = Path(project)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}{BASE_PATH}"
        self.log_file = self.project / "serve.log"

    def __enter__(self) -> "LivePreview":
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{self.port}{BASE_PATH}"}
        self._log = open(self.log_file, "w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=self.project, env=env, stdout=self._log, stderr=subprocess.STDOUT, text=True)
        self.wait_for("", "</html>", timeout=60)
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8")

    def page(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as response:
                return response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return None

    def wait_for(self, path: str, text: str, timeout: float = 30) -> float:
        """Seconds until the page at ``path`` contains ``text``; fails with the server's log."""
        return self._poll(lambda: text in (self.page(path) or ""), timeout,
                          f"{path!r} did not show {text!r}")

    def wait_for_log(self, text: str, timeout: float = 30) -> float:
        return self._poll(lambda: text in self.log(), timeout, f"the log did not say {text!r}")

    def _poll(self, done, timeout: float, failure: str) -> float:
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if self.process.poll() is not None:
                raise AssertionError(f"mkdocs serve exited ({self.process.returncode}):\n{self.log()}")
            if done():
                return time.perf_counter() - start
            time.sleep(0.05)
        raise AssertionError(f"{failure} within {timeout} s:\n{self.log()}")
