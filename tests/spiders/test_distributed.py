"""Distributed mode: two crawler processes share one Redis frontier and write to one PostgreSQL.

Every article page must be fetched once in total (the site counts requests), whichever process
fetched it, and every article stored once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from models import connect
from tests.spiders.helpers import CRAWL_ENV, write_sources
from tests.spiders.site import NewsSite

REDIS_URL = os.environ.get("TRACKER_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
ONCE = {  # pages without a deliberate retry
    "/articles/solid-state-breakthrough.html",
    "/articles/cathode-plant.html",
    "/articles/gigafactory.html",
    "/articles/lfp-cost.html",
    "/articles/off-topic.html",
    "/articles/german.html",
    "/articles/cp1252.html",
    "/articles/sodium-ion.html",
}


def redis_or_skip() -> object:
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis unreachable at {REDIS_URL} and CI is set")
        pytest.skip(f"Redis not reachable at {REDIS_URL}")
    return client


def test_two_crawlers_share_frontier_and_fetch_every_article_once(
    pg_url: str, site: NewsSite, tmp_path: Path
) -> None:
    client = redis_or_skip()
    prefix = f"tracker-test-{uuid.uuid4().hex[:10]}"
    connect(pg_url).dispose()  # schema created once, before both processes start
    sources = write_sources(
        tmp_path / "sources.toml",
        f"""
[[source]]
name = "volt"
feeds = ["{site.base}/feed.xml", "{site.base}/atom.xml"]
sitemaps = ["{site.base}/sitemap_index.xml"]
exclude = ["/slow", "/huge", "/flaky", "/ratelimited"]
""",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env.update(CRAWL_ENV)
    env.update(
        TRACKER_DATABASE_URL=pg_url,
        TRACKER_CRAWL_REDIS_URL=REDIS_URL,
        TRACKER_CRAWL_REDIS_KEY_PREFIX=prefix,
        TRACKER_CRAWL_IDLE_GRACE_S="3",
    )
    tracker = str(Path(sys.executable).with_name("tracker"))
    command = [tracker, "crawl", "--json", "--sources", str(sources)]
    try:
        children = [
            subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(2)
        ]
        outputs = [child.communicate(timeout=180) for child in children]
        assert [child.returncode for child in children] == [0, 0], [o[1][-2000:] for o in outputs]
        assert client.keys(f"{prefix}:*")  # type: ignore[attr-defined]  # the frontier was used
    finally:
        keys = client.keys(f"{prefix}:*")  # type: ignore[attr-defined]
        if keys:
            client.delete(*keys)  # type: ignore[attr-defined]

    hits: dict[str, int] = {}
    for path, count in site.state.article_hits().items():
        hits[path.split("?")[0]] = hits.get(path.split("?")[0], 0) + count
    assert {path: hits.get(path, 0) for path in ONCE} == dict.fromkeys(ONCE, 1), (
        hits,
        [o[1][-1500:] for o in outputs],
    )
    engine = connect(pg_url)
    with engine.connect() as connection:
        from sqlalchemy import text

        urls = connection.execute(text("SELECT url FROM articles")).scalars().all()
    engine.dispose()
    assert len(urls) == len(set(urls)) == 6  # 8 pages minus off-topic and German
