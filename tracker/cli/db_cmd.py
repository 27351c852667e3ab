"""`tracker db`: schema management."""

from __future__ import annotations

import click

from tracker.cli.app import App, pass_app


@click.group()
def db() -> None:
    """Manage the database schema."""


@db.command()
@pass_app
def upgrade(app: App) -> None:
    """Bring the database schema to the newest revision (also done on first use).

    Example: tracker --db postgresql://postgres@127.0.0.1/test db upgrade
    """
    from models import safe_url
    from models.db import current_revision

    engine = app.engine  # connecting applies pending migrations
    click.echo(f"{safe_url(app.settings.database)} is at revision {current_revision(engine)}")
