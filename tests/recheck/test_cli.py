"""`tracker recheck` and `tracker run` through the real entry point, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine

from models import session_scope
from tests.conftest import run_tracker
from tests.recheck import timelines
from tracker import jobstate


def test_recheck_as_of_prints_the_replay_and_writes_nothing(engine: Engine, db_url: str) -> None:
    t = timelines.bosch(engine)
    shown = run_tracker("recheck", "--as-of", "2018-03-31", "--json", db=db_url)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["mode"] == "replay" and data["as_of"].startswith("2018-03-31")
    assert data["statuses"] == {str(i): "abandoned" for i in t.claims.values()}
    assert {c["quote"] for c in data["changes"]} == {t.quotes["exit"]}
    assert {c["rule"] for c in data["changes"]} == {"abandonment_event"}
    with session_scope(engine) as session:
        assert jobstate.get(session, "recheck.as_of") is None
    table = run_tracker("recheck", "--as-of", "2017-01-01", db=db_url)
    assert table.returncode == 0
    assert "as of 2017-01-01: 2 open (nothing was written)" in table.stdout


def test_recheck_live_then_claim_shows_the_evidence(engine: Engine, db_url: str) -> None:
    t = timelines.qing_tao(engine)
    live = run_tracker("recheck", db=db_url)
    assert live.returncode == 0, live.stderr
    assert "open → in_progress" in live.stdout and "in_progress → fulfilled" in live.stdout
    assert "2 changes over 1 claims checked" in live.stdout
    shown = run_tracker("claim", str(t.claims["capacity"]), "--json", db=db_url)
    history = json.loads(shown.stdout)["history"]
    assert [(h["status"], h["quote"], h["rule"]) for h in history] == [
        ("in_progress", t.quotes["ground"], "progress_event"),
        ("fulfilled", t.quotes["met"], "fulfilment_by_figure"),
    ]
    assert all(h["evidence_url"].startswith("https://example-electrek.co/") for h in history)
    again = run_tracker("recheck", "--json", db=db_url)
    assert json.loads(again.stdout)["changes"] == []


def test_recheck_rejects_a_bad_date(db_url: str) -> None:
    bad = run_tracker("recheck", "--as-of", "last year", db=db_url)
    assert bad.returncode == 2 and "--as-of 'last year' is not a date" in bad.stderr


def test_run_does_one_cycle_and_reports_each_step(db_url: str, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[source]]\nname = "local"\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n', encoding="utf-8"
    )
    done = run_tracker("run", "--json", db=db_url,
                       env={"TRACKER_CRAWL_SOURCES_FILE": str(sources)})
    steps = {s["step"]: s for s in json.loads(done.stdout)}
    assert list(steps) == ["crawl", "extract", "recheck"]
    # nothing listens on port 9: the feed fails, which the crawl counts (and backs off from)
    assert steps["crawl"]["outcome"] == "ok", steps["crawl"]
    assert steps["crawl"]["detail"] == "0 of 1 sources reached, 0 new articles"
    assert steps["extract"]["outcome"] in {"ok", "skipped"}
    assert steps["recheck"]["outcome"] == "ok"
    assert done.returncode == 0


def test_run_fails_when_a_step_fails_but_still_runs_the_others(db_url: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-sources.toml"
    done = run_tracker("run", "--json", db=db_url,
                       env={"TRACKER_CRAWL_SOURCES_FILE": str(missing)})
    steps = {s["step"]: s for s in json.loads(done.stdout)}
    assert steps["crawl"]["outcome"] == "error" and "cannot read sources file" in \
        steps["crawl"]["detail"]
    assert steps["recheck"]["outcome"] == "ok"
    assert done.returncode == 1


def test_events_lists_the_evidence_with_filters(engine: Engine, db_url: str) -> None:
    bosch = timelines.bosch(engine)
    fisker = timelines.fisker(engine)

    def listed(*args: str) -> list[tuple[str, str, str]]:
        result = run_tracker("events", "--json", *args, db=db_url)
        assert result.returncode == 0, result.stderr
        return [(e["company"], e["kind"], e["sentence"]) for e in json.loads(result.stdout)]

    everything = [
        ("Bosch", "abandonment", bosch.quotes["exit"]),
        ("Fisker", "abandonment", fisker.quotes["drop"]),
        ("Fisker", "fulfilment", fisker.quotes["launch"]),
    ]
    assert listed() == everything
    assert listed("--kind", "abandonment") == everything[:2]
    assert listed("--company", "fisker", "--since", "2021-01-01") == everything[2:]
    (first,) = json.loads(run_tracker("events", "--json", "--company", "Bosch", db=db_url).stdout)
    assert first["topic"] == "solid-state" and first["published"].startswith("2018-02-28")
    assert first["url"].startswith("https://example-autonews.com/2018/")
    bad = run_tracker("events", "--kind", "rumour", db=db_url)
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "error: unknown event kind 'rumour'; allowed: abandonment, delay, progress, fulfilment"
    )
