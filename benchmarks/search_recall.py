"""Benchmark: how well search finds what readers mean, per edition (issue 15).

Builds the site from a project folder (this checkout by default, or another, e.g. a copy of main, to
compare), serves it as GitHub Pages does, and pastes every query of ``tests/search_queries.json`` into
the real search box in Chromium (one page per edition, reused). Reports, per edition, recall@5 (share of
queries with an answering section among the first five results), MRR (mean of 1/rank of the first
answer within the first ten, 0 if none) and the size of the edition's search index, and lists the misses.

    .venv/bin/python benchmarks/search_recall.py [--project DIR] [--queries FILE] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.chromium import CHROMIUM_FLAGS, chromium_executable  # noqa: E402
from tests.support.pages_server import PagesServer, free_port  # noqa: E402
from tests.support.search_box import SearchBox, rank  # noqa: E402
from tests.support.site_build import BASE_PATH, build_site  # noqa: E402

PREFIX = {"zh": "", "zh-hant": "zh-hant/", "en": "en/"}


def measure(site_dir: Path, url: str, queries: dict, how: str = "pasted") -> dict:
    from playwright.sync_api import sync_playwright

    report = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_FLAGS)
        for lang, prefix in PREFIX.items():
            context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
            box = SearchBox(context.new_page(), url + prefix)
            ranks, misses = [], []
            for item in queries[lang]:
                found = box.search(item["query"], how)[:10]
                position = rank(found, item["answers"])
                ranks.append(position)
                if position is None or position > 5:
                    misses.append({"query": item["query"], "rank": position, "top": found[:5]})
            context.close()
            size = (site_dir / prefix / "search" / "search_index.json").stat().st_size
            report[lang] = {
                "queries": len(ranks),
                "recall@5": round(sum(1 for r in ranks if r and r <= 5) / len(ranks), 3),
                "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3),
                "index_bytes": size,
                "misses": misses,
            }
        browser.close()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help="the project folder to build")
    parser.add_argument("--queries", type=Path, default=ROOT / "tests" / "search_queries.json")
    parser.add_argument("--json", type=Path, help="write the full report here")
    args = parser.parse_args()
    queries = json.loads(args.queries.read_text(encoding="utf-8"))
    port = free_port()
    with tempfile.TemporaryDirectory() as temporary:
        site_dir = Path(temporary) / "site"
        url = f"http://127.0.0.1:{port}{BASE_PATH}"
        built = build_site(site_dir, url, args.project)
        if built.returncode:
            sys.exit(f"build failed:\n{built.stderr[-2000:]}")
        with PagesServer(site_dir, BASE_PATH, port):
            report = measure(site_dir, url, queries)
    for lang, figures in report.items():
        print(f"{lang:8} queries {figures['queries']:3}  recall@5 {figures['recall@5']:.3f}  "
              f"MRR {figures['mrr']:.3f}  index {figures['index_bytes']:,} bytes  misses {len(figures['misses'])}")
        for miss in figures["misses"]:
            print(f"    {miss['query']!r}: rank {miss['rank']}, top {miss['top']}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
