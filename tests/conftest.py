"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

Each PostgreSQL test gets a database of its own (created and dropped around it), so tests and
developers running the suite at once never see each other's rows. When CI is set, an unreachable
PostgreSQL fails the run instead of skipping.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

PG_ADMIN_URL = os.environ.get(
    "TRACKER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REPO = Path(__file__).resolve().parents[1]


def _pg_admin() -> Engine | None:
    engine = create_engine(
        PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
    )
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL unreachable at {PG_ADMIN_URL} and CI is set: {exc}")
        return None
    return engine


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine | None]:
    engine = _pg_admin()
    yield engine
    if engine is not None:
        engine.dispose()


@pytest.fixture
def pg_url(pg_admin: Engine | None) -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database that is dropped after the test."""
    if pg_admin is None:
        pytest.skip("PostgreSQL not reachable at 127.0.0.1:5432")
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with pg_admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each backend; tests using it run twice."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tracker.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    from models import connect

    engine = connect(db_url)
    yield engine
    engine.dispose()


def run_tracker(
    *args: str, db: str | None = None, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `tracker` entry point in a child process, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    full_env.update(env or {})
    if db is not None:
        full_env["TRACKER_DATABASE_URL"] = db
    tracker = Path(sys.executable).with_name("tracker")
    return subprocess.run(
        [str(tracker), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


SEED_NAME = "electrek-solid-state-production-2018.txt"


@pytest.fixture(scope="session")
def seed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The canonical seed article: from ../shared when present, else the copy in the gold set."""
    shared = REPO.parent / "shared" / "seed" / SEED_NAME
    if shared.exists():
        return shared
    from tracker.extraction.evaluate import default_gold_path, load_gold

    text = next(r["text"] for r in load_gold(default_gold_path()) if r["id"].startswith("seed"))
    path = tmp_path_factory.mktemp("seed") / SEED_NAME
    path.write_text(text, encoding="utf-8")
    return path
