"""Every HTML file the build writes (every edition, the parallel views, the 404 page) carries one
Content-Security-Policy, first after its charset, allowing exactly the inline scripts it has (all the
site's own: any other stops the build, tests/built_site/test_hostile_markup.py)."""

from __future__ import annotations

import re

from explainer.assets.csp import script_hash
from explainer.assets.page_scripts import page_scripts
from explainer.assets.site_scripts import ATTRIBUTE

POLICY = re.compile(r'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n'
                    r'<meta name="referrer" content="strict-origin-when-cross-origin">')


def test_every_page_has_a_policy_with_the_hashes_of_its_own_scripts(site):
    pages = sorted(site.dir.rglob("*.html"))
    assert len(pages) >= 3 * 7 + 3 * 4 + 1  # the pages of three editions, their parallel views, 404
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert html.count("Content-Security-Policy") == 1, path
        match = POLICY.search(html)
        assert match, path
        directives = dict(d.split(" ", 1) for d in match.group(1).split("; "))
        allowed = set(directives["script-src"].split()) - {"'self'"}
        found = page_scripts(html)
        assert allowed == {script_hash(s.text) for s in found.scripts}, path
        assert found.problems == [] and ATTRIBUTE not in html, path  # nothing else runs; no mark is published
        # Every page has inline scripts (Material's config, the bundle loader); a chart's embed has none.
        assert allowed or path.parent.name == "embed", path
        assert "unsafe" not in directives["script-src"] and "object-src" in directives


def test_the_policy_costs_each_page_under_a_kilobyte(site):
    for path in site.dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        added = POLICY.search(html).group(0)
        assert len(added.encode()) - len('<meta charset="utf-8">') < 1000, path
