"""The site's one stylesheet: Material's, the palette's colours in use, the site's own compacted; named by its content."""

from __future__ import annotations

import shutil
from pathlib import Path

import material
import pytest

from explainer.errors import SiteError
from explainer.assets.stylesheet import OWN, site_stylesheet
from explainer.material_files import material_files

THEME = Path(material.__file__).parent / "templates"
NAMES = material_files([str(THEME)])  # the stylesheets the installed Material's base.html links
PALETTE = [{"scheme": "default", "primary": "indigo", "accent": "indigo"},
           {"scheme": "slate", "primary": "indigo", "accent": "indigo"}]


def test_materials_styles_then_the_palette_in_use_then_the_sites_own(root):
    sheet = site_stylesheet([str(root / "overrides"), str(THEME)], root / "docs", PALETTE)
    material_css = (THEME / NAMES.main_css).read_text(encoding="utf-8")
    first_rule = material_css.split("}", 1)[0]
    assert sheet.text.startswith(first_rule)
    assert "sourceMappingURL" not in sheet.text
    palette_at = sheet.text.index("[data-md-color-scheme=slate]")
    own_at = sheet.text.index(".md-typeset .ex-figure")
    assert len(material_css) * 0.9 < palette_at < own_at  # the site's rules come last: they win ties
    assert "[data-md-color-primary=red]" not in sheet.text
    assert "/*" not in sheet.text[own_at:]
    assert sheet.path.startswith("assets/stylesheets/site.") and sheet.path.endswith(".css")


def test_the_name_changes_with_the_content(root, tmp_path):
    docs = tmp_path / "docs"
    for name in OWN:
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(root / "docs" / name, docs / name)
    before = site_stylesheet([str(THEME)], docs, PALETTE)
    assert site_stylesheet([str(THEME)], docs, PALETTE) == before
    with (docs / OWN[0]).open("a", encoding="utf-8") as css:
        css.write("\n.ex-new { color: red; }\n")
    after = site_stylesheet([str(THEME)], docs, PALETTE)
    assert after.path != before.path and ".ex-new{color: red;}" in after.text


def test_a_missing_file_is_one_clear_error(root, tmp_path):
    with pytest.raises(SiteError, match=r"^docs/assets/stylesheets/site\.css: missing"):
        site_stylesheet([str(THEME)], tmp_path, PALETTE)
    with pytest.raises(SiteError, match=r"^base\.html: not found in the theme's folders"):
        site_stylesheet([str(tmp_path)], root / "docs", PALETTE)
    theme = tmp_path / "theme"  # a base.html linking Material's files, one of which is missing
    theme.mkdir()
    shutil.copy(THEME / "base.html", theme / "base.html")
    for name in (NAMES.bundle, NAMES.search_worker, NAMES.palette_css):
        (theme / name).parent.mkdir(parents=True, exist_ok=True)
        (theme / name).write_text("", encoding="utf-8")
    with pytest.raises(SiteError, match=r"names assets/stylesheets/main\.[0-9a-f]+\.min\.css, which is not in the package"):
        site_stylesheet([str(theme)], root / "docs", PALETTE)
