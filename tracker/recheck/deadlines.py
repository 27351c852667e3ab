"""When a claim falls due and when it lapses.

A claim is due at the end of its target period: the end of the target month when one was stated,
else the end of the target year. A claim without a stated year gets a default horizon from its
first report (design notes section 5: production announcements are commonly given 2 to 3 years),
so it can lapse too. It lapses once the grace period after that moment has passed with no
fulfilment evidence. Lapsed is the *absence* of evidence; abandoned needs evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from models import Status

LAPSE_RULE = "deadline_lapsed"

# A lapsed verdict is only given to claims still waiting for an outcome.
LAPSABLE = frozenset({Status.OPEN, Status.IN_PROGRESS, Status.DELAYED})


@dataclass(frozen=True)
class DeadlinePolicy:
    grace_months: int = 6
    default_horizon_years: int = 3


def add_months(moment: datetime, months: int) -> datetime:
    """`moment` shifted by whole months, the day clamped to the target month's length."""
    index = moment.year * 12 + (moment.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    day = min(moment.day, _days_in_month(year, month))
    return moment.replace(year=year, month=month, day=day)


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (datetime(year, month + 1, 1) - datetime(year, month, 1)).days


def target_end(
    target_year: int | None,
    target_month: int | None,
    first_reported_at: datetime | None,
    policy: DeadlinePolicy,
) -> datetime | None:
    """The moment a claim falls due (exclusive end of its target period), or None if unknowable.

    Example: target 2020 -> 2021-01-01; target 2020-06 -> 2020-07-01; no year, first reported
    2018-11-20 with a 3-year horizon -> 2021-11-20.
    """
    if target_year is not None:
        if target_month is not None:
            return add_months(datetime(target_year, target_month, 1, tzinfo=UTC), 1)
        return datetime(target_year + 1, 1, 1, tzinfo=UTC)
    if first_reported_at is None:
        return None
    return add_months(first_reported_at, 12 * policy.default_horizon_years)


def lapse_at(
    target_year: int | None,
    target_month: int | None,
    first_reported_at: datetime | None,
    policy: DeadlinePolicy,
) -> datetime | None:
    """The moment a claim with no outcome lapses: its due moment plus the grace period."""
    end = target_end(target_year, target_month, first_reported_at, policy)
    return add_months(end, policy.grace_months) if end is not None else None


def lateness(end: datetime | None, evidence_at: datetime) -> str:
    """Human words for how late an outcome came relative to the target, e.g. '14 months late'."""
    if end is None or evidence_at < end:
        return "on time"
    months = (evidence_at.year - end.year) * 12 + (evidence_at.month - end.month)
    if evidence_at.day < end.day:
        months -= 1
    if months < 1:
        return f"{(evidence_at - end).days} days late"
    return f"{months} month{'s' if months != 1 else ''} late"


def lapse_reason(target_year: int | None, target_month: int | None, policy: DeadlinePolicy) -> str:
    if target_year is None:
        return (
            f"no stated year: default horizon of {policy.default_horizon_years} years from the "
            f"first report plus {policy.grace_months} months' grace passed without evidence"
        )
    target = f"{target_year}-{target_month:02d}" if target_month else str(target_year)
    return (
        f"target {target} plus {policy.grace_months} months' grace passed without "
        "fulfilment evidence"
    )


def cutoff_years(
    since: datetime | None, until: datetime, policy: DeadlinePolicy
) -> tuple[int, int]:
    """Target years whose lapse moment can fall in (since, until]: an index range for the query.

    Used to find claims whose deadline passed since the last run without scanning every claim.
    """
    high = add_months(until, -policy.grace_months).year
    if since is None:
        return (-10_000, high)
    low = add_months(since, -policy.grace_months).year - 1
    return (low, high)
