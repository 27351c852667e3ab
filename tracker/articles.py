"""Storing articles exactly once, whoever brings them (ingest, spiders).

An article is new only if neither its normalised URL, a known alias URL, nor the same story from
the same source (normalised title or content hash) is stored; otherwise the URL is linked to the
stored article as an alias, so a later crawl does not fetch it again.

`ArticleWriter` applies these rules to many articles in one transaction: it asks the database
once per batch what it knows about the batch's URLs, hashes and titles, then decides each article
in order in memory (a later article sees the earlier ones), so a crawl does not pay several ORM
queries per article. `save_article` is the same writer for one article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, insert, or_, select
from sqlalchemy.orm import Session

from models import Article, ArticleAlias
from tracker.textnorm import content_hash, normalise_title, normalise_url

LOOKUP_CHUNK = 500  # keeps IN (...) lists well inside every backend's parameter limit
MIN_TITLE_KEY = 20  # short titles ("Update", "Briefing") are not identities
# Core, not ORM: a crawl inserts thousands of rows and needs only their ids back.
_ARTICLES, _ALIASES = cast(Table, Article.__table__), cast(Table, ArticleAlias.__table__)
_INSERT_ARTICLE = insert(_ARTICLES).returning(_ARTICLES.c.id)
_INSERT_ALIAS = insert(_ALIASES)


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    SAME_URL = "same_url"
    SAME_STORY = "same_story"


@dataclass(frozen=True)
class ArticleRecord:
    url: str
    title: str
    text: str
    published_at: datetime | None
    source: str = "manual"
    language: str | None = None
    author: str | None = None
    fetched_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.published_at is not None and self.published_at.tzinfo is None:
            raise ValueError("published_at must be timezone-aware")


@dataclass(frozen=True)
class SaveResult:
    outcome: Outcome
    article_id: int
    url: str


@dataclass(frozen=True)
class _Keys:
    url: str
    title: str
    text_hash: str

    @classmethod
    def of(cls, record: ArticleRecord) -> _Keys:
        return cls(
            normalise_url(record.url), normalise_title(record.title), content_hash(record.text)
        )


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), LOOKUP_CHUNK):
        yield ordered[start : start + LOOKUP_CHUNK]


def _stored_by_url(session: Session, keys: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Normalised URL -> (article id, stored URL), by the article's own URL or else an alias."""
    found: dict[str, tuple[int, str]] = {}
    keys = set(keys)
    for chunk in _chunks(keys):
        for url, article_id in session.execute(
            select(Article.url, Article.id).where(Article.url.in_(chunk))
        ):
            found[url] = (article_id, url)
    for chunk in _chunks(keys - found.keys()):
        for alias, article_id, url in session.execute(
            select(ArticleAlias.url, Article.id, Article.url)
            .join(Article, ArticleAlias.article_id == Article.id)
            .where(ArticleAlias.url.in_(chunk))
        ):
            found[alias] = (article_id, url)
    return found


def find_stored(session: Session, url: str) -> Article | None:
    """The stored article for a URL, by its normalised form or a known alias."""
    key = normalise_url(url)
    hit = _stored_by_url(session, [key]).get(key)
    return session.get(Article, hit[0]) if hit else None


