"""Loading articles from JSON Lines: one bad line is reported with its number, the rest are kept."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Engine

from models import session_scope
from tracker.articles import ArticleRecord, Outcome, save_article
from tracker.textnorm import BadURL, normalise_url

BATCH_SIZE = 200


@dataclass(frozen=True)
class LineProblem:
    origin: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}:{self.line}: {self.reason}"


@dataclass
class IngestReport:
    stored: int = 0
    updated: int = 0
    already_stored: int = 0
    problems: list[LineProblem] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return self.stored + self.updated + self.already_stored


def parse_published(value: object) -> datetime:
    """ISO date or datetime; a date means midnight UTC, a naive datetime is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("'published' must be an ISO date or datetime string")
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'published' is not an ISO date or datetime: {text!r}") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_line(raw: str) -> ArticleRecord:
    """One JSONL line to a record; raises ValueError with a reason a person can act on."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ValueError("a line must be a JSON object")
    missing = [key for key in ("url", "title", "published") if not data.get(key)]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    url = data["url"]
    if not isinstance(url, str):
        raise ValueError("'url' must be a string")
    try:
        normalise_url(url)
    except BadURL as exc:
        raise ValueError(str(exc)) from None
    published = parse_published(data["published"])
    text = data.get("text")
    if not text and data.get("html"):
        from tracker.html_text import html_to_text

        text = html_to_text(str(data["html"]), url)
    if not isinstance(text, str) or not text.strip():
        raise ValueError("needs a non-empty 'text' or 'html'")
    source = data.get("source") or "manual"
    return ArticleRecord(
        url=url,
        title=str(data["title"]).strip(),
        text=text.strip(),
        published_at=published,
        source=str(source),
        language=data.get("language"),
        author=data.get("author"),
    )


def _records(lines: Iterable[str], origin: str, report: IngestReport) -> Iterator[ArticleRecord]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield parse_line(raw)
        except ValueError as exc:
            report.problems.append(LineProblem(origin, number, str(exc)))


def ingest_lines(
    engine: Engine, lines: Iterable[str], origin: str = "<stdin>", *, refresh: bool = False
) -> IngestReport:
    """Store every good line, in short batched transactions so other processes can write too."""
    report = IngestReport()
    batch: list[ArticleRecord] = []

    def flush() -> None:
        with session_scope(engine) as session:
            for record in batch:
                result = save_article(session, record, refresh=refresh)
                if result.outcome is Outcome.NEW:
                    report.stored += 1
                elif result.outcome is Outcome.UPDATED:
                    report.updated += 1
                else:
                    report.already_stored += 1
        batch.clear()

    for record in _records(lines, origin, report):
        batch.append(record)
        if len(batch) >= BATCH_SIZE:
            flush()
    if batch:
        flush()
    return report
