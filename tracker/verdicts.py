"""Status changes: the only way a claim's status moves, automatic or by a person.

The log is append-only; `Claim.status` mirrors the newest entry. A manual verdict sets
`manual_override`, which automatic rules must respect until a person clears it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Article, Claim, DecidedBy, Status, StatusChange
from tracker.errors import NotFound, UsageError
from tracker.evidence_lock import writing_evidence

MANUAL_RULE = "manual"
MANUAL_CLEAR_RULE = "manual_clear"


def record_change(
    session: Session,
    claim: Claim,
    to_status: Status,
    *,
    rule: str,
    decided_by: DecidedBy = DecidedBy.AUTO,
    reason: str = "",
    evidence: Article | None = None,
    evidence_url: str | None = None,
    quote: str | None = None,
    strength: str | None = None,
    at: datetime | None = None,
    flush: bool = True,
) -> StatusChange:
    """Append one verdict and move the claim's status. `flush=False` lets a bulk caller (the
    re-check writing thousands of verdicts) flush once at the end instead of per change."""
    change = StatusChange(
        claim_id=claim.id,
        from_status=claim.status,
        to_status=to_status,
        rule=rule,
        reason=reason,
        evidence_article_id=evidence.id if evidence is not None else None,
        evidence_url=evidence_url or (evidence.url if evidence is not None else None),
        quote=quote,
        strength=strength,
        decided_by=decided_by,
        decided_at=at or datetime.now(UTC),
    )
    session.add(change)
    claim.status = to_status
    if flush:
        session.flush()
    return change


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}; list them with 'tracker claims'")
    return claim


def mark(
    session: Session, claim_id: int, status: Status, note: str, evidence_url: str | None = None
) -> StatusChange:
    """A person's verdict; it wins over automatic rules until `clear_mark`."""
    if not note.strip():
        raise UsageError("a manual verdict needs --note saying why")
    claim = get_claim(session, claim_id)
    change = record_change(
        session,
        claim,
        status,
        rule=MANUAL_RULE,
        decided_by=DecidedBy.MANUAL,
        reason=note.strip(),
        evidence_url=evidence_url,
    )
    claim.manual_override = True
    return change


def clear_mark(session: Session, claim_id: int, note: str = "") -> StatusChange:
    """Hand the claim back to the automatic rules, at the status they had last given it."""
    writing_evidence(session)  # the re-check finds cleared verdicts by id
    claim = get_claim(session, claim_id)
    if not claim.manual_override:
        raise UsageError(f"claim {claim_id} has no manual verdict to clear")
    last_auto = session.scalar(
        select(StatusChange.to_status)
        .where(StatusChange.claim_id == claim.id, StatusChange.decided_by == DecidedBy.AUTO)
        .order_by(StatusChange.id.desc())
        .limit(1)
    )
    claim.manual_override = False
    return record_change(
        session,
        claim,
        last_auto or Status.OPEN,
        rule=MANUAL_CLEAR_RULE,
        decided_by=DecidedBy.MANUAL,
        reason=note.strip() or "manual verdict cleared; automatic rules apply again",
    )
