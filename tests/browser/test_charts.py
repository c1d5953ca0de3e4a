"""Charts tell the truth in every view. Measured in Chromium against data/metrics.json itself:

- each bar's drawn length against its value (any two bars: length ratio / value ratio within
  0.98–1.02, Tufte's lie factor), and rank dots placed linearly, 1st at the left;
- no two pieces of chart text intersect, none is clipped by the chart's box;
- the static drawing fills its box, the interactive chart is drawn at the same height, with the
  same bars at the same lengths and the same colours;

at phone to wide-desktop widths, in both languages, both palettes and in print. Plotly draws a chart
only when the reader asks for it; pointer movement caused by scrolling does not ask for it (what is
fetched before that, and when: test_chart_loading.py).
"""

from __future__ import annotations

import itertools
import re

import pytest

from explainer.dataset.metrics_file import load_dataset
from tests.conftest import LANGS, page_paths
from tests.support.site_build import ROOT

HAN = re.compile(r"[\u4e00-\u9fff]")
STATIC_WIDTHS = (320, 375, 768, 1280, 1600)
INTERACTIVE_WIDTHS = (375, 1280)
LIE_FACTOR = (0.98, 1.02)

MEASURE = """f => {
  const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height, right: r.right, bottom: r.bottom}; };
  const canvas = f.querySelector('.ex-chart__canvas');
  const statics = f.querySelector('.ex-static');
  const plotly = f.querySelector('.ex-chart__plotly');
  const texts = root => [...root.querySelectorAll(
      '.ex-static__label, .ex-static__value, .ex-static__tick, .ex-static__axis-title, text.annotation-text')]
    .map(e => Object.assign(box(e), {text: e.textContent}));
  return {
    title: box(f.querySelector('.ex-chart__title')),
    tools: box(f.querySelector('.ex-chart__tools')),
    canvas: box(canvas),
    static: {
      visible: getComputedStyle(statics).visibility === 'visible' && statics.offsetParent !== null,
      marks: [...statics.querySelectorAll('.ex-static__bar, .ex-static__dot')].map(box),
      values: [...statics.querySelectorAll('.ex-static__value')].map(box),
      texts: texts(statics),
      parts: [...statics.children].map(box),
      colour: getComputedStyle(statics.querySelector('.ex-static__bar, .ex-static__dot')).backgroundColor,
    },
    plotly: plotly && {
      visible: getComputedStyle(plotly).display !== 'none',
      svg: box(plotly.querySelector('svg.main-svg')),
      marks: [...plotly.querySelectorAll('.barlayer .point path, .scatterlayer .point')].map(box),
      texts: texts(plotly),
      colour: getComputedStyle(plotly.querySelector('.barlayer .point path, .scatterlayer .point')).fill,
    },
  };
}"""


@pytest.fixture(scope="module")
def chart_values():
    """Each chart's values, in order, straight from the data: what every drawing must show."""
    dataset = load_dataset(ROOT / "data")
    return {chart.id: [(dataset.metrics[i].value, chart.kind) for i in chart.metric_ids]
            for chart in dataset.charts.values()}


def chart_pages(site) -> list[tuple[str, str]]:
    return [(path, lang) for path in page_paths() for lang in LANGS
            if 'class="ex-chart ' in site.html(path, lang)]


def plain_pages(site) -> list[tuple[str, str]]:
    return [(path, lang) for path in page_paths() for lang in LANGS
            if 'class="ex-chart ' not in site.html(path, lang)]


def overlap(a: dict, b: dict, tolerance: float = 0.5) -> bool:
    return (min(a["right"], b["right"]) - max(a["x"], b["x"]) > tolerance
            and min(a["bottom"], b["bottom"]) - max(a["y"], b["y"]) > tolerance)


