"""Pages lose the indentation between tags and their inline scripts' comments; what shows stays."""

from __future__ import annotations

from explainer.assets.compact_html import compact_html


def test_indentation_after_a_line_break_goes_and_the_line_break_stays():
    html = '<nav>\n    <ul>\n      <li><a href="/">Home</a></li>   \n\n      <li>Two words\n        joined</li>\n    </ul>\n</nav>'
    assert compact_html(html) == '<nav>\n<ul>\n<li><a href="/">Home</a></li>\n<li>Two words\njoined</li>\n</ul>\n</nav>'


def test_spaces_within_a_line_stay():
    html = '<p>A  <b>bold</b> <i>word</i></p>'
    assert compact_html(html) == html


def test_elements_that_keep_white_space_are_untouched():
    for html in ('<pre><code>def f():\n    return 1\n</code></pre>', '<textarea>\n  a\n</textarea>',
                 '<p><code>a\n   b</code></p>', '<style>\n  a { b: c; }\n</style>',
                 '<script type="application/json">{\n  "a": "/* not a comment */"\n}</script>'):
        assert compact_html("<div>\n  " + html + "\n  </div>") == "<div>\n" + html + "\n</div>"


def test_inline_scripts_are_compacted_and_still_say_the_same():
    html = '<script>\n(function () {\n  "use strict";\n  /* why */\n  var a = "x  y"; // note\n  go(a);\n})();\n</script>'
    assert compact_html(html) == '<script>(function(){"use strict";var a="x  y";go(a);})();</script>'


def test_compacting_twice_changes_nothing():
    html = '<div>\n    <p>a</p>\n</div>\n<script>\n  var a = 1;\n</script>'
    assert compact_html(compact_html(html)) == compact_html(html)
