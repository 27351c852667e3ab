"""`tracker schedule`: APScheduler 3 running crawl, extract and re-check unattended.

Design (design notes section 6):
- the job store is an SQLAlchemyJobStore in the tracker's own database (table `scheduler_jobs`),
  so schedules and next run times survive restarts; last runs and outcomes go to JobState
  (tracker/jobs.py), since APScheduler 3 does not keep them;
- every job is `tracker.jobs:run_job` with string arguments, a fixed id, replace_existing,
  misfire grace of hours, coalesce and one instance at a time; re-registering a job whose trigger
  and arguments did not change keeps its stored next run time (replace_existing alone would reset
  it at every start, apscheduler issue #696);
- only a leader runs jobs (tracker/leader.py): a PostgreSQL advisory lock, or on SQLite a file
  lock that makes a second scheduler refuse to start;
- SIGTERM and SIGINT stop it cleanly: no new jobs start, running jobs are asked to stop and waited
  for up to `scheduler_shutdown_timeout_s`.

Nothing here is imported by the query commands, so a query can never start a scheduler.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tracker.jobs import Runtime, activate, last_runs
from tracker.leader import Leadership, leadership_for

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.triggers.base import BaseTrigger
    from sqlalchemy import Engine

    from tracker.settings import Settings

log = logging.getLogger("tracker.scheduler")
JOB_TABLE = "scheduler_jobs"
RUN_JOB = "tracker.jobs:run_job"


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job: `target` ("module:function") is called with `args` by run_job."""

    id: str
    target: str
    trigger: BaseTrigger
    args: tuple[str | None, ...] = ()
    first_run_now: bool = False
    description: str = ""


def default_plan(settings: Settings) -> list[JobSpec]:
    """Crawl each enabled source on its interval (extracting after each crawl), re-check daily."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    from tracker.errors import ConfigError
    from tracker.pipeline import source_names

    names: list[str | None] = list(source_names(settings)) or [None]
    interval = timedelta(minutes=settings.crawl_interval_minutes)
    now = datetime.now(UTC)
    crawl_text = f"every {settings.crawl_interval_minutes} min"
    # Staggered over the first interval (source i of n first runs after (i+1)/n of it), so the
    # crawls, each a child process, do not all start at the same moment on a small machine.
    plan = [
        JobSpec(
            f"crawl:{name or 'all'}",
            "tracker.jobs:crawl",
            IntervalTrigger(
                minutes=settings.crawl_interval_minutes,
                start_date=now + interval * (index + 1) / len(names),
                timezone=UTC,
            ),
            (name,),
            description=crawl_text,
        )
        for index, name in enumerate(names)
    ]
    try:
        hour, minute = (int(part) for part in settings.recheck_time.split(":"))
        daily = CronTrigger(hour=hour, minute=minute, timezone=settings.scheduler_timezone)
    except ValueError as exc:
        raise ConfigError(
            f"recheck_time={settings.recheck_time!r} / scheduler_timezone="
            f"{settings.scheduler_timezone!r}: {exc}"
        ) from None
    daily_text = f"daily at {settings.recheck_time} {settings.scheduler_timezone}"
    plan.append(JobSpec("recheck", "tracker.jobs:recheck", daily, description=daily_text))
    return plan


def build(engine: Engine, settings: Settings) -> BackgroundScheduler:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOB_TABLE)},
        executors={"default": ThreadPoolExecutor(max_workers=settings.scheduler_workers)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": int(settings.scheduler_misfire_grace_hours * 3600),
        },
        timezone=settings.scheduler_timezone,
    )


def sync(scheduler: BackgroundScheduler, plan: list[JobSpec]) -> None:
    """Register the plan: changed jobs are replaced, unchanged ones keep their next run time,
    jobs no longer planned (a source removed) are removed."""
    wanted = {spec.id for spec in plan}
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            log.info("removing job %s (no longer configured)", job.id)
            job.remove()
    for spec in plan:
        existing = scheduler.get_job(spec.id)
        args = (spec.id, spec.target, *spec.args)
        options: dict[str, Any] = {}
        if (
            existing is not None
            and str(existing.trigger) == str(spec.trigger)
            and tuple(existing.args) == args
        ):
            options["next_run_time"] = existing.next_run_time
        elif spec.first_run_now:
            options["next_run_time"] = datetime.now(UTC)
        scheduler.add_job(
            RUN_JOB, spec.trigger, args=args, id=spec.id, name=spec.id, replace_existing=True,
            **options,
        )


def _listen(scheduler: BackgroundScheduler) -> None:
    from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent

    def on_event(event: JobEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.warning("job %s missed its run at %s (later than the misfire grace)",
                        event.job_id, event.scheduled_run_time)
        else:
            log.warning("job %s still running at its next time; this run is skipped",
                        event.job_id)

    scheduler.add_listener(on_event, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)


def _install_signals(stop: threading.Event) -> Callable[[], None]:
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def on_signal(number: int, _frame: Any) -> None:
        log.info("received %s: stopping", signal.Signals(number).name)
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def _logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)


def _stop_scheduler(scheduler: BackgroundScheduler, timeout_s: float) -> bool:
    """Shut down, waiting up to `timeout_s` for running jobs; False if one is still running."""
    closer = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True)
    closer.start()
    closer.join(timeout_s)
    return not closer.is_alive()


def _lead(
    engine: Engine, settings: Settings, plan: list[JobSpec], leader: Leadership,
    stop: threading.Event,
) -> tuple[bool, bool]:
    """Run the jobs while leading. Returns (leadership lost, stopped cleanly)."""
    runtime = Runtime(engine, settings)
    activate(runtime)
    scheduler = build(engine, settings)
    _listen(scheduler)
    scheduler.start(paused=True)
    sync(scheduler, plan)
    scheduler.resume()
    for job in scheduler.get_jobs():
        log.info("job %s: %s, next run %s", job.id, job.trigger, job.next_run_time)
    log.info("scheduler started (pid %d, %d jobs)", os.getpid(), len(plan))
    lost = False
    while not stop.wait(settings.scheduler_standby_poll_s):
        if not leader.still_held():
            lost = True
            log.error("lost the scheduler lock: stopping jobs and going back to standby")
            break
    runtime.cancel.set()
    clean = _stop_scheduler(scheduler, settings.scheduler_shutdown_timeout_s)
    activate(None)
    if not clean:
        log.error("a job was still running %.0f s after the stop; exiting without it",
                  settings.scheduler_shutdown_timeout_s)
    return lost, clean


def serve(
    engine: Engine,
    settings: Settings,
    plan: list[JobSpec] | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Run the scheduler in the foreground until SIGTERM/SIGINT (or `stop`); the exit code."""
    _logging()
    stop = stop or threading.Event()
    plan = plan if plan is not None else default_plan(settings)
    restore = _install_signals(stop)
    leader = leadership_for(engine, settings.scheduler_leader_lock_id)
    clean = True
    try:
        waiting_logged = False
        while not stop.is_set():
            if not leader.acquire():
                if not waiting_logged:
                    log.info("standby: another scheduler leads on this database; trying again "
                             "every %.0f s", settings.scheduler_standby_poll_s)
                    waiting_logged = True
                stop.wait(settings.scheduler_standby_poll_s)
                continue
            log.info("leading: this scheduler runs the jobs")
            lost, clean = _lead(engine, settings, plan, leader, stop)
            if not lost:
                break
            waiting_logged = False
    finally:
        leader.release()
        restore()
    log.info("scheduler stopped")
    if not clean:
        logging.shutdown()
        os._exit(1)  # a job thread is still running; do not hang in interpreter exit
    return 0


