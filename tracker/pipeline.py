"""The stages of one cycle (crawl, extract, re-check) as plain functions.

`tracker run` and the scheduler's jobs both call these, so a cycle run by hand and a scheduled
one take exactly the same code path. Each step opens nothing it does not need: the crawl runs in
a child process (Twisted's reactor cannot restart in one process), extraction loads spaCy only
when called. A stage another team has not landed yet raises StageUnavailable, which callers
report as skipped rather than failed.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tracker.errors import TrackerError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tracker.recheck import DeadlinePolicy, RecheckResult
    from tracker.settings import Settings

log = logging.getLogger(__name__)


class StageUnavailable(TrackerError):
    """A pipeline stage's code is not installed in this build (for example the crawler)."""


@dataclass
class StepReport:
    step: str
    outcome: str  # ok, skipped, error, interrupted
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def policy_from(settings: Settings) -> DeadlinePolicy:
    from tracker.recheck import DeadlinePolicy

    return DeadlinePolicy(
        grace_months=settings.recheck_grace_months,
        default_horizon_years=settings.recheck_default_horizon_years,
    )


def source_names(settings: Settings) -> list[str]:
    """Enabled sources from the crawl engineer's loader; [] means 'one crawl of everything'."""
    try:
        from spiders.sources import load_sources
    except ImportError:
        return []
    loaded = load_sources(settings.crawl_sources_file or None)
    return [source.name for source in loaded.sources if source.enabled]


def crawl_step(
    settings: Settings, source: str | None = None, cancel: threading.Event | None = None
) -> StepReport:
    """Crawl one source (or every enabled one) in a child process via `tracker.crawl.run_crawl`.

    The crawl stage belongs to the crawl engineer; if it is missing from this build this raises
    StageUnavailable and the cycle goes on with what is stored. `cancel` is checked before the
    child starts; a crawl already running is not interrupted (the child ends on its own).
    """
    try:
        from tracker.crawl import CrawlFailed, plan_sources, run_crawl
    except ImportError as exc:
        raise StageUnavailable(f"crawl stage not installed ({exc.name})") from None
    if cancel is not None and cancel.is_set():
        return StepReport("crawl", "interrupted", "stopping before the crawl started")
    sources = plan_sources(settings, [source] if source else [], None, [])
    report = run_crawl(settings, sources)
    if report.error and not report.crawled_any:
        raise CrawlFailed(report.error)
    counts = {s.name: s.to_dict() for s in report.sources}
    new = sum(s["new"] for s in report.sources)
    reached = sum(1 for s in report.sources if s.reached)
    detail = f"{reached} of {len(report.sources)} sources reached, {new} new articles"
    if report.error:
        detail += f" (error: {report.error})"
    return StepReport("crawl", "ok", detail, {"sources": counts, "new": new})


def extract_step(
    engine: Engine, settings: Settings, cancel: threading.Event | None = None
) -> StepReport:
    """Extract every stored article not yet extracted by the current extractor version."""
    try:
        from tracker.extract_store import extract_pending
        from tracker.extraction import EXTRACTOR_VERSION, Extractor
    except ImportError as exc:
        raise StageUnavailable(f"extraction stage not installed ({exc.name})") from None
    # Positional: the extraction API is (model, fallback, batch_size) whatever the names.
    extractor = Extractor(
        settings.extractor_model, settings.extractor_fallback_model, settings.extract_batch_size
    )
    report = extract_pending(
        engine, extractor, EXTRACTOR_VERSION, batch_size=settings.extract_batch_size
    )
    return StepReport(
        "extract", "ok",
        f"{report.articles} articles, {report.claims_new} new claims, {report.events} events",
        {"articles": report.articles, "claims_new": report.claims_new, "events": report.events},
    )


def recheck_step(engine: Engine, settings: Settings) -> tuple[StepReport, RecheckResult]:
    from tracker.recheck import recheck

    result = recheck(engine, policy=policy_from(settings))
    return (
        StepReport(
            "recheck", "ok",
            f"{len(result.changes)} status changes over {result.claims_checked} claims",
            {"changes": len(result.changes)},
        ),
        result,
    )


def guarded(step: str, func: Any, *args: Any, **kwargs: Any) -> StepReport:
    """Run one step, turning a missing stage into 'skipped' and any error into 'error'."""
    try:
        outcome = func(*args, **kwargs)
    except StageUnavailable as exc:
        log.warning("%s skipped: %s", step, exc)
        return StepReport(step, "skipped", str(exc))
    except Exception as exc:
        log.exception("%s failed", step)
        return StepReport(step, "error", f"{type(exc).__name__}: {exc}")
    report: StepReport = outcome[0] if isinstance(outcome, tuple) else outcome
    return report


def run_cycle(
    engine: Engine, settings: Settings, cancel: threading.Event | None = None
) -> list[StepReport]:
    """One full cycle now: crawl every source, extract, re-check. A failed step does not stop
    the next one (a crawl error must not keep stored articles from being extracted)."""
    reports = [guarded("crawl", crawl_step, settings, None, cancel)]
    if cancel is not None and cancel.is_set():
        stopped = [StepReport("extract", "interrupted"), StepReport("recheck", "interrupted")]
        return [*reports, *stopped]
    reports.append(guarded("extract", extract_step, engine, settings, cancel))
    reports.append(guarded("recheck", recheck_step, engine, settings))
    return reports
