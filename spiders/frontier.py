"""Distributed mode: a frontier and duplicate filter in Redis shared by several crawler processes.

scrapy-redis 0.9.1's spider classes only define `start_requests()`, which Scrapy 2.16 removed, so
they are not used; its Scheduler and dupefilter only rely on the scheduler interface
(`open/close/enqueue_request/next_request/has_pending_requests`) and `Request.to_dict()`, which
Scrapy 2.19 still provides, and are used as they are (tests/spiders/test_distributed.py runs two
processes against one Redis). Two adjustments live here:

* fingerprints use the normalised article URL (tracking parameters, `www.` and fragments do not
  make a new request), so two processes never fetch one story under two spellings;
* the filter's key expires `crawl_redis_dupefilter_ttl_s` after its last use instead of growing
  forever; the database, not Redis, remembers what is stored across runs.
"""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter

from tracker.textnorm import BadURL, normalise_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def redis_settings(redis_url: str, prefix: str, ttl_s: int) -> dict[str, Any]:
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "SCHEDULER_PERSIST": True,  # one process finishing must not flush the others' queue
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
        # One filter for both spiders: a story in a feed and a sitemap is one request. The queues
        # stay per spider because a queued request names its spider's callback.
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "DUPEFILTER_CLASS": "spiders.frontier.ExpiringDupeFilter",
        "REDIS_URL": redis_url,
        "TRACKER_REDIS_DUPEFILTER_TTL_S": ttl_s,
        "EXTENSIONS": {"spiders.frontier.IdleGrace": 600},
    }


class ExpiringDupeFilter(RFPDupeFilter):
    ttl_s: int = 21600

    @classmethod
    def from_spider(cls, spider: Any) -> ExpiringDupeFilter:
        dupefilter = super().from_spider(spider)
        dupefilter.ttl_s = spider.settings.getint("TRACKER_REDIS_DUPEFILTER_TTL_S", cls.ttl_s)
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        fingerprint = self.request_fingerprint(request)
        pipe = self.server.pipeline()
        pipe.sadd(self.key, fingerprint)
        pipe.expire(self.key, self.ttl_s)
        added, _ = pipe.execute()
        return bool(added == 0)

    def request_fingerprint(self, request: Request) -> str:
        """The normalised URL of the request itself (not the listed URL in meta: a redirect's
        target must not look like the request that was redirected)."""
        try:
            key = normalise_url(request.url)
        except BadURL:
            return str(super().request_fingerprint(request))
        return hashlib.sha1(f"{request.method} {key}".encode()).hexdigest()


class IdleGrace:
    """Keeps an idle crawler alive for `crawl_idle_grace_s` while the others may still push work
    into the shared queue (a slower process may still be parsing a feed)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.grace_s = crawler.settings.getfloat("TRACKER_IDLE_GRACE_S", 5.0)
        self.idle_since: float | None = None
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self.request_scheduled, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdleGrace:
        return cls(crawler)

    def request_scheduled(self, *args: Any, **kwargs: Any) -> None:
        self.idle_since = None

    def spider_idle(self, spider: Any) -> None:
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.grace_s:
            raise DontCloseSpider
