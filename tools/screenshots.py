"""Screenshots of every page, both languages, phone (375 px) and desktop (1280 px), light and dark.

For looking at the site as a reader would before calling a change done. Writes PNGs into
screenshots/ (not tracked):

    .venv/bin/python tools/screenshots.py [--pages numbers/,interview/rule-of-law/] [--full]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import LANG_PREFIX, LANGS, page_paths  # noqa: E402
from tests.support.chromium import CHROMIUM_FLAGS, chromium_executable  # noqa: E402
from tests.support.pages_server import PagesServer, free_port  # noqa: E402
from tests.support.site_build import BASE_PATH, build_site  # noqa: E402

OUT = ROOT / "screenshots"
WIDTHS = {"phone": (375, 812), "desktop": (1280, 900)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="comma-separated page paths ('' is home); default: all")
    parser.add_argument("--full", action="store_true", help="whole page instead of the first screen")
    args = parser.parse_args()
    pages = args.pages.split(",") if args.pages is not None else page_paths()
    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        result = build_site(Path(tmp), f"http://127.0.0.1:{port}{BASE_PATH}")
        if result.returncode:
            sys.exit(result.stderr)
        with PagesServer(Path(tmp), BASE_PATH, port) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_executable(),
                                                 args=CHROMIUM_FLAGS)
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
            browser.close()


if __name__ == "__main__":
    main()
