"""The `tracker` command: a thin layer over the library.

Commands that need spaCy or Scrapy import them inside their own function body, so query commands
start fast.
"""

from __future__ import annotations

import click

from tracker import __version__
from tracker.cli.app import App, run_cli, settings_from
from tracker.cli.crawl_cmd import crawl
from tracker.cli.db_cmd import db
from tracker.cli.extract_cmd import evaluate, extract
from tracker.cli.ingest_cmd import ingest
from tracker.cli.jobs_cmd import recheck, run, schedule
from tracker.cli.query_cmds import articles, claim, claims, companies, events, mark


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    envvar="TRACKER_DATABASE_URL",
    help="Database URL (default: the embedded SQLite file; see 'Where data lives').",
)
@click.version_option(__version__, prog_name="tracker")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Track battery-industry claims and whether companies kept them."""
    app = App(settings_from(db_url))
    ctx.obj = app
    ctx.call_on_close(app.close)


for command in (
    claims, claim, companies, events, articles, mark, ingest, db, crawl, extract, evaluate
):
    cli.add_command(command)
cli.add_command(recheck)
cli.add_command(schedule)
cli.add_command(run)


def main(argv: list[str] | None = None) -> None:
    run_cli(cli, argv)
