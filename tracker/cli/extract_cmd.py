"""`tracker extract` and `tracker eval`: the commands that load spaCy."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tracker.cli.app import App, pass_app
from tracker.cli.output import print_json, value_text
from tracker.errors import InputError, UsageError

if TYPE_CHECKING:
    from tracker.extraction import Extractor


def make_extractor(app: App) -> Extractor:
    from tracker.extraction import Extractor

    settings = app.settings
    return Extractor(
        model=settings.extractor_model,
        fallback=settings.extractor_fallback_model or None,
        batch_size=settings.extract_batch_size,
    )


def _read_document(path: str) -> str:
    try:
        raw = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if path.lower().endswith((".html", ".htm")) or raw.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html")
    ):
        from tracker.html_text import html_to_text

        return html_to_text(raw)
    return raw


@click.command()
@click.option("--reextract", is_flag=True, help="Redo every article, not only pending ones.")
@click.option("--file", "file_path", metavar="PATH", help="Extract one text or HTML file only.")
@click.option("--published", metavar="DATE", help="With --file: the publication date.")
@click.option("--json", "as_json", is_flag=True, help="With --file: print JSON.")
@pass_app
def extract(
    app: App, reextract: bool, file_path: str | None, published: str | None, as_json: bool
) -> None:
    """Extract claims and events from stored articles not yet extracted by this version.

    With --file, extract one file without touching the database:

    Example: tracker extract --file article.txt --published 2018-11-20 --json
    """
    if file_path is not None:
        _extract_file(app, file_path, published, as_json)
        return
    from rich.progress import Progress

    from tracker.extract_store import extract_pending, pending_article_ids
    from tracker.extraction import EXTRACTOR_VERSION

    extractor = make_extractor(app)
    total = len(pending_article_ids(app.engine, EXTRACTOR_VERSION, reextract=reextract))
    with Progress(transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        report = extract_pending(
            app.engine,
            extractor,
            EXTRACTOR_VERSION,
            batch_size=app.settings.extract_batch_size,
            reextract=reextract,
            progress=lambda n: progress.advance(task, n),
        )
    click.echo(
        f"extracted {report.articles} articles: {report.mentions} claim mentions "
        f"({report.claims_new} new claims), {report.events} events "
        f"(extractor {EXTRACTOR_VERSION})"
    )


def _extract_file(app: App, path: str, published: str | None, as_json: bool) -> None:
    if not published:
        raise UsageError("--file needs --published YYYY-MM-DD (targets are read against it)")
    try:
        day = date.fromisoformat(published)
    except ValueError:
        raise UsageError(f"--published {published!r} is not a date like 2018-11-20") from None
    result = make_extractor(app).extract(_read_document(path), day)
    if as_json:
        print_json(result.to_json())
        return
    for found in result.claims:
        shown = value_text(found.to_json())
        target = f" by {found.target_year}" if found.target_year and found.unit != "year" else ""
        click.echo(
            f"claim  {found.company}: {found.metric} {shown}{target} ({found.stance})\n"
            f"       “{found.sentence}”"
        )
    for event in result.events:
        year = f" -> {event.new_target_year}" if event.new_target_year else ""
        click.echo(
            f"event  {event.company}: {event.kind} ({event.topic}){year}\n       “{event.sentence}”"
        )
    if not result.claims and not result.events:
        click.echo("no claims or events found")


@click.command(name="eval")
@click.argument("gold", required=False, metavar="[GOLD.jsonl]")
@click.option("--no-prefilter", is_flag=True, help="Send every sentence to the full pipeline.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def evaluate(app: App, gold: str | None, no_prefilter: bool, as_json: bool) -> None:
    """Score extraction against a gold set: precision, recall and F1, overall and per field.

    Example: tracker eval            (the bundled gold set)
    """
    from tracker.extraction.evaluate import default_gold_path, format_scores
    from tracker.extraction.evaluate import evaluate as evaluate_gold

    path = Path(gold) if gold else default_gold_path()
    if not path.exists():
        raise InputError(f"gold file {path} not found")
    try:
        scores = evaluate_gold(path, make_extractor(app), prefilter=not no_prefilter)
    except (ValueError, KeyError) as exc:
        raise InputError(f"{path}: not a gold file in the expected format ({exc})") from None
    if as_json:
        print_json(scores.as_dict())
    else:
        click.echo(format_scores(scores))