class ArticleWriter:
    """Saves articles in order within the caller's transaction (flushes, does not commit).

    Call `prefetch` with everything the batch will save or link, then `save`/`link` per item and
    `flush` at the end. New articles are inserted at once (their ids are needed); aliases are
    inserted by `flush`.
    """

    def __init__(self, session: Session, *, refresh: bool = False):
        self.session = session
        self.refresh = refresh
        self.by_url: dict[str, tuple[int, str]] = {}
        self.urls: dict[int, str] = {}
        self.by_hash: dict[tuple[str, str], set[int]] = {}
        self.by_title: dict[tuple[str, str], set[int]] = {}
        self.aliases: list[dict[str, Any]] = []
        self.keys: dict[ArticleRecord, _Keys] = {}

    def prefetch(self, records: Sequence[ArticleRecord], urls: Iterable[str] = ()) -> None:
        """What the database knows about these records' URLs, hashes and titles (and `urls`)."""
        keys = [self._keys(record) for record in records]
        self.by_url.update(_stored_by_url(self.session, [k.url for k in keys] + list(urls)))
        hashes = [k.text_hash for k in keys]
        titles = [k.title for k in keys if len(k.title) >= MIN_TITLE_KEY]
        for hash_chunk, title_chunk in _paired_chunks(hashes, titles):
            for row in self.session.execute(
                select(
                    Article.id,
                    Article.url,
                    Article.source,
                    Article.content_hash,
                    Article.normalized_title,
                ).where(
                    or_(
                        Article.content_hash.in_(hash_chunk),
                        Article.normalized_title.in_(title_chunk),
                    )
                )
            ):
                self._remember(row.id, row.url, row.source, row.content_hash, row.normalized_title)

    def save(self, record: ArticleRecord) -> SaveResult:
        keys = self._keys(record)
        stored = self.by_url.get(keys.url)
        if stored is not None:
            if self.refresh:
                updated = self._refresh(stored[0], record, keys)
                if updated is not None:
                    return updated
            return SaveResult(Outcome.SAME_URL, *stored)

        twin = self._same_story(record.source, keys)
        if twin is not None:
            result = SaveResult(Outcome.SAME_STORY, twin, self.urls[twin])
            self.link(keys.url, result, "same_story")
            return result

        fetched_at = record.fetched_at or datetime.now(UTC)
        article_id = (
            self.session.connection()
            .execute(
                _INSERT_ARTICLE,
                {
                    "url": keys.url,
                    "title": record.title,
                    "normalized_title": keys.title,
                    "published_at": record.published_at,
                    "fetched_at": fetched_at,
                    "text": record.text,
                    "content_hash": keys.text_hash,
                    "language": record.language,
                    "author": record.author,
                    "source": record.source,
                },
            )
            .scalar_one()
        )
        self._remember(article_id, keys.url, record.source, keys.text_hash, keys.title)
        self.by_url[keys.url] = (article_id, keys.url)
        return SaveResult(Outcome.NEW, article_id, keys.url)

    def link(self, url: str, target: SaveResult, reason: str) -> bool:
        """Record `url` (normalised) as an alias of a saved article unless the URL is known."""
        if url in self.by_url:
            return False
        self.by_url[url] = (target.article_id, target.url)
        self.aliases.append({"url": url, "article_id": target.article_id, "reason": reason})
        return True

    def flush(self) -> None:
        if self.aliases:
            rows, self.aliases = self.aliases, []
            self.session.connection().execute(_INSERT_ALIAS, rows)

    # -- in memory ----------------------------------------------------------------------------
    def _keys(self, record: ArticleRecord) -> _Keys:
        keys = self.keys.get(record)
        if keys is None:
            keys = self.keys[record] = _Keys.of(record)
        return keys

    def _remember(self, article_id: int, url: str, source: str, text_hash: str, title: str) -> None:
        self.urls[article_id] = url
        self.by_hash.setdefault((source, text_hash), set()).add(article_id)
        self.by_title.setdefault((source, title), set()).add(article_id)

    def _same_story(self, source: str, keys: _Keys) -> int | None:
        """The earliest stored article of the same source with this text or (long) title."""
        candidates = set(self.by_hash.get((source, keys.text_hash), ()))
        if len(keys.title) >= MIN_TITLE_KEY:
            candidates |= self.by_title.get((source, keys.title), set())
        return min(candidates) if candidates else None

    def _refresh(self, article_id: int, record: ArticleRecord, keys: _Keys) -> SaveResult | None:
        """--refresh: overwrite a stored copy whose text changed (None when it did not)."""
        stored = self.session.get(Article, article_id)
        assert stored is not None
        if stored.content_hash == keys.text_hash:
            return None
        self.by_hash.get((stored.source, stored.content_hash), set()).discard(stored.id)
        self.by_title.get((stored.source, stored.normalized_title), set()).discard(stored.id)
        stored.title, stored.normalized_title = record.title, keys.title
        stored.text, stored.content_hash = record.text, keys.text_hash
        stored.published_at = record.published_at or stored.published_at
        stored.fetched_at = record.fetched_at or datetime.now(UTC)
        stored.extractor_version = None  # text changed: extract again
        self.session.flush()
        self._remember(stored.id, stored.url, stored.source, keys.text_hash, keys.title)
        return SaveResult(Outcome.UPDATED, stored.id, stored.url)


def _paired_chunks(hashes: list[str], titles: list[str]) -> Iterable[tuple[list[str], list[str]]]:
    hash_chunks, title_chunks = list(_chunks(hashes)), list(_chunks(titles))
    for index in range(max(len(hash_chunks), len(title_chunks))):
        yield (
            hash_chunks[index] if index < len(hash_chunks) else [],
            title_chunks[index] if index < len(title_chunks) else [],
        )


def save_article(session: Session, record: ArticleRecord, *, refresh: bool = False) -> SaveResult:
    """Store one article (flushes, does not commit). `refresh` overwrites a stored copy's text."""
    writer = ArticleWriter(session, refresh=refresh)
    writer.prefetch([record])
    result = writer.save(record)
    writer.flush()
    return result
