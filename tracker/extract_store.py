"""The extraction stage over the database: pending articles in, claims, mentions and events out.

Claims are deduplicated across outlets by a fingerprint (company, metric, value to three
significant digits in the canonical unit, target year, stance), so "100 MWh a year" in one article
and "0.1 GWh per year" in another become one Claim with two mentions. Each batch is one short
transaction, so crawlers and the scheduler can write to SQLite at the same time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, exists, or_, select
from sqlalchemy.orm import Session

from models import (
    Article,
    Claim,
    ClaimMention,
    CompanyKind,
    Event,
    EventKind,
    Metric,
    Qualifier,
    Stance,
    StatusChange,
    session_scope,
)
from tracker.companies import get_or_create_company
from tracker.evidence_lock import writing_evidence
from tracker.gazetteer import Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from tracker.extraction import Extraction, Extractor
    from tracker.extraction.records import ExtractedClaim


@dataclass
class ExtractReport:
    articles: int = 0
    claims_new: int = 0
    mentions: int = 0
    events: int = 0


def fingerprint(
    company_id: int, metric: str, value: float, target_year: int | None, stance: str
) -> str:
    rounded = f"{value:.3g}"
    return f"{company_id}|{metric}|{rounded}|{target_year or ''}|{stance}"


def _company(session: Session, name: str, gazetteer: Gazetteer) -> int:
    entry = gazetteer.get(gazetteer.resolve(name) or name)
    if entry is None:
        return get_or_create_company(session, name).id
    return get_or_create_company(
        session,
        entry.name,
        kind=CompanyKind(entry.kind),
        country=entry.country,
        aliases=tuple(entry.aliases),
        from_gazetteer=True,
    ).id


def _forget_article(session: Session, article: Article) -> None:
    """Remove what an older extractor version derived from `article` (re-extraction).

    A claim left with no mention is deleted only if no verdict was ever recorded on it; a claim
    with history keeps its id, and gets its mention back when the new rules find it again.
    """
    touched = list(
        session.scalars(select(ClaimMention.claim_id).where(ClaimMention.article_id == article.id))
    )
    session.execute(delete(ClaimMention).where(ClaimMention.article_id == article.id))
    session.execute(delete(Event).where(Event.article_id == article.id))
    if touched:
        session.execute(
            delete(Claim).where(
                Claim.id.in_(touched),
                ~exists().where(ClaimMention.claim_id == Claim.id),
                ~exists().where(StatusChange.claim_id == Claim.id),
            )
        )
    session.flush()
    session.expire_all()


def _store_claim(
    session: Session, article: Article, found: ExtractedClaim, company_id: int, version: str
) -> bool:
    key = fingerprint(company_id, found.metric, found.value, found.target_year, found.stance)
    claim = session.scalar(select(Claim).where(Claim.fingerprint == key))
    created = claim is None
    if claim is None:
        claim = Claim(
            company_id=company_id,
            metric=Metric(found.metric),
            value=found.value,
            unit=found.unit,
            qualifier=Qualifier(found.qualifier) if found.qualifier else None,
            low=found.low,
            high=found.high,
            original_value=found.original_value,
            original_unit=found.original_unit,
            extra=dict(found.extra),
            target_year=found.target_year,
            target_month=found.target_month,
            stance=Stance(found.stance),
            fingerprint=key,
            first_reported_at=article.published_at,
        )
        session.add(claim)
        session.flush()
    elif article.published_at and (
        claim.first_reported_at is None or article.published_at < claim.first_reported_at
    ):
        claim.first_reported_at = article.published_at
    duplicate = session.scalar(
        select(ClaimMention.id).where(
            ClaimMention.claim_id == claim.id,
            ClaimMention.article_id == article.id,
            ClaimMention.start == found.start,
        )
    )
    if duplicate is None:
        session.add(
            ClaimMention(
                claim_id=claim.id,
                article_id=article.id,
                sentence=found.sentence,
                start=found.start,
                end=found.end,
                extractor_version=version,
            )
        )
    return created


def store_extraction(
    session: Session,
    article: Article,
    extraction: Extraction,
    version: str,
    gazetteer: Gazetteer,
    report: ExtractReport,
) -> None:
    _forget_article(session, article)
    for found in extraction.claims:
        company_id = _company(session, found.company, gazetteer)
        report.claims_new += _store_claim(session, article, found, company_id, version)
        report.mentions += 1
    for event in extraction.events:
        session.add(
            Event(
                company_id=_company(session, event.company, gazetteer),
                article_id=article.id,
                kind=EventKind(event.kind),
                topic=event.topic,
                new_target_year=event.new_target_year,
                sentence=event.sentence,
                start=event.start,
                end=event.end,
                extractor_version=version,
            )
        )
        report.events += 1
    article.extractor_version = version
    article.extracted_at = datetime.now(UTC)
    report.articles += 1


def article_day(article: Article) -> date:
    """The date relative targets are read against: publication, else when it was fetched."""
    return (article.published_at or article.fetched_at).date()


def pending_article_ids(engine: Engine, version: str, *, reextract: bool = False) -> list[int]:
    query = select(Article.id).order_by(Article.id)
    if not reextract:
        query = query.where(
            or_(Article.extractor_version.is_(None), Article.extractor_version != version)
        )
    with session_scope(engine) as session:
        return list(session.scalars(query))


def _chunks(ids: list[int], size: int) -> Iterable[list[int]]:
    for index in range(0, len(ids), size):
        yield ids[index : index + size]


def extract_pending(
    engine: Engine,
    extractor: Extractor,
    version: str,
    *,
    batch_size: int = 64,
    reextract: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ExtractReport:
    """Extract every article not yet extracted with `version`; one transaction per batch."""
    report = ExtractReport()
    gazetteer = load_gazetteer()
    for ids in _chunks(pending_article_ids(engine, version, reextract=reextract), batch_size):
        with session_scope(engine) as session:
            writing_evidence(session)
            articles = list(session.scalars(select(Article).where(Article.id.in_(ids))))
            results = extractor.extract_many((a.text, article_day(a)) for a in articles)
            for article, extraction in zip(articles, results, strict=True):
                store_extraction(session, article, extraction, version, gazetteer, report)
        if progress is not None:
            progress(len(ids))
    return report
