"""Record the anchors the site publishes today in tests/published_anchors.json.

Run after adding sections or figures; a test then fails if any recorded anchor disappears, so a
link a report writer pasted keeps working. Removing an anchor on purpose means editing the file
(and, better, keeping the old id or adding a redirect).

    .venv/bin/python tools/publish_anchors.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.built_site.test_content import ids  # noqa: E402
from tests.conftest import CHARTS_INDEX, chart_page_paths, page_paths  # noqa: E402
from tests.support.site_build import build_site  # noqa: E402

OUT = ROOT / "tests" / "published_anchors.json"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = build_site(Path(tmp), "http://127.0.0.1:1/explainer/")
        if result.returncode:
            sys.exit(result.stderr)
        published = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
        # A chart's page and its embed (pasted into other sites as an <iframe>) are addresses to keep too.
        for path in page_paths() + [CHARTS_INDEX] + chart_page_paths() + [p + "embed/" for p in chart_page_paths()]:
            html = (Path(tmp) / path / "index.html").read_text(encoding="utf-8")
            current = [a for a in ids(html).ids if not a.startswith("__")]
            published[path] = sorted(set(published.get(path, [])) | set(current))
    OUT.write_text(json.dumps(published, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{sum(map(len, published.values()))} anchors on {len(published)} pages → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
