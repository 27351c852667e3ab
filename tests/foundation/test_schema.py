"""The schema on both backends: migrations from empty, constraints users rely on, UTC times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import IntegrityError, StatementError

from models import (
    Article,
    Claim,
    Company,
    CompanyKind,
    Metric,
    Qualifier,
    Stance,
    Status,
    connect,
    session_scope,
)
from models.db import alembic_config, current_revision, head_revision
from models.migrations import HEAD_REVISION

TABLES = {
    "sources",
    "articles",
    "article_aliases",
    "companies",
    "company_aliases",
    "claims",
    "claim_mentions",
    "events",
    "status_changes",
    "job_state",
}


def test_head_constant_matches_alembic() -> None:
    assert head_revision() == HEAD_REVISION


def test_first_use_creates_every_table(db_url: str) -> None:
    engine = connect(db_url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    assert current_revision(engine) == HEAD_REVISION
    # The models and the migrations describe the same schema.
    command.check(alembic_config(engine))
    engine.dispose()


def test_downgrade_to_empty_and_back(db_url: str) -> None:
    engine = connect(db_url)
    command.downgrade(alembic_config(engine), "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    engine.dispose()
    engine = connect(db_url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def _company(engine: Engine) -> int:
    with session_scope(engine) as session:
        company = Company(name="Qing Tao", kind=CompanyKind.STARTUP)
        session.add(company)
        session.flush()
        return company.id


def _claim(company_id: int, **changes: object) -> Claim:
    fields: dict[str, object] = dict(
        company_id=company_id,
        metric=Metric.ENERGY_DENSITY,
        value=400.0,
        unit="Wh/kg",
        stance=Stance.ACHIEVED,
        fingerprint="fp",
    )
    fields.update(changes)
    return Claim(**fields)


def test_claim_defaults_to_open_and_fingerprint_is_unique(engine: Engine) -> None:
    company_id = _company(engine)
    with session_scope(engine) as session:
        session.add(_claim(company_id))
    with session_scope(engine) as session:
        assert session.scalars(select(Claim)).one().status is Status.OPEN
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_claim(company_id))


def test_range_claim_needs_both_bounds(engine: Engine) -> None:
    company_id = _company(engine)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_claim(company_id, qualifier=Qualifier.RANGE, low=250.0))


def test_month_out_of_range_is_refused(engine: Engine) -> None:
    company_id = _company(engine)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_claim(company_id, target_year=2025, target_month=13))


def test_claim_needs_an_existing_company(engine: Engine) -> None:
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(_claim(9999))


def test_words_outside_the_vocabulary_are_refused(engine: Engine) -> None:
    company_id = _company(engine)
    with pytest.raises((StatementError, LookupError)), session_scope(engine) as session:
        session.add(_claim(company_id, metric="wh_per_kg"))


def test_timestamps_come_back_aware_utc(engine: Engine) -> None:
    cet = timezone(timedelta(hours=1))
    with session_scope(engine) as session:
        session.add(
            Article(
                url="https://a.example/x",
                title="t",
                text="x",
                content_hash="h",
                published_at=datetime(2018, 11, 20, 9, 30, tzinfo=cet),
            )
        )
    with session_scope(engine) as session:
        article = session.scalars(select(Article)).one()
        assert article.published_at == datetime(2018, 11, 20, 8, 30, tzinfo=UTC)
        assert article.published_at.tzinfo is not None
        assert article.fetched_at.tzinfo is not None


def test_naive_timestamps_are_refused(engine: Engine) -> None:
    with pytest.raises(StatementError), session_scope(engine) as session:
        session.add(
            Article(
                url="https://a.example/y",
                title="t",
                text="x",
                content_hash="h",
                published_at=datetime(2018, 11, 20),
            )
        )


def test_sqlite_connections_are_set_for_several_processes(sqlite_url: str) -> None:
    engine = connect(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
    engine.dispose()
