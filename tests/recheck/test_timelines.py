"""Real-story timelines replayed with `recheck --as-of` at several dates, on SQLite and PostgreSQL.

Every assertion names the status and the quote of the evidence the verdict rests on.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from models import Claim, Status, StatusChange, session_scope
from tests.recheck import timelines
from tests.recheck.story import day
from tracker.recheck import RecheckResult, recheck
from tracker.verdicts import clear_mark, mark


def replay(engine: Engine, when: str) -> RecheckResult:
    return recheck(engine, as_of=day(when))


def last_change(result: RecheckResult, claim_id: int) -> tuple[str, str | None, str]:
    changes = [c for c in result.changes if c.claim_id == claim_id]
    assert changes, f"no change for claim {claim_id}"
    return changes[-1].to_status, changes[-1].quote, changes[-1].rule


def test_bosch_solid_state_plans_abandoned_at_the_2018_exit(engine: Engine) -> None:
    t = timelines.bosch(engine)
    before = replay(engine, "2017-12-31")
    assert before.statuses == {t.claims["density"]: "open", t.claims["start"]: "open"}
    assert before.changes == []
    after = replay(engine, "2018-03-31")
    for claim in ("density", "start"):
        assert last_change(after, t.claims[claim]) == (
            "abandoned", t.quotes["exit"], "abandonment_event"
        )
    later = replay(engine, "2022-01-01")  # abandoned is a verdict: it does not lapse afterwards
    assert set(later.statuses.values()) == {"abandoned"}
    assert len(later.changes) == 2


def test_fisker_drops_solid_state_but_keeps_and_launches_the_ocean(engine: Engine) -> None:
    t = timelines.fisker(engine)
    assert set(replay(engine, "2019-12-31").statuses.values()) == {"open"}
    mid = replay(engine, "2020-06-30")
    assert mid.statuses[t.claims["start"]] == "abandoned"
    assert mid.statuses[t.claims["charge"]] == "abandoned"
    assert mid.statuses[t.claims["ocean"]] == "open"
    assert last_change(mid, t.claims["charge"])[1] == t.quotes["drop"]
    end = replay(engine, "2023-01-31")
    status, quote, rule = last_change(end, t.claims["ocean"])
    assert (status, quote, rule) == ("fulfilled", t.quotes["launch"], "fulfilment_by_launch")
    reason = [c.reason for c in end.changes if c.claim_id == t.claims["ocean"]][-1]
    assert "on time" in reason
    assert end.statuses[t.claims["start"]] == "abandoned"


def test_qing_tao_capacity_in_progress_then_met_by_a_larger_plant(engine: Engine) -> None:
    t = timelines.qing_tao(engine)
    claim = t.claims["capacity"]
    assert replay(engine, "2019-01-31").statuses[claim] == "open"
    building = replay(engine, "2019-10-01")
    assert last_change(building, claim) == ("in_progress", t.quotes["ground"], "progress_event")
    assert building.changes[-1].strength == "construction"
    done = replay(engine, "2020-12-31")
    assert last_change(done, claim) == ("fulfilled", t.quotes["met"], "fulfilment_by_figure")
    assert "1 GWh/year against 0.7" in done.changes[-1].reason
    assert replay(engine, "2024-01-01").statuses[claim] == "fulfilled"  # no lapse after it


def test_target_moved_twice_is_delayed_then_lapses(engine: Engine) -> None:
    t = timelines.svolt(engine)
    claim = t.claims["start"]
    assert replay(engine, "2021-01-31").statuses[claim] == "open"
    first = replay(engine, "2021-12-31")
    assert last_change(first, claim) == ("delayed", t.quotes["first"], "delay_event")
    assert first.changes[-1].target_year == 2024
    second = replay(engine, "2023-01-31")
    assert [c.to_status for c in second.changes] == ["delayed", "delayed"]
    assert second.changes[-1].quote == t.quotes["second"]
    assert "from 2024 to 2025" in second.changes[-1].reason
    assert replay(engine, "2026-06-30").statuses[claim] == "delayed"  # inside the grace
    lapsed = replay(engine, "2026-07-02")
    assert last_change(lapsed, claim) == ("lapsed", None, "deadline_lapsed")
    assert lapsed.changes[-1].target_year == 2025


def test_claims_never_mentioned_again_lapse_after_the_grace(engine: Engine) -> None:
    t = timelines.silent(engine)
    year, no_year = t.claims["year"], t.claims["no_year"]
    assert replay(engine, "2023-06-30").statuses == {year: "open", no_year: "open"}
    after_year = replay(engine, "2023-07-01")
    assert after_year.statuses == {year: "lapsed", no_year: "open"}
    assert "2022 plus 6 months" in after_year.changes[-1].reason
    # no stated year: 3 years' horizon from 2021-06-15, then 6 months' grace
    assert replay(engine, "2024-12-14").statuses[no_year] == "open"
    assert replay(engine, "2024-12-16").statuses[no_year] == "lapsed"


def test_big_carmaker_dropping_one_model_leaves_battery_claims_alone(engine: Engine) -> None:
    t = timelines.general_motors(engine)
    result = replay(engine, "2023-06-30")
    assert result.statuses == {t.claims["cost"]: "open", t.claims["capacity"]: "open"}
    assert result.changes == []
    live = recheck(engine, now=day("2023-06-30"))
    assert live.changes == []


def test_live_run_writes_history_with_rule_url_and_quote(engine: Engine) -> None:
    t = timelines.bosch(engine)
    result = recheck(engine, now=day("2018-06-01"))
    assert {c.claim_id for c in result.changes} == set(t.claims.values())
    with session_scope(engine) as session:
        rows = session.scalars(select(StatusChange).order_by(StatusChange.id)).all()
        assert [(r.rule, r.to_status, r.quote) for r in rows] == [
            ("abandonment_event", Status.ABANDONED, t.quotes["exit"])
        ] * 2
        assert all(r.evidence_url and r.evidence_article_id for r in rows)
        assert all(r.strength == "statement" for r in rows)
        claim = session.get(Claim, t.claims["density"])
        assert claim is not None and claim.status == Status.ABANDONED


def test_manual_verdict_survives_later_evidence_until_cleared(engine: Engine) -> None:
    t = timelines.fisker(engine)
    claim = t.claims["start"]
    with session_scope(engine) as session:
        mark(session, claim, Status.IN_PROGRESS, "Fisker showed us a working prototype cell")
    result = recheck(engine, now=day("2021-01-01"))  # the 2020 abandonment is judged now
    assert claim not in {c.claim_id for c in result.changes}
    assert t.claims["charge"] in {c.claim_id for c in result.changes}
    with session_scope(engine) as session:
        row = session.get(Claim, claim)
        assert row is not None and row.status == Status.IN_PROGRESS and row.manual_override
        clear_mark(session, claim)
    cleared = recheck(engine, now=day("2021-01-02"))
    assert [(c.claim_id, c.to_status, c.quote) for c in cleared.changes] == [
        (claim, "abandoned", t.quotes["drop"])
    ]
