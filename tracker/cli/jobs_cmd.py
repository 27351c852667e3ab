"""`tracker recheck`, `tracker run` and `tracker schedule`: the commands that judge and schedule.

Query commands never import this module's heavy parts: the scheduler is imported inside
`schedule` only, so no query command can start one.
"""

from __future__ import annotations

import sys

import click

from tracker.cli.app import App, parse_day, pass_app
from tracker.cli.output import claim_text, print_json, print_rows


@click.command()
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="Replay history: only articles published by DATE count, deadlines judged at "
    "DATE. Read-only.",
)
@click.option(
    "--full",
    is_flag=True,
    help="Judge every claim against all evidence, not only what is new (slow).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def recheck(app: App, as_of: str | None, full: bool, as_json: bool) -> None:
    """Apply the evidence rules and deadlines to what is new, and print what changed and why.

    Example: tracker recheck                      (live: new articles and passed deadlines)

    Example: tracker recheck --as-of 2020-06-30   (what the tracker would have said then)
    """
    from tracker.errors import UsageError
    from tracker.pipeline import policy_from
    from tracker.recheck import recheck as run_recheck

    moment = parse_day(as_of, "--as-of")
    if moment is not None and full:
        raise UsageError("--full re-checks the live state; it cannot be combined with --as-of")
    result = run_recheck(app.engine, moment, policy=policy_from(app.settings), full=full)
    if as_json:
        print_json(result.to_json())
        return
    rows = [
        {
            "claim": change.claim_id,
            "company": change.company,
            "claim_text": claim_text(
                {"metric": change.metric, "value": change.value, "unit": change.unit,
                 "target_year": change.target_year}
            ),
            "change": f"{change.from_status} → {change.to_status}",
            "at": change.at[:10],
            "why": f"{change.rule}: {change.reason}"
            + (f"\n“{change.quote}”" if change.quote else "")
            + (f"\n{change.evidence_url}" if change.evidence_url else ""),
        }
        for change in result.changes
    ]
    title = f"Replay as of {result.as_of.date()}" if result.mode == "replay" else "Status changes"
    print_rows(
        rows,
        [
            ("claim", "Claim"),
            ("company", "Company"),
            ("claim_text", "Claim"),
            ("change", "Change"),
            ("at", "When"),
            ("why", "Why"),
        ],
        "table",
        title=title,
    )
    if result.mode == "replay":
        counts: dict[str, int] = {}
        for status in result.statuses.values():
            counts[status] = counts.get(status, 0) + 1
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no claims yet"
        click.echo(f"as of {result.as_of.date()}: {summary} (nothing was written)")
    else:
        click.echo(f"{len(result.changes)} changes over {result.claims_checked} claims checked")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def run(app: App, as_json: bool) -> None:
    """Run one full cycle now: crawl every source, extract new articles, re-check.

    The same code the scheduler's jobs run. A stage not installed is reported as skipped.

    Example: tracker run
    """
    import logging

    from tracker.pipeline import run_cycle

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr
    )
    reports = run_cycle(app.engine, app.settings)
    if as_json:
        print_json([{"step": r.step, "outcome": r.outcome, "detail": r.detail} for r in reports])
    else:
        for report in reports:
            click.echo(f"{report.step:<8} {report.outcome:<8} {report.detail}")
    if any(report.outcome == "error" for report in reports):
        sys.exit(1)


@click.command()
@click.option(
    "--list",
    "list_jobs",
    is_flag=True,
    help="Show the scheduled jobs with their last and next run times, then exit.",
)
@click.option("--json", "as_json", is_flag=True, help="With --list: print JSON.")
@pass_app
def schedule(app: App, list_jobs: bool, as_json: bool) -> None:
    """Run the scheduler in the foreground: crawl each source on its interval, extract after
    each crawl, re-check daily. Logs to stdout; stops cleanly on SIGTERM or Ctrl-C.

    On PostgreSQL several schedulers may run: one leads, the others wait. On SQLite a second
    scheduler on the same database file refuses to start.

    Example: tracker schedule

    Example: tracker schedule --list
    """
    if list_jobs:
        from tracker.scheduler import list_jobs as job_rows

        rows = job_rows(app.engine, app.settings)
        print_rows(
            rows,
            [
                ("id", "Job"),
                ("trigger", "Trigger"),
                ("last_run", "Last run"),
                ("outcome", "Outcome"),
                ("next_run", "Next run"),
            ],
            "json" if as_json else "table",
            title="Jobs",
        )
        return
    from tracker.scheduler import serve

    sys.exit(serve(app.engine, app.settings))
