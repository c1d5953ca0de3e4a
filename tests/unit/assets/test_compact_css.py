"""The site's own styles lose their comments and layout whitespace, and nothing else."""

from __future__ import annotations

import re

from explainer.assets.compact_css import compact_css
from explainer.assets.stylesheet import OWN


def test_comments_and_layout_whitespace_go():
    css = """/* why */
.a, .b {
  color: red;   /* inline */
  grid-template-columns: minmax(0, 1fr)
    minmax(0, 1fr);
}
@media print { .c { content: " <" attr(x) ">"; } }
"""
    assert compact_css(css) == ('.a, .b{color: red;grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);}'
                                '@media print{.c{content: " <" attr(x) ">";}}')


def test_the_real_stylesheets_keep_comment_and_block_characters_out_of_strings(root):
    for name in OWN:
        css = (root / "docs" / name).read_text(encoding="utf-8")
        for string in re.findall(r'"[^"\n]*"|\'[^\'\n]*\'', re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
            assert not re.search(r"/\*|[{};]", string), string
        assert compact_css(css).count("{") == compact_css(css).count("}")
