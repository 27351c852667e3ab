"""A small news site on 127.0.0.1 for crawl tests: feeds, sitemaps, robots.txt and pages that
misbehave the way real sites do. It counts every request, so tests can assert what was fetched.

Run it by hand with `python -m tests.spiders.site` to point `tracker crawl --url` at it.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).with_name("fixtures")
SLOW_S = 4.0  # longer than the 2 s download timeout the tests set
HUGE_BYTES = 400_000  # larger than the 200 kB page limit the tests set
FRESH_ITEM = (
    "<item><title>Solid-state start-up delivers B-samples to carmakers</title>"
    "<link>{base}/articles/fresh.html</link><pubDate>Sun, 05 May 2024 10:00:00 GMT</pubDate></item>"
)


@dataclass
class SiteState:
    hits: Counter[str] = field(default_factory=Counter)
    log: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)
    feed_extra: str = ""  # set to FRESH_ITEM to publish one more story
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, path: str, headers: dict[str, str]) -> int:
        with self.lock:
            self.hits[path] += 1
            self.log.append((time.monotonic(), path, headers))
            return self.hits[path]

    def requests_for(self, path: str) -> list[tuple[float, dict[str, str]]]:
        return [(at, headers) for at, p, headers in self.log if p == path]

    def article_hits(self) -> Counter[str]:
        return Counter({p: n for p, n in self.hits.items() if p.split("?")[0].endswith(".html")})


class Handler(BaseHTTPRequestHandler):
    server: NewsSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        state = self.server.state
        path = self.path
        count = state.record(path, {k.lower(): v for k, v in self.headers.items()})
        route = path.split("?")[0]
        base = f"http://{self.headers.get('Host')}"
        if route == "/robots.txt":
            return self.send(200, (FIXTURES / "robots.txt").read_bytes(), "text/plain")
        if route in {
            "/feed.xml",
            "/atom.xml",
            "/sitemap_index.xml",
            "/sitemap-news.xml",
            "/blocked-feed.xml",
        }:
            return self.listing(route, base)
        if route == "/old/sodium-ion":
            return self.redirect(f"{base}/articles/sodium-ion.html")
        if route == "/articles/flaky.html" and count == 1:
            return self.send(500, b"<html><body>Internal error</body></html>")
        if route == "/articles/ratelimited.html" and count == 1:
            return self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
        if route == "/articles/slow.html":
            time.sleep(SLOW_S)
            return self.send(200, b"<html><body>too late</body></html>")
        if route == "/articles/huge.html":
            return self.send(200, b"<html><body>" + b"x" * HUGE_BYTES + b"</body></html>")
        if route.startswith("/blocked/"):
            body = (FIXTURES / "articles" / "blocked.html").read_bytes()
            return self.send(200 if route.endswith("challenge.html") else 403, body)
        if route == "/articles/cp1252.html":  # no charset anywhere: bytes are windows-1252
            return self.send(200, self.file(route), "text/html")
        file = FIXTURES / route.lstrip("/")
        if route.startswith("/articles/") and file.is_file():
            return self.send(200, file.read_bytes(), "text/html; charset=utf-8")
        return self.send(404, b"<html><body>Not found</body></html>")

    def file(self, route: str) -> bytes:
        return (FIXTURES / route.lstrip("/")).read_bytes()

    def listing(self, route: str, base: str) -> None:
        text = (FIXTURES / route.lstrip("/")).read_text(encoding="utf-8")
        extra = self.server.state.feed_extra if route == "/feed.xml" else ""
        body = text.replace("{extra}", extra).replace("{base}", base).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, b"", None, {"ETag": etag})
        kind = "application/rss+xml" if "feed" in route else "application/xml"
        headers = {"ETag": etag, "Last-Modified": "Fri, 03 May 2024 10:00:00 GMT"}
        return self.send(200, body, kind, headers)

    def redirect(self, location: str) -> None:
        self.send(301, b"", None, {"Location": location})

    def send(
        self,
        status: int,
        body: bytes,
        kind: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)


class NewsSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = SiteState()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the crawler hanging up on the slow and huge pages is expected

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def other_host(self) -> str:
        """The same server under another host name: a second site for Scrapy's politeness slots."""
        return f"http://localhost:{self.server_address[1]}"

    def __enter__(self) -> NewsSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


if __name__ == "__main__":
    with NewsSite() as site:
        print(f"serving {site.base}/feed.xml (Ctrl-C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
