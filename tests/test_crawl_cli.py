"""Real crawls through `tracker crawl` against the local news site (tests/spiders/site.py).

Each test runs the installed entry point in a child process, as a user would, and checks what the
database holds afterwards and what the site was asked for.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Article, ArticleAlias, SkippedPage, Source, connect, session_scope
from tests.conftest import run_tracker
from tests.spiders.helpers import CRAWL_ENV, defaults_file, site, write_sources
from tests.spiders.site import FRESH_ITEM, NewsSite

__all__ = ["defaults_file", "site"]  # fixtures

BOILERPLATE = (
    "FTC:",
    "affiliate links",
    "We use cookies",
    "Subscribe to our newsletter",
    "About the author",
    "Related articles",
    "Trending",
    "Privacy policy",
    "Share this article",
)
EXPECTED = {  # path -> (title, published)
    "solid-state-breakthrough": (
        "Solid-state cells reach 450 Wh/kg on pilot line",
        datetime(2024, 5, 3, 10, tzinfo=UTC),
    ),
    "gigafactory": (
        "Northvolt rival plans 40 GWh gigafactory in Spain",
        datetime(2024, 5, 2, 6, 30, tzinfo=UTC),
    ),
    "flaky": (
        "Sodium-ion cell maker doubles production capacity",
        datetime(2024, 4, 30, 12, tzinfo=UTC),
    ),
    "ratelimited": (
        "Battery recycler opens plant for lithium recovery",
        datetime(2024, 4, 29, 15, tzinfo=UTC),
    ),
    "sodium-ion": (
        "Carmaker picks sodium-ion batteries for city car",
        datetime(2024, 4, 28, 6, tzinfo=UTC),
    ),
    "lfp-cost": ("LFP cell prices fall below $60/kWh", datetime(2024, 4, 27, 11, tzinfo=UTC)),
    "cathode-plant": (
        "Cathode plant to supply 500,000 cars a year",
        datetime(2024, 4, 25, 14, 30, tzinfo=UTC),  # only the news sitemap has it
    ),
    "cp1252": (
        "Battery maker’s €2 billion cell plant approved",
        datetime(2024, 4, 26, 9, tzinfo=UTC),
    ),
}
SKIPPED = {
    "off-topic": "off-topic",
    "german": "language de",
    "missing": "HTTP 404 (gone)",
    "huge": "too large",
}


def crawl(db: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, list[dict]]:
    result = run_tracker("crawl", "--json", *args, db=db, env={**CRAWL_ENV, **(env or {})})
    assert result.returncode in (0, 1), result.stderr
    rows = json.loads(result.stdout) if result.stdout.strip() else []
    return result.returncode, rows


def site_urls(site: NewsSite) -> list[str]:
    return [
        "--url",
        f"{site.base}/feed.xml",
        "--url",
        f"{site.base}/atom.xml",
        "--url",
        f"{site.base}/sitemap_index.xml",
    ]


def stored(db: str) -> dict[str, Article]:
    engine = connect(db)
    with session_scope(engine) as session:
        articles = session.scalars(select(Article)).all()
    engine.dispose()
    return {a.url.rsplit("/", 1)[-1].removesuffix(".html"): a for a in articles}


def test_crawl_stores_each_article_once_with_dates_titles_and_clean_text(
    db_url: str, site: NewsSite, defaults_file: Path
) -> None:
    status, [row] = crawl(db_url, "--sources", str(defaults_file), *site_urls(site))
    assert status == 0
    articles = stored(db_url)
    assert set(articles) == set(EXPECTED)
    for slug, (title, published) in EXPECTED.items():
        article = articles[slug]
        assert article.title == title, slug
        assert article.published_at == published, slug
        assert article.url == f"https://127.0.0.1:{site.server_address[1]}/articles/{slug}.html"
        assert article.language == "en"
        for phrase in BOILERPLATE:
            assert phrase not in article.text, (slug, phrase)
    assert "€2 billion" in articles["cp1252"].text and "—" in articles["cp1252"].text
    assert "450 Wh/kg" in articles["solid-state-breakthrough"].text

    assert row["new"] == 8 and row["irrelevant"] == 2
    reasons = row["reasons"]
    assert reasons["failed: disallowed by robots.txt"] == 1
    assert reasons["failed: timeout"] == 1
    assert reasons["failed: HTTP 404 (gone)"] == 1
    assert reasons["failed: too large"] == 1

    hits = site.state.hits
    assert "/private/roadmap.html" not in hits  # robots.txt obeyed
    assert hits["/articles/flaky.html"] == 2  # 500, then retried
    # gigafactory is listed with utm_ parameters (RSS) and without (Atom): fetched once
    assert sum(n for p, n in hits.items() if "gigafactory" in p) == 1
    assert hits["/articles/solid-state-breakthrough.html"] == 1  # in the feed and the sitemap
    # Retry-After: 1 was honoured before the second request
    (first, _), (second, _) = site.state.requests_for("/articles/ratelimited.html")
    assert second - first >= 0.9

    engine = connect(db_url)
    with session_scope(engine) as session:
        aliases = {a.url.split("/", 3)[-1]: a.reason for a in session.scalars(select(ArticleAlias))}
        skipped = {
            s.url.rsplit("/", 1)[-1].removesuffix(".html"): s.reason
            for s in session.scalars(select(SkippedPage))
        }
        sources = {s.url.rsplit("/", 1)[-1]: s for s in session.scalars(select(Source))}
    engine.dispose()
    assert aliases == {"old/sodium-ion": "listed"}  # the redirecting URL is linked
    assert skipped == SKIPPED
    assert sources["feed.xml"].etag and sources["feed.xml"].failures == 0

    # Second run: the feed changed (one new story); nothing already judged is fetched again.
    before = site.state.article_hits()
    site.state.feed_extra = FRESH_ITEM
    status, [row] = crawl(db_url, "--sources", str(defaults_file), *site_urls(site))
    assert status == 0
    again = site.state.article_hits() - before
    assert set(again) == {"/articles/fresh.html", "/articles/slow.html"}  # slow: timed out before
    assert row["new"] == 1 and row["known"] >= 10
    assert "fresh" in stored(db_url)

    # Third run: every listing answers 304 to the conditional request; no page is fetched.
    before = site.state.article_hits()
    feed_requests = len(site.state.requests_for("/feed.xml"))
    status, [row] = crawl(db_url, "--sources", str(defaults_file), *site_urls(site))
    assert status == 0 and row["not_modified"] >= 3
    assert site.state.article_hits() - before == {}
    _, headers = site.state.requests_for("/feed.xml")[feed_requests]
    assert headers.get("if-none-match") and headers.get("if-modified-since")


def test_refresh_fetches_stored_articles_again(
    sqlite_url: str, site: NewsSite, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "s.toml")
    args = ("--sources", str(sources), "--url", f"{site.base}/atom.xml")
    crawl(sqlite_url, *args)
    assert site.state.hits["/articles/lfp-cost.html"] == 1
    crawl(sqlite_url, *args)
    assert site.state.hits["/articles/lfp-cost.html"] == 1
    status, [row] = crawl(sqlite_url, *args, "--refresh")
    assert status == 0 and site.state.hits["/articles/lfp-cost.html"] == 2
    assert row["duplicate"] == 2  # unchanged text: nothing rewritten


def test_configured_sources_and_a_blocking_site_does_not_stop_others(
    db_url: str, site: NewsSite, tmp_path: Path
) -> None:
    sources = write_sources(
        tmp_path / "sources.toml",
        f"""
