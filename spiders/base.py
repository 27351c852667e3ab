"""Behaviour both spiders share: endpoint polling with state, article requests, failure reasons.

Subclasses only say how to read one kind of endpoint (`parse_listing`); everything site-specific
comes from the SourceConfig objects they are given, so one class serves every publisher.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from models import SourceKind, connect
from spiders import state
from spiders.failures import describe_failure
from spiders.items import PageItem, SkipItem
from spiders.parsing import Entry, NotParsable
from spiders.sources import SourceConfig
from spiders.stats import SourceStats

ANTI_BOT = re.compile(
    rb"cf-challenge|cf_chl_|captcha|just a moment\.\.\.|attention required|access denied|"
    rb"are you a robot|verify you are human|px-captcha|distil_r",
    re.IGNORECASE,
)
ANTI_BOT_MAX_BYTES = 40_000  # challenge pages are small; articles that mention "captcha" are not
ENDPOINT_PRIORITY = 10  # listings first so article requests are known early
# Normalised article URLs requested in this process, shared by the feed and sitemap spiders so a
# story listed in both is fetched once (across processes the Redis dupefilter does this).
QUEUED: set[str] = set()


class Listing:
    """What one endpoint response yielded: child endpoints (sitemap index) and article entries."""

    def __init__(self, children: list[Entry] | None = None, entries: list[Entry] | None = None):
        self.children = children or []
        self.entries = entries or []


class NewsSpider(scrapy.Spider):
    kind: ClassVar[SourceKind]

    def __init__(
        self, sources: list[SourceConfig], database_url: str, refresh: bool = False, **kw: Any
    ):
        super().__init__(**kw)
        self.sources = {source.name: source for source in sources}
        self.database_url = database_url
        self.refresh = refresh
        self.engine = connect(database_url)
        self.queued = QUEUED

    def closed(self, reason: str) -> None:
        self.engine.dispose()

    # -- to implement -------------------------------------------------------------------------
    def endpoints(self, source: SourceConfig) -> tuple[str, ...]:
        raise NotImplementedError

    def parse_listing(self, body: bytes, url: str) -> Listing:
        raise NotImplementedError

    # -- endpoints ----------------------------------------------------------------------------
    @property
    def counts(self) -> SourceStats:
        assert self.crawler.stats is not None
        return SourceStats(self.crawler.stats)

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            for url in self.endpoints(source):
                request = self.endpoint_request(source, url)
                if request is not None:
                    yield request

    def endpoint_request(self, source: SourceConfig, url: str) -> scrapy.Request | None:
        """One feed or sitemap request, conditional unless --refresh; None while backing off."""
        current = state.endpoint_state(self.engine, source.name, self.kind, url)
        now = datetime.now(UTC)
        if not self.refresh and current.backing_off(now):
            assert current.next_attempt_at is not None
            self.counts.endpoint(source.name, "backing_off")
            self.counts.fail(
                source.name,
                f"{self.kind} backing off until {current.next_attempt_at:%Y-%m-%d %H:%M} UTC "
                f"after {current.failures} failure(s): {current.last_error or '?'}",
            )
            return None
        headers = {} if self.refresh else current.conditional_headers()
        return scrapy.Request(
            url,
            callback=self.parse_endpoint,
            errback=self.endpoint_failed,
            headers=headers,
            dont_filter=True,  # every crawler process polls; the state makes polls cheap
            priority=ENDPOINT_PRIORITY,
            meta={
                "source": source.name,
                "endpoint_hash": current.last_body_hash,
                "handle_httpstatus_list": [304],
            },
        )

    def parse_endpoint(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["source"]]
        url = response.request.url if response.request else response.url
        if response.status == 304:
            self.counts.endpoint(source.name, "not_modified")
            state.record_success(self.engine, url)
            return
        digest = state.body_hash(response.body)
        etag, last_modified = _header(response, b"ETag"), _header(response, b"Last-Modified")
        if digest == response.meta.get("endpoint_hash") and not self.refresh:
            self.counts.endpoint(source.name, "unchanged")
            state.record_success(self.engine, url, etag=etag, last_modified=last_modified)
            return
        try:
            listing = self.parse_listing(response.body, response.url)
        except NotParsable as exc:
            self._endpoint_error(source, url, str(exc))
            return
        self.counts.endpoint(source.name, "ok")
        for child in self._recent(source, listing.children):
            request = self.endpoint_request(source, child.url)
            if request is not None:
                yield request
        requests = list(self.article_requests(source, listing.entries))
        state.record_success(
            self.engine,
            url,
            etag=etag,
            last_modified=last_modified,
            digest=digest,
            found_new=bool(requests),
        )
        yield from requests

    def endpoint_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        source = self.sources[request.meta["source"]]
        reason, _ = describe_failure(failure)
        self._endpoint_error(source, request.url, reason, failure)

    def _endpoint_error(
        self, source: SourceConfig, url: str, reason: str, failure: Failure | None = None
    ) -> None:
        self.counts.endpoint(source.name, "failed")
        self.counts.fail(source.name, f"{self.kind}: {reason}")
        wait_s = 0.0
        response = getattr(failure.value, "response", None) if failure is not None else None
        if response is not None:
            wait_s = float(response.meta.get("retry_after_s", 0.0) or 0.0)
        settings = self.crawler.settings
        state.record_failure(
            self.engine,
            url,
            reason,
            base_s=settings.getfloat("TRACKER_BACKOFF_BASE_S"),
            max_s=settings.getfloat("TRACKER_BACKOFF_MAX_S"),
            wait_s=wait_s,
        )

    # -- articles -----------------------------------------------------------------------------
    def _recent(self, source: SourceConfig, entries: list[Entry]) -> list[Entry]:
        if not source.max_age_days:
            return entries
        cutoff = datetime.now(UTC) - timedelta(days=source.max_age_days)
        return [e for e in entries if e.published is None or e.published >= cutoff]

    def article_requests(self, source: SourceConfig, entries: list[Entry]) -> Iterator[Any]:
        """Requests for listed articles the database does not know yet (all of them on refresh)."""
        wanted: dict[str, Entry] = {}
        recent = self._recent(source, entries)
        self.counts.add(source.name, "too_old", len(entries) - len(recent))
        for entry in recent:
            key = state.url_key(entry.url)
            if key is None or not source.wants_url(entry.url):
                self.counts.add(source.name, "out_of_scope")
                continue
            if key not in self.queued:
                wanted.setdefault(key, entry)
        known = set() if self.refresh else state.known_urls(self.engine, wanted)
        self.counts.add(source.name, "known", len(known))
        for key, entry in wanted.items():
            if key in known:
                continue
            self.queued.add(key)
            yield scrapy.Request(
                entry.url,
                callback=self.parse_article,
                errback=self.article_failed,
                meta={
                    "source": source.name,
                    "tracker_key": key,
                    "listed_title": entry.title,
                    "listed_published": entry.published,
                },
            )

    def parse_article(self, response: Response) -> Iterator[Any]:
        source = response.meta["source"]
        self.counts.add(source, "fetched")
        if not isinstance(response, TextResponse):
            self.counts.fail(source, "not an HTML page")
            yield SkipItem(source, response.url, "not an HTML page")
            return
        if len(response.body) < ANTI_BOT_MAX_BYTES and ANTI_BOT.search(response.body[:20_000]):
            self.counts.fail(source, "anti-bot page")
            return
        yield PageItem(
            source=source,
            url=response.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            html=decode_html(response),
            listed_title=response.meta.get("listed_title"),
            listed_published=response.meta.get("listed_published"),
        )

    def article_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        source = request.meta["source"]
        reason, permanent = describe_failure(failure)
        if getattr(failure.value, "response", None) is not None:
            self.counts.add(source, "fetched")
        self.counts.fail(source, reason)
        if permanent:
            yield SkipItem(source, request.url, reason)


def decode_html(response: TextResponse) -> str:
    """The page as text. A declared charset (header, BOM, meta) wins; otherwise UTF-8 if the bytes
    are valid UTF-8, else windows-1252 as browsers do (WHATWG) -- a statistical guess mistakes
    mostly-ASCII cp1252 pages for DOS code pages."""
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    declared = (
        http_content_type_encoding(content_type)
        or read_bom(response.body)[0]
        or html_body_declared_encoding(response.body[:4096])
    )
    if declared:
        return response.text
    try:
        return response.body.decode("utf-8")
    except UnicodeDecodeError:
        return response.body.decode("cp1252", errors="replace")


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
