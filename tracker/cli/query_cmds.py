"""Query commands and `mark`: claims, one claim, companies' track records, articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from tracker.cli.app import App, parse_day, pass_app
from tracker.cli.output import (
    claim_text,
    format_options,
    make_console,
    print_json,
    print_rows,
    value_text,
)

if TYPE_CHECKING:
    from models import Status


def _status_or_none(value: str | None) -> Status | None:
    from models import Status
    from tracker.vocabulary import parse_member

    return parse_member(Status, value, "status") if value else None


@click.command()
@click.option("--company", help="Company name or alias, e.g. 'Qing Tao'.")
@click.option(
    "--status",
    help="open, in_progress, delayed, fulfilled, partially_fulfilled, abandoned, lapsed.",
)
@click.option("--metric", help="energy_density, production_capacity, ... (design notes section 2).")
@click.option(
    "--stance", help="planned (promises the re-check judges) or achieved (stated as done)."
)
@click.option("--since", metavar="DATE", help="First reported on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="First reported on or before DATE.")
@format_options
@pass_app
def claims(
    app: App,
    company: str | None,
    status: str | None,
    metric: str | None,
    stance: str | None,
    since: str | None,
    until: str | None,
    fmt: str,
) -> None:
    """List claims with their current status.

    Example: tracker claims --company "Qing Tao" --status open --stance planned --json
    """
    from models import Metric, Stance, session_scope
    from tracker.queries import ClaimFilter, list_claims
    from tracker.vocabulary import parse_member

    flt = ClaimFilter(
        company=company,
        status=_status_or_none(status),
        metric=parse_member(Metric, metric, "metric") if metric else None,
        stance=parse_member(Stance, stance, "stance") if stance else None,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
    )
    with session_scope(app.engine) as session:
        rows = list_claims(session, flt)
    table_rows = [
        {
            **row,
            "value_text": value_text(row),
            "first_reported": (row["first_reported"] or "")[:10],
            "sources": len(row["sources"]),
        }
        for row in rows
    ]
    print_rows(
        table_rows,
        [
            ("id", "ID"),
            ("company", "Company"),
            ("metric", "Metric"),
            ("value_text", "Value"),
            ("target_year", "Target"),
            ("stance", "Stance"),
            ("status", "Status"),
            ("first_reported", "First reported"),
            ("sources", "Sources"),
        ],
        fmt,
        title="Claims",
        json_rows=rows,
    )


@click.command()
@click.argument("claim_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def claim(app: App, claim_id: int, as_json: bool) -> None:
    """Show one claim: every source that reported it and its status history with evidence.

    Example: tracker claim 3 --json
    """
    from models import session_scope
    from tracker.queries import claim_to_dict
    from tracker.verdicts import get_claim

    with session_scope(app.engine) as session:
        data = claim_to_dict(get_claim(session, claim_id), detail=True)
    if as_json:
        print_json(data)
        return
    console = make_console()
    console.print(
        f"[bold]#{data['id']} {data['company']}[/bold]: {claim_text(data)} "
        f"({data['stance']}) — status [bold]{data['status']}[/bold]"
    )
    console.print("\n[bold]Reported by[/bold]")
    for mention in data["mentions"]:
        console.print(f"  {(mention['published'] or '')[:10]}  {mention['url']}")
        console.print(f"    “{mention['sentence']}”", highlight=False)
    console.print("\n[bold]History[/bold]")
    if not data["history"]:
        console.print("  open since first report; no verdict yet")
    for entry in data["history"]:
        console.print(
            f"  {entry['at'][:10]}  {entry['status']:<20} {entry['decided_by']}/{entry['rule']}: "
            f"{entry['reason']}",
            highlight=False,
        )
        if entry["quote"]:
            console.print(f"    “{entry['quote']}”", highlight=False)
        if entry["evidence_url"]:
            console.print(f"    {entry['evidence_url']}", highlight=False)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def companies(app: App, as_json: bool) -> None:
    """Companies with their claims by status and track record.

    Track record = fulfilled / (fulfilled + partially_fulfilled + lapsed + abandoned); the
    'settled' column is the count it rests on. 'achieved' counts figures the company stated as
    already done: they are not promises, so they are neither open nor part of the record.

    Example: tracker companies --json
    """
    from models import session_scope
    from tracker.queries import company_records

    with session_scope(app.engine) as session:
        records = company_records(session)
    rows = [
        {
            **record,
            **record["by_status"],
            "record_text": (
                f"{record['track_record']:.0%}" if record["track_record"] is not None else "—"
            ),
        }
        for record in records
    ]
    statuses = [
        "open",
        "in_progress",
        "delayed",
        "fulfilled",
        "partially_fulfilled",
        "abandoned",
        "lapsed",
    ]
    print_rows(
        rows,
        [("company", "Company"), ("claims", "Claims")]
        + [(status, status.replace("_", " ")) for status in statuses]
        + [("achieved", "achieved")]
        + [("record_text", "Track record"), ("settled", "Settled")],
        "json" if as_json else "table",
        title="Companies",
        json_rows=records,
    )


@click.command()
@click.option("--source", help="Only articles from this source name.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def articles(app: App, source: str | None, since: str | None, as_json: bool) -> None:
    """Stored articles, newest first, and whether they were extracted.

    Example: tracker articles --source electrek --since 2018-01-01
    """
    from models import session_scope
    from tracker.queries import list_articles

    with session_scope(app.engine) as session:
        rows = list_articles(session, source=source, since=parse_day(since, "--since"))
    table_rows = [
        {
            **row,
            "published": (row["published"] or "")[:10],
            "extracted": "yes" if row["extracted"] else "no",
        }
        for row in rows
    ]
    print_rows(
        table_rows,
        [
            ("id", "ID"),
            ("published", "Published"),
            ("source", "Source"),
            ("title", "Title"),
            ("extracted", "Extracted"),
        ],
        "json" if as_json else "table",
        title="Articles",
        json_rows=rows,
    )


@click.command()
@click.option("--company", help="Company name or alias.")
@click.option("--kind", help="abandonment, delay, progress or fulfilment.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (YYYY-MM-DD).")
@format_options
@pass_app
def events(
    app: App, company: str | None, kind: str | None, since: str | None, fmt: str
) -> None:
    """Events extracted from the coverage (exits, delays, progress, launches), oldest first.

    The re-check judges claims by them; this lists them all, also those that reached no claim.

    Example: tracker events --kind abandonment --json
    """
    from models import EventKind, session_scope
    from tracker.queries import list_events
    from tracker.vocabulary import parse_member

    with session_scope(app.engine) as session:
        rows = list_events(
            session,
            company=company,
            kind=parse_member(EventKind, kind, "event kind") if kind else None,
            since=parse_day(since, "--since"),
        )
    table_rows = [{**row, "published": (row["published"] or "")[:10]} for row in rows]
    print_rows(
        table_rows,
        [
            ("id", "ID"),
            ("published", "Published"),
            ("company", "Company"),
            ("kind", "Kind"),
            ("topic", "Topic"),
            ("new_target_year", "New target"),
            ("sentence", "Sentence"),
        ],
        fmt,
        title="Events",
        json_rows=rows,
    )


@click.command()
@click.argument("claim_id", type=int)
@click.argument("status", required=False)
@click.option("--note", default="", help="Why: required for a verdict.")
@click.option("--evidence", metavar="URL", help="Link to the evidence.")
@click.option(
    "--clear", is_flag=True, help="Remove the manual verdict; automatic rules apply again."
)
@pass_app
def mark(
    app: App, claim_id: int, status: str | None, note: str, evidence: str | None, clear: bool
) -> None:
    """Record a person's verdict on a claim; it wins over automatic rules until cleared.

    Examples: tracker mark 3 abandoned --note "Exit confirmed" --evidence https://...
              tracker mark 3 --clear
    """
    from models import session_scope
    from tracker.errors import UsageError
    from tracker.verdicts import clear_mark
    from tracker.verdicts import mark as mark_claim

    if clear == bool(status):
        raise UsageError("give either a STATUS or --clear")
    with session_scope(app.engine) as session:
        if clear:
            change = clear_mark(session, claim_id, note)
        else:
            chosen = _status_or_none(status)
            assert chosen is not None  # guaranteed by the check above
            change = mark_claim(session, claim_id, chosen, note, evidence)
        click.echo(f"claim {claim_id}: {change.from_status} -> {change.to_status} ({change.rule})")
