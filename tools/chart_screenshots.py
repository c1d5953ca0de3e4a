"""Every chart on the given pages, static and interactive, zh and en, at phone and desktop widths, in
light and dark: element screenshots into screenshots/charts/ (not tracked), to compare the two
drawings side by side before calling a chart change done.

    .venv/bin/python tools/chart_screenshots.py [--pages numbers/,interview/rule-of-law/] [--widths 375,1280]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import LANG_PREFIX, LANGS  # noqa: E402
from tests.support.served_site import served_site  # noqa: E402

OUT = ROOT / "screenshots" / "charts"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="numbers/", help="comma-separated page paths ('' is home)")
    parser.add_argument("--widths", default="375,1280")
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    with served_site() as (server, browser):
        for path in args.pages.split(","):
            for lang in LANGS:
                for width in (int(w) for w in args.widths.split(",")):
                    for scheme in ("light", "dark"):
                        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
                        page.goto(server.url + LANG_PREFIX[lang] + path, wait_until="networkidle")
                        for figure in page.locator(".ex-chart").all():
                            name = f"{figure.get_attribute('id')}.{lang}.{width}.{scheme}"
                            figure.screenshot(path=str(OUT / f"{name}.static.png"))
                            figure.locator(".ex-chart__interactive").click()
                            page.wait_for_function("f => f.dataset.drawn === 'plotly'",
                                                   arg=figure.element_handle(), timeout=15000)
                            page.mouse.move(0, 0)
                            figure.screenshot(path=str(OUT / f"{name}.interactive.png"))
                            print(OUT.relative_to(ROOT) / f"{name}.{{static,interactive}}.png")
                        page.close()


if __name__ == "__main__":
    main()
