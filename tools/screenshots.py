"""Screenshots of every page, every edition, phone (375 px) and desktop (1280 px), light and dark.

Every page: the Markdown pages, the list of charts, every chart's page and its embeddable view.

For looking at the site as a reader would before calling a change done. Writes PNGs into
screenshots/ (not tracked):

    .venv/bin/python tools/screenshots.py [--pages numbers/,interview/rule-of-law/] [--full]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import CHARTS_INDEX, LANG_PREFIX, LANGS, chart_page_paths, page_paths  # noqa: E402
from tests.support.served_site import served_site  # noqa: E402

OUT = ROOT / "screenshots"
WIDTHS = {"phone": (375, 812), "desktop": (1280, 900)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="comma-separated page paths ('' is home); default: all, with the list of "
                                        "charts, every chart's page and its embed (charts/<id>/embed/)")
    parser.add_argument("--full", action="store_true", help="whole page instead of the first screen")
    args = parser.parse_args()
    pages = args.pages.split(",") if args.pages is not None else (
        page_paths() + [CHARTS_INDEX] + [p for path in chart_page_paths() for p in (path, path + "embed/")])

    OUT.mkdir(exist_ok=True)
    with served_site() as (server, browser):
        for path in pages:
            for lang in LANGS:
                for device, (width, height) in WIDTHS.items():
                    for scheme in ("light", "dark"):
                        page = browser.new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
                        page.goto(server.url + LANG_PREFIX[lang] + path, wait_until="networkidle")
                        name = f"{(path.strip('/').replace('/', '_') or 'home')}.{lang}.{device}.{scheme}.png"
                        page.screenshot(path=str(OUT / name), full_page=args.full)
                        page.close()
                        print(OUT.relative_to(ROOT) / name)


if __name__ == "__main__":
    main()
