"""The Content-Security-Policy written into each page: hashes of exactly the scripts the browser runs,
computed from the final HTML, and the policy's directives."""

from __future__ import annotations

import base64
import hashlib

from explainer.assets.csp import REFERRER, inline_scripts, policy, script_hash, with_policy

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<script>document.documentElement.classList.replace("no-js", "js")</script>
<script id="__config" type="application/json">{"base": "."}</script>
<script src="assets/site.js" defer></script>
</head>
<body>
<p>Text with &lt;script&gt; written as text, and onclick=this</p>
<script TYPE="text/javascript">var a = "é";
</script>
<script type="module">import "./x.js"</script>
</body>
</html>"""


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_scripts_a_browser_runs_and_no_others():
    assert inline_scripts(PAGE).scripts == ['document.documentElement.classList.replace("no-js", "js")',
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
    secured, blocked = with_policy(PAGE)
    assert blocked == []
    head = secured.split("<meta charset=\"utf-8\">", 1)[1]
    assert head.startswith('\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' ')
    assert f'\n<meta name="referrer" content="{REFERRER}">\n<meta name="viewport"' in head
    for script in inline_scripts(PAGE).scripts:
        assert sha(script) in secured
    assert secured.count(sha('import "./x.js"')) == 1


def test_securing_twice_changes_nothing_and_a_changed_script_changes_its_hash():
    once, _ = with_policy(PAGE)
    assert with_policy(once)[0] == once
    changed, _ = with_policy(once.replace('var a = "é"', 'var a = "e"'))
    assert sha('var a = "é";\n') not in changed and sha('var a = "e";\n') in changed
    assert changed.count("Content-Security-Policy") == 1


def test_markup_the_policy_would_block_is_reported():
    page = PAGE.replace("<p>Text", '<p onclick="go()">Text').replace('src="assets/site.js"', 'src="javascript:go()"')
    _, blocked = with_policy(page)
    assert sorted(blocked) == ["a javascript: URL (script src=)", "an inline event handler (p onclick=)"]


def test_handlers_written_as_text_inside_an_attribute_are_not_markup():
    page = PAGE.replace('content="width=device-width"', 'content="&lt;img src=x onerror=alert(1)&gt; a > b"')
    assert with_policy(page)[1] == []


def test_a_page_without_a_head_is_left_alone():
    assert with_policy("<p>fragment</p>") == ("<p>fragment</p>", [])
