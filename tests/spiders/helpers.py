"""Crawl test helpers: the local news site fixture and settings that keep every wait short.

Imported by tests/spiders/conftest.py and tests/test_crawl_cli.py (which lives outside this folder).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.spiders.site import NewsSite

KEYWORDS = (
    '["battery", "batteries", "solid-state", "Wh/kg", "gigafactory", "GWh", "cell", "cells", '
    '"lithium", "sodium-ion", "cathode"]'
)

# Short timeouts so the slow page fails in 2 s; no politeness delay on loopback.
CRAWL_ENV = {
    "TRACKER_CRAWL_DOWNLOAD_TIMEOUT_S": "2",
    "TRACKER_CRAWL_MAX_PAGE_BYTES": "200000",
    "TRACKER_CRAWL_DOWNLOAD_DELAY_S": "0",
    "TRACKER_CRAWL_RETRY_TIMES": "1",
    "TRACKER_CRAWL_MIN_TEXT_CHARS": "200",
    "TRACKER_CRAWL_CONCURRENT_PER_DOMAIN": "4",
    "TRACKER_CRAWL_BACKOFF_BASE_S": "600",
    "TRACKER_CRAWL_IDLE_GRACE_S": "2",
}


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as server:
        yield server


def write_sources(path: Path, body: str = "") -> Path:
    """A sources file whose [defaults] suit the fixture site (dates from 2024: no age limit)."""
    path.write_text(
        f'[defaults]\nkeywords = {KEYWORDS}\nlanguages = ["en"]\nmax_age_days = 0\n\n{body}',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def defaults_file(tmp_path: Path) -> Path:
    return write_sources(tmp_path / "sources.toml")
