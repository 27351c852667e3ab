"""The extraction worker processes: results, errors and deaths reach the page that caused them.

The pool is driven from an asyncio loop as the storage pipeline does; the functions it runs live
in this module, which the worker processes import by name.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
from pathlib import Path

import pytest

from spiders import workers

REPO = Path(__file__).resolve().parents[2]


def double(value: int) -> int:
    return value * 2


def fail(message: str) -> None:
    raise ValueError(message)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def pid() -> int:
    return os.getpid()


@pytest.fixture(autouse=True)
def _run_from_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the workers import this module as tests.spiders.test_workers


def test_pages_sent_at_once_come_back_in_any_number_of_workers() -> None:
    async def scenario(size: int) -> list[int]:
        pool = workers.Pool(size)
        try:
            return list(await asyncio.gather(*(pool.run(double, n) for n in range(200))))
        finally:
            pool.stop()

    for size in (0, 1, 2):
        assert asyncio.run(scenario(size)) == [2 * n for n in range(200)]


def test_an_error_is_the_pages_own_and_a_dead_worker_is_replaced() -> None:
    async def scenario() -> None:
        pool = workers.Pool(1)
        try:
            with pytest.raises(ValueError, match="bad page"):
                await pool.run(fail, "bad page")
            first = await pool.run(pid)
            with pytest.raises(workers.WorkerDied):
                await pool.run(die)
            second = await pool.run(pid)
            assert second != first
            assert await pool.run(double, 21) == 42
        finally:
            pool.stop()

    asyncio.run(scenario())


def test_pages_waiting_for_a_worker_that_dies_go_to_its_successor() -> None:
    async def scenario() -> list[object]:
        pool = workers.Pool(1)
        try:
            jobs = [pool.run(die)] + [pool.run(double, n) for n in range(20)]
            return list(await asyncio.gather(*jobs, return_exceptions=True))
        finally:
            pool.stop()

    died, *rest = asyncio.run(scenario())
    assert isinstance(died, workers.WorkerDied)
    lost = [n for n, result in enumerate(rest) if isinstance(result, workers.WorkerDied)]
    assert len(lost) < workers.IN_FLIGHT  # only what was already sent to the dead worker
    assert all(result == 2 * n for n, result in enumerate(rest) if n not in lost)


class Unpicklable:
    """Pickles in the crawler, fails to unpickle in the worker."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return fail, ("cannot unpickle",)


def test_a_job_that_does_not_pickle_either_way_fails_alone() -> None:
    async def scenario() -> None:
        pool = workers.Pool(1)
        try:
            with pytest.raises(ValueError, match="cannot unpickle"):
                await pool.run(double, Unpicklable())
            with pytest.raises((AttributeError, pickle.PicklingError)):
                await pool.run(double, lambda: None)  # not even in the crawler
            assert await pool.run(double, 4) == 8
        finally:
            pool.stop()

    asyncio.run(scenario())


def test_stop_ends_every_worker_process() -> None:
    async def scenario() -> list[int]:
        pool = workers.Pool(2)
        await asyncio.gather(*(pool.run(double, n) for n in range(10)))
        processes = [worker.process for worker in pool.workers]
        pool.stop()
        return [process.returncode for process in processes]

    assert asyncio.run(scenario()) == [0, 0]