def assert_marks_tell_the_truth(marks: list[dict], values: list[tuple[float, str]], where: str):
    assert len(marks) == len(values), f"{where}: {len(marks)} marks for {len(values)} values"
    kind = values[0][1]
    if kind == "rank":
        centres = [m["x"] + m["w"] / 2 for m in marks]
        ranks = [v for v, _ in values]
        for (xa, ra), (xb, rb) in itertools.combinations(zip(centres, ranks), 2):
            if ra != rb:
                assert (xb - xa) / (rb - ra) > 0, f"{where}: a better rank is not further left"
            else:
                assert abs(xa - xb) < 1, f"{where}: equal ranks drawn apart"
        # linear: the step per place is the same between any two distinct ranks
        steps = {round((xb - xa) / (rb - ra), 1) for (xa, ra), (xb, rb) in itertools.combinations(zip(centres, ranks), 2)
                 if ra != rb}
        assert max(steps) - min(steps) < 1.0, f"{where}: rank scale not linear: {steps}"
        return
    for (a, va), (b, vb) in itertools.combinations(zip(marks, [abs(v) for v, _ in values]), 2):
        factor = (a["w"] / b["w"]) / (va / vb)
        assert LIE_FACTOR[0] <= factor <= LIE_FACTOR[1], (
            f"{where}: bars of {va} and {vb} drawn {a['w']:.1f} and {b['w']:.1f} px long (lie factor {factor:.3f})")
    lefts = {round(m["x"], 1) for m in marks}
    assert max(lefts) - min(lefts) < 0.6, f"{where}: bars do not start from one baseline: {lefts}"


def assert_text_is_clear(texts: list[dict], canvas: dict, where: str):
    assert texts, f"{where}: no chart text"
    for a, b in itertools.combinations(texts, 2):
        assert not overlap(a, b), f"{where}: {a['text']!r} and {b['text']!r} overlap"
    for t in texts:
        assert t["x"] >= canvas["x"] - 0.5 and t["right"] <= canvas["right"] + 0.5, \
            f"{where}: {t['text']!r} sticks out of the chart ({t['x']:.1f}–{t['right']:.1f} vs {canvas['x']:.1f}–{canvas['right']:.1f})"
        assert t["y"] >= canvas["y"] - 0.5 and t["bottom"] <= canvas["bottom"] + 0.5, \
            f"{where}: {t['text']!r} is clipped at the top or bottom of the chart"


def assert_static_fills_its_box(m: dict, where: str):
    canvas = m["canvas"]
    top = min(p["y"] for p in m["static"]["parts"])
    bottom = max(p["bottom"] for p in m["static"]["parts"])
    assert top - canvas["y"] < 6, f"{where}: {top - canvas['y']:.0f} px empty above the drawing"
    assert canvas["bottom"] - bottom < 8, f"{where}: {canvas['bottom'] - bottom:.0f} px empty below the drawing"
    assert bottom <= canvas["bottom"] + 0.5
    assert m["title"]["bottom"] <= canvas["y"] + 0.5 and m["tools"]["y"] >= canvas["bottom"] - 0.5, \
        f"{where}: the drawing runs into its title or its tools"


def values_follow_marks(m: dict, where: str):
    for mark, value in zip(m["static"]["marks"], m["static"]["values"]):
        assert value["x"] >= mark["right"] - 0.5, f"{where}: a value is written over its mark"


def figures(page):
    return page.locator(".ex-chart")


def upgrade(page, figure):
    figure.locator(".ex-chart__interactive").click()
    page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)


def test_the_site_has_charts_and_pages_without(site):
    assert len(chart_pages(site)) >= 4
    assert plain_pages(site)


@pytest.mark.parametrize("width", STATIC_WIDTHS)
def test_static_drawings_are_true_clear_and_fill_their_box(new_page, site, chart_values, width):
    for path, lang in chart_pages(site):
        page, watch = new_page(width=width, height=900)
        page.goto(site.page_url(path, lang), wait_until="networkidle")
        for i in range(figures(page).count()):
            figure = figures(page).nth(i)
            chart_id = figure.get_attribute("id")
            where = f"{lang}:/{path}#{chart_id} at {width} px"
            m = figure.evaluate(MEASURE)
            assert m["plotly"] is None, f"{where}: upgraded without being asked"
            assert_marks_tell_the_truth(m["static"]["marks"], chart_values[chart_id], where)
            assert_text_is_clear(m["static"]["texts"], m["canvas"], where)
            assert_static_fills_its_box(m, where)
            values_follow_marks(m, where)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{lang}:/{path} scrolls sideways at {width} px"
        assert not [u for u in watch.requested if "plotly" in u], f"{lang}:/{path}: Plotly loaded unasked"
        assert watch.problems() == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", INTERACTIVE_WIDTHS)
