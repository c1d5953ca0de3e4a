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
    # Whether a main-frame navigation has started and its document is not yet shown: a request the page
    # starts then (a script woken by the reader's click on a link) belongs to the page being left.
    leaving: bool = False
    main_navigations: set = field(default_factory=set)

    def attach(self, page) -> "PageWatch":
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        page.on("requestfailed", self.on_request_failed)
        page.on("response", self.on_response)
        page.on("request", lambda request: self.on_request(request, page))
        page.on("framenavigated", lambda frame: self.on_frame_navigated(frame, page))
        return self

    def on_frame_navigated(self, frame, page) -> None:
        if frame == page.main_frame:
            self.leaving = False

    def on_request_failed(self, request) -> None:
        count, document, leaving = self.started_on.get(id(request), (self.navigations, None, False))
        # The page's scripts may start a request after the reader's click started the next navigation:
        # it belongs to the page being left if that navigation was under way when it started, or if its
        # frame has shown another document since.
        left_behind = count < self.navigations or leaving or (document is not None and frame_url(request) != document)
        if id(request) in self.main_navigations:
            self.leaving = False  # no document comes
        if (left_behind or is_prefetch(request)) and "ERR_ABORTED" in (request.failure or ""):
            return
        self.failed.append(f"{request.url} ({request.failure})")

    def on_console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.console_errors.append(f"{message.type}: {message.text}")

    def on_response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(f"HTTP {response.status} {response.url}")

    def on_request(self, request, page=None) -> None:
        navigation = page is not None and request.is_navigation_request() and request.frame == page.main_frame
        if navigation:
            self.navigations += 1  # the reader leaves the page as this request starts
            self.main_navigations.add(id(request))
        self.requested.append(request.url)
        self.started_on[id(request)] = (self.navigations, frame_url(request), self.leaving and not navigation)
        self.leaving = self.leaving or navigation
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and f"{parts.scheme}://{parts.netloc}" != self.origin:
            self.off_site.append(request.url)

    def problems(self) -> list[str]:
        return self.console_errors + self.failed + [f"off-site request: {url}" for url in self.off_site]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def is_prefetch(request) -> bool:
    """A <link rel=prefetch> (the chart loader's, ahead of a tap): a hint the browser may drop, e.g. when the
    reader follows a link while it is under way; the tap itself fetches what is missing."""
    headers = request.headers
    return "prefetch" in (headers.get("sec-purpose", "") + headers.get("purpose", ""))


def frame_url(request) -> str | None:
    """The address of the document in the request's frame now (None for a worker's request)."""
    try:
        return request.frame.url
    except Exception:  # a service or dedicated worker's request has no frame
        return None
