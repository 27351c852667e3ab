"""Feed, sitemap and source-file parsing as pure functions on bytes (no network)."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spiders.middleware import parse_retry_after
from spiders.parsing import NotParsable, parse_feed, parse_sitemap, sniff
from spiders.relevance import is_relevant
from spiders.sources import adhoc_sources, load_sources, parse_sources, select_sources
from spiders.state import backoff_delay
from tracker.errors import ConfigError

FIXTURES = Path(__file__).with_name("fixtures")
BASE = "http://news.test"


def fixture(name: str) -> bytes:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text.replace("{base}", BASE).replace("{extra}", "").encode("utf-8")


def test_rss_entries_keep_links_titles_and_dates() -> None:
    entries = parse_feed(fixture("feed.xml"))
    assert len(entries) == 12
    first = entries[0]
    assert first.url == f"{BASE}/articles/solid-state-breakthrough.html"
    assert first.title == "Solid-state cells reach 450 Wh/kg on pilot line"
    assert first.published == datetime(2024, 5, 3, 10, tzinfo=UTC)
    assert entries[1].url.endswith("gigafactory.html?utm_source=rss&utm_medium=feed")


def test_atom_entries_use_the_alternate_link_and_updated_date() -> None:
    entries = parse_feed(fixture("atom.xml"))
    assert [e.url for e in entries] == [
        f"{BASE}/articles/gigafactory.html",
        f"{BASE}/articles/lfp-cost.html",
    ]
    assert entries[1].published == datetime(2024, 4, 27, 11, tzinfo=UTC)


def test_news_sitemap_reads_nested_publication_date_over_lastmod() -> None:
    document = parse_sitemap(fixture("sitemap-news.xml"))
    assert document.kind == "urlset"
    cathode = document.entries[0]
    assert cathode.published == datetime(2024, 4, 25, 14, 30, tzinfo=UTC)  # not the lastmod
    assert cathode.title == "Cathode plant to supply 500,000 cars a year"


def test_sitemap_index_lists_children_and_gzip_is_read() -> None:
    document = parse_sitemap(gzip.compress(fixture("sitemap_index.xml")))
    assert document.kind == "index"
    assert [e.url for e in document.entries] == [f"{BASE}/sitemap-news.xml"]


def test_html_is_neither_feed_nor_sitemap() -> None:
    html = (FIXTURES / "articles" / "gigafactory.html").read_bytes()
    assert sniff(html) == "html"
    with pytest.raises(NotParsable, match="not a feed"):
        parse_feed(html)
    with pytest.raises(NotParsable, match="not a sitemap"):
        parse_sitemap(html)


def test_relevance_needs_keyword_in_title_or_twice_in_text() -> None:
    keywords = ("battery", "Wh/kg", "cell")
    assert is_relevant("New battery plant", "", keywords)
    assert is_relevant("Plant", "cells at 400 Wh/kg, a cell first", keywords)
    assert not is_relevant("EV sales up", "one cell phone mention", keywords)
    assert is_relevant("anything", "", ())


def test_packaged_sources_load_and_are_valid() -> None:
    loaded = load_sources()
    names = [s.name for s in loaded.sources]
    assert "electrek" in names and len(names) == len(set(names))
    assert all(s.feeds or s.sitemaps for s in loaded.sources)
    assert "battery" in loaded.defaults.keywords
    assert all(s.enabled for s in select_sources(loaded.sources, []))


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "x"}, r"source #1 \(x\): needs at least one URL"),
        ({"name": "x", "feeds": ["ftp://a/b"]}, "not an http"),
        ({"name": "x", "feeds": ["https://a/"], "colour": 1}, "unknown key"),
        ({"name": "Bad Name", "feeds": ["https://a/"]}, "'name' must be"),
        ({"name": "x", "feeds": ["https://a/"], "include": ["("]}, "bad pattern"),
    ],
)
def test_bad_source_entries_are_named(entry: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_sources({"source": [entry]}, "s.toml")


def test_unknown_source_name_lists_known_ones() -> None:
    sources = parse_sources({"source": [{"name": "a", "feeds": ["https://a/f"]}]}, "s").sources
    with pytest.raises(ConfigError, match=r"unknown source.*nope.*known: a"):
        select_sources(sources, ["nope"])


def test_adhoc_urls_are_grouped_by_host_and_sitemaps_recognised() -> None:
    [source] = adhoc_sources([f"{BASE}/feed.xml", f"{BASE}/sitemap_index.xml"])
    assert source.feeds == (f"{BASE}/feed.xml",)
    assert source.sitemaps == (f"{BASE}/sitemap_index.xml",)
    assert source.wants_url(f"{BASE}/a.html") and not source.wants_url("http://other.test/a")


def test_retry_after_seconds_and_http_date() -> None:
    assert parse_retry_after(b"5") == 5.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0 - 10) == 10.0
    assert parse_retry_after(b"soon") is None


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [backoff_delay(n, 60, 300) for n in range(5)] == [0, 60, 120, 240, 300]
