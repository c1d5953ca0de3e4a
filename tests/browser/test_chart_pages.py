"""A chart's page and its embed in Chromium: the embed inside an <iframe> on another site (another origin),
at 320 px and 1280 px, light and dark — filling the frame's width, no horizontal scroll, the reader's
scheme, Plotly on demand, no console error, no policy violation, no request to a third host, the source
link opening the chart page in the top window; the Embed action copies the snippet; the language switch
keeps the chart page."""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from html import unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import LANGS
from tests.support.page_actions import choose_language
from tests.support.pages_server import free_port
from tests.support.site_build import ROOT
from tests.support.watch import origin_of

from explainer.dataset.site_data import load_site_data  # noqa: E402  (tests/conftest.py puts hooks/ on the path)

CHARTS = list(load_site_data(ROOT).dataset.charts)
LISTEN = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`));
"""
SNIPPET = re.compile(r'class="ex-copy ex-embed-copy" data-copy="text" data-text="([^"]+)"')


@contextmanager
def host_site(html: str):
    """Another site (``localhost`` on its own port: another origin than the site's 127.0.0.1) serving one
    page, ``/``, that holds ``html``."""
    body = html.encode("utf-8")

    class Host(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    port = free_port()
    server = ThreadingHTTPServer(("127.0.0.1", port), Host)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://localhost:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def snippet_of(site, chart_id: str, lang: str) -> str:
    return unescape(SNIPPET.search(site.html(f"charts/{chart_id}/", lang)).group(1))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_embed_works_in_a_frame_on_another_site(new_page, site, lang, width, scheme):
    chart_id = CHARTS[LANGS.index(lang) % len(CHARTS)]  # a different chart per edition: every kind is seen
    snippet = snippet_of(site, chart_id, lang)
    height = int(re.search(r'height="(\d+)"', snippet).group(1))
    page, watch = new_page(width=width + 40, scheme=scheme)
    page.add_init_script(LISTEN)
    with host_site(f'<!doctype html><title>A report</title><link rel="icon" href="data:,"><body style="margin:20px">'
                   f'<div style="width:{width}px">{snippet}</div>') as host:
        page.goto(host, wait_until="networkidle")
        frame = page.frame_locator("iframe")
        frame.locator(".ex-chart__canvas").scroll_into_view_if_needed()
        embed = next(f for f in page.frames if f.url.startswith(site.url))
        assert embed.url == site.page_url(f"charts/{chart_id}/embed/", lang)
        sizes = embed.evaluate("""() => ({inner: innerWidth, innerHeight: innerHeight,
            scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
            canvas: document.querySelector('.ex-chart__canvas').getBoundingClientRect().width,
            scheme: document.body.dataset.mdColorScheme, js: document.documentElement.className,
            background: getComputedStyle(document.body).backgroundColor})""")
        assert sizes["inner"] == width
        assert sizes["scrollWidth"] <= width, f"horizontal scroll in the frame: {sizes}"
        assert sizes["canvas"] >= width - 24, f"the chart does not fill the frame's width: {sizes}"
        assert sizes["innerHeight"] == height and sizes["scrollHeight"] <= height, f"the frame is too short: {sizes}"
        assert sizes["scheme"] == ("slate" if scheme == "dark" else "default") and "js" in sizes["js"].split()
        channels = [int(c) for c in re.findall(r"\d+", sizes["background"])[:3]]
        assert (sum(channels) < 3 * 100) == (scheme == "dark"), sizes["background"]
        # Static first; the interactive chart on demand, filling the same width.
        assert not any("plotly" in url for url in watch.requested)
        frame.locator(".ex-chart__interactive").click()
        embed.wait_for_function("() => document.querySelector('.ex-chart').dataset.drawn === 'plotly'")
        drawn = embed.evaluate("() => document.querySelector('.ex-chart__plotly .main-svg').getBoundingClientRect().width")
        assert abs(drawn - sizes["canvas"]) <= 1
        assert embed.evaluate("() => document.documentElement.scrollWidth") <= width
        assert embed.evaluate("window.__violations") == []
        assert watch.console_errors == [] and watch.failed == []
        third = [url for url in watch.off_site if origin_of(url) not in (origin_of(host), origin_of(site.url))]
        assert third == [], f"requests to a third host: {third}"
        # The source line opens the chart page in the reader's window, not inside the frame.
        frame.locator(".ex-embed__source a").click()
        page.wait_for_url(site.page_url(f"charts/{chart_id}/", lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_embed_action_copies_the_snippet(new_page, site, lang):
    page, watch = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(site.page_url(f"charts/{CHARTS[0]}/", lang), wait_until="networkidle")
    button = page.locator(".ex-embed-copy")
    label = button.inner_text()
    button.click()
    page.wait_for_function("() => document.querySelector('.ex-embed-copy').classList.contains('ex-copy--done')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == snippet_of(site, CHARTS[0], lang)
    assert copied.startswith(f'<iframe src="{site.page_url(f"charts/{CHARTS[0]}/embed/", lang)}" title="')
    page.wait_for_function(f"() => document.querySelector('.ex-embed-copy').textContent === {label!r}")
    assert watch.problems() == []


@pytest.mark.parametrize("lang,other", [("zh", "en"), ("en", "zh-hant"), ("zh-hant", "zh")])
def test_the_language_switch_keeps_the_chart_page(new_page, site, lang, other):
    page, watch = new_page()
    page.goto(site.page_url(f"charts/{CHARTS[1]}/", lang), wait_until="networkidle")
    page.wait_for_function("() => !!document.querySelector('script[src*=\"bundle.\"]')")
    choose_language(page, other)
    page.wait_for_url(site.page_url(f"charts/{CHARTS[1]}/", other))
    assert page.locator(f'figure.ex-chart#{CHARTS[1]}').count() == 1
    assert watch.problems() == []


def test_the_link_to_this_chart_opens_its_page(new_page, site):
    page, watch = new_page()
    page.goto(site.page_url("numbers/", "en"), wait_until="networkidle")
    page.locator(f"#{CHARTS[0]} .ex-chart__page a").click()
    page.wait_for_url(site.page_url(f"charts/{CHARTS[0]}/", "en"))
    assert watch.problems() == []
