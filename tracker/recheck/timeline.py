"""Walking one claim through its evidence in time order, with deadlines in between.

The same walk serves the live re-check (current state, new evidence, until now) and a replay
(state as first reported, all evidence up to the replay date): before each piece of evidence,
a deadline that passed earlier is applied first, so a late fulfilment is seen as late and the
history reads in the order things happened.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
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
    state: ClaimState, items: list[Item], until: datetime, policy: DeadlinePolicy,
    *, presorted: bool = False,
) -> list[Decision]:
    """Every decision for `state` from `items` published up to `until`, oldest first.

    `presorted` items (sorted by `order`, as the engine passes a company's evidence) let the walk
    skip everything published before the claim's first report without looking at it.
    """
    ordered = items if presorted else sorted(items, key=lambda it: it.order)
    begin = 0
    if presorted and state.first_reported_at is not None:
        begin = bisect_left(ordered, state.first_reported_at, key=lambda it: it.at)
    decisions: list[Decision] = []
    due = _lapse_moment(state, policy)
    for item in itertools.islice(ordered, begin, None):
        if item.at > until:
            break
        if due is not None and due <= item.at:
            lapsed = lapse_if_due(state, item.at, policy)
            if lapsed is not None:
                _take(state, lapsed)
                decisions.append(lapsed)
            due = _lapse_moment(state, policy)
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
            due = _lapse_moment(state, policy)
            continue
        if state.manual:
            continue
        found = apply(state, item, policy)
        if found is not None:
            _take(state, found)
            decisions.append(found)
            due = _lapse_moment(state, policy)
    lapsed = lapse_if_due(state, until, policy)
    if lapsed is not None:
        _take(state, lapsed)
        decisions.append(lapsed)
    return decisions


def _lapse_moment(state: ClaimState, policy: DeadlinePolicy) -> datetime | None:
    if state.manual or state.status not in LAPSABLE:
        return None
    return lapse_at(state.target_year, state.target_month, state.first_reported_at, policy)


def fresh(state: ClaimState, original: tuple[int | None, int | None]) -> ClaimState:
    """The claim as first reported: open, its original target, no manual verdict."""
    return replace(
        state, status=Status.OPEN, manual=False, target_year=original[0],
        target_month=original[1],
    )
