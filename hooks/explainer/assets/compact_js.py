"""The site's own scripts as served: without comments and layout whitespace (rjsmin).

They are written to be read (why each step is there); a reader's phone only needs them to run. On
site.js, which every page loads, this is about 1 KB gzip. The files in docs/ stay as written; the
build writes the compact copies into the built site.
"""

from __future__ import annotations

from pathlib import Path

import rjsmin

SCRIPTS = ("site.js", "cite.js", "chart-loader.js", "charts.js", "search-worker.js", "search-analysis.js")
SCRIPTS_DIR = "assets/javascripts"


def compact_js(source: str) -> str:
    return rjsmin.jsmin(source, keep_bang_comments=True) + "\n"


def compact_scripts(site_dir: Path) -> list[Path]:
    """Rewrite the site's own scripts in a built site; returns the files written."""
    written = []
    for name in SCRIPTS:
        path = Path(site_dir) / SCRIPTS_DIR / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            compact = compact_js(text)
            if compact != text:
                path.write_text(compact, encoding="utf-8")
            written.append(path)
    return written
