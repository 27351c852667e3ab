"""Incremental re-check after 100 new articles against a full re-check, on SQLite and PostgreSQL.

Generates 100,000 claims and 1,000,000 articles per backend (bulk executemany on SQLite, COPY on
PostgreSQL), brings the database to a steady state with one full re-check, adds 100 new articles
(with the events and achieved figures extraction would find in them), then times the incremental
re-check and a full re-check of everything in the same run and prints both and their ratio.
Target: incremental under 2 s. `--scale 0.1` is a quick run (10,000 claims, 100,000 articles).

Usage: python benchmarks/recheck.py [--scale 1.0] [--backends sqlite,postgresql] [--pg URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, create_engine, text

from models import connect
from tracker.recheck import DeadlinePolicy, recheck

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TOPICS = ["solid-state", "sodium-ion", "lfp", "silicon anode", "gigafactory", "pilot line",
          "plant", "4680", "lithium-metal", "model"]
METRICS = [("energy_density", "Wh/kg", 300, 500), ("production_capacity", "GWh/year", 1, 60),
           ("production_start", "year", 2018, 2030), ("cost", "USD/kWh", 60, 140),
           ("cycle_life", "cycles", 800, 5000), ("charge_time", "minutes", 5, 30)]
KINDS = ["startup", "cell_maker", "carmaker", "supplier", "materials"]
EVENT_KINDS = ["progress"] * 5 + ["delay"] * 2 + ["abandonment"] + ["fulfilment"] * 2
START = datetime(2015, 1, 1, tzinfo=UTC)
SPAN_DAYS = 10 * 365


def stamp(moment: datetime, sqlite: bool) -> str:
    # SQLAlchemy's SQLite DATETIME storage format, or a PostgreSQL timestamptz literal.
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else moment.isoformat()


def batches(rows: Iterator[Sequence[Any]], size: int = 50_000) -> Iterator[list[Sequence[Any]]]:
    batch: list[Sequence[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk(engine: Engine, table: str, columns: list[str], rows: Iterator[Sequence[Any]]) -> None:
    """COPY on PostgreSQL, executemany on SQLite: both far faster than ORM inserts."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        names = ", ".join(f'"{c}"' for c in columns)
        if engine.dialect.name == "postgresql":
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            for batch in batches(rows):
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", batch)
        raw.commit()
    finally:
        raw.close()


