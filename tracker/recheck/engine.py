"""The re-check: apply the evidence rules and deadlines, incrementally, or replay history.

Live run (`recheck(engine)`): one transaction that
  1. takes the re-check lock (a JobState upsert: the SQLite write lock, a PostgreSQL row lock),
     so two runs never judge the same evidence twice;
  2. reads only what is new since the watermarks in JobState: events (by Event.id), claim
     mentions (by ClaimMention.id; achieved figures are evidence), new claims (by Claim.id),
     cleared manual verdicts (by StatusChange.id), and claims whose deadline passed since the
     last run (an index range on target_year / first_reported_at);
  3. walks each affected claim through the new evidence (new and un-marked claims through all of
     their company's evidence, since older evidence was never judged against them);
  4. writes every decision with `record_change` and moves the watermarks, in the same commit.
So the work grows with the new evidence and the passed deadlines, not with the database.

Replay (`recheck(engine, as_of=DATE)`): read-only. Every claim first reported by DATE starts
from its original target and status open, and is walked through the evidence published by DATE
and the people's verdicts made by DATE; deadlines are judged at DATE. Nothing is written, so a
replay can never move the live watermarks or history (the transaction is rolled back).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimMention, DecidedBy, Event, Stance, Status, StatusChange
from tracker import jobstate
from tracker.evidence_lock import reading_evidence
from tracker.recheck.deadlines import LAPSABLE, DeadlinePolicy, add_months, cutoff_years
from tracker.recheck.evidence import (
    chunks,
    company_evidence,
    load_claims,
    load_claims_for_replay,
    load_events,
    load_mentions,
    manual_items,
)
from tracker.recheck.rules import ClaimState, Decision, EventEvidence, FigureEvidence
from tracker.recheck.timeline import Item, fresh, walk
from tracker.verdicts import MANUAL_CLEAR_RULE, record_change

PREFIX = "recheck."
LOCK_KEY = PREFIX + "running"
WATERMARK_KEYS = ("event_id", "mention_id", "claim_id", "change_id")


@dataclass(frozen=True)
class Change:
    """One status change, as `tracker recheck` prints it."""

    claim_id: int
    company: str
    metric: str
    value: float
    unit: str
    target_year: int | None
    from_status: str
    to_status: str
    rule: str
    reason: str
    at: str
    evidence_url: str | None
    quote: str | None
    strength: str | None
    decided_by: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RecheckResult:
    mode: str  # "incremental", "full" or "replay"
    as_of: datetime
    changes: list[Change]
    claims_checked: int
    statuses: dict[int, str]  # replay: every claim's status at as_of; live: changed claims

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "as_of": self.as_of.isoformat(),
            "claims_checked": self.claims_checked,
            "changes": [change.to_json() for change in self.changes],
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
        }


def _change(state: ClaimState, decision: Decision) -> Change:
    target = decision.new_target[0] if decision.new_target else state.target_year
    return Change(
        claim_id=state.claim_id, company=state.company, metric=state.metric.value,
        value=state.value, unit=state.unit, target_year=target,
        from_status=decision.from_status.value, to_status=decision.to_status.value,
        rule=decision.rule, reason=decision.reason, at=decision.at.isoformat(),
        evidence_url=decision.url, quote=decision.quote, strength=decision.strength,
        decided_by=decision.decided_by,
    )


def recheck(
    engine: Engine,
    as_of: datetime | None = None,
    *,
    policy: DeadlinePolicy | None = None,
    full: bool = False,
    now: datetime | None = None,
) -> RecheckResult:
    """Judge claims: a live incremental run, a `full` live run, or a replay at `as_of`."""
    policy = policy or DeadlinePolicy()
    if as_of is not None:
        return replay(engine, as_of, policy)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        return _live(session, policy, full=full, now=now or datetime.now(UTC))


def _watermarks(session: Session) -> dict[str, int]:
    stored = jobstate.get_many(session, PREFIX)
    return {key: int(stored.get(PREFIX + key, "0")) for key in WATERMARK_KEYS}


def _due_claims(
    session: Session, since: datetime | None, until: datetime, policy: DeadlinePolicy
) -> list[ClaimState]:
    """Active claims whose lapse moment falls in (since, until]: an index range, not a scan."""
    low, high = cutoff_years(since, until, policy)
    active = [Claim.status.in_(list(LAPSABLE)), Claim.manual_override.is_(False)]
    with_year = load_claims(
        session, Claim.target_year >= low, Claim.target_year <= high, *active
    )
    horizon = 12 * policy.default_horizon_years + policy.grace_months
    newest = add_months(until, -horizon)
    window = [Claim.first_reported_at <= newest]
    if since is not None:
        window.append(Claim.first_reported_at > add_months(since, -horizon))
    without_year = load_claims(session, Claim.target_year.is_(None), *window, *active)
    return with_year + without_year


def _live(session: Session, policy: DeadlinePolicy, *, full: bool, now: datetime) -> RecheckResult:
    reading_evidence(session)  # PostgreSQL: no evidence writer in flight below our watermarks
    jobstate.put(session, LOCK_KEY, now.isoformat())  # serialises concurrent runs
    marks = {key: 0 for key in WATERMARK_KEYS} if full else _watermarks(session)
    last_raw = None if full else jobstate.get(session, PREFIX + "as_of")
    since = datetime.fromisoformat(last_raw) if last_raw else None

    events, top_event = load_events(session, Event.id > marks["event_id"])
    figures, restated, top_mention = load_mentions(session, ClaimMention.id > marks["mention_id"])
    top_claim = session.scalar(select(Claim.id).order_by(Claim.id.desc()).limit(1)) or 0
    cleared = set(
        session.scalars(
            select(StatusChange.claim_id).where(
                StatusChange.id > marks["change_id"], StatusChange.rule == MANUAL_CLEAR_RULE
            )
        )
    )
    top_change = session.scalar(select(StatusChange.id).order_by(StatusChange.id.desc()).limit(1))

    not_settled = [Claim.manual_override.is_(False), Claim.status != Status.FULFILLED]
    rescan: dict[int, ClaimState] = {}
    new_ids = list(session.scalars(select(Claim.id).where(Claim.id > marks["claim_id"],
                                                          Claim.stance == Stance.PLANNED)))
    for batch in chunks(sorted(set(new_ids) | cleared)):
        for state in load_claims(session, Claim.id.in_(batch), *not_settled):
            rescan[state.claim_id] = state

    new_items: dict[int, list[EventEvidence | FigureEvidence]] = defaultdict(list)
    merged: list[EventEvidence | FigureEvidence] = [*events, *figures]
    for item in merged:
        new_items[item.company_id].append(item)
    touched: dict[int, ClaimState] = {}
    for batch in chunks(sorted(new_items)):
        for state in load_claims(session, Claim.company_id.in_(batch), *not_settled):
            touched.setdefault(state.claim_id, state)
    for batch in chunks(sorted(restated)):
        for state in load_claims(session, Claim.id.in_(batch), *not_settled):
            touched.setdefault(state.claim_id, state)
    for state in _due_claims(session, since, now, policy):
        touched.setdefault(state.claim_id, state)

    company_items = _sorted_clamped(
        company_evidence(session, {s.company_id for s in rescan.values()}), now
    )
    fresh_items = _sorted_clamped(new_items, now)
    changes: list[Change] = []
    decided: list[Decision] = []
    for claim_id, state in {**touched, **rescan}.items():
        if state.manual:
            continue
        source = company_items if claim_id in rescan else fresh_items
        items: list[Item] = source.get(state.company_id, [])
        start = ClaimState(**{**state.__dict__})
        decisions = walk(state, items, now, policy, presorted=True)
        decided.extend(decisions)
        changes.extend(_changes(start, decisions))
    _store(session, decided)

    jobstate.put(session, PREFIX + "event_id", str(max(marks["event_id"], top_event)))
    jobstate.put(session, PREFIX + "mention_id", str(max(marks["mention_id"], top_mention)))
    jobstate.put(session, PREFIX + "claim_id", str(max(marks["claim_id"], top_claim)))
    jobstate.put(session, PREFIX + "change_id", str(max(marks["change_id"], top_change or 0)))
    jobstate.put(session, PREFIX + "as_of", now.isoformat())
    jobstate.put(
        session, PREFIX + "last_run",
        json.dumps({"at": now.isoformat(), "full": full, "changes": len(changes),
                    "claims_checked": len(touched) + len(rescan)}),
    )
    return RecheckResult(
        mode="full" if full else "incremental", as_of=now, changes=changes,
        claims_checked=len(set(touched) | set(rescan)),
        statuses={c.claim_id: c.to_status for c in changes},
    )


def _clamp(item: EventEvidence | FigureEvidence, now: datetime) -> Item:
    """A live run judges what is stored now; a publication date in the future is a bad date,
    so such evidence counts as published now rather than being skipped for ever."""
    return replace(item, at=now) if item.at > now else item


def _sorted_clamped(
    grouped: dict[int, list[EventEvidence | FigureEvidence]], now: datetime
) -> dict[int, list[Item]]:
    """Each company's evidence clamped to `now` and sorted once, not once per claim."""
    return {
        company: sorted((_clamp(item, now) for item in items), key=lambda it: it.order)
        for company, items in grouped.items()
    }


