"""Small key/value watermarks and job records in the JobState table.

Incremental jobs (the re-check) keep their watermark here, and the scheduler records each job's
last run and outcome here, because APScheduler 3 keeps neither. Writes are dialect upserts
(design notes section 6: SQLAlchemy has no portable upsert).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import JobState


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(JobState.value).where(JobState.key == key))


def get_many(session: Session, prefix: str) -> dict[str, str]:
    rows = session.execute(
        select(JobState.key, JobState.value).where(JobState.key.startswith(prefix))
    )
    return {key: value for key, value in rows}


def put(session: Session, key: str, value: str) -> None:
    """Insert or overwrite one key; on SQLite this also takes the write lock at once."""
    now = datetime.now(UTC)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        pg = pg_insert(JobState).values(key=key, value=value, updated_at=now)
        session.execute(
            pg.on_conflict_do_update(
                index_elements=[JobState.key], set_={"value": value, "updated_at": now}
            )
        )
        return
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    lite = sqlite_insert(JobState).values(key=key, value=value, updated_at=now)
    session.execute(
        lite.on_conflict_do_update(
            index_elements=[JobState.key], set_={"value": value, "updated_at": now}
        )
    )


def get_json(session: Session, key: str) -> Any:
    raw = get(session, key)
    return json.loads(raw) if raw else None


def put_json(session: Session, key: str, value: Any) -> None:
    put(session, key, json.dumps(value, default=str, sort_keys=True))
