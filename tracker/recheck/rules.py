"""Every evidence rule of the re-check, named and documented in this one module.

A rule reads one piece of evidence published after a claim was first reported and may move the
claim's status. The rule name is written into StatusChange.rule, so a reader of a claim's history
can find the rule here.

| rule                    | evidence                                     | moves to             |
|-------------------------|----------------------------------------------|----------------------|
| abandonment_event       | exit, scrapped, cancelled, sold, insolvency   | abandoned            |
| delay_event             | a delay with a later target year             | delayed (target moves)|
| fulfilment_by_figure    | achieved figure at/above the claim (at/below | fulfilled            |
|                         | for charge_time and cost), same metric       |                      |
| partial_by_figure       | achieved figure short of the claim, reported | partially_fulfilled  |
|                         | after the claim fell due                     |                      |
| progress_by_figure      | achieved figure short of the claim, before   | in_progress (if open)|
|                         | the claim fell due                           |                      |
| fulfilment_by_launch    | production-start/launch event, or an achieved| fulfilled            |
|                         | production_start/commercialization figure,   |                      |
|                         | for production_start/commercialization claims|                      |
| progress_event          | pilot line, samples, construction (and launch| in_progress (if open)|
|                         | events for other metrics)                    |                      |
| deadline_lapsed         | none: target + grace passed (deadlines.py)   | lapsed               |

Transitions: open, in_progress and delayed claims take any verdict. A lapsed claim can still be
fulfilled or partially fulfilled (lateness goes into the reason), abandoned (positive evidence
beats absence of it) or delayed to a later year; progress does not revive it (outcomes, not
effort). A partially fulfilled claim can become fulfilled. An abandoned claim can only become
fulfilled. Fulfilled is final. Claims under a manual verdict are never touched (see timeline.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models import CompanyKind, EventKind, Metric, Qualifier, Status
from tracker.recheck.deadlines import DeadlinePolicy, lateness, target_end
from tracker.recheck.scope import Strength, event_scope, figure_scope, grade

ABANDONMENT = "abandonment_event"
DELAY = "delay_event"
FULFILMENT_BY_FIGURE = "fulfilment_by_figure"
PARTIAL_BY_FIGURE = "partial_by_figure"
PROGRESS_BY_FIGURE = "progress_by_figure"
FULFILMENT_BY_LAUNCH = "fulfilment_by_launch"
PROGRESS = "progress_event"

# Metrics whose claims are fulfilled by a launch or production start rather than a figure.
TIMING_METRICS = frozenset({Metric.PRODUCTION_START, Metric.COMMERCIALIZATION})
# Metrics where a smaller achieved value is better.
LOWER_IS_BETTER = frozenset({Metric.CHARGE_TIME, Metric.COST})
# 'about 400 Wh/kg' is met by 390: the tolerance of an 'about' claim.
ABOUT_TOLERANCE = 0.05

ACTIVE = frozenset({Status.OPEN, Status.IN_PROGRESS, Status.DELAYED})


@dataclass
class ClaimState:
    """What the rules need to know of one planned claim; mutated as a timeline is walked."""

    claim_id: int
    company_id: int
    company: str
    company_kind: CompanyKind
    metric: Metric
    value: float
    qualifier: Qualifier | None
    low: float | None
    high: float | None
    target_year: int | None
    target_month: int | None
    first_reported_at: datetime | None
    status: Status
    manual: bool
    words: frozenset[str]
    article_ids: frozenset[int] = frozenset()
    unit: str = ""


@dataclass(frozen=True)
class EventEvidence:
    """An Event row: something a company did or said after its claim."""

    event_id: int
    company_id: int
    kind: EventKind
    topic_words: frozenset[str]
    sentence_words: frozenset[str]
    new_target_year: int | None
    at: datetime
    article_id: int
    url: str
    quote: str
    topic: str = ""

    @property
    def order(self) -> tuple[datetime, int, int]:
        return (self.at, 0, self.event_id)


@dataclass(frozen=True)
class FigureEvidence:
    """A later mention of an achieved-stance claim: a figure the company says it reached."""

    mention_id: int
    company_id: int
    metric: Metric
    value: float
    words: frozenset[str]
    at: datetime
    article_id: int
    url: str
    quote: str

    @property
    def order(self) -> tuple[datetime, int, int]:
        return (self.at, 1, self.mention_id)


@dataclass(frozen=True)
class Decision:
    """One status change the rules decided; the engine stores it or a replay prints it."""

    claim_id: int
    from_status: Status
    to_status: Status
    rule: str
    reason: str
    at: datetime
    article_id: int | None = None
    url: str | None = None
    quote: str | None = None
    strength: str | None = None
    new_target: tuple[int, int | None] | None = None
    decided_by: str = "auto"
    extra: dict[str, object] = field(default_factory=dict)


def _decide(
    state: ClaimState,
    to: Status,
    rule: str,
    reason: str,
    evidence: EventEvidence | FigureEvidence,
    strength: Strength,
    new_target: tuple[int, int | None] | None = None,
) -> Decision:
    return Decision(
        claim_id=state.claim_id,
        from_status=state.status,
        to_status=to,
        rule=rule,
        reason=reason,
        at=evidence.at,
        article_id=evidence.article_id,
        url=evidence.url,
        quote=evidence.quote,
        strength=strength.value,
        new_target=new_target,
    )


def _late(state: ClaimState, at: datetime, policy: DeadlinePolicy) -> str:
    end = target_end(state.target_year, state.target_month, state.first_reported_at, policy)
    return lateness(end, at)


def meets(state: ClaimState, achieved: float) -> bool:
    """Whether an achieved figure reaches the claim, direction and qualifier considered."""
    if state.metric in LOWER_IS_BETTER:
        bound = state.high if state.qualifier == Qualifier.RANGE and state.high else state.value
        if state.qualifier == Qualifier.ABOUT:
            bound *= 1 + ABOUT_TOLERANCE
        return achieved <= bound
    bound = state.low if state.qualifier == Qualifier.RANGE and state.low else state.value
    if state.qualifier == Qualifier.ABOUT:
        bound *= 1 - ABOUT_TOLERANCE
    return achieved >= bound


def apply_event(
    state: ClaimState, ev: EventEvidence, policy: DeadlinePolicy
) -> Decision | None:
    """The event rules: abandonment, delay, launch, progress (see the table above)."""
    if ev.company_id != state.company_id or state.first_reported_at is None:
        return None
    if ev.at < state.first_reported_at:
        return None
    why = event_scope(ev.topic_words, ev.sentence_words, state.metric, state.words,
                      state.company_kind)
    if why is None:
        return None
    strength = grade(ev.quote)
    status = state.status
    if ev.kind == EventKind.ABANDONMENT:
        if status in ACTIVE or status == Status.LAPSED:
            return _decide(state, Status.ABANDONED, ABANDONMENT,
                           f"{state.company} abandoned it ({why})", ev, strength)
        return None
    if ev.kind == EventKind.DELAY:
        new_year = ev.new_target_year
        if new_year is None or (state.target_year is not None and new_year <= state.target_year):
            return None
        if status not in ACTIVE and status != Status.LAPSED:
            return None
        old = str(state.target_year) if state.target_year else "no stated year"
        return _decide(state, Status.DELAYED, DELAY,
                       f"target moved from {old} to {new_year} ({why})", ev, strength,
                       new_target=(new_year, None))
    launch = ev.kind == EventKind.FULFILMENT
    if launch and state.metric in TIMING_METRICS:
        if status in ACTIVE or status in (Status.LAPSED, Status.ABANDONED):
            late = _late(state, ev.at, policy)
            return _decide(state, Status.FULFILLED, FULFILMENT_BY_LAUNCH,
                           f"production start or launch reported, {late} ({why})", ev,
                           strength)
        return None
    if status == Status.OPEN:
        what = "launch for another metric" if launch else "progress"
        return _decide(state, Status.IN_PROGRESS, PROGRESS, f"{what} reported ({why})", ev,
                       strength)
    return None


def apply_figure(
    state: ClaimState, fig: FigureEvidence, policy: DeadlinePolicy
) -> Decision | None:
    """The figure rules: fulfilment, partial fulfilment or progress by an achieved figure."""
    if fig.company_id != state.company_id or fig.metric != state.metric:
        return None
    if state.first_reported_at is None or fig.at <= state.first_reported_at:
        return None  # a figure in the announcing article is the starting point, not an outcome
    if fig.article_id in state.article_ids or not figure_scope(fig.words, state.words):
        return None
    strength = grade(fig.quote)
    status = state.status
    achieved = f"{fig.value:g} {state.unit}".strip()
    if state.metric in TIMING_METRICS or meets(state, fig.value):
        if status in ACTIVE or status in (Status.LAPSED, Status.PARTIALLY_FULFILLED,
                                          Status.ABANDONED):
            late = _late(state, fig.at, policy)
            rule = FULFILMENT_BY_LAUNCH if state.metric in TIMING_METRICS else FULFILMENT_BY_FIGURE
            return _decide(state, Status.FULFILLED, rule,
                           f"achieved {achieved} against {state.value:g} claimed, {late}", fig,
                           strength)
        return None
    end = target_end(state.target_year, state.target_month, state.first_reported_at, policy)
    if end is not None and fig.at >= end:
        if status in ACTIVE or status == Status.LAPSED:
            late = _late(state, fig.at, policy)
            return _decide(state, Status.PARTIALLY_FULFILLED, PARTIAL_BY_FIGURE,
                           f"achieved {achieved}, short of {state.value:g} claimed, {late}",
                           fig, strength)
        return None
    if status == Status.OPEN:
        return _decide(state, Status.IN_PROGRESS, PROGRESS_BY_FIGURE,
                       f"achieved {achieved} on the way to {state.value:g} before the target",
                       fig, strength)
    return None


def apply(
    state: ClaimState, evidence: EventEvidence | FigureEvidence, policy: DeadlinePolicy
) -> Decision | None:
    if isinstance(evidence, EventEvidence):
        return apply_event(state, evidence, policy)
    return apply_figure(state, evidence, policy)