def _store(session: Session, decided: list[Decision]) -> None:
    """Write decisions through `record_change`, the one way a status moves."""
    claims: dict[int, Claim] = {}
    for batch in chunks(sorted({decision.claim_id for decision in decided})):
        for claim in session.scalars(select(Claim).where(Claim.id.in_(batch))):
            claims[claim.id] = claim
    articles: dict[int, Article] = {}
    wanted = {d.article_id for d in decided if d.article_id is not None}
    for batch in chunks(sorted(wanted)):
        for article in session.scalars(select(Article).where(Article.id.in_(batch))):
            articles[article.id] = article
    for decision in decided:
        claim = claims[decision.claim_id]
        if decision.new_target is not None:
            if claim.original_target_year is None:
                claim.original_target_year = claim.target_year
                claim.original_target_month = claim.target_month
            claim.target_year, claim.target_month = decision.new_target
        record_change(
            session, claim, decision.to_status, rule=decision.rule,
            decided_by=DecidedBy.AUTO, reason=decision.reason,
            evidence=articles.get(decision.article_id) if decision.article_id else None,
            evidence_url=decision.url, quote=decision.quote, strength=decision.strength,
            at=decision.at, flush=False,
        )
    session.flush()


def _changes(start: ClaimState, decisions: list[Decision]) -> list[Change]:
    """Decisions as printable changes, each showing the target in force at that moment."""
    shown = ClaimState(**{**start.__dict__})
    out: list[Change] = []
    for decision in decisions:
        out.append(_change(shown, decision))
        if decision.new_target is not None:
            shown.target_year = decision.new_target[0]
    return out


