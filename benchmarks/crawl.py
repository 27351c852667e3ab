"""Crawl benchmark: articles stored per second beside a plain Scrapy spider on the same pages.

Generates a local news site of N article pages (>= 50 KB of HTML each, with navigation, cookie
banner, inline scripts, related links, author bio and newsletter prompt), serves it on 127.0.0.1,
then in the same run:

1. a plain Scrapy spider downloads every page listed in the sitemap and does nothing else;
2. `tracker crawl --url FEED` crawls the site into a fresh SQLite database (extraction, relevance
   filter, dedup, storage).

Both run as child processes with the same concurrency and no politeness delay (loopback), and are
timed from process start to exit. The ratio shows what extraction and storage cost.

Usage: python benchmarks/crawl.py [--pages 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
WORDS = [
    "battery",
    "cell",
    "lithium",
    "cathode",
    "anode",
    "electrolyte",
    "gigafactory",
    "production",
    "capacity",
    "energy",
    "density",
    "carmaker",
    "supplier",
    "investment",
    "plant",
    "pilot",
    "line",
    "sodium-ion",
    "solid-state",
    "charge",
    "cycle",
    "cost",
    "market",
    "analysts",
    "expect",
    "company",
    "said",
    "year",
    "percent",
    "growth",
    "demand",
    "supply",
    "chain",
    "factory",
    "output",
]
CONCURRENCY = 16


def article_html(number: int, rng: random.Random) -> bytes:
    title = f"Battery maker {number} plans {rng.randint(5, 80)} GWh cell plant"
    paragraphs = "\n".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(90)) + f" ({number}.{i})</p>"
        for i in range(14)
    )
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
    related = "".join(
        f'<li><a href="/articles/{rng.randint(0, 99999)}.html">Related story {i} about EV '
        f"charging and prices</a></li>"
        for i in range(40)
    )
    script = "var tracking = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(700)) + "};"
    return textwrap.dedent(f"""\
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
        <link rel="canonical" href="/articles/{number}.html">
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}",
        "datePublished":"2024-05-{1 + number % 28:02d}T10:00:00Z"}}</script>
        <script>{script}</script></head><body>
        <div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
        <header><nav><ul>{nav}</ul></nav></header>
        <main><article><h1>{title}</h1>{paragraphs}
        <p>FTC: We use income earning auto affiliate links. More.</p></article>
        <div class="author-bio"><p>About the author: writes about batteries and cars.</p></div>
        <div class="newsletter"><p>Subscribe to our newsletter for daily news.</p></div>
        <section class="related"><h3>Related articles</h3><ul>{related}</ul></section></main>
        <footer><p>Copyright 2024 Bench News</p></footer></body></html>
        """).encode()


class Site(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, pages: dict[str, bytes]):
        super().__init__(("127.0.0.1", 0), Handler)
        self.pages = pages

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: Site
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = self.server.pages.get(self.path)
        status = 200 if body is not None else 404
        body = body if body is not None else b"not found"
        kind = "application/xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def build_site(count: int) -> dict[str, bytes]:
    rng = random.Random(42)
    pages = {f"/articles/{n}.html": article_html(n, rng) for n in range(count)}
    pages["/robots.txt"] = b"User-agent: *\nAllow: /\n"
    return pages


def add_listings(pages: dict[str, bytes], base: str, count: int) -> None:
    items = "".join(
        f"<item><title>Battery maker {n}</title><link>{base}/articles/{n}.html</link>"
        f"<pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate></item>"
        for n in range(count)
    )
    pages["/feed.xml"] = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
        f"<link>{base}/</link><description>x</description>{items}</channel></rss>"
    ).encode()
    urls = "".join(f"<url><loc>{base}/articles/{n}.html</loc></url>" for n in range(count))
    pages["/sitemap.xml"] = (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    ).encode()


def children_cpu_s() -> float:
    """User + system CPU seconds of every finished child process (and theirs) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_plain(sitemap_url: str) -> tuple[int, float]:
    start = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "plain_spider.py"),
            sitemap_url,
            str(CONCURRENCY),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1]), time.monotonic() - start


def run_tracker(feed_url: str, folder: Path) -> tuple[int, float, str]:
    database = folder / "bench.db"
    sources = folder / "sources.toml"
    sources.write_text(
        '[defaults]\nkeywords = ["battery", "GWh"]\nlanguages = ["en"]\nmax_age_days = 0\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env.update(
        TRACKER_DATABASE_URL=f"sqlite:///{database}",
        TRACKER_CRAWL_CONCURRENT_REQUESTS=str(CONCURRENCY),
        TRACKER_CRAWL_CONCURRENT_PER_DOMAIN=str(CONCURRENCY),
        TRACKER_CRAWL_DOWNLOAD_DELAY_S="0",
        TRACKER_CRAWL_AUTOTHROTTLE_TARGET_CONCURRENCY="0",
        TRACKER_CRAWL_LOG_LEVEL="ERROR",
    )
    tracker = str(Path(sys.executable).with_name("tracker"))
    start = time.monotonic()
    result = subprocess.run(
        [tracker, "crawl", "--csv", "--sources", str(sources), "--url", feed_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    elapsed = time.monotonic() - start
    if result.returncode != 0:
        raise SystemExit(f"tracker crawl failed: {result.stderr[-2000:]}")
    with sqlite3.connect(database) as connection:
        stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    return int(stored), elapsed, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    pages = build_site(args.pages)
    sizes = [len(body) for path, body in pages.items() if path.startswith("/articles/")]
    site = Site(pages)
    add_listings(pages, site.base, args.pages)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    print(
        f"site: {args.pages} pages, {min(sizes) // 1024}-{max(sizes) // 1024} KB each, "
        f"{sum(sizes) / 1e6:.0f} MB in total, at {site.base}"
    )
    try:
        cpu = children_cpu_s()
        fetched, plain_s = run_plain(f"{site.base}/sitemap.xml")
        plain_cpu, cpu = children_cpu_s() - cpu, children_cpu_s()
        plain_rate = fetched / plain_s
        print(f"plain Scrapy spider: {fetched} pages in {plain_s:.1f} s = {plain_rate:.1f} pages/s")
        with tempfile.TemporaryDirectory() as folder:
            stored, tracker_s, table = run_tracker(f"{site.base}/feed.xml", Path(folder))
        tracker_cpu = children_cpu_s() - cpu
        rate = stored / tracker_s
        print(
            f"tracker crawl: {stored} articles stored in {tracker_s:.1f} s = {rate:.1f} articles/s"
        )
        # CPU of each side's whole process tree: on a busy machine the ratio tends to this one.
        print(
            f"CPU: plain {plain_cpu:.1f} s, tracker {tracker_cpu:.1f} s "
            f"(CLI, crawler and extraction workers); plain/tracker {plain_cpu / tracker_cpu:.2f}"
        )
        print(table.strip())
        print(
            f"ratio tracker/plain: {rate / plain_rate:.2f} (targets: >= 25 articles/s and >= 0.50)"
        )
    finally:
        site.shutdown()


if __name__ == "__main__":
    main()
