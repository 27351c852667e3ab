"""The default job plan: one crawl job per enabled source, staggered, and the daily re-check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.scheduler import default_plan
from tracker.settings import load_settings

SOURCES = """
[[source]]
name = "{name}"
feeds = ["https://{name}.example/feed"]
allowed_domains = ["{name}.example"]
"""


def test_crawls_are_staggered_over_the_first_interval(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text("".join(SOURCES.format(name=n) for n in ("alpha", "beta", "gamma", "delta")))
    settings = load_settings(
        overrides={"crawl_sources_file": str(sources), "crawl_interval_minutes": 60}
    )
    before = datetime.now(UTC)
    plan = default_plan(settings)
    crawls = [spec for spec in plan if spec.target == "tracker.jobs:crawl"]
    assert [spec.id for spec in crawls] == [
        "crawl:alpha",
        "crawl:beta",
        "crawl:gamma",
        "crawl:delta",
    ]
    offsets = [spec.trigger.get_next_fire_time(None, before) - before for spec in crawls]
    for got, quarter in zip(offsets, (15, 30, 45, 60), strict=True):
        assert timedelta(minutes=quarter) <= got < timedelta(minutes=quarter, seconds=30)
    later = [
        spec.trigger.get_next_fire_time(before + o, before + o)
        for spec, o in zip(crawls, offsets, strict=True)
    ]
    assert all(
        b - a == timedelta(minutes=60)
        for a, b in zip([before + o for o in offsets], later, strict=True)
    )
    assert [spec.id for spec in plan][-1] == "recheck"
