#!/usr/bin/env bash
# Install the test requirements into .venv and run every test (unit, build, browser).
# Browser tests drive Chromium: Debian's /usr/bin/chromium when present (CHROMIUM_EXECUTABLE),
# else Playwright's own browser. A missing browser fails the run; it is never skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
if [ -z "${CHROMIUM_EXECUTABLE:-}" ] && [ -x /usr/bin/chromium ]; then
  export CHROMIUM_EXECUTABLE=/usr/bin/chromium
fi
exec .venv/bin/python -m pytest "$@"
