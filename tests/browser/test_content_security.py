"""Every page of every edition runs under its Content-Security-Policy without a single violation: loaded,
with each chart opened (interactive Plotly, hovered) and its PNG made, a search, and a citation copied.
A violation is caught twice: the page's own ``securitypolicyviolation`` events, and Chromium's console."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGS, chart_page_paths, page_paths

LISTEN = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`.trim()));
"""
POLICY = "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content || ''"


CSP_WORDS = re.compile(r"Content.Security.Policy|strict CSP", re.I)


def watched(new_page, **options):
    """A page that records policy violations, and every console message about the policy (plotly.js
    says "Cannot addRelatedStyleRule, probably due to strict CSP" at trace level)."""
    page, watch = new_page(**options)
    page.add_init_script(LISTEN)
    page.on("console", lambda message: CSP_WORDS.search(message.text) and watch.csp_console.append(message.text))
    watch.csp_console = []
    return page, watch


def violations(page, watch) -> list[str]:
    return page.evaluate("window.__violations") + watch.csp_console


def every_page(site) -> list[tuple[str, str]]:
    pages = [(path, lang) for lang in LANGS for path in page_paths()]
    # The parallel views are pages too.
    pages += [(path + "parallel/", lang) for lang in LANGS for path in page_paths() if path.startswith("interview/")]
    # And each chart's own page (its embed, which has no inline script and no bundle: test_chart_pages.py).
    pages += [(path, lang) for lang in LANGS for path in chart_page_paths()]
    return pages


def test_every_page_of_every_edition_has_its_policy_and_breaks_none_of_it(new_page, site):
    page, watch = watched(new_page)
    checked = []
    for path, lang in every_page(site):
        page.goto(site.page_url(path, lang), wait_until="networkidle")
        page.wait_for_function("() => document.documentElement.classList.contains('js') && "
                               "!!document.querySelector('script[src*=\"bundle.\"]')")
        policy = page.evaluate(POLICY)
        assert "script-src 'self' 'sha256-" in policy and "unsafe-eval" not in policy, (path, lang, policy)
        # First in <head> after the charset: a <meta> policy covers only what follows it.
        first = page.evaluate("[...document.head.children].slice(0, 3).map(e => e.outerHTML.slice(0, 40))")
        assert first[0].startswith("<meta charset=") and first[1].startswith('<meta http-equiv="Content-Security'), first
        assert page.evaluate("document.querySelector('meta[name=referrer]').content") == "strict-origin-when-cross-origin"
        assert violations(page, watch) == [], (path, lang)
        checked.append((path, lang))
    assert len(checked) >= 3 * 7
    assert watch.problems() == []


def test_the_404_page_has_its_policy(new_page, site):
    page, watch = watched(new_page)
    response = page.goto(site.url + "en/no/such/page/", wait_until="networkidle")
    assert response.status == 404
    assert "script-src 'self' 'sha256-" in page.evaluate(POLICY)
    page.wait_for_function("() => !!document.querySelector('script[src*=\"bundle.\"]')")
    page.wait_for_timeout(300)
    assert violations(page, watch) == []


def test_the_policy_blocks_an_injected_inline_script(new_page, site):
    """The policy is real: a script that is not the page's own does not run (and is reported)."""
    page, watch = watched(new_page)
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';
                             document.body.append(s); }""")
    page.wait_for_timeout(100)
    assert page.evaluate("window.__ran") is None
    assert any(v.startswith("script-src") for v in violations(page, watch))


def hover_first_mark(page, chart) -> str:
    """Move the pointer onto the chart's first bar or dot and return Plotly's hover label."""
    box = chart.locator(".ex-chart__plotly .barlayer .point path, .ex-chart__plotly .scatterlayer .point").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2 + 1, box["y"] + box["height"] / 2)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    label = page.locator(".hoverlayer .hovertext").first
    label.wait_for(timeout=5000)
    return label.text_content()


@pytest.mark.parametrize("lang", LANGS)
def test_charts_png_search_and_citations_work_under_the_policy(new_page, site, lang):
    page, watch = watched(new_page, accept_downloads=True, permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url("numbers/", lang), wait_until="networkidle")
    charts = page.locator("figure.ex-chart")
    assert charts.count() >= 2
    for index in range(charts.count()):
        chart = charts.nth(index)
        chart.scroll_into_view_if_needed()
        chart.locator(".ex-chart__interactive").click()
        chart.locator(".ex-chart__plotly svg.main-svg").first.wait_for(timeout=15000)
        hover_first_mark(page, chart)
        with page.expect_download() as png:
            chart.locator(".ex-chart__png").click()
        assert open(png.value.path(), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    card = page.locator(".ex-figure").first
    card.locator("button.ex-cite-copy").click()
    page.wait_for_function("() => (document.querySelector('.ex-cite-live')?.textContent || '').length > 0")
    assert page.evaluate("navigator.clipboard.readText()").strip()
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("2021" if lang == "en" else "法庭", delay=30)
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    assert violations(page, watch) == []
    assert watch.problems() == []


def test_materials_cdn_polyfill_is_refused_and_the_page_still_reads(new_page, site):
    """Material's bundle fetches a ResizeObserver polyfill from unpkg.com on browsers without one
    (Chrome < 64, Safari < 13.1, Firefox < 69). The policy refuses it: nothing is loaded from another host,
    and the page's text, figures and static charts need no script."""
    page, watch = watched(new_page)
    page.add_init_script("delete window.ResizeObserver")
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.wait_for_timeout(300)
    refused = violations(page, watch)
    assert any("unpkg.com/resize-observer-polyfill" in v for v in refused), refused
    # Chromium reports the request it was asked for, then fails it for the policy, before any connection.
    unpkg = [failure for failure in watch.failed if "unpkg.com" in failure]
    assert unpkg == ["https://unpkg.com/resize-observer-polyfill (csp)"], watch.failed
    assert page.locator("#shared-courts .ex-figure__value").inner_text().strip()
    assert page.locator("figure.ex-chart .ex-static__bar").first.is_visible()