def replay(engine: Engine, as_of: datetime, policy: DeadlinePolicy) -> RecheckResult:
    """What the tracker would have said at `as_of`: a read-only walk of all history."""
    if as_of.tzinfo is None:
        as_of = as_of.replace(tzinfo=UTC)
    with Session(engine) as session:
        try:
            claims = load_claims_for_replay(session, as_of)
            evidence = _sorted_clamped(
                company_evidence(session, {s.company_id for s, _ in claims}, as_of), as_of
            )
            manual = manual_items(session, as_of)
        finally:
            session.rollback()
    changes: list[Change] = []
    statuses: dict[int, str] = {}
    for stored, original in claims:
        state = fresh(stored, original)
        start = ClaimState(**{**state.__dict__})
        items: list[Item] = evidence.get(state.company_id, [])
        people = manual.get(state.claim_id)
        if people:
            merged = sorted([*items, *people], key=lambda it: it.order)
            changes.extend(_changes(start, walk(state, merged, as_of, policy, presorted=True)))
        else:
            changes.extend(_changes(start, walk(state, items, as_of, policy, presorted=True)))
        statuses[state.claim_id] = state.status.value
    changes.sort(key=lambda c: (c.at, c.claim_id))
    return RecheckResult(
        mode="replay", as_of=as_of, changes=changes, claims_checked=len(claims),
        statuses=statuses,
    )


__all__ = ["Change", "EventEvidence", "FigureEvidence", "RecheckResult", "recheck", "replay"]
