"""Running a crawl from the tracker: plan the sources, run the spiders in a child process, report.

The child (`python -m spiders.run`) gets a job file and reports progress as JSON lines on its
standard output; this module turns those into callbacks and a final per-source report, so the CLI
and the scheduler share one way of crawling. Each crawl gets a fresh interpreter because Twisted's
reactor cannot restart within one process.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.errors import ConfigError, TrackerError
from tracker.settings import Settings

PROGRESS_PREFIX = "@@tracker-progress "  # same as spiders.progress.PROGRESS_PREFIX
COUNTERS = ("fetched", "new", "duplicate", "irrelevant", "failed")
REACHED = ("endpoint_ok", "endpoint_not_modified", "endpoint_unchanged")


class CrawlFailed(TrackerError):
    """No source could be crawled at all (or the crawler process could not start)."""


@dataclass
class SourceReport:
    name: str
    counts: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, counter: str) -> int:
        return int(self.counts.get(counter, 0))

    @property
    def reached(self) -> bool:
        """At least one of its feeds or sitemaps answered (200, 304 or unchanged)."""
        return any(self[key] for key in REACHED)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.name}
        data.update({key: self[key] for key in (*COUNTERS, "updated", "known")})
        data.update(
            {
                key.removeprefix("endpoint_"): self[key]
                for key in self.counts
                if key.startswith("endpoint_")
            }
        )
        data["reasons"] = dict(self.reasons)
        return data


@dataclass
class CrawlReport:
    sources: list[SourceReport]
    error: str | None = None

    @property
    def crawled_any(self) -> bool:
        return any(source.reached for source in self.sources)


def plan_sources(
    settings: Settings, names: list[str], sources_file: str | None, urls: list[str]
) -> list[Any]:
    """The SourceConfig objects to crawl: ad hoc `--url`s, else named or all enabled sources."""
    from spiders.sources import adhoc_sources, load_sources, select_sources

    path = sources_file or settings.crawl_sources_file or None
    loaded = load_sources(path)
    if urls:
        if names:
            raise ConfigError("give source names or --url, not both")
        return adhoc_sources(urls, loaded.defaults)
    selected = select_sources(loaded.sources, names)
    if not selected:
        raise ConfigError("no enabled source to crawl; name one or set enabled = true")
    return selected


def _merge_progress(state: dict[str, dict[str, Any]], event: dict[str, Any]) -> dict[str, Any]:
    """Progress events come per spider; the sum over spiders is per source."""
    state[event.get("spider", "?")] = event.get("sources", {})
    totals: dict[str, Any] = {}
    for per_spider in state.values():
        for source, counts in per_spider.items():
            target = totals.setdefault(source, {})
            for key, value in counts.items():
                if isinstance(value, int):
                    target[key] = target.get(key, 0) + value
    return totals


def run_crawl(
    settings: Settings,
    sources: list[Any],
    *,
    refresh: bool = False,
    on_progress: Callable[[dict[str, Any]], None] | None = None,
) -> CrawlReport:
    """Crawl `sources` in a child process and return per-source counts."""
    with tempfile.TemporaryDirectory(prefix="tracker-crawl-") as folder:
        job_path, report_path = Path(folder, "job.json"), Path(folder, "report.json")
        job = {
            "settings": dataclasses.asdict(settings),
            "database_url": settings.database,
            "sources": [source.to_dict() for source in sources],
            "refresh": refresh,
            "report_path": str(report_path),
        }
        job_path.write_text(json.dumps(job), encoding="utf-8")
        try:
            child = subprocess.Popen(
                [sys.executable, "-m", "spiders.run", str(job_path)],
                stdout=subprocess.PIPE,
                text=True,
                bufsize=1,
            )
        except OSError as exc:
            raise CrawlFailed(f"cannot start the crawler process: {exc}") from None
        progress: dict[str, dict[str, Any]] = {}
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(PROGRESS_PREFIX) and on_progress is not None:
                try:
                    event = json.loads(line[len(PROGRESS_PREFIX) :])
                except ValueError:
                    continue
                on_progress(_merge_progress(progress, event))
        returncode = child.wait()
        if not report_path.exists():
            return CrawlReport([], error=f"crawler process ended with status {returncode}")
        raw = json.loads(report_path.read_text(encoding="utf-8"))
    reports = []
    for source in sources:
        data = raw.get("sources", {}).get(source.name, {})
        reasons = data.pop("reasons", {})
        reports.append(SourceReport(source.name, data, reasons))
    return CrawlReport(reports, error=raw.get("error"))
