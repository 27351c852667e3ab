"""What spiders hand to the storage pipeline: raw pages (extracted later) and skip notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class PageItem:
    """A downloaded article page; the pipeline extracts it off the reactor thread."""

    source: str
    url: str
    final_url: str
    html: str
    listed_title: str | None
    listed_published: datetime | None


@dataclass
class SkipItem:
    """A page not worth fetching again (404, too large): remembered in skipped_pages."""

    source: str
    url: str
    reason: str
