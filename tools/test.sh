#!/usr/bin/env bash
# Install the test requirements into .venv and run every test (unit, build, browser).
# Browser tests drive Chromium: CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium when present,
# else Playwright's own browser (tests/support/chromium.py). A missing browser fails the run; it is never skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
exec .venv/bin/python -m pytest "$@"
