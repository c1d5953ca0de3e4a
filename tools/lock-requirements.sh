#!/usr/bin/env bash
# Compile the top-level pins (requirements.in, requirements-test.in) into the lock files that every install
# uses (requirements.txt, requirements-test.txt): every package, indirect ones included, pinned to one
# version with the sha256 of each file PyPI holds for it (the wheels for Linux, macOS and Windows, and the
# sdist), so `pip install --require-hashes -r requirements.txt` installs those files or nothing.
#
#   tools/lock-requirements.sh                          # after editing a pin in a .in file
#   tools/lock-requirements.sh --upgrade-package idna   # move one indirect package to its newest release
#   tools/lock-requirements.sh --upgrade                # move every indirect package
#
# Hashes come from PyPI only: pip's configuration files (extra indexes, find-links, constraints) are not
# read, so no locally built file can enter the lock. pip-tools itself lives in its own venv, never .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
piptools_version=7.6.2
tools=${PIP_TOOLS_VENV:-${TMPDIR:-/tmp}/pip-tools-$piptools_version}
export PIP_CONFIG_FILE=/dev/null
unset PIP_EXTRA_INDEX_URL PIP_FIND_LINKS PIP_CONSTRAINT PIP_NO_INDEX PIP_REQUIRE_HASHES
if [ ! -x "$tools/bin/pip-compile" ]; then
  python3 -m venv "$tools"
  "$tools/bin/pip" install --quiet --disable-pip-version-check "pip-tools==$piptools_version"
fi
# The site's lock first: the test lock is compiled after it and must hold the same versions
# (tests/unit/test_requirements.py checks).
for name in requirements requirements-test; do
  "$tools/bin/pip-compile" --quiet --generate-hashes --allow-unsafe --strip-extras \
    --output-file="$name.txt" "$@" "$name.in"
done
