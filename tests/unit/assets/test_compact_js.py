"""The served scripts lose comments and layout whitespace; docs/ keeps the readable ones."""

from __future__ import annotations

import shutil

from explainer.assets.compact_js import SCRIPTS, compact_js, compact_scripts


def test_comments_go_strings_stay():
    source = '/* why */\nvar a = "/* not a comment */";  // note\nfunction f () {\n  return a;\n}\n'
    assert compact_js(source) == 'var a="/* not a comment */";function f(){return a;}\n'


def test_the_real_scripts_are_compacted_in_a_built_copy(root, tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    shutil.copytree(root / "docs" / "assets" / "javascripts", scripts)
    written = compact_scripts(tmp_path)
    assert sorted(p.name for p in written) == sorted(SCRIPTS)
    for name in SCRIPTS:
        source = (root / "docs" / "assets" / "javascripts" / name).read_text(encoding="utf-8")
        served = (scripts / name).read_text(encoding="utf-8")
        assert len(served) < 0.8 * len(source)
        assert "/*" not in served.replace('"/*', "")  # no comment is left
        assert compact_js(served) == served  # a second build's pass changes nothing
