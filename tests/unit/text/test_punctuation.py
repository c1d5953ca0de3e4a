"""Chinese punctuation (explainer/text/punctuation.py): the rule, case by case, worked out by hand."""

from __future__ import annotations

import pytest

from explainer.editions import localized
from explainer.text.punctuation import fullwidth, fullwidth_html, punctuation

CASES = [
    # Beside Han: full-width.
    ("杭州城区人口突破千万,正式迈入", "杭州城区人口突破千万，正式迈入"),
    ("是如何发挥法治作用的?", "是如何发挥法治作用的？"),
    ("本站的数字分为两类:", "本站的数字分为两类："),
    ("访谈原文数据;推算数据", "访谈原文数据；推算数据"),
    ("主动预警!", "主动预警！"),
    ("五年来(截至2025年9月)", "五年来（截至2025年9月）"),
    ("马小秋:**平安", "马小秋：**平安"),
    ("“数说五年”,以及", "“数说五年”，以及"),  # “ ” are Chinese marks in Chinese text
    ("下降29.08%,实现", "下降29.08%，实现"),  # after a number, before Han
    ("第一问:超大城市基层治理", "第一问：超大城市基层治理"),
    # A mark beside a converted mark is beside Chinese; marks in a row.
    ("万),亿", "万），亿"),
    ("真的吗?!", "真的吗？！"),
    # Parentheses as a pair.
    ("人民币(CNY)表示", "人民币（CNY）表示"),
    ("Ctrl+C(Mac 上按 ⌘C)复制", "Ctrl+C（Mac 上按 ⌘C）复制"),
    ("JSON(全部字段)", "JSON（全部字段）"),
    ("万 = 10,000(一万),亿 = 100,000,000(一亿);", "万 = 10,000（一万），亿 = 100,000,000（一亿）；"),
    ("乡镇(街道)、村(社区)", "乡镇（街道）、村（社区）"),
    ("中国(浙江(杭州))自贸区", "中国（浙江（杭州））自贸区"),
    # Latin spacing beside a converted mark goes; spacing elsewhere stays.
    ("来源: 某报", "来源：某报"),
    ("中文 , 中文", "中文 , 中文"),  # spaced on both sides: beside no Han, as written
    ("见 (CNY) 一节", "见 (CNY) 一节"),  # not beside Han: as written
    # Numbers.
    ("1,400起", "1,400起"),
    ("3.5万", "3.5万"),
    ("10:30开会", "10:30开会"),
    ("共1,400,000人", "共1,400,000人"),
    # English words and phrases.
    ("Ma Xiaoqiu, Deputy Secretary", "Ma Xiaoqiu, Deputy Secretary"),
    ("英文 (a, b) 中文", "英文 (a, b) 中文"),
    ("译作“more than”,名次", "译作“more than”，名次"),
    # URLs.
    ("访问https://a.cn/x?y=1,然后", "访问https://a.cn/x?y=1，然后"),
    ("见https://a.cn/a,b(c)中", "见https://a.cn/a,b(c)中"),
    ("网址www.gov.cn,请", "网址www.gov.cn，请"),
    # Code spans and blocks.
    ("用 `a,b(中)`,然后", "用 `a,b(中)`，然后"),
    ("```\n中,文\n```\n中,文", "```\n中,文\n```\n中，文"),
    # Markdown syntax.
    ("见[第四问](interview/resilient-city.md),其余", "见[第四问](interview/resilient-city.md)，其余"),
    ("[第一问:超大城市](a.md \"标题:x\")", "[第一问：超大城市](a.md \"标题:x\")"),
    ("段落。\n{#q2-p3}", "段落。\n{#q2-p3}"),
    ("{: #中,文 }", "{: #中,文 }"),
    ("中英对照:{title}", "中英对照：{title}"),
    ("title: 关于本站", "title: 关于本站"),  # front matter keys: a Latin word before the colon
    ("description: 本站的来源:访谈", "description: 本站的来源：访谈"),
    ("<!-- md:value 中,文 -->,其余", "<!-- md:value 中,文 -->，其余"),
    ("<a href=\"中,文\" title=\"中:文\">链接</a>,其余", "<a href=\"中,文\" title=\"中:文\">链接</a>，其余"),
    ("&amp;中", "&amp;中"),  # an entity's ; is not a mark
    ("&#27721;;中", "&#27721;；中"),  # …but one after it is, beside the Han it stands for
    # Already right, or nothing to do.
    ("杭州城区人口突破千万，正式迈入", "杭州城区人口突破千万，正式迈入"),
    ("", ""),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rule(text, expected):
    assert fullwidth(text) == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_idempotent(text, expected):
    assert fullwidth(fullwidth(text)) == fullwidth(text)


HTML_CASES = [
    # Text across inline elements is one text; a block ends it.
    ("<p>来源: <a href=\"x?a=1,b\">人民日报</a>,完成</p>", "<p>来源：<a href=\"x?a=1,b\">人民日报</a>，完成</p>"),
    ("<p><strong>访谈原文数据</strong>:访谈</p>", "<p><strong>访谈原文数据</strong>：访谈</p>"),
    ("<p>(见<a href=\"a\">第四问</a>)。</p>", "<p>（见<a href=\"a\">第四问</a>）。</p>"),
    ("<p>中文</p>(<p>x)</p>", "<p>中文</p>(<p>x)</p>"),
    # Code, scripts, styles, comments and attributes are not text.
    ("<p>用<code>a,b(中)</code>,然后</p>", "<p>用<code>a,b(中)</code>，然后</p>"),
    ("<pre><code>中,文</code></pre>", "<pre><code>中,文</code></pre>"),
    ("<script>var a = \"中,文\";</script><p>中,文</p>", "<script>var a = \"中,文\";</script><p>中，文</p>"),
    ("<style>p::after{content:\"中,\"}</style>", "<style>p::after{content:\"中,\"}</style>"),
    ("<abbr title=\"中,文\">术语</abbr>,其余", "<abbr title=\"中,文\">术语</abbr>，其余"),
    ("<!-- 中,文 -->", "<!-- 中,文 -->"),
    ("<p>a &gt; b,中</p>", "<p>a &gt; b，中</p>"),
    # Language per element: English text in a Chinese page is left alone, and the other way round.
    ("<p>中文<span lang=\"en\">Hello, 中, world</span>中文</p>", "<p>中文<span lang=\"en\">Hello, 中, world</span>中文</p>"),
    ("<div lang=\"en\"><p>Term 平安, and <span lang=\"zh-Hans\">平安,法治</span></p></div>",
     "<div lang=\"en\"><p>Term 平安, and <span lang=\"zh-Hans\">平安，法治</span></p></div>"),
    ("<p lang=\"zh-Hant\">平安,法治</p>", "<p lang=\"zh-Hant\">平安，法治</p>"),
]


@pytest.mark.parametrize("fragment, expected", HTML_CASES)
def test_rule_in_html_of_a_chinese_page(fragment, expected):
    assert fullwidth_html(fragment, "zh-Hans") == expected
    assert fullwidth_html(expected, "zh-Hans") == expected


def test_an_english_page_changes_only_its_chinese_elements():
    page = '<p>Safe Hangzhou, “平安杭州”, see (平安)</p><p lang="zh-Hans">平安,法治(杭州)</p>'
    assert fullwidth_html(page, "en") == '<p>Safe Hangzhou, “平安杭州”, see (平安)</p><p lang="zh-Hans">平安，法治（杭州）</p>'
    assert fullwidth_html(page, "zh-Hant").startswith("<p>Safe Hangzhou, “平安杭州”，see（平安）</p>")


def test_punctuation_is_chosen_by_language():
    assert punctuation("zh-Hans")("中,文") == punctuation("zh-Hant")("中,文") == punctuation("zh")("中,文") == "中，文"
    assert punctuation("en")("中,文") == "中,文"


def test_language_tables_hold_chinese_text_with_full_width_marks():
    """Interface words, data and every table keyed by language (editions.localized): the Chinese
    entries punctuated, the English ones as written, the generated edition converted from the first."""
    table = localized({"zh": {"title": "第一问:超大城市", "kinds": ("推算(本站)",)},
                       "en": {"title": "Question 1: a megacity", "kinds": ("derived (by the site)",)}})
    assert table["zh"] == {"title": "第一问：超大城市", "kinds": ("推算（本站）",)}
    assert table["en"] == {"title": "Question 1: a megacity", "kinds": ("derived (by the site)",)}
    assert table["zh-hant"] == {"title": "第一問：超大城市", "kinds": ("推算（本站）",)}
