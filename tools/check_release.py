#!/usr/bin/env python3
"""The deploy gate, without network: before the build, the vendored plotly.js files against vendor.json
(``--vendor``); after it, the built site against the security policy (``--site site``). One line per
problem, exit 1 on any. Run by .github/workflows/deploy.yml; the logic is in hooks/explainer/assets/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from explainer.assets.site_audit import site_problems  # noqa: E402
from explainer.assets.vendor_check import vendor_problems  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendor", action="store_true", help="check docs/assets/vendor/plotly against vendor.json")
    parser.add_argument("--site", type=Path, help="check a built site folder")
    args = parser.parse_args(argv)
    if not args.vendor and not args.site:
        parser.error("give --vendor, --site DIR or both")
    problems = []
    if args.vendor:
        import plotly.offline  # the pinned plotly (requirements.txt) names the plotly.js it validates against

        problems += vendor_problems(ROOT, plotly.offline.get_plotlyjs_version())
    if args.site:
        problems += site_problems(args.site)
    for problem in problems:
        print(f"tools/check_release.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
