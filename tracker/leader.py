"""Making sure only one scheduler runs jobs on one database.

Several schedulers must never share a job store (each would run every job). On PostgreSQL the
scheduler that holds a session-level advisory lock leads; the others wait and retry, so starting
`tracker schedule` on two machines is safe and one takes over when the other stops or dies (the
lock goes with its connection). SQLite is one machine's file: a second scheduler on it is a
mistake, so it refuses to start, using an fcntl lock on a file beside the database that the
kernel releases when the process ends, however it ends.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import Connection, Engine, func, select, text

from tracker.errors import TrackerError

log = logging.getLogger("tracker.scheduler")


class SchedulerLocked(TrackerError):
    """Another scheduler already runs on this SQLite database."""

    exit_code = 2


class Leadership(Protocol):
    def acquire(self) -> bool: ...

    def still_held(self) -> bool: ...

    def release(self) -> None: ...


class FileLeadership:
    """SQLite: an exclusive, non-blocking flock on `<database>.scheduler.lock`."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".scheduler.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while leading
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise SchedulerLocked(
                f"another scheduler (pid {holder}) is already running on this database "
                f"(lock {self.path}); stop it first, or use PostgreSQL to run standby schedulers"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return True

    def still_held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


class AdvisoryLeadership:
    """PostgreSQL: `pg_try_advisory_lock(key)` held on one dedicated connection."""

    def __init__(self, engine: Engine, key: int) -> None:
        self.engine = engine
        self.key = key
        self._conn: Connection | None = None

    def acquire(self) -> bool:
        if self._conn is None:
            self._conn = self.engine.connect()
        try:
            got = bool(self._conn.execute(select(func.pg_try_advisory_lock(self.key))).scalar())
            self._conn.commit()  # session-level lock: survives the transaction, not the session
        except Exception:
            self._drop()
            raise
        return got

    def still_held(self) -> bool:
        """A live connection still holds the lock; a broken one means the lock is gone."""
        if self._conn is None:
            return False
        try:
            held = self._conn.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    "AND pid = pg_backend_pid() AND objid = :low AND granted"
                ),
                {"low": self.key & 0xFFFFFFFF},
            ).scalar()
            self._conn.commit()
            return bool(held)
        except Exception:
            log.exception("lost the connection that holds the scheduler lock")
            self._drop()
            return False

    def release(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute(select(func.pg_advisory_unlock(self.key)))
            self._conn.commit()
        except Exception:
            log.warning("could not release the scheduler lock cleanly; closing its connection")
        self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except Exception:
                log.debug("closing the lock connection failed", exc_info=True)
            self._conn = None


class NoLeadership:
    """An in-memory SQLite database: nobody else can see it."""

    def acquire(self) -> bool:
        return True

    def still_held(self) -> bool:
        return True

    def release(self) -> None:
        return None


def leadership_for(engine: Engine, lock_key: int) -> Leadership:
    if engine.dialect.name == "postgresql":
        return AdvisoryLeadership(engine, lock_key)
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return NoLeadership()
    return FileLeadership(Path(database).expanduser().resolve())