def test_interactive_charts_draw_the_same_picture(new_page, site, chart_values, width, scheme):
    for path, lang in chart_pages(site):
        page, watch = new_page(width=width, height=900, scheme=scheme)
        page.goto(site.page_url(path, lang), wait_until="networkidle")
        for i in range(figures(page).count()):
            figure = figures(page).nth(i)
            chart_id = figure.get_attribute("id")
            where = f"{lang}:/{path}#{chart_id} at {width} px, {scheme}"
            before = figure.evaluate(MEASURE)
            upgrade(page, figure)
            after = figure.evaluate(MEASURE)
            plotly = after["plotly"]
            assert plotly["visible"] and not after["static"]["visible"]
            assert abs(after["canvas"]["h"] - before["canvas"]["h"]) < 0.5, f"{where}: the box changed height"
            assert abs(plotly["svg"]["h"] - before["canvas"]["h"]) < 1, f"{where}: Plotly drawn at another height"
            assert_marks_tell_the_truth(plotly["marks"], chart_values[chart_id], where + " (interactive)")
            assert_text_is_clear(plotly["texts"], after["canvas"], where + " (interactive)")
            now, then = after["canvas"], before["canvas"]  # the page may scroll in between
            for a, b in zip(plotly["marks"], before["static"]["marks"]):  # the same picture come alive
                assert abs((a["x"] - now["x"]) - (b["x"] - then["x"])) < 1.5, f"{where}: marks moved"
                assert abs(a["w"] - b["w"]) < 1.5, f"{where}: marks of other lengths"
                assert abs((a["y"] + a["h"] / 2 - now["y"]) - (b["y"] + b["h"] / 2 - then["y"])) < 1.5, \
                    f"{where}: marks moved"
            assert plotly["colour"] == before["static"]["colour"], f"{where}: other colours"
            static_words = sorted(t["text"] for t in before["static"]["texts"])
            plotly_words = sorted(t["text"] for t in plotly["texts"])
            assert "".join(plotly_words).replace(" ", "") and \
                sorted("".join(static_words).replace(" ", "")) == sorted("".join(plotly_words).replace(" ", "")), \
                f"{where}: other words: {static_words} / {plotly_words}"
            words = " ".join(plotly_words)
            assert bool(HAN.search(words)) == lang.startswith("zh"), f"{where}: labels in the wrong language: {words}"
        assert watch.problems() == []
        if lang == "zh":
            assert any("plotly-locale-zh-cn.js" in url for url in watch.requested)


def test_charts_follow_the_dark_mode_toggle(new_page, site):
    path, lang = chart_pages(site)[0]
    page, watch = new_page(width=1000, scheme="light")
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    figure = figures(page).first
    upgrade(page, figure)
    before = figure.evaluate(MEASURE)
    label_colour = "f => getComputedStyle(f.querySelector('.ex-chart__plotly text.annotation-text')).fill"
    text_before = figure.evaluate(label_colour)
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    page.wait_for_function("([f, c]) => getComputedStyle(f.querySelector('.ex-chart__plotly .point path, .ex-chart__plotly .point')).fill !== c",
                           arg=[figure.element_handle(), before["plotly"]["colour"]], timeout=5000)
    after = figure.evaluate(MEASURE)
    assert after["plotly"]["colour"] == after["static"]["colour"], "interactive and static colours differ in dark mode"
    assert figure.evaluate(label_colour) != text_before, "labels kept their light-mode colour"
    assert watch.problems() == []


def test_print_shows_the_true_static_drawing(new_page, site, chart_values):
    page, watch = new_page(width=1000)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    upgrade(page, figures(page).first)
    page.emulate_media(media="print")
    for i in range(figures(page).count()):
        figure = figures(page).nth(i)
        m = figure.evaluate(MEASURE)
        where = f"print: {figure.get_attribute('id')}"
        assert m["static"]["visible"], f"{where}: static drawing hidden"
        assert m["plotly"] is None or not m["plotly"]["visible"]
        assert_marks_tell_the_truth(m["static"]["marks"], chart_values[figure.get_attribute("id")], where)
        assert_text_is_clear(m["static"]["texts"], m["canvas"], where)


