"""The scheduler as a service: restarts, SIGTERM mid-job, failing jobs, leader election.

Every scheduler runs in a child process, as in production. Waits poll the database or the log
with a bound; nothing asserts how long anything took.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from models import connect, session_scope
from tests.conftest import REPO, run_tracker
from tracker import jobstate
from tracker.jobs import last_runs

BOUND_S = 60.0


def wait_for(what: str, check: Callable[[], object], bound: float = BOUND_S) -> object:
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {bound:.0f} s waiting for {what}")


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env.update(
        PYTHONPATH=str(REPO),
        TRACKER_SCHEDULER_STANDBY_POLL_S="0.3",
        TRACKER_SCHEDULER_SHUTDOWN_TIMEOUT_S="20",
    )
    env.update(extra or {})
    return env


class Service:
    """A scheduler child process with its log in a file."""

    def __init__(self, args: list[str], log: Path, env: dict[str, str]) -> None:
        self.log = log
        handle = open(log, "w", encoding="utf-8")  # noqa: SIM115 - closed in stop()
        self.handle = handle
        self.proc = subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT, cwd=REPO,
                                     env=env)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def wait_log(self, needle: str) -> None:
        wait_for(f"{needle!r} in {self.log.name}", lambda: needle in self.text() or
                 (self.proc.poll() is not None and needle in self.text()))

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=BOUND_S)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=10)
            self.handle.close()
        return code


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Callable[..., Service]]:
    started: list[Service] = []

    def start(db: str, plan: str, name: str = "a") -> Service:
        service = Service([sys.executable, "-m", "tests.scheduler.child", db, plan],
                          tmp_path / f"{name}.log", child_env())
        started.append(service)
        return service

    yield start
    for service in started:
        if service.proc.poll() is None:
            service.stop(signal.SIGKILL)


def ticks(engine: Engine) -> dict[int, int]:
    with session_scope(engine) as session:
        rows = jobstate.get_many(session, "test.tick.")
    return {int(key.rsplit(".", 1)[1]): int(value) for key, value in rows.items()}


def stored_next_run(engine: Engine, job_id: str) -> float | None:
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT next_run_time FROM scheduler_jobs WHERE id = :id"), {"id": job_id}
        ).scalar()
    return float(value) if value is not None else None


def test_a_job_raising_every_time_is_logged_and_retried(
    db_url: str, services: Callable[..., Service]
) -> None:
    engine = connect(db_url)
    service = services(db_url, "boom")
    wait_for("three failed runs", lambda: last_runs(engine).get("boom", {}).get("failures", 0) >= 3)
    before = sum(ticks(engine).values())
    wait_for("the other job to keep running", lambda: sum(ticks(engine).values()) > before)
    assert service.stop() == 0
    record = last_runs(engine)["boom"]
    assert record["outcome"] == "error" and "the feed is down again" in record["detail"]
    assert record["runs"] == record["failures"]
    log = service.text()
    assert "job boom failed; it runs again at its next time" in log
    assert "RuntimeError: the feed is down again" in log
    assert "scheduler stopped" in log
    engine.dispose()


def test_sigterm_during_a_job_stops_cleanly(db_url: str, services: Callable[..., Service]) -> None:
    engine = connect(db_url)
    service = services(db_url, "slow")

    def started() -> bool:
        with session_scope(engine) as session:
            return jobstate.get(session, "test.slow.started") == "1"

    wait_for("the slow job to start", started)
    assert service.stop(signal.SIGTERM) == 0
    record = last_runs(engine)["slow"]
    assert record["outcome"] == "interrupted" and record["running"] is False
    assert record["detail"] == "stopped early"
    assert "received SIGTERM: stopping" in service.text()
    assert "scheduler stopped" in service.text()
    engine.dispose()


def test_schedules_and_last_runs_survive_a_restart(
    db_url: str, services: Callable[..., Service]
) -> None:
    engine = connect(db_url)
    first = services(db_url, "persist", "first")
    wait_for("the first run", lambda: last_runs(engine).get("tick", {}).get("runs") == 1)
    first.wait_log("scheduler started")
    next_run = wait_for("a stored next run", lambda: stored_next_run(engine, "tick"))
    assert first.stop() == 0
    second = services(db_url, "persist", "second")
    second.wait_log("scheduler started")
    assert stored_next_run(engine, "tick") == next_run  # not reset by replace_existing
    assert last_runs(engine)["tick"]["runs"] == 1  # the hourly job was not run again at start
    listed = run_tracker("schedule", "--list", "--json", db=db_url)
    assert listed.returncode == 0, listed.stderr
    assert '"id": "tick"' in listed.stdout and '"outcome": "ok"' in listed.stdout
    assert second.stop() == 0
    engine.dispose()


def test_two_schedulers_on_one_postgresql_database_run_each_job_once(
    pg_url: str, services: Callable[..., Service]
) -> None:
    engine = connect(pg_url)
    leader = services(pg_url, "tick", "leader")
    leader.wait_log("leading: this scheduler runs the jobs")
    standby = services(pg_url, "tick", "standby")
    standby.wait_log("standby: another scheduler leads")
    wait_for("several runs", lambda: sum(ticks(engine).values()) >= 5)
    assert set(ticks(engine)) == {leader.pid}  # the standby ran nothing
    assert "scheduler started" not in standby.text()
    assert leader.stop() == 0
    standby.wait_log("leading: this scheduler runs the jobs")
    wait_for("the new leader's runs", lambda: ticks(engine).get(standby.pid, 0) >= 2)
    assert standby.stop() == 0
    engine.dispose()


def test_second_scheduler_on_one_sqlite_file_refuses_to_start(
    sqlite_url: str, tmp_path: Path
) -> None:
    env = child_env({"TRACKER_DATABASE_URL": sqlite_url})
    tracker = str(Path(sys.executable).with_name("tracker"))
    first = Service([tracker, "schedule"], tmp_path / "first.log", env)
    try:
        first.wait_log("scheduler started")
        second = run_tracker("schedule", db=sqlite_url)
        assert second.returncode == 2
        assert f"another scheduler (pid {first.pid}) is already running" in second.stderr
        listed = run_tracker("schedule", "--list", db=sqlite_url)
        assert listed.returncode == 0 and "recheck" in listed.stdout
        assert "daily at 03:30 UTC" in listed.stdout
    finally:
        assert first.stop(signal.SIGINT) == 0
    assert "received SIGINT: stopping" in first.text()
