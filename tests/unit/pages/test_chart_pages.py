"""A chart's page and embed (explainer/pages/chart_pages.py): addresses, its section, its Markdown, the
<iframe> snippet and height."""

from __future__ import annotations

from explainer.pages.chart_pages import (chart_home, chart_markdown, chart_page_id, chart_url, embed_height,
                                         embed_markdown, embed_page_id, embed_url, iframe_snippet, index_markdown,
                                         markdown_text)
from explainer.text.interface_words import words

PAGE = """---
title: 数说五年
description: x
---

# 数说五年 {#numbers}

## 平安态势 {#safety-trends}

<!-- md:chart five-year-changes -->

<!-- md:figure homicides-change -->

<!-- md:figure traffic-deaths-change -->
"""
HOME = """---
title: 首页
description: x
---

## 概览 {#overview}

<!-- md:chart five-year-changes -->
"""


def write_docs(tmp_path):
    (tmp_path / "numbers.zh.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "index.zh.md").write_text(HOME, encoding="utf-8")
    (tmp_path / "numbers.en.md").write_text(PAGE.replace("数说五年", "Five years").replace("平安态势", "Safety [trends]"),
                                           encoding="utf-8")
    return tmp_path


def test_addresses_are_per_edition_and_recognised():
    assert chart_url("five-year-changes", "zh") == "charts/five-year-changes/"
    assert chart_url("five-year-changes", "en") == "en/charts/five-year-changes/"
    assert embed_url("five-year-changes", "zh-hant") == "zh-hant/charts/five-year-changes/embed/"
    assert chart_page_id("charts/five-year-changes.md") == "five-year-changes"
    assert chart_page_id("charts/five-year-changes/embed.md") is None
    assert embed_page_id("charts/five-year-changes/embed.md") == "five-year-changes"
    assert chart_page_id("numbers.zh.md") is None
    assert chart_page_id("charts/index.md") is None  # the list of charts


def test_a_chart_belongs_to_the_section_that_shows_it_beside_its_figures(dataset, tmp_path):
    docs = write_docs(tmp_path)
    home = chart_home(docs, dataset.charts["five-year-changes"], "zh")
    assert (home.page, home.page_title, home.section_id, home.section_title) == \
        ("numbers.md", "数说五年", "safety-trends", "平安态势")
    hant = chart_home(docs, dataset.charts["five-year-changes"], "zh-hant")
    assert (hant.page_title, hant.section_title) == ("數說五年", "平安態勢")
    assert chart_home(docs, dataset.charts["business-reforms"], "zh") is None


def test_the_chart_page_holds_markers_only_and_links_its_section(dataset, tmp_path):
    docs = write_docs(tmp_path)
    chart = dataset.charts["five-year-changes"]
    markdown = chart_markdown(chart, "en", chart_home(docs, chart, "en"), words("en"), "<div>EMBED</div>")
    assert "chart: five-year-changes" in markdown and "exclude: true" in markdown
    assert "[Five years › Safety \\[trends\\]](../numbers.md#safety-trends)" in markdown
    assert markdown.index("<!-- md:chart five-year-changes -->") < markdown.index("<div>EMBED</div>")
    assert [f"<!-- md:figure {m} -->" in markdown for m in chart.metric_ids] == [True] * len(chart.metric_ids)


def test_the_embed_uses_the_bare_template_and_is_out_of_search(dataset):
    markdown = embed_markdown(dataset.charts["business-reforms"], "zh", words("zh"), "<p>SOURCE</p>")
    assert "template: partials/explainer/embed.html" in markdown and "exclude: true" in markdown
    assert markdown.rstrip().endswith("<p>SOURCE</p>")


def test_the_snippet_is_escaped_and_its_height_grows_with_the_caption():
    snippet = iframe_snippet("https://x.test/charts/a/embed/", 'A "b" <c>', 300)
    assert snippet == ('<iframe src="https://x.test/charts/a/embed/" title="A &quot;b&quot; &lt;c&gt;" width="100%" '
                       'height="300" loading="lazy" style="border:0"></iframe>')
    short, long = embed_height(200, "短标题", "来源"), embed_height(200, "很长的标题" * 8, "来源")
    assert 200 < short < long
    assert embed_height(300, "短标题", "来源") - short == 100


def test_markdown_text_escapes_what_starts_markup():
    assert markdown_text("a [b] *c* <d>") == "a \\[b\\] \\*c\\* \\<d\\>"


def test_the_list_of_charts_links_each_page_with_its_section(dataset, tmp_path):
    docs = write_docs(tmp_path)
    charts = [dataset.charts["five-year-changes"], dataset.charts["business-reforms"]]
    homes = {chart.id: chart_home(docs, chart, "zh") for chart in charts}
    markdown = index_markdown(charts, homes, "zh", words("zh"))
    assert "title: 图表" in markdown and "exclude: true" in markdown
    lines = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert lines == [f"- [{charts[0].title['zh']}](five-year-changes.md) — 数说五年 › 平安态势",
                     f"- [{charts[1].title['zh']}](business-reforms.md)"]
