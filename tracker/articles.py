"""Storing articles exactly once, whoever brings them (ingest, spiders).

An article is new only if neither its normalised URL, a known alias URL, nor the same story from
the same source (normalised title or content hash) is stored; otherwise the URL is linked to the
stored article as an alias, so a later crawl does not fetch it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import Article, ArticleAlias
from tracker.textnorm import content_hash, normalise_title, normalise_url


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


def find_stored(session: Session, url: str) -> Article | None:
    """The stored article for a URL, by its normalised form or a known alias."""
    key = normalise_url(url)
    article = session.scalar(select(Article).where(Article.url == key))
    if article is None:
        article = session.scalar(select(Article).join(ArticleAlias).where(ArticleAlias.url == key))
    return article


def _same_story(
    session: Session, record: ArticleRecord, title_key: str, text_hash: str
) -> Article | None:
    conditions = [Article.content_hash == text_hash]
    if len(title_key) >= 20:  # short titles ("Update", "Briefing") are not identities
        conditions.append(Article.normalized_title == title_key)
    return session.scalar(
        select(Article).where(Article.source == record.source, or_(*conditions)).limit(1)
    )


def save_article(session: Session, record: ArticleRecord, *, refresh: bool = False) -> SaveResult:
    """Store one article (flushes, does not commit). `refresh` overwrites a stored copy's text."""
    key = normalise_url(record.url)
    title_key = normalise_title(record.title)
    text_hash = content_hash(record.text)
    stored = find_stored(session, key)
    if stored is not None:
        if refresh and stored.content_hash != text_hash:
            stored.title, stored.normalized_title = record.title, title_key
            stored.text, stored.content_hash = record.text, text_hash
            stored.published_at = record.published_at or stored.published_at
            stored.fetched_at = record.fetched_at or datetime.now(UTC)
            stored.extractor_version = None  # text changed: extract again
            session.flush()
            return SaveResult(Outcome.UPDATED, stored.id, stored.url)
        return SaveResult(Outcome.SAME_URL, stored.id, stored.url)

    twin = _same_story(session, record, title_key, text_hash)
    if twin is not None:
        session.add(ArticleAlias(url=key, article_id=twin.id, reason="same_story"))
        session.flush()
        return SaveResult(Outcome.SAME_STORY, twin.id, twin.url)

    article = Article(
        url=key,
        title=record.title,
        normalized_title=title_key,
        published_at=record.published_at,
        fetched_at=record.fetched_at or datetime.now(UTC),
        text=record.text,
        content_hash=text_hash,
        language=record.language,
        author=record.author,
        source=record.source,
    )
    session.add(article)
    session.flush()
    return SaveResult(Outcome.NEW, article.id, article.url)
