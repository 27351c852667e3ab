"""A live re-check on PostgreSQL never skips evidence committed out of id order.

Ids come from sequences at insert time, so an extraction batch still open while the re-check
runs holds ids below the ones the re-check sees. The re-check must wait for it (see
tracker/evidence_lock.py) instead of moving its watermark past ids that commit later.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from models import CompanyKind, EventKind, Metric, connect, session_scope
from tests.recheck.story import Story, day
from tracker.evidence_lock import EVIDENCE_LOCK_KEY, writing_evidence
from tracker.recheck import RecheckResult, recheck


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = connect(pg_url)
    yield engine
    engine.dispose()


def _recheck_waiting(engine: Engine) -> bool:
    """Whether some session waits for the evidence lock (an advisory lock not granted)."""
    with engine.connect() as connection:
        waiting = connection.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                "AND objid = :low"
            ),
            {"low": EVIDENCE_LOCK_KEY & 0xFFFFFFFF},
        ).scalar()
    return bool(waiting)


def test_open_extraction_batch_is_judged_once_it_commits(pg_engine: Engine) -> None:
    alpha = Story(pg_engine, "Alpha Cells", CompanyKind.STARTUP, "example-trade.com")
    beta = Story(pg_engine, "Beta Power", CompanyKind.STARTUP, "example-trade.com")
    alpha_claim = alpha.claim(
        "2021-03-01", "Alpha Cells plans a 2 GWh sodium-ion line by 2024.",
        Metric.PRODUCTION_CAPACITY, 2, 2024,
    )
    beta_claim = beta.claim(
        "2021-03-01", "Beta Power plans a 5 GWh sodium-ion plant by 2025.",
        Metric.PRODUCTION_CAPACITY, 5, 2025,
    )
    assert recheck(pg_engine, now=day("2021-06-01")).changes == []

    # An extraction batch opens and inserts Alpha's exit (the lower event id) but does not commit.
    slow = Session(pg_engine)
    slow.begin()
    writing_evidence(slow)
    alpha_exit = alpha.event(
        "2022-01-10", "Alpha Cells has abandoned its sodium-ion plans.",
        EventKind.ABANDONMENT, "sodium-ion", session=slow,
    )
    # Another batch commits Beta's exit with a higher id.
    with session_scope(pg_engine) as fast:
        writing_evidence(fast)
        beta_exit = beta.event(
            "2022-01-11", "Beta Power has abandoned its sodium-ion plans.",
            EventKind.ABANDONMENT, "sodium-ion", session=fast,
        )

    results: list[RecheckResult] = []
    runner = threading.Thread(
        target=lambda: results.append(recheck(pg_engine, now=day("2022-02-01")))
    )
    runner.start()
    try:
        for _ in range(600):  # up to a minute for the re-check to reach the lock
            if _recheck_waiting(pg_engine) or not runner.is_alive():
                break
            runner.join(0.1)
        assert runner.is_alive(), "the re-check ran while an extraction batch was still open"
    finally:
        slow.commit()
        slow.close()
        runner.join(120)

    assert results, "the re-check did not finish"
    changes = {(c.claim_id, c.to_status, c.quote) for c in results[0].changes}
    assert changes == {
        (alpha_claim, "abandoned", alpha_exit),
        (beta_claim, "abandoned", beta_exit),
    }
    assert recheck(pg_engine, now=day("2022-02-02")).changes == []