[[source]]
name = "volt"
feeds = ["{site.base}/atom.xml"]
sitemaps = ["{site.base}/sitemap_index.xml"]

[[source]]
name = "blocky"
feeds = ["{site.other_host}/blocked-feed.xml"]

[[source]]
name = "switched-off"
feeds = ["{site.base}/feed.xml"]
enabled = false
""",
    )
    status, rows = crawl(db_url, "--sources", str(sources))
    assert status == 0
    by_name = {row["source"]: row for row in rows}
    assert set(by_name) == {"volt", "blocky"}
    assert by_name["volt"]["new"] == 4  # gigafactory, lfp-cost, cathode-plant, solid-state
    assert by_name["blocky"]["new"] == 0 and by_name["blocky"]["failed"] == 5
    assert any("blocked by the site" in r or "anti-bot" in r for r in by_name["blocky"]["reasons"])
    assert {a.source for a in stored(db_url).values()} == {"volt"}
    assert "/feed.xml" not in site.state.hits  # the disabled source was not crawled


def test_unreachable_sources_exit_non_zero_and_back_off(sqlite_url: str, tmp_path: Path) -> None:
    sources = write_sources(
        tmp_path / "s.toml",
        '[[source]]\nname = "down"\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n',
    )
    result = run_tracker("crawl", "--sources", str(sources), db=sqlite_url, env=CRAWL_ENV)
    assert result.returncode == 1
    assert "no source could be crawled" in result.stderr
    assert "connection refused" in result.stdout
    result = run_tracker("crawl", "--sources", str(sources), db=sqlite_url, env=CRAWL_ENV)
    assert result.returncode == 1 and "backing off" in result.stdout


def test_unknown_source_name_is_a_one_line_error(sqlite_url: str) -> None:
    result = run_tracker("crawl", "no-such-site", db=sqlite_url)
    assert result.returncode == 2
    assert result.stderr.startswith("error: unknown source(s) no-such-site; known:")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize("crawling_s", [0.0, 6.0], ids=["while-starting", "while-crawling"])
def test_crawler_and_workers_end_when_tracker_crawl_is_killed(
    sqlite_url: str, crawling_s: float
) -> None:
    """Killed while the crawler still loads Scrapy, or later while it waits on a site, and even
    when its standard error was a pipe from the killed parent (writing the farewell line then
    fails): the crawler child exits, and its extraction workers with it."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # accepts connections and never answers: the crawl waits on robots.txt
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env.update(
        CRAWL_ENV,
        TRACKER_DATABASE_URL=sqlite_url,
        TRACKER_CRAWL_DOWNLOAD_TIMEOUT_S="120",
        TRACKER_CRAWL_RETRY_TIMES="0",
    )
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/feed.xml"
    tracker = Path(sys.executable).with_name("tracker")
    parent = subprocess.Popen(
        [str(tracker), "crawl", "--json", "--url", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        crawler: list[int] = []
        workers: list[int] = []
        while time.monotonic() < deadline and not (crawler and workers):
            time.sleep(0.2)
            crawler = _children(parent.pid)
            workers = [w for c in crawler for w in _children(c)]
        assert crawler and workers, "the crawler and its workers did not start"
        time.sleep(crawling_s)
        parent.kill()
        parent.wait()
        assert parent.stdout is not None and parent.stderr is not None
        parent.stdout.close()
        parent.stderr.close()  # the crawler's farewell line now meets a broken pipe
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(map(_alive, crawler + workers)):
            time.sleep(0.2)
        assert not any(map(_alive, crawler + workers)), "orphaned crawler processes"
    finally:
        if parent.poll() is None:
            parent.kill()
        silent.close()
