"""What every command shares: settings, the database engine, and error-to-message translation."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import click

from tracker.errors import TrackerError, UsageError
from tracker.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass
class App:
    settings: Settings
    _engine: Engine | None = field(default=None, init=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from models import connect

            self._engine = connect(
                self.settings.database, busy_timeout_s=self.settings.sqlite_busy_timeout_s
            )
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


pass_app = click.make_pass_decorator(App)


def parse_day(value: str | None, option: str) -> datetime | None:
    """A --since/--until value: an ISO date (midnight UTC) or datetime."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date like 2024-05-31") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def run_cli(group: click.Group, argv: list[str] | None = None) -> None:
    """Run the CLI so that no traceback reaches a user: named errors become one line."""
    from models.db import DatabaseError

    try:
        group.main(args=argv, prog_name="tracker", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except TrackerError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except DatabaseError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if os.environ.get("TRACKER_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc} (set TRACKER_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)


def settings_from(ctx_db: str | None) -> Settings:
    from tracker.settings import load_settings

    overrides: dict[str, Any] = {}
    if ctx_db:
        overrides["database_url"] = ctx_db
    return load_settings(overrides)
