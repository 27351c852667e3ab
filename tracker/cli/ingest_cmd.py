"""`tracker ingest`: load articles from JSON Lines."""

from __future__ import annotations

import sys

import click

from tracker.cli.app import App, pass_app
from tracker.errors import InputError


@click.command()
@click.argument("path", metavar="FILE.jsonl")
@click.option("--refresh", is_flag=True, help="Overwrite stored articles whose text changed.")
@pass_app
def ingest(app: App, path: str, refresh: bool) -> None:
    """Store articles from a JSON Lines file ('-' reads standard input).

    Each line: {"url", "title", "published" (ISO date), "text" or "html", optional "source"}.
    Bad lines are reported with their number; the others are stored. Storing is idempotent.

    Example: tracker ingest examples/articles.jsonl
    """
    from tracker.ingest import ingest_lines

    if path == "-":
        report = ingest_lines(app.engine, sys.stdin, "<stdin>", refresh=refresh)
    else:
        try:
            with open(path, encoding="utf-8") as handle:
                report = ingest_lines(app.engine, handle, path, refresh=refresh)
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {path}: {exc}") from None
    for problem in report.problems:
        click.echo(f"skipped {problem}", err=True)
    click.echo(
        f"stored {report.stored} new, {report.updated} updated, "
        f"{report.already_stored} already stored, {len(report.problems)} bad lines"
    )
    if report.accepted == 0 and report.problems:
        sys.exit(1)
