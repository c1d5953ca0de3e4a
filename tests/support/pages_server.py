"""Serve a built site the way GitHub Pages does: under the site_url's path, directory URLs with a
trailing slash (301 otherwise), the site's 404.html for anything missing, gzip when asked for, and
connections kept alive (Pages speaks HTTP/2; a fresh connection per request would skew the benchmark)."""

from __future__ import annotations

import gzip
import mimetypes
import socket
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = {"text/html", "text/css", "application/javascript", "text/javascript", "application/json",
                "image/svg+xml", "application/xml", "text/xml", "text/csv", "text/plain"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PagesHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive; every response therefore carries a Content-Length

    def __init__(self, *args, site_dir: Path, base_path: str, use_gzip: bool, **kwargs):
        self.site_dir, self.base_path, self.use_gzip = site_dir, base_path, use_gzip
        super().__init__(*args, **kwargs)

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.base_path):
            return self.send_file(self.site_dir / "404.html", 404)
        target = (self.site_dir / path[len(self.base_path):]).resolve()
        if self.site_dir not in target.parents and target != self.site_dir:
            return self.send_file(self.site_dir / "404.html", 404)
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = target / "index.html"
        if target.is_file():
            return self.send_file(target, 200)
        return self.send_file(self.site_dir / "404.html", 404)

    def send_file(self, file: Path, status: int) -> None:
        body = file.read_bytes()
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") or kind.endswith(("json", "javascript", "xml")) else ""))
        if self.use_gzip and kind in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)


class PagesServer:
    """``with PagesServer(site_dir, "/explainer/", port) as server: server.url`` → the site's root URL."""

    def __init__(self, site_dir: Path, base_path: str, port: int, use_gzip: bool = False):
        handler = partial(PagesHandler, site_dir=Path(site_dir).resolve(), base_path=base_path, use_gzip=use_gzip)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.url = f"http://127.0.0.1:{port}{base_path}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "PagesServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
