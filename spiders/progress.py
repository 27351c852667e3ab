"""Progress events for the parent `tracker crawl` process: one JSON line per second on stdout.

Scrapy logs to standard error, so standard output carries only these lines (prefixed, so a stray
print from a library cannot be mistaken for one).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from scrapy import signals
from twisted.internet import task

from spiders.stats import per_source

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

PROGRESS_PREFIX = "@@tracker-progress "
INTERVAL_S = 1.0


def emit(event: dict[str, Any]) -> None:
    sys.stdout.write(PROGRESS_PREFIX + json.dumps(event, default=str) + "\n")
    sys.stdout.flush()


class ProgressReporter:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressReporter:
        return cls(crawler)

    def report(self) -> None:
        assert self.crawler.stats is not None and self.crawler.spider is not None
        stats = per_source(self.crawler.stats.get_stats())
        emit({"event": "progress", "spider": self.crawler.spider.name, "sources": stats})

    def opened(self, spider: Any) -> None:
        self.loop = task.LoopingCall(self.report)
        self.loop.start(INTERVAL_S, now=False)

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.report()
