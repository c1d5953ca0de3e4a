"""Every built page is valid HTML by the W3C Nu HTML checker (vnu.jar), the 404 page and every edition
included: 0 errors (warnings are not counted). One checker run over the files themselves (vnu refuses
127.0.0.1 URLs), a few seconds.

The checker is a dev tool: ``npm ci --ignore-scripts --prefix tools/vnu`` (tools/test.sh does it; its
install script would fetch a Java runtime, Debian's ``default-jre-headless`` is used instead). Nothing
readers load uses it. Without Java or the package this test fails, it does not skip."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "vnu"
JAR = TOOL / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(files: list[Path]) -> list[dict]:
    java = shutil.which("java")
    assert java, "a Java runtime is needed for the Nu HTML checker (apt-get install default-jre-headless)"
    assert JAR.is_file(), "run: npm ci --ignore-scripts --prefix tools/vnu"
    done = subprocess.run([java, "-jar", str(JAR), "--errors-only", "--format", "json", *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    # vnu exits 1 when it reports an error; its report is the JSON on stderr either way.
    report = json.loads(done.stderr)
    return [message for message in report["messages"] if message.get("type") in ("error", "non-document-error")]


def test_every_built_page_has_no_nu_checker_error(site):
    pages = sorted(site.dir.rglob("*.html"))
    assert len(pages) >= 37 and site.dir / "404.html" in pages
    errors = nu_errors(pages)
    assert not errors, "\n".join(
        f"{Path(e.get('url', '')).as_posix().rpartition(site.dir.as_posix() + '/')[2]}:{e.get('lastLine', '?')}: "
        f"{e['message']}" for e in errors[:30])
