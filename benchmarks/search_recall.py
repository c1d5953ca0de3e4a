"""Benchmark: how well search finds what readers mean, per edition (issues 15 and 21).

Builds the site from a project folder (this checkout by default, or another, e.g. a copy of main, to
compare), serves it as GitHub Pages does, and pastes every query into the real search box in Chromium (one
page per edition, reused). The sets:

- ``old``: ``tests/search_queries.json`` (issue 15: the site's own words, variants, aliases);
- ``tune`` and ``check``: the two halves of ``tests/search_questions.json`` (issue 21: questions, typos,
  everyday synonyms, the other language, pinyin, numbers), split by the rule the file states. Search is
  tuned on ``tune`` only; ``check`` says whether that carried over;
- ``tune-2`` and ``check-2``: the halves of ``tests/search_questions_2.json``, a second held-out set written
  blind to the search code after ``check`` had been measured (and so seen) once. ``check-2`` is the honest
  figure from then on; ``--figures-only check-2`` measures it without printing its misses;
- ``tune-3`` to ``check-19``: the halves of ``tests/search_questions_3.json`` to ``_19.json``, written the same
  way once the check half before them had been measured (and seen). The check halves not yet measured
  (``HELD_OUT``) are left out unless named: run ``--set check-N --figures-only check-N`` once, after the change
  it is to judge.

Reports, per set and edition, recall@5 (share of queries with an answering section among the first five
results), MRR (mean of 1/rank of the first answer within the first ten, 0 if none) and the size of the
edition's search index (bytes, and gzipped as served), and lists every miss with its rank (None: not among
the first ten) and the first five results.

    .venv/bin/python benchmarks/search_recall.py [--project DIR] [--json OUT]
        [--set old|tune|check|tune-2|check-2|...|tune-19|check-19 ...]
        [--figures-only SET]
"""

from __future__ import annotations

import argparse
import gzip
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
OLD = ROOT / "tests" / "search_queries.json"
NEW = ROOT / "tests" / "search_questions.json"
SECOND = ROOT / "tests" / "search_questions_2.json"
THIRD = ROOT / "tests" / "search_questions_3.json"
FOURTH = ROOT / "tests" / "search_questions_4.json"
FIFTH = ROOT / "tests" / "search_questions_5.json"
SIXTH = ROOT / "tests" / "search_questions_6.json"
LATER = {n: ROOT / "tests" / f"search_questions_{n}.json" for n in (7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)}
SETS = ("old", "tune", "check", "tune-2", "check-2", "tune-3", "check-3", "tune-4", "check-4", "tune-5", "check-5",
        "tune-6", "check-6", "tune-7", "check-7", "tune-8", "check-8", "tune-9", "check-9",
        "tune-10", "check-10", "tune-11", "check-11", "tune-12", "check-12", "tune-13", "check-13", "tune-14", "check-14",
        "tune-15", "check-15", "tune-16", "check-16", "tune-17", "check-17", "tune-18", "check-18", "tune-19", "check-19")
HELD_OUT: tuple[str, ...] = ()  # check halves never measured yet, run only when named (none now: write a set 20 first)


def query_sets(old: Path = OLD, new: Path = NEW, second: Path = SECOND, third: Path = THIRD,
               fourth: Path = FOURTH, fifth: Path = FIFTH, sixth: Path = SIXTH) -> dict[str, dict[str, list[dict]]]:
    """{set: {edition: [query items]}}; the question files' items by their ``half``."""
    sets = {"old": {lang: json.loads(old.read_text(encoding="utf-8"))[lang] for lang in PREFIX}}
    later = [(path, f"-{n}") for n, path in LATER.items()]
    for path, suffix in ((new, ""), (second, "-2"), (third, "-3"), (fourth, "-4"), (fifth, "-5"), (sixth, "-6"), *later):
        questions = json.loads(path.read_text(encoding="utf-8"))
        for half in ("tune", "check"):
            sets[half + suffix] = {lang: [item for item in questions[lang] if item["half"] == half]
                                   for lang in PREFIX}
    return sets


def figures(ranks: list[int | None]) -> dict:
    return {
        "queries": len(ranks),
        "recall@5": round(sum(1 for r in ranks if r and r <= 5) / len(ranks), 3) if ranks else None,
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3) if ranks else None,
    }


def measure(site_dir: Path, url: str, sets: dict, how: str = "pasted") -> dict:
    from playwright.sync_api import sync_playwright

    report: dict = {name: {} for name in sets}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_FLAGS)
        for lang, prefix in PREFIX.items():
            context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
            box = SearchBox(context.new_page(), url + prefix)
            index = site_dir / prefix / "search" / "search_index.json"
            size = {"index_bytes": index.stat().st_size,
                    "index_gzip_bytes": len(gzip.compress(index.read_bytes(), compresslevel=9))}
            for name, queries in sets.items():
                ranks, misses = [], []
                for item in queries[lang]:
                    found = box.search(item["query"], how)[:10]
                    position = rank(found, item["answers"])
                    ranks.append(position)
                    if position is None or position > 5:
                        misses.append({"query": item["query"], **({"kind": item["kind"]} if "kind" in item else {}),
                                       "rank": position, "top": found[:5]})
                report[name][lang] = {**figures(ranks), **size, "misses": misses}
            context.close()
        browser.close()
    return report


def print_report(report: dict, figures_only: tuple[str, ...] = ()) -> None:
    for name, editions in report.items():
        print(f"[{name}]")
        for lang, result in editions.items():
            print(f"  {lang:8} queries {result['queries']:3}  recall@5 {result['recall@5']:.3f}  "
                  f"MRR {result['mrr']:.3f}  index {result['index_bytes']:,} bytes "
                  f"({result['index_gzip_bytes']:,} gzipped)  misses {len(result['misses'])}")
            for miss in [] if name in figures_only else result["misses"]:
                kind = f" [{miss['kind']}]" if "kind" in miss else ""
                print(f"      {miss['query']!r}{kind}: rank {miss['rank']}, top {miss['top']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help="the project folder to build")
    parser.add_argument("--set", action="append", choices=SETS, help="measure only these sets (default: all" + (f" but {', '.join(HELD_OUT)})" if HELD_OUT else ")"))
    parser.add_argument("--json", type=Path, help="write the full report here")
    parser.add_argument("--figures-only", action="append", default=[], choices=SETS,
                        help="print this set's figures but not its misses (they still go to --json)")
    args = parser.parse_args()
    default = [name for name in SETS if name not in HELD_OUT]
    sets = {name: queries for name, queries in query_sets().items() if name in (args.set or default)}
    port = free_port()
    with tempfile.TemporaryDirectory() as temporary:
        site_dir = Path(temporary) / "site"
        url = f"http://127.0.0.1:{port}{BASE_PATH}"
        built = build_site(site_dir, url, args.project)
        if built.returncode:
            sys.exit(f"build failed:\n{built.stderr[-2000:]}")
        with PagesServer(site_dir, BASE_PATH, port):
            report = measure(site_dir, url, sets)
    print_report(report, tuple(args.figures_only))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
