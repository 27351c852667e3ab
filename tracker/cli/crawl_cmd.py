"""`tracker crawl`: fetch new battery articles from the configured feeds and sitemaps."""

from __future__ import annotations

import gc
import sys
from typing import Any

import click

from tracker.cli.app import App, pass_app
from tracker.cli.output import format_options, print_json, print_rows

COLUMNS = [
    ("source", "source"),
    ("fetched", "fetched"),
    ("new", "new"),
    ("duplicate", "duplicate"),
    ("irrelevant", "irrelevant"),
    ("failed", "failed"),
    ("known", "already stored"),
    ("reasons", "reasons"),
]


@click.command()
@click.argument("names", nargs=-1, metavar="[SOURCE]...")
@click.option("--sources", "sources_file", metavar="FILE", help="Use this sources file.")
@click.option(
    "--url",
    "urls",
    multiple=True,
    metavar="URL",
    help="Crawl this feed or sitemap ad hoc (repeatable); keywords from [defaults].",
)
@click.option(
    "--refresh",
    is_flag=True,
    help="Fetch stored articles again and overwrite changed text; ignore back-off.",
)
@format_options
@pass_app
def crawl(
    app: App,
    names: tuple[str, ...],
    sources_file: str | None,
    urls: tuple[str, ...],
    refresh: bool,
    fmt: str,
) -> None:
    """Fetch new articles from feeds and sitemaps into the database, politely and exactly once.

    Runs in a child process; ends with per-source counts (fetched, new, duplicate, irrelevant,
    failed with reasons). Exit status 0 when the crawl ran, 1 when no source could be reached.

    Example: tracker crawl electrek electrive
    Example: tracker crawl --url https://electrek.co/feed/
    """
    from tracker.crawl import CrawlFailed, plan_sources

    sources = plan_sources(app.settings, list(names), sources_file, list(urls))
    app.engine  # noqa: B018 - create/upgrade the schema once here, not in two spiders at once
    report = _run_with_progress(app, sources, refresh, show=fmt == "table")
    # The command ends with the report: spare the interpreter's exit a garbage collection over
    # SQLAlchemy and the rest (0.4 s).
    gc.freeze()
    rows = [source.to_dict() for source in report.sources]
    for row in rows:
        row["reasons"] = "; ".join(f"{n}× {why}" for why, n in sorted(row["reasons"].items()))
    if fmt == "json":
        print_json([source.to_dict() for source in report.sources])
    else:
        print_rows(rows, COLUMNS, fmt, title="Crawl")
    if report.error:
        raise CrawlFailed(f"crawler failed: {report.error}")
    if not report.crawled_any:
        raise CrawlFailed("no source could be crawled (see reasons above)")


def _run_with_progress(app: App, sources: list[Any], refresh: bool, *, show: bool) -> Any:
    from tracker.crawl import run_crawl

    if not show:  # --json / --csv: no progress, and no need to load rich
        return run_crawl(app.settings, sources, refresh=refresh)
    from rich.console import Console

    console = Console(stderr=True)
    if not sys.stderr.isatty():
        return run_crawl(
            app.settings, sources, refresh=refresh, on_progress=_plain_progress(console)
        )
    with console.status("crawling...") as status:

        def update(totals: dict[str, Any]) -> None:
            status.update(_summary(totals))

        return run_crawl(app.settings, sources, refresh=refresh, on_progress=update)


def _summary(totals: dict[str, Any]) -> str:
    sums = {
        key: sum(c.get(key, 0) for c in totals.values())
        for key in ("fetched", "new", "duplicate", "irrelevant", "failed")
    }
    return "crawling: " + ", ".join(f"{key} {value}" for key, value in sums.items())


def _plain_progress(console: Any) -> Any:
    """Without a terminal, print a progress line only when the totals change."""
    last: list[str] = [""]

    def update(totals: dict[str, Any]) -> None:
        line = _summary(totals)
        if line != last[0]:
            last[0] = line
            console.print(line, highlight=False)

    return update
