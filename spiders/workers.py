"""The extraction worker processes of one crawler process, driven from the reactor's event loop.

Each worker is a fresh interpreter (`python -m spiders.workers FD`) that talks to the crawler over
a socket pair: the crawler writes a header (size, job id) and a pickle `(function, arguments)`
from its event loop and the worker answers with the same header and `(ok, result or exception)`.
Unlike a ProcessPoolExecutor there is no manager or feeder thread in the crawler: those threads
took the GIL from the downloader at every page (design notes section 6).

`start` is called first thing in the crawler child (spiders/run.py), so the workers import
trafilatura on the other core while the crawler imports Scrapy. A worker that dies fails the
pages it had (`WorkerDied`) and is replaced at once; a worker exits when the crawler's end of its
socket closes, so it never outlives the crawler. Workers write nothing to standard
output, which carries the progress lines to `tracker crawl`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

HEADER = struct.Struct("!IQ")  # payload size, job id
IN_FLIGHT = 2  # pages sent ahead to each worker
STOP_TIMEOUT_S = 5.0


class WorkerDied(Exception):
    """The worker process ended (killed, out of memory) while it had this page."""


class _Worker(asyncio.Protocol):
    """One worker process and the crawler's end of its socket."""

    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.sock, theirs = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "spiders.workers", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=2,  # standard error: standard output is the crawler's progress pipe
        )
        theirs.close()
        self.transport: asyncio.Transport | None = None
        self.attaching: asyncio.Future[Any] | None = None
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.buffer = bytearray()
        self.dead = False

    @property
    def ready(self) -> bool:
        return self.transport is not None and not self.dead

    async def attach(self) -> None:
        """Hand the socket to the running event loop, once (pages ask for it concurrently)."""
        if self.attaching is None:
            loop = asyncio.get_running_loop()
            self.attaching = asyncio.ensure_future(
                loop.create_connection(lambda: self, sock=self.sock)
            )
        await asyncio.shield(self.attaching)

    def send(self, job: _Job) -> None:
        assert self.transport is not None
        job_id, func, args, future = job
        try:
            payload = pickle.dumps((func, args), protocol=5)
        except Exception as exc:  # this page's failure, not the worker's
            future.set_exception(exc)
            return
        self.pending[job_id] = future
        self.transport.writelines([HEADER.pack(len(payload), job_id), payload])

    # -- asyncio.Protocol ---------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= HEADER.size:
            size, job_id = HEADER.unpack_from(self.buffer)
            if len(self.buffer) < HEADER.size + size:
                break
            try:
                ok, value = pickle.loads(self.buffer[HEADER.size : HEADER.size + size])
            except Exception as exc:  # a result this process cannot load: that page's failure
                ok, value = False, exc
            del self.buffer[: HEADER.size + size]
            future = self.pending.pop(job_id, None)
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        self.pool.dispatch()

    def connection_lost(self, exc: Exception | None) -> None:
        self.dead = True
        for future in self.pending.values():
            if not future.done():
                future.set_exception(WorkerDied(f"exit status {self.process.poll()}"))
        self.pending.clear()
        self.pool.revive_soon()

    def stop(self) -> None:
        """Close the crawler's end (the worker sees end of file and exits); wait for it."""
        with contextlib.suppress(OSError):  # already closed by the worker's death
            self.sock.shutdown(socket.SHUT_RDWR)
        try:
            self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:  # still busy with a page
            self.process.kill()
            self.process.wait()
        self.sock.close()


_Job = tuple[int, Callable[..., Any], tuple[Any, ...], "asyncio.Future[Any]"]


class Pool:
    """Extraction workers shared by both spiders; 0 workers extracts in a thread instead.

    Pages wait here and each worker is sent at most `IN_FLIGHT` at a time: a page sent ahead
    keeps it busy, while pages piled up in a socket's send buffer would be copied at every
    write."""

    def __init__(self, workers: int):
        self.workers = [_Worker(self) for _ in range(workers)]
        self.thread = ThreadPoolExecutor(1, "extract") if workers <= 0 else None
        self.queue: deque[_Job] = deque()
        self.next_id = 0
        self.stopped = False

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        """`func(*args)` in a worker: its result, its exception, or WorkerDied."""
        loop = asyncio.get_running_loop()
        if self.thread is not None:
            return await loop.run_in_executor(self.thread, func, *args)
        await self._revive()
        self.next_id += 1
        future: asyncio.Future[Any] = loop.create_future()
        self.queue.append((self.next_id, func, args, future))
        self.dispatch()
        return await future

    def dispatch(self) -> None:
        for worker in sorted(self.workers, key=lambda worker: len(worker.pending)):
            while self.queue and worker.ready and len(worker.pending) < IN_FLIGHT:
                job = self.queue.popleft()
                if not job[3].done():  # not cancelled meanwhile
                    worker.send(job)

    async def _revive(self) -> None:
        """Replace dead workers and attach new ones to the running loop."""
        for index, worker in enumerate(self.workers):
            if worker.dead and not self.stopped:
                worker.stop()
                self.workers[index] = worker = _Worker(self)
            if worker.attaching is None:
                await worker.attach()
        self.dispatch()

    def revive_soon(self) -> None:
        if not self.stopped:  # pages waiting for the dead worker go to its successor
            asyncio.get_running_loop().create_task(self._revive())

    def stop(self) -> None:
        self.stopped = True
        for worker in self.workers:
            worker.stop()
        self.workers = []
        for *_, future in self.queue:
            if not future.done():
                future.cancel()
        self.queue.clear()
        if self.thread is not None:
            self.thread.shutdown(wait=False, cancel_futures=True)


_POOL: Pool | None = None


def start(workers: int) -> Pool:
    """The process's pool, started now if it is not running yet."""
    global _POOL
    if _POOL is None:
        _POOL = Pool(workers)
    return _POOL


def stop() -> None:
    global _POOL
    if _POOL is not None:
        pool, _POOL = _POOL, None
        pool.stop()


# -- the worker process ---------------------------------------------------------------------------
def warm_up() -> None:
    """Import the extraction stack before the first page arrives (not the database layer)."""
    import htmldate  # noqa: F401
    import trafilatura  # noqa: F401

    import spiders.pages  # noqa: F401
    import tracker.html_text  # noqa: F401


def serve(fd: int) -> None:
    """Answer jobs on socket `fd` until the crawler closes its end."""
    # Ctrl-C reaches the whole process group; the crawler stops gracefully and still needs its
    # workers for the pages in flight, then closes their sockets.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sock = socket.socket(fileno=fd)
    warm_up()
    incoming = sock.makefile("rb")
    while True:
        header = incoming.read(HEADER.size)
        if len(header) < HEADER.size:
            return
        size, job_id = HEADER.unpack(header)
        payload = incoming.read(size)
        try:
            func, args = pickle.loads(payload)
            reply = pickle.dumps((True, func(*args)), protocol=5)
        except Exception as exc:  # the crawler counts it as this page's failure
            try:
                reply = pickle.dumps((False, exc), protocol=5)
            except Exception:  # an exception that does not pickle
                reply = pickle.dumps((False, RuntimeError(repr(exc))), protocol=5)
        try:
            sock.sendall(HEADER.pack(len(reply), job_id) + reply)
        except OSError:  # the crawler is gone
            return


if __name__ == "__main__":
    serve(int(sys.argv[1]))
    sys.stderr.flush()
    os._exit(0)  # the crawler waits for its workers: skip the interpreter's teardown
