"""Material's hashed file names come from the installed Material's base.html: the right files, read once,
read again when base.html changes, and a base.html that names none stops the build with one line."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import Environment, FileSystemLoader

from explainer.assets.site_scripts import site_script_mark
from explainer.errors import SiteError
from explainer.material_files import files_named_in, material_files
from explainer.upstream import material_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = material_templates()


def test_the_names_are_the_files_material_ships():
    """Each name is the one file of its kind in the package (found here by listing, not by reading base.html)."""
    names = material_files([str(ROOT / "overrides"), str(TEMPLATES)])
    for name, pattern in ((names.bundle, "assets/javascripts/bundle.*.min.js"),
                          (names.search_worker, "assets/javascripts/workers/search.*.min.js"),
                          (names.main_css, "assets/stylesheets/main.*.min.css"),
                          (names.palette_css, "assets/stylesheets/palette.*.min.css")):
        assert [name] == [str(p.relative_to(TEMPLATES)) for p in TEMPLATES.glob(pattern)]


def theme_copy(tmp_path: Path) -> Path:
    theme = tmp_path / "theme"
    (theme / "assets").mkdir(parents=True)
    shutil.copy(TEMPLATES / "base.html", theme / "base.html")
    shutil.copytree(TEMPLATES / "assets" / "javascripts", theme / "assets" / "javascripts",
                    ignore=shutil.ignore_patterns("*.map", "lunr"))
    shutil.copytree(TEMPLATES / "assets" / "stylesheets", theme / "assets" / "stylesheets",
                    ignore=shutil.ignore_patterns("*.map"))
    return theme


def test_a_base_html_naming_no_bundle_stops_with_one_line_naming_the_file(tmp_path):
    base = theme_copy(tmp_path) / "base.html"
    base.write_text(re.sub(r"<script src=\"\{\{ 'assets/javascripts/bundle[^>]*></script>", "",
                           base.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SiteError) as error:
        material_files([str(base.parent)])
    message = str(error.value)
    assert message.startswith(f"{base}: names 0 files like assets/javascripts/bundle.<hash>.min.js")
    assert "load-bundle.html" in message and "\n" not in message


def test_a_base_html_naming_a_file_the_package_lacks_stops(tmp_path):
    theme = theme_copy(tmp_path)
    next((theme / "assets" / "javascripts" / "workers").glob("search.*.min.js")).unlink()
    missing = r"names assets/javascripts/workers/search\.[0-9a-f]+\.min\.js, which is not in the package"
    with pytest.raises(SiteError, match=missing):
        material_files([str(theme)])


def test_names_are_read_once_and_again_when_base_html_changes(tmp_path):
    theme = theme_copy(tmp_path)
    first = material_files([str(theme)])
    assert material_files([str(theme)]) is first
    old = first.bundle
    new = old.replace(old.split(".")[1], "0123abcd")
    shutil.copy(theme / old, theme / new)
    base = theme / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    stat = base.stat()
    os.utime(base, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert material_files([str(theme)]).bundle == new


def test_files_named_in_wants_exactly_one_of_each(tmp_path):
    theme = theme_copy(tmp_path)
    text = (theme / "base.html").read_text(encoding="utf-8")
    twice = text + "<script src=\"{{ 'assets/javascripts/bundle.0123abcd.min.js' | url }}\"></script>"
    with pytest.raises(SiteError, match="names 2 files like assets/javascripts/bundle"):
        files_named_in(twice, theme / "base.html")


def test_the_hook_gives_templates_the_names_and_turns_a_failure_into_one_plugin_error(tmp_path):
    from mkdocs.exceptions import PluginError

    import page_head

    env = Environment()
    config = SimpleNamespace(theme=SimpleNamespace(dirs=[str(ROOT / "overrides"), str(TEMPLATES)]))
    page_head.on_env(env, config, files=None)
    names = material_files(config.theme.dirs)
    assert env.globals["explainer_material_bundle"] == names.bundle
    assert env.globals["explainer_material_search_worker"] == names.search_worker

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "base.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(PluginError) as error:
        page_head.on_env(Environment(), SimpleNamespace(theme=SimpleNamespace(dirs=[str(empty)])), files=None)
    assert "names 0 files like assets/javascripts/bundle.<hash>.min.js" in str(error.value)


def test_load_bundle_requests_the_installed_bundle():
    names = material_files([str(TEMPLATES)])
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    env.filters["url"] = lambda path: "../" + path
    env.globals["explainer_material_bundle"] = names.bundle
    env.globals["site_script"] = site_script_mark
    html = env.get_template("partials/explainer/load-bundle.html").render()
    assert f'script.src = "../{names.bundle}";' in html
