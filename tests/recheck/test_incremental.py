"""The live re-check reads only what is new, keeps history append-only, and a replay writes
nothing. Every test runs on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from models import (
    Claim,
    CompanyKind,
    EventKind,
    JobState,
    Metric,
    Status,
    StatusChange,
    session_scope,
)
from tests.recheck import timelines
from tests.recheck.story import Story, day
from tracker.recheck import recheck


def snapshot(engine: Engine) -> tuple[dict[str, str], int, list[tuple[int, str, int | None]]]:
    with session_scope(engine) as session:
        state = {row.key: row.value for row in session.scalars(select(JobState))}
        changes = session.scalar(select(func.count()).select_from(StatusChange)) or 0
        claims = [(c.id, c.status.value, c.target_year) for c in session.scalars(select(Claim))]
    return state, changes, sorted(claims)


def test_second_run_with_nothing_new_checks_no_claim(engine: Engine) -> None:
    timelines.bosch(engine)
    assert len(recheck(engine, now=day("2019-01-01")).changes) == 2
    again = recheck(engine, now=day("2019-01-02"))
    assert again.changes == [] and again.claims_checked == 0


def test_replay_leaves_watermarks_history_and_targets_alone(engine: Engine) -> None:
    t = timelines.svolt(engine)
    recheck(engine, now=day("2023-01-01"))
    before = snapshot(engine)
    replayed = recheck(engine, as_of=day("2021-01-31"))
    assert replayed.statuses == {t.claims["start"]: "open"}  # from the original 2023 target
    assert snapshot(engine) == before
    with session_scope(engine) as session:
        claim = session.get(Claim, t.claims["start"])
        assert claim is not None
        assert (claim.target_year, claim.original_target_year) == (2025, 2023)
        assert [h.to_status for h in claim.history] == [Status.DELAYED, Status.DELAYED]


def test_only_companies_with_new_evidence_are_looked_at(engine: Engine) -> None:
    bosch = timelines.bosch(engine)
    recheck(engine, now=day("2019-01-01"))
    fisker = timelines.fisker(engine)
    result = recheck(engine, now=day("2023-01-01"))
    assert {c.claim_id for c in result.changes} == set(fisker.claims.values())
    assert result.claims_checked == 3  # Fisker's three new claims; Bosch's are not read
    s = Story(engine, "Bosch", CompanyKind.SUPPLIER, "example-autonews.com")
    s.event("2021-03-01", "Bosch opened a pilot line for solid-state cells.", EventKind.PROGRESS,
            "solid-state")
    later = recheck(engine, now=day("2023-04-01"))
    assert later.changes == []  # abandoned claims are not revived by progress
    assert later.claims_checked == len(bosch.claims)


def test_claim_stored_after_its_evidence_is_judged_against_it(engine: Engine) -> None:
    s = Story(engine, "Fisker", CompanyKind.CARMAKER, "example-evnews.com")
    quote = s.event("2020-05-20", "Fisker has scrapped its solid-state battery programme.",
                    EventKind.ABANDONMENT, "solid-state")
    assert recheck(engine, now=day("2020-06-01")).changes == []
    late = s.claim("2017-11-14", "Fisker's solid-state batteries will be in production by 2023.",
                   Metric.PRODUCTION_START, 2023, 2023)
    result = recheck(engine, now=day("2020-06-02"))
    assert [(c.claim_id, c.to_status, c.quote) for c in result.changes] == [
        (late, "abandoned", quote)
    ]


def test_deadlines_passing_between_runs_are_found(engine: Engine) -> None:
    t = timelines.silent(engine)
    assert recheck(engine, now=day("2023-06-01")).changes == []
    passed = recheck(engine, now=day("2023-07-02"))
    assert [(c.claim_id, c.to_status, c.rule) for c in passed.changes] == [
        (t.claims["year"], "lapsed", "deadline_lapsed")
    ]
    assert passed.claims_checked == 1
    horizon = recheck(engine, now=day("2025-01-01"))
    assert [(c.claim_id, c.to_status) for c in horizon.changes] == [(t.claims["no_year"], "lapsed")]


def test_lapsed_claim_fulfilled_later_keeps_its_history_and_says_how_late(engine: Engine) -> None:
    s = Story(engine, "Northvolt", CompanyKind.CELL_MAKER, "example-ft.com")
    claim = s.claim("2017-10-12", "Northvolt plans 8 GWh of annual capacity by 2020 in Skelleftea.",
                    Metric.PRODUCTION_CAPACITY, 8, 2020)
    assert [c.to_status for c in recheck(engine, now=day("2021-08-01")).changes] == ["lapsed"]
    quote = "Northvolt's Skelleftea plant now has 16 GWh of annual capacity in operation."
    s.achieved("2022-03-01", quote, Metric.PRODUCTION_CAPACITY, 16)
    result = recheck(engine, now=day("2022-03-02"))
    assert [(c.to_status, c.quote) for c in result.changes] == [("fulfilled", quote)]
    assert "14 months late" in result.changes[0].reason
    with session_scope(engine) as session:
        history = session.scalars(
            select(StatusChange).where(StatusChange.claim_id == claim).order_by(StatusChange.id)
        ).all()
        assert [(h.from_status, h.to_status) for h in history] == [
            (Status.OPEN, Status.LAPSED), (Status.LAPSED, Status.FULFILLED)
        ]


def test_short_figure_is_progress_before_the_target_and_partial_after(engine: Engine) -> None:
    s = Story(engine, "QuantumScape", CompanyKind.STARTUP, "example-reuters.com")
    claim = s.claim("2020-12-08", "QuantumScape targets 1,000 Wh/L cells in cars by 2024.",
                    Metric.VOLUMETRIC_DENSITY, 1000, 2024)
    s.achieved("2022-06-01", "QuantumScape's latest samples reach 800 Wh/L.",
               Metric.VOLUMETRIC_DENSITY, 800)
    s.achieved("2025-03-01", "QuantumScape's shipped B-samples deliver 844 Wh/L.",
               Metric.VOLUMETRIC_DENSITY, 844)
    changes = recheck(engine, as_of=day("2025-06-01")).changes
    assert [(c.to_status, c.rule, c.strength) for c in changes] == [
        ("in_progress", "progress_by_figure", "construction"),
        ("partially_fulfilled", "partial_by_figure", "shipping"),
    ]
    assert all(c.claim_id == claim for c in changes)