class Generator:
    def __init__(self, engine: Engine, scale: float, seed: int = 7) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        self.rng = random.Random(seed)
        self.companies = max(10, int(1_000 * scale))
        self.articles = int(1_000_000 * scale)
        self.claims = int(100_000 * scale)
        self.events = int(50_000 * scale)
        self.published: list[datetime] = []
        self.next_article = 1

    def when(self, article_id: int) -> datetime:
        return self.published[article_id - 1]

    def article_rows(
        self, count: int, start: datetime, span_days: float
    ) -> Iterator[tuple[Any, ...]]:
        now = stamp(datetime.now(UTC), self.sqlite)
        for _ in range(count):
            number = self.next_article
            self.next_article += 1
            moment = start + timedelta(days=self.rng.random() * span_days)
            self.published.append(moment)
            yield (number, f"https://bench.example/{number}", f"Story {number}", "",
                   stamp(moment, self.sqlite), now, "short text", uuid.uuid4().hex, "bench",
                   "bench")

    def generate(self) -> None:
        rng, sq = self.rng, self.sqlite
        now = stamp(datetime.now(UTC), sq)
        bulk(self.engine, "companies", ["id", "name", "kind", "from_gazetteer", "created_at"],
             iter([(i, f"Company {i}", KINDS[i % len(KINDS)], False, now)
                   for i in range(1, self.companies + 1)]))
        columns = ["id", "url", "title", "normalized_title", "published_at", "fetched_at", "text",
                   "content_hash", "source", "extractor_version"]
        bulk(self.engine, "articles", columns, self.article_rows(self.articles, START, SPAN_DAYS))
        claims, mentions = [], []
        for cid in range(1, self.claims + 1):
            metric, unit, low, high = rng.choice(METRICS)
            article = rng.randint(1, self.articles)
            reported = self.when(article)
            achieved = rng.random() < 0.2
            value = float(rng.randint(low, high))
            target = None if achieved or rng.random() < 0.1 else reported.year + rng.randint(1, 8)
            company = rng.randint(1, self.companies)
            claims.append((cid, company, metric, value, unit, "{}", target,
                           "achieved" if achieved else "planned", f"bench-{cid}", "open", False,
                           stamp(reported, sq), now, now))
            topic = rng.choice(TOPICS)
            mentions.append((cid, cid, article, f"Company {company} {topic} {metric} {value:g}.",
                             0, 10, "bench"))
        bulk(self.engine, "claims",
             ["id", "company_id", "metric", "value", "unit", "extra", "target_year", "stance",
              "fingerprint", "status", "manual_override", "first_reported_at", "created_at",
              "updated_at"], iter(claims))
        bulk(self.engine, "claim_mentions",
             ["id", "claim_id", "article_id", "sentence", "start", "end", "extractor_version"],
             iter(mentions))
        bulk(self.engine, "events",
             ["company_id", "article_id", "kind", "topic", "new_target_year", "sentence", "start",
              "end", "extractor_version"], self.event_rows(self.events, 1, self.articles))

    def event_rows(self, count: int, first: int, last: int) -> Iterator[tuple[Any, ...]]:
        for _ in range(count):
            article = self.rng.randint(first, last)
            kind = self.rng.choice(EVENT_KINDS)
            new_year = self.when(article).year + self.rng.randint(1, 4) if kind == "delay" else None
            topic = self.rng.choice(TOPICS)
            yield (self.rng.randint(1, self.companies), article, kind, topic, new_year,
                   f"The company reported {kind} on its {topic} work.", 0, 10, "bench")

    def add_new_articles(self, count: int) -> None:
        """`count` new articles of this week; a third carry an event, a third a figure."""
        first = self.next_article
        columns = ["id", "url", "title", "normalized_title", "published_at", "fetched_at", "text",
                   "content_hash", "source", "extractor_version"]
        recent = datetime.now(UTC) - timedelta(days=7)
        bulk(self.engine, "articles", columns, self.article_rows(count, recent, 6))
        last = self.next_article - 1
        bulk(self.engine, "events",
             ["company_id", "article_id", "kind", "topic", "new_target_year", "sentence", "start",
              "end", "extractor_version"], self.event_rows(count // 3, first, last))
        with self.engine.begin() as connection:
            top = connection.execute(text("SELECT max(id) FROM claims")).scalar() or 0
            mtop = connection.execute(text("SELECT max(id) FROM claim_mentions")).scalar() or 0
        now = stamp(datetime.now(UTC), self.sqlite)
        claims, mentions = [], []
        for n in range(count // 3):
            metric, unit, low, high = self.rng.choice(METRICS)
            article = self.rng.randint(first, last)
            cid = top + n + 1
            company = self.rng.randint(1, self.companies)
            claims.append((cid, company, metric, float(self.rng.randint(low, high)), unit, "{}",
                           None, "achieved", f"bench-new-{cid}", "open", False,
                           stamp(self.when(article), self.sqlite), now, now))
            mentions.append((mtop + n + 1, cid, article, f"Company {company} reached it.", 0, 10,
                             "bench"))
        bulk(self.engine, "claims",
             ["id", "company_id", "metric", "value", "unit", "extra", "target_year", "stance",
              "fingerprint", "status", "manual_override", "first_reported_at", "created_at",
              "updated_at"], iter(claims))
        bulk(self.engine, "claim_mentions",
             ["id", "claim_id", "article_id", "sentence", "start", "end", "extractor_version"],
             iter(mentions))


def fix_sequences(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as connection:
        for table in ("companies", "articles", "claims", "claim_mentions", "events"):
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"))
        connection.execute(text("ANALYZE"))


def timed(label: str, func: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    print(f"  {label:<44} {seconds:8.2f} s", flush=True)
    return seconds, result


def run_backend(name: str, url: str, scale: float) -> tuple[float, float]:
    engine = connect(url)
    gen = Generator(engine, scale)
    print(f"{name}: {gen.claims:,} claims, {gen.articles:,} articles, {gen.events:,} events",
          flush=True)
    timed("generate", gen.generate)
    fix_sequences(engine)
    policy = DeadlinePolicy()
    _, first = timed("first full re-check (steady state)", lambda: recheck(engine, full=True,
                                                                           policy=policy))
    print(f"    {len(first.changes):,} status changes written")
    timed("add 100 new articles", lambda: gen.add_new_articles(100))
    fix_sequences(engine)
    inc_s, inc = timed("incremental re-check after 100 new articles",
                       lambda: recheck(engine, policy=policy))
    print(f"    {inc.claims_checked:,} claims checked, {len(inc.changes):,} changes")
    full_s, full = timed("full re-check of everything", lambda: recheck(engine, full=True,
                                                                        policy=policy))
    print(f"    {full.claims_checked:,} claims checked, {len(full.changes):,} changes")
    print(f"  ratio full / incremental: {full_s / inc_s:,.0f}x   "
          f"target incremental < 2 s: {'met' if inc_s < 2 else 'MISSED'}", flush=True)
    engine.dispose()
    return inc_s, full_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg", default=PG_ADMIN, help="PostgreSQL URL used to create a scratch "
                        "database (dropped afterwards)")
    args = parser.parse_args()
    for backend in args.backends.split(","):
        if backend == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                run_backend("SQLite", f"sqlite:///{folder}/bench.db", args.scale)
        elif backend == "postgresql":
            admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
            name = f"tracker_bench_{uuid.uuid4().hex[:8]}"
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            try:
                run_backend("PostgreSQL", f"{args.pg.rsplit('/', 1)[0]}/{name}", args.scale)
            finally:
                with admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()


if __name__ == "__main__":
    main()
