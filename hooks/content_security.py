"""MkDocs hook: every page of every edition, the 404 page included, carries its Content-Security-Policy
and referrer policy as ``<meta>`` tags (explainer/assets/csp.py), with the hashes of the inline scripts the
site's templates and hooks wrote (each marked by ``site_script(name)``, a Jinja global set here, and listed
in explainer/assets/site_scripts.py). Any other inline script, event handler or script URL stops the build,
and the site folder is emptied: no page of a refused build is left to publish. Every SVG the site serves
(the chart downloads, the favicon) is checked the same way, and may hold no script at all: opened on its
own, an SVG runs under no policy.

On post-build, last of all: the pages are final then (compacted by compact_assets.py on post-page, the
parallel views filled on post-build). mkdocs-static-i18n runs post-build once per edition into the same
site folder; each run secures the pages written or changed since the last one (by modification time and
size), so every page is done once and the last run leaves none behind.

Not under ``mkdocs serve``: its live reload adds an inline script to every page as it serves it (with the
server's epoch in it), which a hash written at build time cannot allow. The preview is never published;
its pages are still checked, and lose their marks.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import clean_directory

from explainer.assets.csp import with_policy
from explainer.assets.page_scripts import page_scripts
from explainer.assets.site_scripts import site_script_mark, unmarked

_secured: dict[str, tuple[int, int]] = {}  # page → (mtime_ns, size) as this hook left it
_approved: dict[str, set[str]] = {}  # page → hashes of the site's own scripts found in it
_command: dict[str, str] = {}


def on_startup(command: str, dirty: bool) -> None:
    _command["name"] = command


def on_env(env, config, files):
    env.globals["site_script"] = site_script_mark
    return env


@event_priority(-300)  # after parallel_view.py (-150) and search_by_language.py (-200)
def on_post_build(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    for path in sorted(site_dir.rglob("*.svg")):
        # An SVG opened on its own runs its scripts on this site's origin, under no policy at all.
        found = page_scripts(path.read_text(encoding="utf-8", errors="replace"), " in a standalone SVG")
        problems = found.problems + [f"an inline script {s.where}" for s in found.scripts]
        if problems:
            clean_directory(config.site_dir)
            raise PluginError(f"{path.relative_to(site_dir).as_posix()}: {problems[0]}")
    for path in sorted(site_dir.rglob("*.html")):
        stat = path.stat()
        if _secured.get(str(path)) == (stat.st_mtime_ns, stat.st_size):
            continue
        html = path.read_text(encoding="utf-8")
        secured = with_policy(html, _approved.get(str(path), set()))
        if secured.problems:
            # Pages are written by now (this check reads them as published): leave none to publish, as
            # MkDocs itself empties the folder before every build.
            clean_directory(config.site_dir)
            more = f" (and {len(secured.problems) - 1} more)" if len(secured.problems) > 1 else ""
            raise PluginError(f"{path.relative_to(site_dir).as_posix()}: {secured.problems[0]}{more}")
        _approved[str(path)] = secured.hashes
        if _command.get("name") == "serve":
            secured.html = unmarked(html)
        if secured.html != html:
            path.write_text(secured.html, encoding="utf-8")
            stat = path.stat()
        _secured[str(path)] = (stat.st_mtime_ns, stat.st_size)
