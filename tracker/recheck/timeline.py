"""Walking one claim through its evidence in time order, with deadlines in between.

The same walk serves the live re-check (current state, new evidence, until now) and a replay
(state as first reported, all evidence up to the replay date): before each piece of evidence,
a deadline that passed earlier is applied first, so a late fulfilment is seen as late and the
history reads in the order things happened.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from models import Status
from tracker.recheck.deadlines import (
    LAPSABLE,
    LAPSE_RULE,
    DeadlinePolicy,
    lapse_at,
    lapse_reason,
)
from tracker.recheck.rules import ClaimState, Decision, EventEvidence, FigureEvidence, apply
from tracker.verdicts import MANUAL_CLEAR_RULE


@dataclass(frozen=True)
class ManualItem:
    """A person's verdict (or its clearing) met while replaying history."""

    change_id: int
    at: datetime
    to_status: Status
    rule: str
    reason: str
    url: str | None

    @property
    def order(self) -> tuple[datetime, int, int]:
        return (self.at, 2, self.change_id)


Item = EventEvidence | FigureEvidence | ManualItem


def lapse_if_due(state: ClaimState, until: datetime, policy: DeadlinePolicy) -> Decision | None:
    """The deadline rule: an active claim whose target plus grace passed by `until` lapses."""
    if state.manual or state.status not in LAPSABLE:
        return None
    moment = lapse_at(state.target_year, state.target_month, state.first_reported_at, policy)
    if moment is None or moment > until:
        return None
    return Decision(
        claim_id=state.claim_id,
        from_status=state.status,
        to_status=Status.LAPSED,
        rule=LAPSE_RULE,
        reason=lapse_reason(state.target_year, state.target_month, policy),
        at=moment,
    )


def _take(state: ClaimState, decision: Decision) -> None:
    state.status = decision.to_status
    if decision.new_target is not None:
        state.target_year, state.target_month = decision.new_target


def walk(
    state: ClaimState, items: list[Item], until: datetime, policy: DeadlinePolicy
) -> list[Decision]:
    """Every decision for `state` from `items` published up to `until`, oldest first."""
    decisions: list[Decision] = []
    for item in sorted(items, key=lambda it: it.order):
        if item.at > until:
            break
        lapsed = lapse_if_due(state, item.at, policy)
        if lapsed is not None:
            _take(state, lapsed)
            decisions.append(lapsed)
        if isinstance(item, ManualItem):
            decision = Decision(
                claim_id=state.claim_id,
                from_status=state.status,
                to_status=item.to_status,
                rule=item.rule,
                reason=item.reason,
                at=item.at,
                url=item.url,
                decided_by="manual",
            )
            state.manual = item.rule != MANUAL_CLEAR_RULE
            _take(state, decision)
            decisions.append(decision)
            continue
        if state.manual:
            continue
        found = apply(state, item, policy)
        if found is not None:
            _take(state, found)
            decisions.append(found)
    lapsed = lapse_if_due(state, until, policy)
    if lapsed is not None:
        _take(state, lapsed)
        decisions.append(lapsed)
    return decisions


def fresh(state: ClaimState, original: tuple[int | None, int | None]) -> ClaimState:
    """The claim as first reported: open, its original target, no manual verdict."""
    return replace(
        state, status=Status.OPEN, manual=False, target_year=original[0],
        target_month=original[1],
    )
