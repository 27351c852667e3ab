"""The tracker's tables.

Every stage (crawl, extract, re-check, CLI) talks to these tables only, so any stage can be re-run
or moved to another machine. Status history is append-only: `Claim.status` is a cache of the last
StatusChange, never the only record of a verdict.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from models.types import UTCDateTime, utcnow, vocab
from models.vocab import (
    CompanyKind,
    DecidedBy,
    EventKind,
    Metric,
    Qualifier,
    SourceKind,
    Stance,
    Status,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


Base.metadata.naming_convention = NAMING_CONVENTION


class Source(Base):
    """One feed or sitemap endpoint and its polling state (conditional requests, back-off)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[SourceKind] = mapped_column(vocab(SourceKind, "source_kind"))
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(200))
    last_body_hash: Mapped[str | None] = mapped_column(String(64))
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_new_at: Mapped[datetime | None]
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Article(Base):
    """A stored news article; `url` is the normalised URL and the identity across crawls."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    normalized_title: Mapped[str] = mapped_column(String(500), default="", index=True)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    author: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(200), default="manual", index=True)
    extractor_version: Mapped[str | None] = mapped_column(String(32), index=True)
    extracted_at: Mapped[datetime | None]

    aliases: Mapped[list[ArticleAlias]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    mentions: Mapped[list[ClaimMention]] = relationship(back_populates="article")


class ArticleAlias(Base):
    """Another URL under which the same story was seen (tracking parameters, AMP, syndication)."""

    __tablename__ = "article_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    article: Mapped[Article] = relationship(back_populates="aliases")


class SkippedPage(Base):
    """A page a crawl judged not worth storing (off-topic, other language, 404, too large), so
    later crawls do not fetch it again; `tracker crawl --refresh` ignores these rows."""

    __tablename__ = "skipped_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[CompanyKind] = mapped_column(vocab(CompanyKind, "company_kind"))
    country: Mapped[str | None] = mapped_column(String(8))
    from_gazetteer: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[CompanyAlias]] = relationship(
        back_populates="company", cascade="all, delete-orphan"
    )
    claims: Mapped[list[Claim]] = relationship(back_populates="company")


class CompanyAlias(Base):
    """A spelling of a company's name; `key` is the case- and punctuation-folded form."""

    __tablename__ = "company_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)

    company: Mapped[Company] = relationship(back_populates="aliases")


class Claim(Base):
    """One claim of one company, however many articles reported it (see ClaimMention)."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(
            "qualifier != 'range' OR (low IS NOT NULL AND high IS NOT NULL)", name="range_bounds"
        ),
        CheckConstraint(
            "target_month IS NULL OR (target_month BETWEEN 1 AND 12)", name="target_month"
        ),
        Index("ix_claims_company_metric", "company_id", "metric"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="RESTRICT"))
    metric: Mapped[Metric] = mapped_column(vocab(Metric, "metric"), index=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    qualifier: Mapped[Qualifier | None] = mapped_column(vocab(Qualifier, "qualifier"))
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    original_value: Mapped[float | None] = mapped_column(Float)
    original_unit: Mapped[str | None] = mapped_column(String(32))
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    target_year: Mapped[int | None] = mapped_column(Integer, index=True)
    target_month: Mapped[int | None] = mapped_column(Integer)
    # The target as first reported, kept when the re-check moves the target after a delay, so a
    # replay (`tracker recheck --as-of`) can start each claim from what was first promised.
    original_target_year: Mapped[int | None] = mapped_column(Integer)
    original_target_month: Mapped[int | None] = mapped_column(Integer)
    stance: Mapped[Stance] = mapped_column(vocab(Stance, "stance"))
    fingerprint: Mapped[str] = mapped_column(String(300), unique=True)
    status: Mapped[Status] = mapped_column(vocab(Status, "status"), default=Status.OPEN, index=True)
    manual_override: Mapped[bool] = mapped_column(Boolean, default=False)
    first_reported_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    company: Mapped[Company] = relationship(back_populates="claims")
    mentions: Mapped[list[ClaimMention]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimMention.id"
    )
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="StatusChange.id"
    )


class ClaimMention(Base):
    """Where a claim was said: the article, the sentence and its character offsets."""

    __tablename__ = "claim_mentions"
    __table_args__ = (UniqueConstraint("claim_id", "article_id", "start", name="mention"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(32))

    claim: Mapped[Claim] = relationship(back_populates="mentions")
    article: Mapped[Article] = relationship(back_populates="mentions")


class Event(Base):
    """A later development the re-check judges claims by (abandonment, delay, progress...)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EventKind] = mapped_column(vocab(EventKind, "event_kind"))
    topic: Mapped[str] = mapped_column(String(200), default="")
    new_target_year: Mapped[int | None] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(32))

    company: Mapped[Company] = relationship()
    article: Mapped[Article] = relationship()


class StatusChange(Base):
    """One verdict on a claim, with its rule or reason and the evidence a person can check."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[Status | None] = mapped_column(vocab(Status, "from_status"))
    to_status: Mapped[Status] = mapped_column(vocab(Status, "to_status"))
    rule: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    evidence_url: Mapped[str | None] = mapped_column(String(2000))
    quote: Mapped[str | None] = mapped_column(Text)
    strength: Mapped[str | None] = mapped_column(String(32))
    decided_by: Mapped[DecidedBy] = mapped_column(vocab(DecidedBy, "decided_by"))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="history")


class JobState(Base):
    """Small key/value watermarks for incremental jobs (for example the last article re-checked)."""

    __tablename__ = "job_state"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
