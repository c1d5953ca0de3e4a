"""The Content-Security-Policy written into each page: the hashes of the site's own (marked) inline scripts,
computed from the final HTML; anything else that would run stops the build; the policy's directives."""

from __future__ import annotations

import base64
import hashlib

from explainer.assets.csp import REFERRER, policy, script_hash, with_policy
from explainer.assets.page_scripts import page_scripts
from explainer.assets.site_scripts import ATTRIBUTE, site_script_mark

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<script MARK_NOJS>document.documentElement.classList.replace("no-js", "js")</script>
<script id="__config" type="application/json">{"base": "."}</script>
<script src="assets/site.js" defer></script>
</head>
<body>
<p>Text with &lt;script&gt; written as text, and onclick=this</p>
<script MARK_PALETTE TYPE="text/javascript">var a = "é";
</script>
<script type="module" MARK_BUNDLE>import "./x.js"</script>
</body>
</html>""".replace("MARK_NOJS", site_script_mark("no-js")).replace("MARK_PALETTE", site_script_mark("palette")) \
    .replace("MARK_BUNDLE", site_script_mark("load-bundle"))


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_scripts_a_browser_runs_and_no_others():
    assert [s.text for s in page_scripts(PAGE).scripts] == ['document.documentElement.classList.replace("no-js", "js")',
                                            'var a = "é";\n', 'import "./x.js"']


def test_a_hash_is_of_the_utf8_text_with_line_breaks_as_the_parser_leaves_them():
    assert script_hash('var a = "é";\n') == sha('var a = "é";\n')
    assert script_hash("a\r\nb\rc") == sha("a\nb\nc")
    # The hash the CSP specification gives for alert('Hello, world.');
    assert script_hash("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


def test_the_policy_lists_each_script_once_and_allows_nothing_inline_or_evaluated():
    text = policy([sha("a"), sha("b"), sha("a")])
    directives = dict(d.split(" ", 1) for d in text.split("; "))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == " ".join(["'self'", *sorted([sha("a"), sha("b")])])
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert directives["form-action"] == "'self'"
    assert directives["img-src"] == "'self' data: blob:"
    # fonts, fetches and the worker fall back to default-src (the worker through script-src): nothing wider
    assert not {"font-src", "connect-src", "worker-src", "child-src"} & set(directives)
    # plotly.js's empty <style>, filled through the CSSOM: allowed by the empty text's hash, nothing else inline
    assert directives["style-src-elem"] == "'self' " + script_hash("")
    assert directives["style-src"] == "'self' 'unsafe-inline'" and "style-src-attr" not in directives  # attributes
    assert "unsafe-eval" not in text
    assert "unsafe-inline" not in directives["script-src"]
    assert "http" not in text  # no other host


def test_the_meta_comes_right_after_the_charset_and_hashes_the_final_page():
    result = with_policy(PAGE)
    assert result.problems == []
    secured = result.html
    head = secured.split("<meta charset=\"utf-8\">", 1)[1]
    assert head.startswith('\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' ')
    assert f'\n<meta name="referrer" content="{REFERRER}">\n<meta name="viewport"' in head
    for script in page_scripts(PAGE).scripts:
        assert sha(script.text) in secured
    assert ATTRIBUTE not in secured  # the marks are not published
    assert secured.count(sha('import "./x.js"')) == 1


def test_securing_twice_changes_nothing_and_a_changed_script_changes_its_hash():
    first = with_policy(PAGE)
    once = first.html
    assert with_policy(once, first.hashes).html == once  # a page secured again keeps its approved scripts
    changed = with_policy(PAGE.replace('var a = "é"', 'var a = "e"')).html
    assert sha('var a = "é";\n') not in changed and sha('var a = "e";\n') in changed
    assert changed.count("Content-Security-Policy") == 1


def test_markup_the_policy_would_block_is_reported():
    page = PAGE.replace("<p>Text", '<p onclick="go()">Text').replace('src="assets/site.js"', 'src="javascript:go()"')
    assert [p.split(" <")[0] for p in sorted(with_policy(page).problems)] == [
        "a javascript: URL (script src=)", "an inline event handler (p onclick=)"]


def test_handlers_written_as_text_inside_an_attribute_are_not_markup():
    page = PAGE.replace('content="width=device-width"', 'content="&lt;img src=x onerror=alert(1)&gt; a > b"')
    assert with_policy(page).problems == []


def test_a_page_without_a_head_is_left_alone():
    result = with_policy("<p>fragment</p>")
    assert (result.html, result.problems) == ("<p>fragment</p>", [])


def test_a_script_without_this_builds_mark_stops_the_build_and_is_not_hashed():
    forged = ATTRIBUTE + '="no-js 0123456789abcdef0123456789abcdef"'
    for script in ("<script>alert(1)</script>", f"<script {forged}>alert(1)</script>",
                   f"<script {ATTRIBUTE}=\"no-such {site_script_mark('no-js').split(' ')[-1]}>alert(1)</script>"):
        page = PAGE.replace("<body>", '<body><article class="md-content__inner">' + script + "</article>")
        result = with_policy(page)
        assert len(result.problems) == 1, script
        assert result.problems[0].startswith("an inline script <script> in <article.md-content__inner> (the page's Markdown")
        assert "hooks/explainer/assets/site_scripts.py" in result.problems[0]
        assert sha("alert(1)") not in result.html


def test_an_approved_hash_does_not_allow_a_marked_copy_from_another_build():
    approved = {sha("alert(1)")}
    page = PAGE.replace("<body>", f'<body><script {ATTRIBUTE}="no-js forged">alert(1)</script>')
    assert len(with_policy(page, approved).problems) == 1
