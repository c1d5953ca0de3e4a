"""An audit of the finished site, independent of the build that wrote it: every page carries one
Content-Security-Policy, first after its charset, whose script hashes are exactly its inline scripts;
no page holds an event handler, a script URL or a ``<meta http-equiv>`` of its own (assets/page_scripts.py),
and no build mark is left (assets/site_scripts.py); no SVG holds a script at all. The deploy workflow runs it on ``site/`` before the
upload (tools/check_release.py): what is published is what the build checked."""

from __future__ import annotations

import re
from pathlib import Path

from explainer.assets.csp import script_hash
from explainer.assets.page_scripts import page_scripts
from explainer.assets.site_scripts import ATTRIBUTE

POLICY = re.compile(r'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n'
                    r'<meta name="referrer" content="[^"]*">')


def page_problems(html: str) -> list[str]:
    if html.count("Content-Security-Policy") != 1:
        return [f"{html.count('Content-Security-Policy')} Content-Security-Policy tags, not one"]
    match = POLICY.search(html)
    if not match:
        return ["its Content-Security-Policy is not the first tag after <meta charset>"]
    directives = dict(d.split(" ", 1) for d in match.group(1).split("; ") if " " in d)
    script_src = directives.get("script-src", "").split()
    found = page_scripts(html)
    problems = list(found.problems)
    if "'unsafe-inline'" in script_src or "'unsafe-eval'" in script_src or directives.get("object-src") != "'none'":
        problems.append(f"a weakened policy (script-src {' '.join(script_src)[:60]})")
    allowed = set(script_src) - {"'self'"}
    if allowed != {script_hash(s.text) for s in found.scripts}:
        problems.append("the policy's script hashes are not those of the page's inline scripts")
    if ATTRIBUTE in html:
        problems.append(f"a {ATTRIBUTE} mark was left in the page")
    return problems


def site_problems(site_dir: Path) -> list[str]:
    site_dir = Path(site_dir)
    pages = sorted(site_dir.rglob("*.html"))
    if not pages:
        return [f"{site_dir}: no HTML pages"]
    problems = [f"{path.relative_to(site_dir).as_posix()}: {problem}"
                for path in pages for problem in page_problems(path.read_text(encoding="utf-8"))]
    for path in sorted(site_dir.rglob("*.svg")):  # opened on its own, an SVG runs under no policy
        found = page_scripts(path.read_text(encoding="utf-8", errors="replace"), " in a standalone SVG")
        problems += [f"{path.relative_to(site_dir).as_posix()}: {problem}"
                     for problem in found.problems + [f"an inline script {s.where}" for s in found.scripts]]
    return problems
