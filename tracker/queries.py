"""Read-only questions users ask: which claims, what happened to one, who keeps promises.

Results are plain dicts in the JSON shape of design notes section 2, so the CLI only formats them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session, selectinload

from models import (
    SETTLED_STATUSES,
    Article,
    Claim,
    ClaimMention,
    Company,
    Event,
    EventKind,
    Metric,
    Stance,
    Status,
)
from tracker.companies import require_company


@dataclass(frozen=True)
class ClaimFilter:
    company: str | None = None
    status: Status | None = None
    metric: Metric | None = None
    stance: Stance | None = None
    since: datetime | None = None
    until: datetime | None = None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def claim_to_dict(claim: Claim, *, detail: bool = False) -> dict[str, Any]:
    sources: list[str] = []
    for mention in claim.mentions:
        if mention.article.url not in sources:
            sources.append(mention.article.url)
    data: dict[str, Any] = {
        "id": claim.id,
        "company": claim.company.name,
        "metric": claim.metric.value,
        "value": claim.value,
        "unit": claim.unit,
        "qualifier": claim.qualifier.value if claim.qualifier else None,
        "target_year": claim.target_year,
        "stance": claim.stance.value,
        "status": claim.status.value,
        "first_reported": _iso(claim.first_reported_at),
        "sources": sources,
        "history": [
            {
                "status": change.to_status.value,
                "at": _iso(change.decided_at),
                "reason": change.reason,
                "evidence_url": change.evidence_url,
                "quote": change.quote,
                "rule": change.rule,
                "decided_by": change.decided_by.value,
            }
            for change in claim.history
        ],
    }
    if detail:
        data["details"] = {
            "low": claim.low,
            "high": claim.high,
            "target_month": claim.target_month,
            "original_value": claim.original_value,
            "original_unit": claim.original_unit,
            "extra": claim.extra,
            "manual_override": claim.manual_override,
        }
        data["mentions"] = [
            {
                "url": mention.article.url,
                "title": mention.article.title,
                "published": _iso(mention.article.published_at),
                "sentence": mention.sentence,
                "start": mention.start,
                "end": mention.end,
            }
            for mention in claim.mentions
        ]
    return data


def _claims_query(session: Session, flt: ClaimFilter) -> Select[Claim]:
    query = select(Claim).options(
        selectinload(Claim.company),
        selectinload(Claim.mentions).selectinload(ClaimMention.article),
        selectinload(Claim.history),
    )
    if flt.company:
        company = require_company(session, flt.company)
        query = query.where(false() if company is None else Claim.company_id == company.id)
    if flt.status:
        query = query.where(Claim.status == flt.status)
    if flt.metric:
        query = query.where(Claim.metric == flt.metric)
    if flt.stance:
        query = query.where(Claim.stance == flt.stance)
    if flt.since:
        query = query.where(Claim.first_reported_at >= flt.since)
    if flt.until:
        query = query.where(Claim.first_reported_at <= flt.until)
    return query.order_by(Claim.first_reported_at, Claim.id)


def list_claims(session: Session, flt: ClaimFilter) -> list[dict[str, Any]]:
    return [claim_to_dict(claim) for claim in session.scalars(_claims_query(session, flt))]


ACHIEVED = "achieved"  # the company-table column of claims stated as done and not judged


def track_record(counts: Counter[str]) -> tuple[float | None, int]:
    """fulfilled / (fulfilled + partially_fulfilled + lapsed + abandoned), and that denominator."""
    settled = sum(counts[status.value] for status in SETTLED_STATUSES)
    if settled == 0:
        return None, 0
    return counts[Status.FULFILLED.value] / settled, settled


def company_records(session: Session) -> list[dict[str, Any]]:
    """Claims per company by status, with the track record.

    A figure stated as already achieved ("has a capacity of 100 MWh per year") is not a promise
    the rules judge, so while it has no verdict it is counted as `achieved`, not as `open`; a
    verdict a person gives it counts like any other."""
    rows = session.execute(
        select(Company.name, Company.kind, Claim.status, Claim.stance, func.count(Claim.id))
        .join(Claim, Claim.company_id == Company.id)
        .group_by(Company.name, Company.kind, Claim.status, Claim.stance)
    )
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name, company_kind, status, stance, number in rows:
        unjudged_fact = stance == Stance.ACHIEVED and status == Status.OPEN
        counts[(name, str(company_kind))][ACHIEVED if unjudged_fact else str(status)] += number
    records: list[dict[str, Any]] = []
    for (name, kind), by_status in counts.items():
        score, settled = track_record(by_status)
        records.append(
            {
                "company": name,
                "kind": kind,
                "claims": sum(by_status.values()),
                "achieved": by_status[ACHIEVED],
                "by_status": {status.value: by_status[status.value] for status in Status},
                "track_record": round(score, 4) if score is not None else None,
                "settled": settled,
            }
        )
    records.sort(key=lambda record: (-int(record["claims"]), str(record["company"])))
    return records


def list_articles(
    session: Session, *, source: str | None = None, since: datetime | None = None
) -> list[dict[str, Any]]:
    query = select(Article).order_by(Article.published_at.desc(), Article.id)
    if source:
        query = query.where(Article.source == source)
    if since:
        query = query.where(Article.published_at >= since)
    return [
        {
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "published": _iso(article.published_at),
            "source": article.source,
            "extracted": article.extractor_version is not None,
            "extractor_version": article.extractor_version,
        }
        for article in session.scalars(query)
    ]


def list_events(
    session: Session,
    *,
    company: str | None = None,
    kind: EventKind | None = None,
    since: datetime | None = None,
) -> list[dict[str, Any]]:
    """The evidence layer itself: every event extracted, whether or not it reached a claim."""
    query = (
        select(Event)
        .join(Article, Event.article_id == Article.id)
        .options(selectinload(Event.company), selectinload(Event.article))
    )
    if company:
        found = require_company(session, company)
        query = query.where(false() if found is None else Event.company_id == found.id)
    if kind:
        query = query.where(Event.kind == kind)
    if since:
        query = query.where(Article.published_at >= since)
    query = query.order_by(Article.published_at, Event.id)
    return [
        {
            "id": event.id,
            "company": event.company.name,
            "kind": event.kind.value,
            "topic": event.topic,
            "new_target_year": event.new_target_year,
            "published": _iso(event.article.published_at),
            "url": event.article.url,
            "sentence": event.sentence,
        }
        for event in session.scalars(query)
    ]
