"""Which Chromium the tests, screenshots and benchmark drive: ``CHROMIUM_EXECUTABLE`` if set, else
Debian's /usr/bin/chromium when installed, else Playwright's own browser (None)."""

from __future__ import annotations

import os
from pathlib import Path

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_executable() -> str | None:
    chosen = os.environ.get("CHROMIUM_EXECUTABLE")
    if chosen:
        return chosen
    return str(DEBIAN_CHROMIUM) if DEBIAN_CHROMIUM.exists() else None
