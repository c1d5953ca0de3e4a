"""What in a page can run script, found by parsing it as a browser would, each named with where it is."""

from __future__ import annotations

import pytest

from explainer.assets.page_scripts import page_scripts, script_scheme

ARTICLE = '<body><nav class="md-nav"></nav><article class="md-content__inner md-typeset">{}</article></body>'


@pytest.mark.parametrize("markup, problem", [
    ("<img src=x onerror=alert(1)>", "an inline event handler (img onerror=)"),
    ('<img/src="x"/onerror=alert(1)>', "an inline event handler (img onerror=)"),
    ("<svg onload=alert(1)></svg>", "an inline event handler (svg onload=)"),
    ("<IMG SRC=x ONERROR=1>", "an inline event handler (img onerror=)"),
    ('<a href="javascript:alert(1)">x</a>', "a javascript: URL (a href=)"),
    ('<a href="java\tscript:alert(1)">x</a>', "a javascript: URL (a href=)"),
    ('<a href="java&#x0A;script:alert(1)">x</a>', "a javascript: URL (a href=)"),
    ('<a href="&#x6a;avascript:alert(1)">x</a>', "a javascript: URL (a href=)"),
    ('<a href="\x01 JavaScript:alert(1)">x</a>', "a javascript: URL (a href=)"),
    ('<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "a javascript: URL (a xlink:href=)"),
    ("<form><button formaction=javascript:alert(1)>x</button></form>", "a javascript: URL (button formaction=)"),
    ('<form action="vbscript:x"></form>', "a vbscript: URL (form action=)"),
    ('<iframe src="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', "a data: URL (iframe src=)"),
    ('<img srcset="a.png 1x, data:image/svg+xml,x 2x">', "a data: URL (img srcset=)"),
    ('<object data="data:text/html,x"></object>', "a data: URL (object data=)"),
    ('<meta http-equiv="refresh" content="0;url=https://example.com/">', "a <meta http-equiv='refresh'>"),
    ('<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>',
     "an SVG <set> of a link's href"),
    ('<meta http-equiv="Content-Security-Policy" content="script-src *">', "a <meta http-equiv='Content-Security-"),
    ('<img src="https://example.com/x.png">', "a resource from another host (img src=)"),
    ('<img src="//example.com/x.png">', "a resource from another host (img src=)"),
    ('<img src="/\\example.com/x.png">', "a resource from another host (img src=)"),
    ('<img srcset="a.png 1x, https://example.com/b.png 2x">', "a resource from another host (img srcset=)"),
    ('<iframe src="https://example.com/"></iframe>', "a resource from another host (iframe src=)"),
    ('<video poster="http://example.com/p.jpg"></video>', "a resource from another host (video poster=)"),
    ('<link rel="stylesheet" href="https://example.com/x.css">', "a resource from another host (link href=)"),
    ('<svg><use href="https://example.com/s.svg#a"></use></svg>', "a resource from another host (use href=)"),
    ('<p style="background:URL( https://example.com/x )">x</p>', "a style attribute that loads a resource (p style=)"),
    ('<p style="background:u\\72l(//example.com/x)">x</p>', "a style attribute that loads a resource (p style=)"),
    ("<style>body{background:url(//example.com/x)}</style>", "a <style> element <style> in <article"),
    ('<iframe srcdoc="<script>alert(1)</script>"></iframe>', "an inline script <script>, inside the srcdoc of <iframe>"),
    ('<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>', "an inline event handler (img onerror=) <img>, inside the srcdoc"),
])
def test_each_way_to_run_script_is_found_and_placed(markup, problem):
    problems = page_scripts(ARTICLE.format(markup)).problems
    assert len(problems) == 1, problems
    assert problems[0].startswith(problem), problems[0]
    assert "<article.md-content__inner> (the page's Markdown or data)" in problems[0]


@pytest.mark.parametrize("markup", [
    '<p title="&lt;img src=x onerror=alert(1)&gt;">text about onclick=x and javascript:x</p>',
    '<a href="https://example.com/javascript:x">x</a>', '<a href="#data:x">x</a>', '<a href="./data:x">x</a>',
    '<script type="application/json">{"a": "<img onerror=x>"}</script>', "<script type=text/plain>x</script>",
    '<a href="mailto:x@example.com" data-onclick="x">x</a>',
    '<a href="https://example.com/">a link loads nothing</a>', '<link rel="canonical" href="https://example.com/">',
    '<img src="../assets/x.png" srcset="x.png 1x, y.png 2x">', '<iframe src="about:blank"></iframe>',
])
def test_text_that_only_looks_like_script_is_not_reported(markup):
    found = page_scripts(ARTICLE.format(markup))
    assert found.problems == [] and found.scripts == []


def test_the_policy_in_the_head_is_the_pages_own():
    assert page_scripts('<head><meta http-equiv="Content-Security-Policy" content="x"></head>').problems == []


def test_a_self_closed_script_runs_on_as_in_a_browser():
    assert [s.text for s in page_scripts("<p><script/>alert(1)</script></p>").scripts] == ["alert(1)"]


def test_a_script_file_loaded_by_the_content_is_refused_and_the_sites_own_are_not():
    assert page_scripts('<head><script src="assets/site.js" defer></script></head>').problems == []
    [problem] = page_scripts(ARTICLE.format('<script src="../assets/x.js"></script>')).problems
    assert problem.startswith("a script file loaded by the page's content <script> in <article")


def test_scripts_are_found_with_their_text_mark_and_place():
    found = page_scripts('<head><script data-site-script="no-js t">a()</script></head>'
                         + ARTICLE.format('<script>b()</script><script type=" Module ">c()</script>'
                                          '<script src="x.js"></script>')
                         + '<nav class="md-nav"><small><script>d()</script></small></nav>')
    assert [(s.text, s.mark) for s in found.scripts] == [("a()", "no-js t"), ("b()", None), ("c()", None), ("d()", None)]
    assert found.scripts[0].where.startswith("<script> in <head>")
    assert found.scripts[3].where == "<script> in <nav.md-nav> (titles; front matter subtitle, status)"


def test_schemes_as_the_browser_reads_them():
    assert script_scheme(" \tjava\nscript:x") == "javascript"
    assert script_scheme("DATA:x") == "data"
    assert script_scheme("https://x/") is None and script_scheme("x.html#javascript:") is None


@pytest.mark.parametrize("markup", ["<!--><script>a()</script><!-- -->", "<!---><script>a()</script><!-- -->",
                                    "<!-- x --!><script>a()</script><!-- -->", "<!-- x --><script>a()</script>"])
def test_comments_end_where_a_browser_ends_them(markup):
    assert [s.text for s in page_scripts(markup).scripts] == ["a()"]


def test_a_script_inside_a_comment_is_not_one():
    assert page_scripts("<!-- <script>a()</script> -->").scripts == []


@pytest.mark.parametrize("markup", ["<![CDATA[ x > <script>a()</script> ]]>", "<![foo[ x ]]>"])
def test_a_marked_section_is_refused_and_read_as_a_browser_does(markup):
    found = page_scripts(ARTICLE.format(markup))
    assert found.problems[0].startswith("a <![…[ section (read one way in HTML, another in SVG) <![> in <article")
    assert [s.text for s in found.scripts] == (["a()"] if "script" in markup else [])
