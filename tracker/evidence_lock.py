"""Commit order of evidence against the re-check's watermarks, on PostgreSQL.

The incremental re-check reads events, claim mentions, claims and cleared verdicts with ids above
its watermarks and then moves the watermarks to the highest id it saw. On PostgreSQL ids come
from sequences when a row is inserted, not when its transaction commits, so an extraction batch
still open while the re-check runs could commit ids *below* the new watermark and never be
judged. Every transaction that writes such evidence therefore holds a shared transaction-level
advisory lock, and a live re-check takes the same lock exclusively before it reads: it waits for
writers in flight, and writers that start meanwhile wait for it (both take the lock before any
other lock, so they cannot deadlock). SQLite needs nothing: the re-check's first statement takes
the database's single write lock, so no writer is in flight while it reads.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

# Any fixed 64-bit number distinct from the scheduler's leader key ("EVIDENCE" in ASCII).
EVIDENCE_LOCK_KEY = 0x4556_4944_454E_4345


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def writing_evidence(session: Session) -> None:
    """Call first in a transaction that inserts claims, mentions, events or cleared verdicts."""
    if _postgresql(session):
        session.execute(select(func.pg_advisory_xact_lock_shared(EVIDENCE_LOCK_KEY)))


def reading_evidence(session: Session) -> None:
    """Call first in a live re-check: returns once no evidence writer is in flight."""
    if _postgresql(session):
        session.execute(select(func.pg_advisory_xact_lock(EVIDENCE_LOCK_KEY)))
