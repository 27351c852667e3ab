"""Per-source counters kept in Scrapy's stats collector (one place both spiders and the
pipeline write to, and the run script reads at the end)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from scrapy.statscollectors import StatsCollector

PREFIX = "tracker/"
COUNTERS = ("fetched", "new", "updated", "duplicate", "irrelevant", "failed", "known")


class SourceStats:
    def __init__(self, stats: StatsCollector):
        self.stats = stats

    def add(self, source: str, counter: str, count: int = 1) -> None:
        if count:
            self.stats.inc_value(f"{PREFIX}{source}/{counter}", count)

    def fail(self, source: str, reason: str) -> None:
        self.add(source, "failed")
        self.stats.inc_value(f"{PREFIX}{source}/reason/failed: {reason}")

    def skip(self, source: str, reason: str) -> None:
        self.add(source, "irrelevant")
        self.stats.inc_value(f"{PREFIX}{source}/reason/irrelevant: {reason}")

    def endpoint(self, source: str, outcome: str) -> None:
        self.add(source, f"endpoint_{outcome}")


def per_source(stats: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{source: {counter: n, ..., "reasons": {reason: n}}} from a stats dict."""
    result: dict[str, dict[str, Any]] = defaultdict(lambda: {"reasons": {}})
    for key, value in stats.items():
        if not key.startswith(PREFIX):
            continue
        source, _, rest = key[len(PREFIX) :].partition("/")
        if rest.startswith("reason/"):
            result[source]["reasons"][rest[len("reason/") :]] = value
        else:
            result[source][rest] = value
    return dict(result)
