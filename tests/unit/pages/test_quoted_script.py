"""The interview's words inside English text, as an edition shows them (explainer/pages/quoted_script.py)."""

from explainer.pages.quoted_script import quotes_in_edition


def test_a_quotation_in_english_is_converted_and_tagged_in_the_traditional_edition():
    html = ('<p>“governance at the source” <span lang="zh-Hans">源头治理</span>, see '
            '<abbr title="Shorthand (黄赌毒) for offences">vice</abbr> and '
            '<span lang="zh-Hans">《中国<em>法治</em>政府评估报告》</span> ok 电诈</p>')
    assert quotes_in_edition(html, "zh-hant") == (
        '<p>“governance at the source” <span lang="zh-Hant">源頭治理</span>, see '
        '<abbr title="Shorthand (黃賭毒) for offences">vice</abbr> and '
        '<span lang="zh-Hant">《中國<em>法治</em>政府評估報告》</span> ok 电诈</p>')


def test_nothing_changes_where_the_edition_shows_the_interview_as_written():
    html = '<p>x <span lang="zh-Hans">源头治理</span> <abbr title="(黄赌毒)">y</abbr></p>'
    assert quotes_in_edition(html, "zh") == html
    assert quotes_in_edition(html, "en") == html


def test_nested_elements_of_the_same_name_stay_inside_the_quotation():
    html = '<span lang="zh-Hans">电<span class="x">信</span>诈骗</span> 网络'
    assert quotes_in_edition(html, "zh-hant") == '<span lang="zh-Hant">電<span class="x">信</span>詐騙</span> 网络'
