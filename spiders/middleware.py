"""Downloader middlewares for politeness: honour Retry-After, stop hammering a site that blocks us.

Scrapy 2.19's RetryMiddleware retries 429/503 immediately and ignores Retry-After; here the
site's downloader slot is slowed to the delay the server asked for (AutoThrottle then eases it back
down), and a delay longer than `crawl_retry_after_max_s` gives the request up for this run instead
of stalling the whole crawl.
"""

from __future__ import annotations

import time
from collections import Counter
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.response import response_status_message

from spiders.failures import BLOCKED_STATUSES

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

SLOW_DOWN_STATUSES = {429, 503}
DEFAULT_SLOW_DOWN_S = 2.0  # a 429/503 without Retry-After still doubles the gap, at least this
BLOCKS_BEFORE_GIVING_UP = 3


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None when absent/bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware(RetryMiddleware):
    """Replaces RetryMiddleware: same retries, plus per-site slow-down on 429 and 503."""

    max_wait_s: float

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.max_wait_s = crawler.settings.getfloat("TRACKER_RETRY_AFTER_MAX_S", 300.0)
        return middleware

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if response.status not in SLOW_DOWN_STATUSES or request.meta.get("dont_retry"):
            return super().process_response(request, response)
        wait = parse_retry_after(response.headers.get(b"Retry-After"))
        request.meta["retry_after_s"] = wait or 0.0
        slot = self._slot(request)
        if wait is not None and wait > self.max_wait_s:
            return response  # give up for this run; the endpoint back-off keeps the wait
        if slot is not None:
            slot.delay = max(
                slot.delay, wait if wait is not None else DEFAULT_SLOW_DOWN_S, slot.delay * 2
            )
            slot.lastseen = time.monotonic()  # the next request to this site waits the delay
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"tracker/{request.meta.get('source', '?')}/throttled")
        return self._retry(request, response_status_message(response.status)) or response

    def _slot(self, request: Request) -> Any:
        engine = self.crawler.engine
        if engine is None:
            return None
        key = request.meta.get("download_slot")
        return engine.downloader.slots.get(key) if key else None


class BlockedSiteMiddleware:
    """After a few 401/403/451 answers a site is skipped for the rest of the run; other sites
    go on. Requests dropped this way reach the spider's errback with the reason."""

    def __init__(self) -> None:
        self.blocks: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BlockedSiteMiddleware:
        return cls()

    def process_request(self, request: Request, spider: Any = None) -> None:
        host = _host(request)
        if self.blocks[host] >= BLOCKS_BEFORE_GIVING_UP:
            raise IgnoreRequest(
                f"site blocks this crawler ({self.blocks[host]} refusals); skipped for this run"
            )

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        if response.status in BLOCKED_STATUSES:
            self.blocks[_host(request)] += 1
        return response


def _host(request: Request) -> str:
    from scrapy.utils.httpobj import urlparse_cached

    return urlparse_cached(request).netloc.lower()
