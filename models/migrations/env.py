"""Alembic environment: runs against the engine handed over in `config.attributes`."""

from __future__ import annotations

from typing import Any

from alembic import context

from models.migrations import EXTERNAL_TABLES
from models.schema import Base


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave tables the migrations do not own (EXTERNAL_TABLES) out of autogenerate/check."""
    if type_ == "table":
        return name not in EXTERNAL_TABLES
    table = getattr(obj, "table", None)  # indexes, columns, constraints of an external table
    return getattr(table, "name", None) not in EXTERNAL_TABLES


engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
    )
    context.run_migrations()
