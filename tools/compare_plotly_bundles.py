"""Draw every chart of every edition with two plotly.js bundles and compare what they draw.

The site's bundle (docs/assets/vendor/plotly/plotly-charts.min.js, core + bar, tools/build-plotly.sh) must
draw exactly what the published basic bundle (plotly.js-basic-dist-min, byte-identical to the npm
package's dist/plotly-basic.min.js, the site's bundle until issue 24) drew: every bar's path, every
marker's position and shape, every annotation's text and place, and the hover label of every point, at
a phone's and a desktop's width. Builds the site, serves it, and answers the site's bundle's address with
each file in turn. Prints the differences (none expected) and, with --json, writes the record.

    .venv/bin/python tools/compare_plotly_bundles.py [--before FILE] [--json FILE]  (the recorded comparison: benchmarks/plotly-bundle-comparison.json)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import LANG_PREFIX, LANGS, page_paths  # noqa: E402
from tests.support.chromium import CHROMIUM_FLAGS, chromium_executable  # noqa: E402
from tests.support.pages_server import PagesServer, free_port  # noqa: E402
from tests.support.site_build import BASE_PATH, build_site  # noqa: E402

SITE_BUNDLE = ROOT / "docs/assets/vendor/plotly/plotly-charts.min.js"
BEFORE = ROOT / "tools/plotly-bundle/node_modules/plotly.js/dist/plotly-basic.min.js"
WIDTHS = (375, 1280)

DRAWN = """async f => {
  const gd = f.querySelector('.ex-chart__plotly');
  const attrs = (sel, names) => [...gd.querySelectorAll(sel)].map(e => names.map(n => e.getAttribute(n)).join(' | '));
  const hover = [];
  const points = gd.querySelectorAll('.barlayer .point, .scatterlayer .point').length;
  for (let i = 0; i < points; i++) {
    Plotly.Fx.hover(gd, [{curveNumber: 0, pointNumber: i}]);
    hover.push(gd.querySelector('.hoverlayer') ? gd.querySelector('.hoverlayer').textContent : '');
  }
  Plotly.Fx.unhover(gd);
  return {
    bars: attrs('.barlayer .point path', ['d', 'style']),
    markers: attrs('.scatterlayer .point', ['d', 'transform', 'style']),
    annotations: attrs('.annotation', ['transform']).map((t, i) => t + ' ' + gd.querySelectorAll('.annotation')[i].textContent),
    shapes: attrs('.shapelayer path', ['d']),
    svg: attrs('svg.main-svg', ['width', 'height', 'viewBox']),
    hover,
  };
}"""


def chart_pages(site_dir: Path) -> list[tuple[str, str]]:
    return [(path, lang) for path in page_paths() for lang in LANGS
            if 'class="ex-chart ' in (site_dir / LANG_PREFIX[lang] / path / "index.html").read_text("utf-8")]


def drawings(browser, url: str, bundle: bytes, width: int) -> dict:
    context = browser.new_context(viewport={"width": width, "height": 900}, service_workers="block")
    page = context.new_page()
    page.route("**/plotly-charts.min.js", lambda route: route.fulfill(body=bundle, content_type="application/javascript"))
    page.goto(url, wait_until="networkidle")
    drawn = {}
    figures = page.locator(".ex-chart")
    for i in range(figures.count()):
        figure = figures.nth(i)
        figure.locator(".ex-chart__interactive").click()
        page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=30000)
        drawn[figure.get_attribute("id")] = figure.evaluate(DRAWN)
    context.close()
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, default=BEFORE)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    bundles = {"before": args.before.read_bytes(), "site": SITE_BUNDLE.read_bytes()}
    from playwright.sync_api import sync_playwright

    differences, compared = [], []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        site_dir = Path(tmp) / "site"
        result = build_site(site_dir, "http://127.0.0.1:1/explainer/")
        if result.returncode:
            sys.exit(result.stderr)
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_FLAGS)
        with PagesServer(site_dir, BASE_PATH, free_port(), use_gzip=True) as server:
            for path, lang in chart_pages(site_dir):
                for width in WIDTHS:
                    url = server.url + LANG_PREFIX[lang] + path
                    drawn = {name: drawings(browser, url, body, width) for name, body in bundles.items()}
                    for chart_id, before in drawn["before"].items():
                        where = f"{lang}:/{path}#{chart_id} at {width} px"
                        after = drawn["site"][chart_id]
                        counts = {part: len(items) for part, items in before.items()}
                        compared.append({"chart": where, **counts, "hover_labels_with_text": sum(map(bool, before["hover"])),
                                         "identical": before == after})
                        for part in before:
                            if before[part] != after[part]:
                                differences.append(f"{where}: {part} differ: {before[part]} / {after[part]}")
        browser.close()
    for line in differences:
        print(line)
    print(f"{len(compared)} charts drawn with both bundles; {sum(c['identical'] for c in compared)} identical "
          "(bar paths, markers, annotations, shapes, SVG size, hover labels)")
    if args.json:
        record = {"before": {"file": str(args.before.relative_to(ROOT)) if args.before.is_relative_to(ROOT) else str(args.before),
                             "sha256": hashlib.sha256(bundles["before"]).hexdigest()},
                  "site": {"file": str(SITE_BUNDLE.relative_to(ROOT)), "sha256": hashlib.sha256(bundles["site"]).hexdigest()},
                  "charts": compared}
        args.json.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
