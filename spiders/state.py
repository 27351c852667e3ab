"""What the database remembers between crawls: endpoint polling state and known article URLs.

Scrapy's duplicate filter forgets everything when a run ends, so each run asks the database which
article URLs are already stored (directly, as an alias, or judged not worth storing) and keeps
per-endpoint state in the Source table: ETag / Last-Modified for conditional requests, a hash of
the last body, and a failure count with the next attempt time (exponential back-off).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from models import Article, ArticleAlias, SkippedPage, Source, SourceKind, session_scope
from tracker.textnorm import BadURL, normalise_url

LOOKUP_CHUNK = 500  # keeps IN (...) lists well inside every backend's parameter limit


@dataclass(frozen=True)
class EndpointState:
    url: str
    etag: str | None
    last_modified: str | None
    last_body_hash: str | None
    failures: int
    next_attempt_at: datetime | None
    last_error: str | None

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    def backing_off(self, now: datetime) -> bool:
        return self.next_attempt_at is not None and self.next_attempt_at > now


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def backoff_delay(failures: int, base_s: float, max_s: float) -> float:
    """Seconds to wait after `failures` consecutive failures: base, 2*base, 4*base ... max."""
    if failures <= 0:
        return 0.0
    return float(min(max_s, base_s * 2 ** min(failures - 1, 30)))


def endpoint_state(engine: Engine, source: str, kind: SourceKind, url: str) -> EndpointState:
    """The stored state of one endpoint, creating its row on first sight."""
    with session_scope(engine) as session:
        row = session.scalar(select(Source).where(Source.url == url))
        if row is None:
            row = Source(name=source, kind=kind, url=url, failures=0)
            session.add(row)
            try:
                session.flush()
            except IntegrityError:  # another crawler process created it a moment ago
                session.rollback()
                row = session.scalars(select(Source).where(Source.url == url)).one()
        return EndpointState(
            url=row.url,
            etag=row.etag,
            last_modified=row.last_modified,
            last_body_hash=row.last_body_hash,
            failures=row.failures or 0,
            next_attempt_at=row.next_attempt_at,
            last_error=row.last_error,
        )


def record_success(
    engine: Engine,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    digest: str | None = None,
    found_new: bool = False,
) -> None:
    """A 200 or 304: failures reset; validators and body hash kept when the server sent them."""
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        row = session.scalar(select(Source).where(Source.url == url))
        if row is None:
            return
        row.last_polled_at = row.last_success_at = now
        row.failures, row.next_attempt_at, row.last_error = 0, None, None
        if etag is not None or last_modified is not None:
            row.etag, row.last_modified = etag, last_modified
        if digest is not None:
            row.last_body_hash = digest
        if found_new:
            row.last_new_at = now


def record_failure(
    engine: Engine, url: str, error: str, *, base_s: float, max_s: float, wait_s: float = 0.0
) -> datetime:
    """One more failure: the next attempt moves out exponentially (or to Retry-After if later)."""
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        row = session.scalar(select(Source).where(Source.url == url))
        if row is None:
            return now
        row.failures = (row.failures or 0) + 1
        delay = max(backoff_delay(row.failures, base_s, max_s), wait_s)
        row.next_attempt_at = now + timedelta(seconds=delay)
        row.last_polled_at, row.last_error = now, error[:2000]
        return row.next_attempt_at


def url_key(url: str) -> str | None:
    try:
        return normalise_url(url)
    except BadURL:
        return None


def known_urls(engine: Engine, keys: Iterable[str]) -> set[str]:
    """Which of these normalised URLs the database already has (article, alias or skipped)."""
    wanted = sorted(set(keys))
    found: set[str] = set()
    with session_scope(engine) as session:
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start : start + LOOKUP_CHUNK]
            for column in (Article.url, ArticleAlias.url, SkippedPage.url):
                found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found
