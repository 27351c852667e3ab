"""The extraction worker processes of one crawler process.

`start` is called first thing in the crawler child (spiders/run.py), before Scrapy, Twisted or a
database engine is imported and before any thread exists: the workers are forked then, which
costs milliseconds instead of a fresh interpreter per worker, and they import trafilatura while
the crawler imports Scrapy, on the other core. A pool needed later (after a worker died, or when
the pipeline runs without `start`) uses the 'spawn' start method, because forking a process that
runs threads and holds database connections is unsafe.

A worker never keeps the crawler's standard output open (it carries the progress lines to
`tracker crawl`, which reads until end of file), and exits by itself when the crawler is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

PARENT_CHECK_S = 1.0
JOIN_TIMEOUT_S = 5.0

_POOL: Executor | None = None


def start(workers: int) -> None:
    """Fork the worker processes now; call while the process is single-threaded."""
    global _POOL
    if _POOL is None and workers > 0:
        _POOL = _process_pool(workers, "fork")
        _POOL.submit(warm_up)  # a fork context starts every worker on the first submit


def pool(workers: int) -> Executor:
    """The process's pool, shared by both spiders; 0 workers extracts in a thread instead."""
    global _POOL
    if _POOL is None:
        if workers <= 0:
            _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")
        else:
            _POOL = _process_pool(workers, "spawn")
            _POOL.submit(warm_up)
    return _POOL


def shutdown(broken: Executor | None = None) -> None:
    """Cancel what is queued and let the workers finish (killed if a page keeps one busy).
    With `broken`, only that pool goes (pages still waiting on it must not end its successor)."""
    global _POOL
    if _POOL is None or (broken is not None and broken is not _POOL):
        return
    executor, _POOL = _POOL, None
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + JOIN_TIMEOUT_S
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.terminate()


def _process_pool(workers: int, method: str) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_in_worker,
        initargs=(os.getpid(),),
    )


def _in_worker(crawler_pid: int) -> None:
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stdout is the crawler's progress pipe

    def watch() -> None:
        while os.getppid() == crawler_pid:
            time.sleep(PARENT_CHECK_S)
        os._exit(3)

    threading.Thread(target=watch, name="watch-crawler", daemon=True).start()


def warm_up() -> None:
    """Import the extraction stack before the first page arrives (not the database layer)."""
    import htmldate  # noqa: F401
    import trafilatura  # noqa: F401

    import spiders.pages  # noqa: F401
    import tracker.html_text  # noqa: F401
