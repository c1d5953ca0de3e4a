"""Material's bundle is requested after the page has painted, and Material still starts: whether the
bundle arrives before DOMContentLoaded, long after it, or in a tab that is not shown."""

from __future__ import annotations

import pytest

from tests.conftest import LANGS

PAGES = [("numbers/", lang) for lang in LANGS] + [("interview/rule-of-law/parallel/", "zh"), ("", "en")]
BUNDLE = "**/assets/javascripts/bundle.*.min.js"
TIMES = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const bundle = performance.getEntriesByType("resource").find(e => /\\/bundle\\.[0-9a-f]+\\.min\\.js$/.test(e.name));
  return {paint: paint && paint.startTime, bundle: bundle && bundle.startTime};
}"""


def material_runs(page) -> None:
    """Material's palette component (in the bundle) answers the toggle: the page turns dark."""
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'", timeout=5000)


@pytest.mark.parametrize("path,lang", PAGES, ids=[f"{lang}:/{path}" for path, lang in PAGES])
def test_the_bundle_is_requested_after_first_paint_and_material_starts(new_page, site, path, lang):
    page, watch = new_page(width=412, height=823)
    page.goto(site.page_url(path, lang), wait_until="networkidle")
    times = page.evaluate(TIMES)
    assert times["paint"] is not None and times["bundle"] is not None, times
    assert times["bundle"] >= times["paint"], f"the bundle was requested before first paint: {times}"
    material_runs(page)
    assert watch.problems() == []


def test_material_starts_when_its_bundle_arrives_long_after_the_page_is_ready(new_page, site):
    page, watch = new_page()
    held = []
    page.route(BUNDLE, lambda route: held.append(route))  # the request waits until the page is ready, and more
    page.goto(site.page_url("interview/grassroots-governance/", "en"), wait_until="domcontentloaded")
    # Ready as Material means it: DOMContentLoaded has fired. Not readyState 'complete': a bundle requested
    # before the load event (first paint came first) holds that event back while the route holds it.
    page.wait_for_function("() => document.readyState !== 'loading'")
    page.wait_for_timeout(300)
    assert len(held) == 1, "the bundle was not requested"
    held[0].continue_()
    material_runs(page)
    box = page.locator("input.md-search__input")
    box.click()  # Material's search: the index loads on focus, then the worker answers
    box.press_sequentially("rule of law", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    assert watch.problems() == []


def test_a_tab_that_is_not_shown_requests_the_bundle_at_once(new_page, site):
    page, watch = new_page()
    # A hidden tab does not paint: no paint entry, no animation frame.
    page.add_init_script("Object.defineProperty(document, 'visibilityState', {get: () => 'hidden'});"
                         "window.requestAnimationFrame = () => 0;"
                         "PerformanceObserver.prototype.observe = function () {};")
    page.goto(site.page_url("numbers/", "zh"), wait_until="networkidle")
    assert any("/bundle." in url for url in watch.requested)
    times = page.evaluate(TIMES)  # the page's own clock: the fallback would request it 3 s after parsing
    assert times["bundle"] < 2000, f"requested at once, not after the 3 s fallback: {times}"
    material_runs(page)
    assert watch.problems() == []


FIRST_PAINT_SCHEME = """() => new Promise(resolve => new PerformanceObserver((list, observer) => {
  observer.disconnect();
  resolve(document.body.dataset.mdColorScheme);
}).observe({type: "paint", buffered: true}))"""


@pytest.mark.parametrize("scheme, expected", [("dark", "slate"), ("light", "default")])
def test_a_first_visit_paints_in_the_systems_scheme_before_the_bundle_runs(new_page, site, scheme, expected):
    """Material's bundle comes after first paint; the palette script in the page already follows the system."""
    page, watch = new_page(scheme=scheme)
    held = []
    page.route(BUNDLE, lambda route: held.append(route))  # no bundle until the test lets it go
    page.goto(site.page_url("numbers/", "en"), wait_until="domcontentloaded")
    assert page.evaluate(FIRST_PAINT_SCHEME) == expected
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert (background != "rgb(255, 255, 255)") == (scheme == "dark"), background
    for route in held:
        route.continue_()


def test_a_stored_choice_still_wins_over_the_system(new_page, site):
    page, watch = new_page(scheme="dark")
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.locator("form[data-md-component=palette] label:visible").first.click()  # dark → light, stored by Material
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'", timeout=5000)
    held = []
    page.route(BUNDLE, lambda route: held.append(route))
    page.reload(wait_until="domcontentloaded")
    assert page.evaluate(FIRST_PAINT_SCHEME) == "default"
    for route in held:
        route.continue_()
    assert watch.problems() == []
