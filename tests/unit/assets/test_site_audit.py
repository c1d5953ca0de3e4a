"""The deploy gate's audit of a built site: one policy per page, its hashes exactly the page's scripts."""

from __future__ import annotations

from explainer.assets.csp import with_policy
from explainer.assets.site_audit import page_problems, site_problems
from explainer.assets.site_scripts import site_script_mark

PAGE = ('<!doctype html><html><head><meta charset="utf-8"><script {}>a()</script></head>'
        '<body><article class="md-content__inner">x</article></body></html>').format(site_script_mark("no-js"))


def secured() -> str:
    result = with_policy(PAGE)
    assert result.problems == []
    return result.html


def test_a_page_the_build_secured_passes():
    assert page_problems(secured()) == []


def test_what_a_change_after_the_build_would_bring_is_found():
    page = secured()
    assert page_problems(PAGE) == ["0 Content-Security-Policy tags, not one"]
    assert page_problems(page.replace("x</article>", "<script>b()</script></article>")) == [
        "the policy's script hashes are not those of the page's inline scripts"]
    assert page_problems(page.replace("x</article>", '<img src=x onerror="b()"></article>'))[0].startswith(
        "an inline event handler (img onerror=)")
    assert page_problems(page.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))[0].startswith(
        "a weakened policy")


def test_a_site_is_audited_page_by_page(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text(secured(), encoding="utf-8")
    (tmp_path / "en" / "index.html").write_text(PAGE, encoding="utf-8")
    assert site_problems(tmp_path) == ["en/index.html: 0 Content-Security-Policy tags, not one"]
    assert site_problems(tmp_path / "en" / "none") == [f"{tmp_path / 'en' / 'none'}: no HTML pages"]


def test_an_svg_with_a_script_is_found(tmp_path):
    (tmp_path / "index.html").write_text(secured(), encoding="utf-8")
    (tmp_path / "chart.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="a()"/>', encoding="utf-8")
    assert site_problems(tmp_path) == ["chart.svg: an inline event handler (svg onload=) <svg> in a standalone SVG"]
