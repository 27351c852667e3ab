"""Reading claims and evidence out of the database for the rules, with plain column queries.

Everything here is a bulk, column-level SELECT (no ORM object per row), because a full re-check
reads every claim and event and the incremental one must stay well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models import (
    Article,
    Claim,
    ClaimMention,
    Company,
    CompanyKind,
    DecidedBy,
    Event,
    Stance,
    StatusChange,
)
from tracker.recheck.rules import ClaimState, EventEvidence, FigureEvidence
from tracker.recheck.scope import claim_terms, terms
from tracker.recheck.timeline import ManualItem

CHUNK = 900  # stays under SQLite's bound-parameter limit for IN (...) lists

_AT = func.coalesce(Article.published_at, Article.fetched_at)


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterable[list[int]]:
    batch: list[int] = []
    for item in ids:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _aware(moment: Any) -> datetime:
    # func.coalesce loses the column's UTC type decorator on SQLite; give it its zone back.
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    from datetime import UTC

    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def load_events(
    session: Session, *conditions: ColumnElement[bool]
) -> tuple[list[EventEvidence], int]:
    """Events matching `conditions`, and the highest event id seen (0 if none)."""
    rows = session.execute(
        select(
            Event.id, Event.company_id, Event.kind, Event.topic, Event.new_target_year,
            Event.sentence, Event.article_id, Article.url, _AT.label("at"),
        )
        .join(Article, Article.id == Event.article_id)
        .where(*conditions)
    )
    found: list[EventEvidence] = []
    top = 0
    for row in rows:
        top = max(top, row.id)
        found.append(
            EventEvidence(
                event_id=row.id, company_id=row.company_id, kind=row.kind,
                topic_words=terms(row.topic or ""), sentence_words=terms(row.sentence),
                new_target_year=row.new_target_year, at=_aware(row.at),
                article_id=row.article_id, url=row.url, quote=row.sentence, topic=row.topic or "",
            )
        )
    return found, top


def load_mentions(
    session: Session, *conditions: ColumnElement[bool]
) -> tuple[list[FigureEvidence], set[int], int]:
    """Mentions matching `conditions`: achieved ones as figures, the planned claims they
    restate (a new mention can move a claim's first report), and the highest mention id."""
    rows = session.execute(
        select(
            ClaimMention.id, ClaimMention.claim_id, ClaimMention.sentence, ClaimMention.article_id,
            Claim.company_id, Claim.metric, Claim.value, Claim.stance, Article.url,
            _AT.label("at"),
        )
        .join(Claim, Claim.id == ClaimMention.claim_id)
        .join(Article, Article.id == ClaimMention.article_id)
        .where(*conditions)
    )
    figures: list[FigureEvidence] = []
    planned: set[int] = set()
    top = 0
    for row in rows:
        top = max(top, row.id)
        if row.stance != Stance.ACHIEVED:
            planned.add(row.claim_id)
            continue
        figures.append(
            FigureEvidence(
                mention_id=row.id, company_id=row.company_id, metric=row.metric, value=row.value,
                words=terms(row.sentence), at=_aware(row.at), article_id=row.article_id,
                url=row.url, quote=row.sentence,
            )
        )
    return figures, planned, top


def company_evidence(
    session: Session, company_ids: Iterable[int], until: datetime | None = None
) -> dict[int, list[EventEvidence | FigureEvidence]]:
    """All evidence of these companies (published up to `until`), grouped by company."""
    grouped: dict[int, list[EventEvidence | FigureEvidence]] = defaultdict(list)
    for batch in chunks(sorted(set(company_ids))):
        limit = [until >= _AT] if until is not None else []
        events, _ = load_events(session, Event.company_id.in_(batch), *limit)
        figures, _, _ = load_mentions(
            session, Claim.company_id.in_(batch), Claim.stance == Stance.ACHIEVED, *limit
        )
        merged: list[EventEvidence | FigureEvidence] = [*events, *figures]
        for item in merged:
            grouped[item.company_id].append(item)
    return grouped


def _states(session: Session, rows: Sequence[Any]) -> list[ClaimState]:
    ids = [row.id for row in rows]
    sentences: dict[int, list[str]] = defaultdict(list)
    articles: dict[int, set[int]] = defaultdict(set)
    for batch in chunks(ids):
        for claim_id, sentence, article_id in session.execute(
            select(ClaimMention.claim_id, ClaimMention.sentence, ClaimMention.article_id).where(
                ClaimMention.claim_id.in_(batch)
            )
        ):
            sentences[claim_id].append(sentence)
            articles[claim_id].add(article_id)
    return [
        ClaimState(
            claim_id=row.id, company_id=row.company_id, company=row.name,
            company_kind=CompanyKind(row.kind), metric=row.metric, value=row.value,
            qualifier=row.qualifier, low=row.low, high=row.high, target_year=row.target_year,
            target_month=row.target_month,
            first_reported_at=_aware(row.first_reported_at) if row.first_reported_at else None,
            status=row.status, manual=row.manual_override, words=claim_terms(sentences[row.id]),
            article_ids=frozenset(articles[row.id]), unit=row.unit,
        )
        for row in rows
    ]


_CLAIM_COLUMNS = (
    Claim.id, Claim.company_id, Company.name, Company.kind, Claim.metric, Claim.value,
    Claim.unit, Claim.qualifier, Claim.low, Claim.high, Claim.target_year, Claim.target_month,
    Claim.original_target_year, Claim.original_target_month, Claim.first_reported_at,
    Claim.status, Claim.manual_override,
)


def load_claims(session: Session, *conditions: ColumnElement[bool]) -> list[ClaimState]:
    """Planned claims matching `conditions` as rule states (achieved ones are evidence only)."""
    rows = session.execute(
        select(*_CLAIM_COLUMNS)
        .join(Company, Company.id == Claim.company_id)
        .where(Claim.stance == Stance.PLANNED, *conditions)
    ).all()
    return _states(session, rows)


def load_claims_for_replay(
    session: Session, as_of: datetime
) -> list[tuple[ClaimState, tuple[int | None, int | None]]]:
    """Every planned claim first reported by `as_of`, with its target as first reported."""
    rows = session.execute(
        select(*_CLAIM_COLUMNS)
        .join(Company, Company.id == Claim.company_id)
        .where(Claim.stance == Stance.PLANNED, Claim.first_reported_at <= as_of)
        .order_by(Claim.id)
    ).all()
    originals = {
        row.id: (
            (row.original_target_year, row.original_target_month)
            if row.original_target_year is not None
            else (row.target_year, row.target_month)
        )
        for row in rows
    }
    return [(state, originals[state.claim_id]) for state in _states(session, rows)]


def manual_items(session: Session, until: datetime) -> dict[int, list[ManualItem]]:
    """People's verdicts made by `until`, per claim, for a replay."""
    grouped: dict[int, list[ManualItem]] = defaultdict(list)
    rows = session.execute(
        select(
            StatusChange.id, StatusChange.claim_id, StatusChange.to_status, StatusChange.rule,
            StatusChange.reason, StatusChange.evidence_url, StatusChange.decided_at,
        ).where(StatusChange.decided_by == DecidedBy.MANUAL, StatusChange.decided_at <= until)
    )
    for row in rows:
        grouped[row.claim_id].append(
            ManualItem(
                change_id=row.id, at=_aware(row.decided_at), to_status=row.to_status,
                rule=row.rule, reason=row.reason, url=row.evidence_url,
            )
        )
    return grouped
