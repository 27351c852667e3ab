"""The scheduler's job functions, and the record of every run in JobState.

APScheduler pickles a job's function *reference* and arguments into its job store, so every job
is the module-level `run_job(job_id, target, *args)` with string arguments only: nothing that
depends on this process (an engine, a URL with a password) is ever pickled. The engine, the
settings and the stop signal reach the job through the Runtime the scheduler activates at start.

`run_job` records start, end, outcome and counters per job id (APScheduler 3 keeps no history),
logs a failure with its traceback, and never lets an exception escape, so a failing job is simply
retried at its next run and never stops the scheduler.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tracker.errors import TrackerError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tracker.settings import Settings

log = logging.getLogger("tracker.jobs")
RECORD_PREFIX = "scheduler.job."


class NoRuntime(TrackerError):
    """A job function was called outside a running scheduler."""


class JobStepFailed(TrackerError):
    """A step of a job failed (already logged); raised so the run is recorded as an error."""


@dataclass
class Runtime:
    engine: Engine
    settings: Settings
    cancel: threading.Event = field(default_factory=threading.Event)


_runtime: Runtime | None = None


def activate(runtime: Runtime | None) -> None:
    """Called by the scheduler when it starts leading (and with None when it stops)."""
    global _runtime
    _runtime = runtime


def runtime() -> Runtime:
    if _runtime is None:
        raise NoRuntime("job functions run inside `tracker schedule`; use `tracker run` by hand")
    return _runtime


def resolve(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    func: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return func


def _record(job_id: str, **values: Any) -> None:
    from models import session_scope
    from tracker import jobstate

    key = RECORD_PREFIX + job_id
    try:
        with session_scope(runtime().engine) as session:
            record = jobstate.get_json(session, key) or {}
            for name in ("runs", "failures"):
                record[name] = record.get(name, 0) + values.pop(f"add_{name}", 0)
            record.update(values)
            jobstate.put_json(session, key, record)
    except Exception:  # a locked or full database must not kill the scheduler's thread
        log.exception("could not record the run of job %s", job_id)


def run_job(job_id: str, target: str, *args: Any) -> None:
    """The one function the job store refers to: run `target(*args)`, record how it went."""
    rt = runtime()
    clock = time.monotonic()
    log.info("job %s started", job_id)
    _record(job_id, last_start=datetime.now(UTC).isoformat(), running=True, pid=os.getpid())
    outcome, detail = "ok", ""
    try:
        result = resolve(target)(*args)
        detail = str(result) if result is not None else ""
        if rt.cancel.is_set():
            outcome = "interrupted"
    except Exception as exc:
        outcome, detail = "error", f"{type(exc).__name__}: {exc}"
        log.exception("job %s failed; it runs again at its next time", job_id)
    seconds = time.monotonic() - clock
    _record(
        job_id,
        last_end=datetime.now(UTC).isoformat(),
        outcome=outcome,
        detail=detail[:2000],
        seconds=round(seconds, 3),
        running=False,
        add_runs=1,
        add_failures=1 if outcome == "error" else 0,
    )
    log.info("job %s finished: %s %s (%.1f s)", job_id, outcome, detail, seconds)


# --- the tracker's jobs: each calls the pipeline steps `tracker run` calls ---


def crawl(source: str | None) -> str:
    """Crawl one source (None: all), then extract what it brought (extract after every crawl)."""
    from tracker.pipeline import crawl_step, extract_step, guarded

    rt = runtime()
    crawled = guarded("crawl", crawl_step, rt.settings, source, rt.cancel)
    if rt.cancel.is_set():
        return f"crawl {crawled.outcome}: {crawled.detail}"
    extracted = guarded("extract", extract_step, rt.engine, rt.settings, rt.cancel)
    text = (
        f"crawl {crawled.outcome}: {crawled.detail}; "
        f"extract {extracted.outcome}: {extracted.detail}"
    )
    if "error" in (crawled.outcome, extracted.outcome):
        raise JobStepFailed(text)
    return text


def recheck() -> str:
    from tracker.pipeline import recheck_step

    rt = runtime()
    report, _ = recheck_step(rt.engine, rt.settings)
    return report.detail


def last_runs(engine: Engine) -> dict[str, dict[str, Any]]:
    """Every job's record: last start and end, outcome, detail, runs and failures."""
    from models import session_scope
    from tracker import jobstate

    with session_scope(engine) as session:
        raw = jobstate.get_many(session, RECORD_PREFIX)
    return {key.removeprefix(RECORD_PREFIX): json.loads(value) for key, value in raw.items()}