def test_scrolling_under_a_resting_pointer_does_not_draw_plotly(new_page, site):
    """The cause of a flaky test: scrolling moves charts under a still mouse, which fires pointer
    boundary events. Only real movement over a chart, a tap or the button upgrades it."""
    page, watch = new_page(width=1280, height=700)
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    page.mouse.move(400, 350)
    for _ in range(12):
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(60)
    page.wait_for_timeout(300)
    assert page.locator(".ex-chart[data-drawn]").count() == 0
    # Plotly may be prefetched, and run once scrolling stops, as a chart nears the view; never drawn unasked
    # (what is fetched when: test_chart_loading.py).
    figure = figures(page).first
    figure.scroll_into_view_if_needed()
    box = figure.locator(".ex-chart__canvas").bounding_box()
    page.mouse.move(box["x"] + 40, box["y"] + 20)
    page.mouse.move(box["x"] + 80, box["y"] + 30, steps=4)  # the reader moves the mouse over it
    page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)


def test_a_tap_opens_the_interactive_chart_on_a_phone(new_page, site):
    page, watch = new_page(width=375, height=740, has_touch=True, is_mobile=True)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    figure = figures(page).first
    figure.locator(".ex-chart__canvas").tap()
    page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)
    assert watch.problems() == []


def test_the_interactive_button_is_a_large_enough_named_target(new_page, site):
    for touch, minimum in ((False, 24), (True, 44)):
        page, watch = new_page(width=375, has_touch=touch, is_mobile=touch)
        page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
        button = page.locator(".ex-chart__interactive").first
        box = button.bounding_box()
        assert box["width"] >= minimum and box["height"] >= minimum, (touch, box)
        name = button.get_attribute("aria-label")
        assert name.startswith(button.inner_text().strip()) and "Five-year declines" in name
        for control in page.locator(".ex-chart__png, .ex-chart__tools a").all()[:6]:
            b = control.bounding_box()
            assert b["height"] >= minimum, (touch, control.inner_text(), b)


def test_chart_images_download_as_svg_and_png(new_page, site):
    page, watch = new_page(width=375, has_touch=True, is_mobile=True, accept_downloads=True)
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    figure = figures(page).first
    with page.expect_download() as svg_download:
        figure.locator(".ex-chart__images a").click()
    svg = open(svg_download.value.path(), encoding="utf-8").read()
    assert svg_download.value.suggested_filename == "five-year-changes.zh.svg"
    assert 'viewBox="0 0 1280 720"' in svg and "下降47.97%" in svg
    with page.expect_download() as png_download:
        figure.locator(".ex-chart__png").tap()
    png = open(png_download.value.path(), "rb").read()
    assert png_download.value.suggested_filename == "five-year-changes.zh.png"
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (1920, 1080)
    assert len(png) > 20000, "the image looks empty"
    assert watch.problems() == []


def test_no_plotly_on_pages_without_a_chart(new_page, site):
    for path, lang in plain_pages(site):
        page, watch = new_page()
        page.goto(site.page_url(path, lang), wait_until="networkidle")
        assert not [url for url in watch.requested if "plotly" in url], f"{lang}:/{path} fetched Plotly"


def test_without_javascript_the_chart_and_its_table_remain(new_page, site, chart_values):
    path, lang = chart_pages(site)[0]
    page, watch = new_page(java_script_enabled=False)
    page.goto(site.page_url(path, lang))
    figure = figures(page).first
    m = figure.evaluate(MEASURE)
    assert_marks_tell_the_truth(m["static"]["marks"], chart_values[figure.get_attribute("id")], "no JavaScript")
    figure.locator("summary").click()
    assert figure.locator("table tbody tr").count() >= 2
    assert figure.locator("table").is_visible()
    assert not figure.locator(".ex-chart__interactive").is_visible(), "a button that needs a script"
    assert not figure.locator(".ex-chart__png").is_visible()
    assert figure.locator(".ex-chart__images a").is_visible()  # the SVG is a plain link


def test_without_javascript_no_dead_buttons_are_shown(new_page, site):
    page, watch = new_page(java_script_enabled=False)
    page.goto(site.page_url("numbers/", "zh"))
    assert page.locator(".ex-figure").count() > 0
    assert page.locator(".ex-copy:visible, .ex-chart__interactive:visible, .ex-chart__png:visible").count() == 0


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
