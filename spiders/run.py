"""Child-process entry point of one crawl: `python -m spiders.run JOB.json`.

`tracker crawl` writes the job (settings, sources, database URL) to a file and runs this module
in a fresh interpreter, because Twisted's reactor cannot be restarted and a crawl's memory and
crashes should end with its process. The result (per-source counts and failure reasons) is written
to the job's `report_path` as JSON.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import json
import logging
import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

from spiders import workers
from spiders.sources import SourceConfig

GC_THRESHOLDS = (7000, 10, 10)  # Python's default is (700, 10, 10)


def run_job(job: dict[str, Any], parent: int | None = None) -> dict[str, Any]:
    """Crawl as the job says; `parent` is the process whose end stops the crawl (default: the
    current parent)."""
    from scrapy.crawler import CrawlerProcess

    from spiders.feed import FeedSpider
    from spiders.scrapy_settings import scrapy_settings
    from spiders.sitemap import SitemapSpider
    from spiders.stats import per_source
    from tracker.settings import Settings

    settings = Settings(**job["settings"])
    sources = [SourceConfig.from_dict(data) for data in job["sources"]]
    refresh = bool(job.get("refresh"))
    process = CrawlerProcess(scrapy_settings(settings, job["database_url"], refresh=refresh))
    # Scrapy's loggers pass everything to the handler, which drops what is below LOG_LEVEL:
    # two records built and dropped per page. Drop them before they are built.
    logging.getLogger("scrapy").setLevel(settings.crawl_log_level.upper())
    crawlers = []
    for spider_cls, group in (
        (FeedSpider, [s for s in sources if s.feeds]),
        (SitemapSpider, [s for s in sources if s.sitemaps]),
    ):
        if group:
            crawler = process.create_crawler(spider_cls)
            process.crawl(crawler, sources=group, database_url=job["database_url"], refresh=refresh)
            crawlers.append(crawler)
    watch_parent(os.getppid() if parent is None else parent)
    # Everything loaded so far lives until the end: keep it out of the garbage collector's full
    # passes, and collect the young generation less often (Scrapy allocates a lot per page). The
    # collector took a tenth of the reactor's time.
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    gc.enable()
    process.start()
    merged: dict[str, dict[str, Any]] = {}
    finish: dict[str, str] = {}
    for crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        finish[crawler.spidercls.name] = str(stats.get("finish_reason", "not started"))
        for source, counts in per_source(stats).items():
            target = merged.setdefault(source, {"reasons": {}})
            for key, value in counts.items():
                if key == "reasons":
                    for reason, n in value.items():
                        target["reasons"][reason] = target["reasons"].get(reason, 0) + n
                else:
                    target[key] = target.get(key, 0) + value
    return {"sources": merged, "finish_reasons": finish}


def watch_parent(parent: int) -> None:
    """Exit when `tracker crawl` is gone (killed, terminal closed): an orphaned crawler would keep
    fetching with nobody to report to."""
    from twisted.internet import task

    def check() -> None:
        if os.getppid() != parent:
            # Standard error may have been a pipe to the dead parent: a failed farewell must not
            # keep the crawler alive (the error would end this check, not the process).
            with contextlib.suppress(OSError):
                print("crawler: parent process gone, stopping", file=sys.stderr, flush=True)
            os._exit(3)

    task.LoopingCall(check).start(1.0, now=True)


def main(argv: list[str]) -> int:
    parent = os.getppid()  # now: `tracker crawl` may die while Scrapy is still loading
    if len(argv) != 1:
        print("usage: python -m spiders.run JOB.json", file=sys.stderr)
        return 2
    faulthandler.register(signal.SIGUSR1)  # `kill -USR1 PID` prints every thread's stack
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    # Before anything heavy is imported: the workers start now and load trafilatura meanwhile.
    workers.start(int(job["settings"]["crawl_extract_workers"]))
    gc.disable()  # until the crawl starts: imports and set-up only create what lives to the end
    try:
        report = run_job(job, parent)
    except Exception as exc:
        traceback.print_exc()
        report = {"sources": {}, "finish_reasons": {}, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        workers.stop()
    Path(job["report_path"]).write_text(json.dumps(report, default=str), encoding="utf-8")
    return 1 if "error" in report else 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    # The report is written and the workers are gone: skip the interpreter's teardown of a large
    # heap (half a second that `tracker crawl` would wait for).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
