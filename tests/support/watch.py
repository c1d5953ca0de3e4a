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

    def attach(self, page) -> "PageWatch":
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        page.on("requestfailed", lambda request: self.failed.append(f"{request.url} ({request.failure})"))
        page.on("response", self.on_response)
        page.on("request", self.on_request)
        return self

    def on_console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.console_errors.append(f"{message.type}: {message.text}")

    def on_response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(f"HTTP {response.status} {response.url}")

    def on_request(self, request) -> None:
        self.requested.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and f"{parts.scheme}://{parts.netloc}" != self.origin:
            self.off_site.append(request.url)

    def problems(self) -> list[str]:
        return self.console_errors + self.failed + [f"off-site request: {url}" for url in self.off_site]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
