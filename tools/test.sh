#!/usr/bin/env bash
# Install the locked test requirements (hashes checked) into .venv and run every test (unit, build, browser).
# Browser tests drive Chromium: CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium when present,
# else Playwright's own browser (tests/support/chromium.py). A missing browser fails the run; it is never skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
# The locked pymdown-extensions needs Python 3.11.5+ (Debian 12's python3 is 3.11.2): say so, not pip's
# "No matching distribution".
.venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11, 5) and "tools/test.sh: .venv has Python %s; the locked packages need 3.11.5 or later" % sys.version.split()[0])'
# Every package, indirect ones included, at the version and with the file hashes of the lock.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-test.txt
# Dev only: citeproc-js (Zotero's engine), the second engine of tests/unit/citations/test_citeproc_js.py, from its lock.
if [ ! -d tools/citeproc-js/node_modules/citeproc ]; then
  command -v npm >/dev/null || { echo "tools/test.sh: npm is needed for the citation check (apt-get install nodejs npm)" >&2; exit 1; }
  npm ci --prefix tools/citeproc-js --no-audit --no-fund --loglevel=error
fi
# Dev only: the W3C Nu HTML checker (vnu.jar) for tests/built_site/test_nu_checker.py, from its lock. Its install
# script would download a Java runtime: skipped, Debian's default-jre-headless runs the jar.
if [ ! -f tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  command -v java >/dev/null || { echo "tools/test.sh: java is needed for the Nu HTML checker (apt-get install default-jre-headless)" >&2; exit 1; }
  npm ci --prefix tools/vnu --ignore-scripts --no-audit --no-fund --loglevel=error
fi
exec .venv/bin/python -m pytest "$@"
