"""Record what a page did that a reader would notice: console errors, failed or off-site requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class PageWatch:
    origin: str  # scheme://host:port of the site under test
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    off_site: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)
    # Main-frame navigations started so far, and the count when each request started: a request the browser
    # cancels because the reader left the page (net::ERR_ABORTED) is not a failure of that page.
    navigations: int = 0
    started_on: dict = field(default_factory=dict)

    def attach(self, page) -> "PageWatch":
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        page.on("requestfailed", self.on_request_failed)
        page.on("response", self.on_response)
        page.on("request", lambda request: self.on_request(request, page))
        return self

    def on_request_failed(self, request) -> None:
        left_behind = self.started_on.get(id(request), self.navigations) < self.navigations
        if left_behind and "ERR_ABORTED" in (request.failure or ""):
            return
        self.failed.append(f"{request.url} ({request.failure})")

    def on_console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.console_errors.append(f"{message.type}: {message.text}")

    def on_response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(f"HTTP {response.status} {response.url}")

    def on_request(self, request, page=None) -> None:
        if page is not None and request.is_navigation_request() and request.frame == page.main_frame:
            self.navigations += 1  # the reader leaves the page as this request starts
        self.requested.append(request.url)
        self.started_on[id(request)] = self.navigations
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and f"{parts.scheme}://{parts.netloc}" != self.origin:
            self.off_site.append(request.url)

    def problems(self) -> list[str]:
        return self.console_errors + self.failed + [f"off-site request: {url}" for url in self.off_site]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
