"""Storage pipeline: extraction in worker processes, database writes batched in one thread.

The reactor thread only hands pages over and counts outcomes. trafilatura/htmldate run in worker
processes (spiders/workers.py; CPU work in a pipeline would stall every download, design notes
section 6), and
articles are written in short batched transactions on a single writer thread (SQLite allows one
writer; short transactions let other processes write too). A page's HTML is dropped as soon as it
is extracted, so memory stays flat. Counts go to Scrapy's stats per source.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from models import SkippedPage, connect, session_scope
from spiders import workers
from spiders.items import PageItem, SkipItem
from spiders.pages import PageJob, PageResult, page_to_result
from spiders.stats import SourceStats
from tracker.articles import ArticleRecord, ArticleWriter, Outcome
from tracker.textnorm import BadURL, normalise_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


@dataclass
class Batch:
    results: list[PageResult] = field(default_factory=list)
    skips: list[SkipItem] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.results) + len(self.skips)


@dataclass
class WriteCounts:
    by_source: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(self, source: str, counter: str) -> None:
        self.by_source[source, counter] = self.by_source.get((source, counter), 0) + 1


class StoragePipeline:
    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.database_url: str = settings.get("TRACKER_DATABASE_URL")
        self.refresh = settings.getbool("TRACKER_REFRESH")
        self.batch_size = max(1, settings.getint("TRACKER_STORE_BATCH_SIZE", 50))
        self.min_text_chars = settings.getint("TRACKER_MIN_TEXT_CHARS", 300)
        self.workers = settings.getint("TRACKER_EXTRACT_WORKERS", 2)
        self.batch = Batch()
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self.engine: Engine | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        return cls(crawler)

    @property
    def counts(self) -> SourceStats:
        assert self.crawler.stats is not None
        return SourceStats(self.crawler.stats)

    def open_spider(self) -> None:
        self.engine = connect(self.database_url)
        workers.start(self.workers)  # started by spiders.run already; else now, while feeds load

    async def close_spider(self) -> None:
        await self.flush()
        self.writer.shutdown(wait=True)
        if self.engine is not None:
            self.engine.dispose()

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, SkipItem):
            self.batch.skips.append(item)
        elif isinstance(item, PageItem):
            result = await self._extract(item)
            item.html = ""  # the page is no longer needed; keep memory flat
            if result.failure:
                self.counts.fail(item.source, result.failure)
            elif result.skip:
                self.counts.skip(item.source, result.skip)
                self.batch.skips.append(SkipItem(item.source, item.url, result.skip))
            else:
                self.batch.results.append(result)
        if len(self.batch) >= self.batch_size:
            await self.flush()
        return item

    async def _extract(self, item: PageItem) -> PageResult:
        spider = self.crawler.spider
        source = spider.sources[item.source]  # type: ignore[union-attr]
        job = PageJob(
            source=item.source,
            url=item.url,
            final_url=item.final_url,
            html=item.html,
            listed_title=item.listed_title,
            listed_published=item.listed_published,
            allowed_domains=source.allowed_domains,
            keywords=source.keywords,
            languages=source.languages,
            min_text_chars=self.min_text_chars,
        )
        try:
            result = await workers.start(self.workers).run(page_to_result, job)
            if result.article is None:
                return result
            return replace(result, article=None, record=ArticleRecord(**result.article))
        except workers.WorkerDied:  # killed, out of memory: a new worker takes the next pages
            return PageResult(item.url, failure="extraction worker died")
        except Exception as exc:  # a page that crashes the extractor must not stop the crawl
            return PageResult(item.url, failure=f"extraction error: {type(exc).__name__}: {exc}")

    async def flush(self) -> None:
        """Hand the current batch to the writer thread. The batch is swapped out at once, so
        pages keep arriving while it is written; the single writer thread orders the writes."""
        if not len(self.batch):
            return
        batch, self.batch = self.batch, Batch()
        loop = asyncio.get_running_loop()
        counts: WriteCounts = await loop.run_in_executor(self.writer, self._write, batch)
        for (source, counter), value in counts.by_source.items():
            self.counts.add(source, counter, value)

    # -- writer thread ------------------------------------------------------------------------
    def _write(self, batch: Batch) -> WriteCounts:
        assert self.engine is not None
        try:
            with session_scope(self.engine) as session:
                return self._write_in(session, batch.results, batch.skips)
        except IntegrityError:
            # Another crawler process stored one of these URLs at the same moment: redo one by
            # one so the rest of the batch is kept.
            counts = WriteCounts()
            for result in batch.results:
                counts.by_source.update(self._write_one([result], []).by_source)
            for skip in batch.skips:
                self._write_one([], [skip])
            return counts

    def _write_one(self, results: list[PageResult], skips: list[SkipItem]) -> WriteCounts:
        assert self.engine is not None
        try:
            with session_scope(self.engine) as session:
                return self._write_in(session, results, skips)
        except IntegrityError:
            counts = WriteCounts()
            for result in results:
                assert result.record is not None
                counts.add(result.record.source, "duplicate")
            return counts

    def _write_in(
        self, session: Any, results: list[PageResult], skips: list[SkipItem]
    ) -> WriteCounts:
        counts = WriteCounts()
        writer = ArticleWriter(session, refresh=self.refresh)
        listed = [_key(result.job_url) for result in results]
        records = [result.record for result in results if result.record is not None]
        writer.prefetch(records, urls=[url for url in listed if url])
        for result, listed_url in zip(results, listed, strict=True):
            record = result.record
            assert record is not None
            saved = writer.save(record)
            counts.add(record.source, _COUNTER[saved.outcome])
            if listed_url and listed_url != saved.url:
                # The URL the feed listed (redirect, tracking parameters, non-canonical) is linked
                # to the stored story so no later crawl fetches it again.
                writer.link(listed_url, saved, "listed")
        writer.flush()
        rows = {}
        for skip in skips:
            key = _key(skip.url)
            if key:
                rows[key] = {"url": key, "source": skip.source, "reason": skip.reason[:200]}
        if rows:
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            statement = insert(SkippedPage).on_conflict_do_nothing(index_elements=["url"])
            session.execute(statement, list(rows.values()))
        return counts


_COUNTER = {
    Outcome.NEW: "new",
    Outcome.UPDATED: "updated",
    Outcome.SAME_URL: "duplicate",
    Outcome.SAME_STORY: "duplicate",
}


def _key(url: str) -> str | None:
    try:
        return normalise_url(url)
    except BadURL:
        return None