def list_jobs(engine: Engine, settings: Settings) -> list[dict[str, Any]]:
    """The stored jobs (and planned ones not stored yet) with last and next run. Read-only:
    reads the job table directly, never starts a scheduler."""
    from sqlalchemy import Column, Float, MetaData, String, Table, inspect, select

    stored: dict[str, float | None] = {}
    if inspect(engine).has_table(JOB_TABLE):
        table = Table(JOB_TABLE, MetaData(), Column("id", String), Column("next_run_time", Float))
        with engine.connect() as connection:
            stored = {row.id: row.next_run_time for row in connection.execute(select(table))}
    plan = {spec.id: spec for spec in default_plan(settings)}
    records = last_runs(engine)
    rows = []
    for job_id in [*plan, *sorted(set(stored) - set(plan))]:
        record = records.get(job_id, {})
        next_ts = stored.get(job_id)
        if job_id not in stored:
            next_run = "starts with the scheduler"
        elif next_ts is None:
            next_run = "paused"
        else:
            next_run = datetime.fromtimestamp(next_ts, UTC).isoformat(timespec="seconds")
        outcome = record.get("outcome", "never run")
        if record.get("failures"):
            outcome += f" ({record['failures']} of {record.get('runs', 0)} runs failed)"
        rows.append(
            {
                "id": job_id,
                "trigger": plan[job_id].description if job_id in plan else "(not configured)",
                "last_run": (record.get("last_start") or "")[:19],
                "outcome": outcome,
                "detail": record.get("detail", ""),
                "next_run": next_run,
            }
        )
    return rows


__all__ = ["JobSpec", "build", "default_plan", "list_jobs", "serve", "sync"]
