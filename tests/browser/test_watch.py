"""The page watcher every browser test relies on (tests/support/watch.py): a request the page starts while
the reader's click is taking them to the next page, cancelled when that page comes, is no failure; a request
the page itself cancels, with no page coming, still is."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.support.pages_server import free_port
from tests.support.watch import PageWatch, origin_of

LEAVING = """<a id="go" href="/next">next</a><script>
document.getElementById("go").addEventListener("click", () => setTimeout(() => fetch("/slow"), 50));
</script>"""
CANCELLING = """<p>here</p><script>
const control = new AbortController();
fetch("/slow", {signal: control.signal}).catch(() => { document.title = "cancelled"; });
setTimeout(() => control.abort(), 100);
</script>"""


@contextmanager
def slow_site():
    """/leaving and /cancelling at once; /next after half a second; /slow after three."""
    pages = {"/leaving": (0, LEAVING), "/cancelling": (0, CANCELLING), "/next": (0.5, "<p>next</p>"),
             "/slow": (3, ""), "/favicon.ico": (0, "")}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            delay, html = pages.get(self.path, (0, None))
            time.sleep(delay)
            body = (html or "").encode()
            self.send_response(200 if html is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the browser gave up on it
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_request_cut_off_by_the_next_page_is_no_failure_and_one_the_page_cancels_is(browser):
    with slow_site() as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            watch = PageWatch(origin_of(url)).attach(page)
            page.goto(url + "/leaving")
            with page.expect_event("requestfailed", timeout=10000) as failed:
                page.click("#go")
                page.wait_for_url(url + "/next")
            assert failed.value.url == url + "/slow" and "ERR_ABORTED" in failed.value.failure
            assert watch.problems() == []

            page = context.new_page()
            watch = PageWatch(origin_of(url)).attach(page)
            page.goto(url + "/cancelling")
            page.wait_for_function("document.title === 'cancelled'")
            assert watch.problems() == [f"{url}/slow (net::ERR_ABORTED)"]
        finally:
            context.close()
