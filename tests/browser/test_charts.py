"""Charts: a static drawing at once, Plotly on demand, in the page's language, following dark mode;
no Plotly bytes on pages without a chart."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGS, page_paths

HAN = re.compile(r"[\u4e00-\u9fff]")


def chart_pages(site) -> list[tuple[str, str]]:
    return [(path, lang) for path in page_paths() for lang in LANGS
            if 'class="ex-chart ' in site.html(path, lang)]


def plain_pages(site) -> list[tuple[str, str]]:
    return [(path, lang) for path in page_paths() for lang in LANGS
            if 'class="ex-chart ' not in site.html(path, lang)]


def test_the_site_has_charts_and_pages_without(site):
    assert len(chart_pages(site)) >= 4
    assert plain_pages(site)


def test_each_chart_draws_with_plotly_in_the_page_language(new_page, site):
    for path, lang in chart_pages(site):
        page, watch = new_page(width=1000)
        page.goto(site.page_url(path, lang), wait_until="networkidle")
        figures = page.locator(".ex-chart")
        assert figures.count() >= 1
        for i in range(figures.count()):
            figure = figures.nth(i)
            figure.scroll_into_view_if_needed()
            assert figure.locator(".ex-bar, .ex-rank").count() >= 2, "the static drawing is missing"
            figure.locator(".ex-chart__canvas").hover()
            page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)
            labels = " ".join(figure.locator(".ex-chart__canvas svg text").all_text_contents())
            assert labels.strip(), f"{path} ({lang}): Plotly drew no text"
            if lang == "zh":
                assert HAN.search(labels), f"{path}: no Chinese labels in {labels!r}"
            else:
                assert not HAN.search(labels), f"en/{path}: Chinese in English chart labels {labels!r}"
        assert watch.problems() == []
        if lang == "zh":
            assert any("plotly-locale-zh-cn.js" in url for url in watch.requested)


def test_charts_follow_the_dark_mode_toggle(new_page, site):
    path, lang = chart_pages(site)[0]
    page, watch = new_page(width=1000, scheme="light")
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    figure = page.locator(".ex-chart").first
    figure.locator(".ex-chart__canvas").hover()
    page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)
    colour = "f => getComputedStyle(f.querySelector('.ex-chart__canvas svg .point path, .ex-chart__canvas svg .scatterlayer path.point')).fill"
    before = page.evaluate(colour, figure.element_handle())
    text_before = page.evaluate("f => getComputedStyle(f.querySelector('.ex-chart__canvas svg .xtick text')).fill", figure.element_handle())
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    page.wait_for_timeout(300)
    after = page.evaluate(colour, figure.element_handle())
    text_after = page.evaluate("f => getComputedStyle(f.querySelector('.ex-chart__canvas svg .xtick text')).fill", figure.element_handle())
    assert before != after, "bars kept their light-mode colour"
    assert text_before != text_after, "axis text kept its light-mode colour"
    assert watch.problems() == []


def test_no_plotly_on_pages_without_a_chart(new_page, site):
    for path, lang in plain_pages(site):
        page, watch = new_page()
        page.goto(site.page_url(path, lang), wait_until="networkidle")
        assert not [url for url in watch.requested if "plotly" in url], f"{lang}:/{path} fetched Plotly"


def test_plotly_waits_until_the_reader_reaches_for_a_chart(new_page, site):
    path, lang = chart_pages(site)[0]
    page, watch = new_page()
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    assert not [url for url in watch.requested if "plotly" in url]
    page.locator(".ex-chart__interactive").first.click()
    page.wait_for_function("document.querySelector('.ex-chart[data-drawn=plotly]') !== null", timeout=15000)


def test_charts_fit_a_phone_before_and_after_upgrading(new_page, site):
    path, lang = chart_pages(site)[0]
    page, watch = new_page(width=375, height=740)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    figure = page.locator(".ex-chart").first
    box_before = figure.locator(".ex-chart__canvas").bounding_box()
    figure.locator(".ex-chart__interactive").click()
    page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)
    box_after = figure.locator(".ex-chart__canvas").bounding_box()
    assert abs(box_after["height"] - box_before["height"]) < 2, "the chart changed height when it upgraded"
    assert box_after["x"] + box_after["width"] <= 375
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


def test_without_javascript_the_chart_and_its_table_remain(new_page, site):
    path, lang = chart_pages(site)[0]
    page, watch = new_page(java_script_enabled=False)
    page.goto(site.page_url(path, lang))
    figure = page.locator(".ex-chart").first
    assert figure.locator(".ex-bar, .ex-rank").first.is_visible()
    figure.locator("summary").click()
    assert figure.locator("table tbody tr").count() >= 2
    assert figure.locator("table").is_visible()
    assert not figure.locator(".ex-chart__interactive").is_visible(), "a button that needs a script"


def test_without_javascript_no_dead_buttons_are_shown(new_page, site):
    page, watch = new_page(java_script_enabled=False)
    page.goto(site.page_url("numbers/", "zh"))
    assert page.locator(".ex-figure").count() > 0
    assert page.locator(".ex-copy:visible, .ex-chart__interactive:visible").count() == 0


def test_script_buttons_are_there_from_the_first_paint(new_page, site):
    """They are shown by a class the head sets, not by the deferred scripts, so nothing shifts when
    those run: here the scripts never arrive, and the buttons are laid out all the same."""
    page, watch = new_page(width=375)  # a phone, where the header shows a search button
    page.route("**/site.js", lambda route: route.abort())
    page.route("**/bundle.*.min.js", lambda route: route.abort())
    page.goto(site.page_url("numbers/", "zh"))
    assert page.locator(".ex-chart__interactive").first.is_visible()
    assert page.locator(".ex-copy").first.is_visible()
    assert page.locator("label.md-header__button[for=__search]").is_visible()
