"""Job functions and plans for scheduler tests; module-level so the job store can pickle them."""

from __future__ import annotations

import os
import time

from apscheduler.triggers.interval import IntervalTrigger

from models import session_scope
from tracker import jobstate
from tracker.jobs import runtime
from tracker.scheduler import JobSpec


def _bump(key: str) -> None:
    with session_scope(runtime().engine) as session:
        jobstate.put(session, key, str(int(jobstate.get(session, key) or 0) + 1))


def tick() -> str:
    _bump(f"test.tick.{os.getpid()}")
    return "tick"


def boom() -> None:
    raise RuntimeError("the feed is down again")


def slow() -> str:
    """Works until the scheduler is told to stop (bounded at 60 s so a bug cannot hang CI)."""
    _bump("test.slow.started")
    deadline = time.monotonic() + 60
    while not runtime().cancel.is_set() and time.monotonic() < deadline:
        time.sleep(0.05)
    return "stopped early" if runtime().cancel.is_set() else "ran out"


def every(seconds: float) -> IntervalTrigger:
    return IntervalTrigger(seconds=seconds)


PLANS = {
    "tick": lambda: [JobSpec("tick", "tests.scheduler.jobs:tick", every(0.3), first_run_now=True)],
    "persist": lambda: [
        JobSpec("tick", "tests.scheduler.jobs:tick", every(3600), first_run_now=True)
    ],
    "slow": lambda: [JobSpec("slow", "tests.scheduler.jobs:slow", every(3600), first_run_now=True)],
    "boom": lambda: [
        JobSpec("boom", "tests.scheduler.jobs:boom", every(0.3), first_run_now=True),
        JobSpec("tick", "tests.scheduler.jobs:tick", every(0.3), first_run_now=True),
    ],
}
