"""Benchmark: page weight, Lighthouse mobile scores and build time, against the floor.

Builds the site, serves it with gzip under the site_url path (as GitHub Pages does) and measures every
page in every edition (the Markdown pages, the parallel views, the list of charts, every chart's page and
its embeddable view), each right after or before its floor: a bare Material page holding the same
words (floor.py). Prints a table and writes benchmarks/results.md (the raw figures to results.json).
Budgets (issue: fast and accessible on a phone) are reported as pass/fail here, never asserted in pytest.

    .venv/bin/python benchmarks/run.py [--builds 5] [--lighthouse-runs 3] [--chart-runs 5] [--dwell 3000]
                                       [--pages 'zh:/charts/*/' ...]

A quick run (bytes and the chart timings, no Lighthouse): --builds 1 --lighthouse-runs 0 --chart-runs 5.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tests.conftest import CHARTS_INDEX, LANG_PREFIX, LANGS, chart_page_paths, page_paths  # noqa: E402
from tests.support.chromium import chromium_executable  # noqa: E402
from tests.support.live_preview import LivePreview  # noqa: E402
from tests.support.pages_server import PagesServer, free_port  # noqa: E402
from tests.support.project_copy import copy_project, edit_metrics  # noqa: E402
from tests.support.site_build import BASE_PATH, build_site  # noqa: E402
from floor import make_floor_site  # noqa: E402  (benchmarks/, beside this file)
import chart_open  # noqa: E402  (benchmarks/, beside this file)

LIGHTHOUSE = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = chromium_executable()
BUDGET = {"load_kb": 90, "perf": 95, "a11y": 100, "bp": 100, "seo": 100,
          "lcp_ms": 1500, "cls": 0.02, "build_s": 3.0,
          "floor_kb_ratio": 1.3, "floor_lcp_ratio": 1.1}  # against a bare Material page with the same words
PREVIEW_CHECK = ("numbers/", "en/numbers/")  # pages that show the edited label, in both languages


def timed_builds(count: int) -> list[float]:
    times = []
    for _ in range(count):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            result = build_site(Path(out), "http://127.0.0.1:1/explainer/")
            times.append(time.perf_counter() - start)
            if result.returncode:
                sys.exit(result.stderr)
    return times


def preview_rebuilds(count: int) -> list[float]:
    """Seconds from saving an edit in data/metrics.json to ``mkdocs serve`` showing it in both languages."""
    times = []
    with tempfile.TemporaryDirectory() as tmp, LivePreview(copy_project(Path(tmp))) as preview:
        for n in range(count):
            label = {"zh": f"杭州城区人口 {n}", "en": f"Urban population {n}"}
            start = time.perf_counter()
            edit_metrics(preview.project, lambda data: data["metrics"][0].__setitem__("label", label))
            preview.wait_for(PREVIEW_CHECK[0], label["zh"])
            preview.wait_for(PREVIEW_CHECK[1], label["en"])
            times.append(time.perf_counter() - start)
            time.sleep(1)  # let the watcher settle before the next edit
    return times


def wire_bytes(url: str, browser, interact: bool) -> dict:
    """Bytes on the wire (gzip) for a page load; with interact, after reaching for every chart."""
    context = browser.new_context(viewport={"width": 412, "height": 823})
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, int(r.headers.get("content-length", "0"))))
    page.goto(url, wait_until="networkidle")
    if interact:
        for button in page.locator(".ex-chart__interactive").all():
            button.scroll_into_view_if_needed()
            button.click()
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
    context.close()
    total = sum(sizes.values())
    plotly_bytes = sum(size for u, size in sizes.items() if "plotly" in u)
    return {"total": total, "plotly": plotly_bytes}


def summarise(results: list[dict]) -> dict:
    """The median of each figure over the runs (single runs vary by ~0.1 s of LCP); any run's
    accessibility finding counts."""
    good = [r for r in results if "error" not in r]
    if not good:
        return results[0]
    row = {key: statistics.median(r[key] for r in good) for key in good[0] if key != "a11y_problems"}
    row["a11y_problems"] = sorted({p for r in good for p in r["a11y_problems"]})
    return row


def one_lighthouse(url: str) -> dict:
    out = subprocess.run(
        [str(LIGHTHOUSE), url, "--output=json", "--quiet", "--form-factor=mobile",
         "--only-categories=performance,accessibility,best-practices,seo",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
         "--disable-component-update --disable-sync --no-first-run"],
        capture_output=True, text=True, timeout=180, env={**os.environ, **({"CHROME_PATH": CHROMIUM} if CHROMIUM else {})},
    )
    if out.returncode:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "lighthouse failed"}
    report = json.loads(out.stdout)
    cat, audits = report["categories"], report["audits"]
    # The score alone can read 100 while an audit errored (Lighthouse leaves it out of the score):
    # name every accessibility audit that did not pass, or did not run.
    a11y_problems = sorted(
        f"{ref['id']} ({audits[ref['id']]['scoreDisplayMode']})" for ref in cat["accessibility"]["auditRefs"]
        if audits[ref["id"]]["scoreDisplayMode"] == "error"
        or (audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1))
    return {
        "a11y_problems": a11y_problems,
        "perf": round(cat["performance"]["score"] * 100), "a11y": round(cat["accessibility"]["score"] * 100),
        "bp": round(cat["best-practices"]["score"] * 100), "seo": round(cat["seo"]["score"] * 100),
        "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
    }


def measured_pages(site_dir: Path, patterns: list[str] | None = None) -> list[tuple[str, str]]:
    """(language, path) of every page: the Markdown pages, the generated parallel views, the list of
    charts, every chart's page and its embeddable view (from data/metrics.json, like the tests).
    ``patterns`` (shell globs against "lang:/path", e.g. "en:/charts/*/embed/") keep only the pages
    that match one."""
    paths = page_paths()
    paths += sorted(p.parent.relative_to(site_dir).as_posix() + "/"
                    for p in site_dir.glob("interview/*/parallel/index.html"))
    paths += [CHARTS_INDEX] + [p for path in chart_page_paths() for p in (path, path + "embed/")]
    pages = [(lang, path) for path in paths for lang in LANGS]
    if patterns:
        pages = [(lang, path) for lang, path in pages
                 if any(fnmatch.fnmatchcase(f"{lang}:/{path}", pattern) for pattern in patterns)]
    return pages


def is_embed(path: str) -> bool:
    return path.endswith("/embed/")


def measure(site_dir: Path, floor_dir: Path, pages: list[tuple[str, str]], lighthouse_runs: int,
            browser) -> tuple[list[dict], list[dict]]:
    """Every page of ours and its floor, one after the other, so both meet the machine in the same state."""
    rows, floor_rows = [], []
    with PagesServer(site_dir, BASE_PATH, free_port(), use_gzip=True) as ours, \
            PagesServer(floor_dir, BASE_PATH, free_port(), use_gzip=True) as floor:
        for lang, path in pages:
            rel = LANG_PREFIX[lang] + path
            has_chart = 'class="ex-chart ' in (site_dir / rel / "index.html").read_text(encoding="utf-8")
            row = {"page": f"{lang}:/{path}", "chart": has_chart, "embed": is_embed(path),
                   **wire_bytes(ours.url + rel, browser, False)}
            base = {"page": row["page"], "chart": False, **wire_bytes(floor.url + rel, browser, False)}
            if has_chart:
                row["after_charts"] = wire_bytes(ours.url + rel, browser, True)["total"]
            for _ in range(lighthouse_runs):  # alternate, so drift in the machine's speed hits both alike
                row.setdefault("runs", []).append(one_lighthouse(ours.url + rel))
                base.setdefault("runs", []).append(one_lighthouse(floor.url + rel))
            for r in (row, base):
                if "runs" in r:
                    r.update(summarise(r.pop("runs")))
            rows.append(row)
            floor_rows.append(base)
            print(f"  {row['page']:<50} {row['total'] / 1024:6.1f} KB (floor {base['total'] / 1024:6.1f})"
                  + (f"  perf {row.get('perf')} a11y {row.get('a11y')} {row.get('a11y_problems') or ''}"
                     f" lcp {row.get('lcp_ms')} (floor {base.get('lcp_ms')}) cls {row.get('cls')}"
                     if lighthouse_runs else ""), flush=True)
    return rows, floor_rows


def within_budget(row: dict, floor: dict) -> bool:
    ok = row["total"] / 1024 <= BUDGET["load_kb"] and row["plotly"] == 0
    ok = ok and row["total"] <= BUDGET["floor_kb_ratio"] * floor["total"]
    if "perf" in row:
        ok = ok and not row["a11y_problems"]
        ok = ok and row["perf"] >= BUDGET["perf"] and row["a11y"] >= BUDGET["a11y"] and row["bp"] >= BUDGET["bp"] \
            and row["seo"] >= BUDGET["seo"] and row["lcp_ms"] <= BUDGET["lcp_ms"] and row["cls"] <= BUDGET["cls"] \
            and row["lcp_ms"] <= BUDGET["floor_lcp_ratio"] * floor["lcp_ms"]
    return ok


def report(rows: list[dict], baseline: list[dict], builds: list[float], previews: list[float],
           lighthouse_runs: int) -> str:
    lighthouse_on = bool(lighthouse_runs)
    lines = ["# Benchmark results", "",
             f"Run on {time.strftime('%Y-%m-%d')} ({os.cpu_count()} cores), `benchmarks/run.py`. "
             "Bytes are on the wire (gzip); Lighthouse 12.2.3, mobile preset, Debian Chromium, "
             f"median of {lighthouse_runs} runs per page; local HTTP/1.1 keep-alive server (GitHub Pages serves HTTP/2).", "",
             f"Clean bilingual build: median **{statistics.median(builds):.2f} s** of {len(builds)} "
             f"({', '.join(f'{t:.2f}' for t in builds)}); budget ≤ {BUDGET['build_s']} s.", "",
             f"`mkdocs serve`, from saving an edit in `data/metrics.json` to both languages' pages showing it: "
             f"median **{statistics.median(previews):.2f} s** of {len(previews)} "
             f"({', '.join(f'{t:.2f}' for t in previews)}).", ""]
    head = "| page | KB at load | after charts KB | floor KB | KB ratio |"
    sep = "| --- | ---: | ---: | ---: | ---: |"
    if lighthouse_on:
        head += (" perf | a11y | BP | SEO | LCP ms | floor LCP ms | LCP ratio | CLS | TBT ms |"
                 " accessibility audits not passed | within budget |")
        sep += " ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | :---: |"
    else:
        head += " within budget |"
        sep += " :---: |"
    lines += [head, sep]
    for row, base in zip(rows, baseline):
        kind = " (embed)" if row.get("embed") else " (chart)" if row["chart"] else ""
        cells = [row["page"] + kind, f"{row['total'] / 1024:.1f}",
                 f"{row.get('after_charts', row['total']) / 1024:.1f}",
                 f"{base['total'] / 1024:.1f}", f"{row['total'] / base['total']:.2f}"]
        if lighthouse_on:
            cells += [str(row.get(k, "–")) for k in ("perf", "a11y", "bp", "seo", "lcp_ms")]
            cells.append(str(base.get("lcp_ms", "–")))
            cells.append(f"{row['lcp_ms'] / base['lcp_ms']:.2f}" if row.get("lcp_ms") and base.get("lcp_ms") else "–")
            cells += [str(row.get(k, "–")) for k in ("cls", "tbt_ms")]
            cells.append(", ".join(row.get("a11y_problems", [])) or "none")
        cells.append("yes" if within_budget(row, base) else "**no**")
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"Budgets: every page ≤ {BUDGET['load_kb']} KB at load with 0 KB of Plotly, and ≤ "
              f"{BUDGET['floor_kb_ratio']}× the bytes of its floor; Lighthouse mobile Performance ≥ {BUDGET['perf']}, "
              "Accessibility, Best Practices and SEO 100 with no accessibility audit failed or errored; "
              f"LCP ≤ 1.5 s and ≤ {BUDGET['floor_lcp_ratio']}× its floor's; CLS ≤ {BUDGET['cls']}.",
              "The floor: a bare Material page holding the same words (benchmarks/floor.py), built and "
              "measured in the same run, page after page.",
              "An embed (`charts/<id>/embed/`, a bare template for an iframe: no Material header, navigation, "
              "search or bundle) is judged against the same kind of floor, a bare Material page with its words, "
              "by the same budgets: it should sit far below its floor.",
              "“after charts” counts the bytes once the reader has opened every chart on the page (Plotly "
              "core + bar, the chart loader and code and the language's figures); it has no budget."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=5)
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="0 for bytes only")
    parser.add_argument("--chart-runs", type=int, default=5,
                        help="runs of tap → first bar on a throttled phone per chart page (chart_open.py); 0: none")
    parser.add_argument("--pages", action="append", metavar="PATTERN",
                        help="measure only pages matching this shell glob against 'lang:/path' "
                             "(e.g. 'zh:/charts/*/', '*:/charts/*/embed/'); repeatable; default: every page")
    parser.add_argument("--dwell", type=int, default=3000, help="ms the reader looks at a chart before the tap")
    args = parser.parse_args()
    runs = args.lighthouse_runs
    if runs and not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: (cd benchmarks && npm ci)")

    print(f"Timing {args.builds} clean builds…", flush=True)
    builds = timed_builds(args.builds)
    print(f"Timing {args.builds} rebuilds under mkdocs serve…", flush=True)
    previews = preview_rebuilds(args.builds)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        port = free_port()
        site_dir = Path(tmp) / "site"
        result = build_site(site_dir, f"http://127.0.0.1:{port}{BASE_PATH}")
        if result.returncode:
            sys.exit(result.stderr)
        floor_dir = Path(tmp) / "floor" / "site"
        floor_dir.parent.mkdir()
        pages = measured_pages(site_dir, args.pages)
        if not pages:
            sys.exit(f"no page matches {args.pages}")
        missing = [LANG_PREFIX[lang] + path for lang, path in pages
                   if not (site_dir / LANG_PREFIX[lang] / path / "index.html").exists()]
        if missing:
            sys.exit(f"not in the build: {', '.join(missing)}")
        # The floor always holds every page, even when --pages measures a few: its search index (loaded
        # with each page) then weighs what ours does.
        make_floor_site(site_dir, floor_dir, sorted({path for _, path in measured_pages(site_dir)}),
                        dict(LANG_PREFIX),
                        f"http://127.0.0.1:{port}{BASE_PATH}")
        print("Site, each page followed by its floor (a bare Material page with the same words):", flush=True)
        rows, baseline = measure(site_dir, floor_dir, pages, runs, browser)
        charts = {}
        if args.chart_runs:
            print("Tap → first bar on a throttled phone, every chart page:", flush=True)
            charts = chart_open.measure({"site": site_dir}, browser, args.chart_runs, args.dwell)
        browser.close()
    text = report(rows, baseline, builds, previews, runs)
    if charts:
        text += "\n" + chart_open.table(charts, args.chart_runs, args.dwell)
    (ROOT / "benchmarks" / "results.md").write_text(text, encoding="utf-8")
    raw = {"builds_s": builds, "preview_rebuilds_s": previews, "site": rows, "floor": baseline,
           "chart_open": charts.get("site", {})}
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
