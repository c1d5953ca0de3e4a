"""What a chart page fetches and runs, and when (docs/assets/javascripts/chart-loader.js): nothing of the
interactive chart at load; Plotly prefetched (not run) as a chart nears the view, run only once the page
stops scrolling; at once on the first sign of intent; nothing early for a browser that asks to save data;
the edition's locale fetched beside Plotly, not after it. The time from tap to first bar on a throttled
phone is benchmarks/chart_open.py's, not a test's (timings depend on the machine)."""

from __future__ import annotations

import time

import pytest

CHART_FILES = ("plotly", "chart-loader.js", "charts.js", "figures")


def chart_requests(watch) -> list[str]:
    return [url for url in watch.requested if any(name in url for name in CHART_FILES)]


def wheel_down(page, steps: int, pause_ms: int = 100) -> None:
    page.mouse.move(200, 300)
    for _ in range(steps):
        page.mouse.wheel(0, 250)
        page.wait_for_timeout(pause_ms)


@pytest.mark.parametrize("path,lang", [("numbers/", "zh"), ("", "en"), ("interview/rule-of-law/", "zh-hant")])
def test_a_reader_who_does_not_scroll_gets_nothing_of_the_interactive_chart(new_page, site, path, lang):
    page, watch = new_page(width=412, height=823, has_touch=True, is_mobile=True)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    page.wait_for_timeout(1500)
    assert chart_requests(watch) == []
    assert watch.problems() == []


# When the page scrolled, and when Plotly's script was added to the page (it runs as it arrives, from the cache).
SCROLL_AND_RUN_TIMES = """
window.__scrolls = []; window.__plotlyRun = null;
addEventListener("scroll", () => window.__scrolls.push(performance.now()), {passive: true});
new MutationObserver(() => {
  if (window.__plotlyRun === null && document.querySelector('script[src*="plotly-charts"]')) window.__plotlyRun = performance.now();
}).observe(document, {childList: true, subtree: true});
"""


def test_plotly_is_prefetched_near_a_chart_and_runs_only_once_scrolling_stops(new_page, site):
    page, watch = new_page(width=412, height=823)
    page.add_init_script(SCROLL_AND_RUN_TIMES)
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    wheel_down(page, 4)
    page.wait_for_function("() => performance.getEntriesByType('resource').some(e => /plotly-charts/.test(e.name))",
                           timeout=10000)
    wheel_down(page, 25)  # keeps scrolling with Plotly in the cache
    page.wait_for_function("() => typeof window.Plotly !== 'undefined'", timeout=10000)  # the reader rests
    times = page.evaluate("() => ({run: window.__plotlyRun, scrolls: window.__scrolls})")
    before = [t for t in times["scrolls"] if t <= times["run"]]
    assert times["run"] - max(before) >= 450, f"Plotly ran {times['run'] - max(before):.0f} ms after a scroll"
    assert page.locator(".ex-chart[data-drawn]").count() == 0, "a chart was drawn without being asked"
    assert any("plotly-locale-zh-cn.js" in url for url in watch.requested), "the locale was not prefetched"
    figure = page.locator(".ex-chart").first
    figure.locator(".ex-chart__interactive").click()
    page.wait_for_function("f => f.dataset.drawn === 'plotly'", arg=figure.element_handle(), timeout=15000)
    assert watch.problems() == []


def test_keyboard_focus_on_the_button_starts_loading_before_the_click(new_page, site):
    page, watch = new_page(width=1280, height=900)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    button = page.locator(".ex-chart__interactive").first
    button.evaluate("b => b.focus({preventScroll: true})")  # no scroll, so no prefetch: only the focus loads
    page.wait_for_function("() => typeof window.Plotly !== 'undefined'", timeout=10000)
    assert page.locator(".ex-chart[data-drawn]").count() == 0, "focus alone drew the chart"
    button.press("Enter")
    page.wait_for_function("() => document.querySelector('.ex-chart').dataset.drawn === 'plotly'", timeout=15000)
    assert watch.problems() == []


@pytest.mark.parametrize("connection", [{"saveData": True, "effectiveType": "4g"}, {"saveData": False, "effectiveType": "2g"},
                                        {"saveData": False, "effectiveType": "slow-2g"}], ids=["save-data", "2g", "slow-2g"])
def test_a_browser_that_saves_data_fetches_nothing_before_the_click(new_page, site, connection):
    page, watch = new_page(width=1280, height=700)
    page.add_init_script(f"Object.defineProperty(navigator, 'connection', {{value: {connection!r}}});"
                         .replace("True", "true").replace("False", "false"))
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    wheel_down(page, 12)
    button = page.locator(".ex-chart__interactive").first
    button.scroll_into_view_if_needed()
    box = page.locator(".ex-chart__canvas").first.bounding_box()
    page.mouse.move(box["x"] + 10, box["y"] + 10)
    button.focus()
    page.wait_for_timeout(1500)
    assert chart_requests(watch) == [], "fetched before the reader asked"
    button.click()
    page.wait_for_function("() => document.querySelector('.ex-chart').dataset.drawn === 'plotly'", timeout=15000)
    assert watch.problems() == []


def test_the_locale_is_fetched_beside_plotly_not_after_it(new_page, site):
    page, watch = new_page(width=1280, height=900)
    page.goto(site.page_url("numbers/", "zh-hant"), wait_until="networkidle")
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", {"offline": False, "latency": 40, "downloadThroughput": 300_000,
                                                      "uploadThroughput": 300_000})
    events: list[tuple[float, str, str]] = []
    page.on("request", lambda r: events.append((time.monotonic(), "start", r.url)))
    page.on("requestfinished", lambda r: events.append((time.monotonic(), "end", r.url)))
    page.locator(".ex-chart__interactive").first.click()  # no scroll before: nothing prefetched
    page.wait_for_function("() => document.querySelector('.ex-chart').dataset.drawn === 'plotly'", timeout=30000)
    locale_start = min(t for t, kind, url in events if kind == "start" and "plotly-locale-zh-tw.js" in url)
    plotly_end = max(t for t, kind, url in events if kind == "end" and "plotly-charts" in url)
    assert locale_start < plotly_end, "the locale waited for Plotly"
    assert watch.problems() == []
