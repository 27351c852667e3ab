"""The feed spider: RSS and Atom endpoints of every configured source."""

from __future__ import annotations

from typing import ClassVar

from models import SourceKind
from spiders.base import Listing, NewsSpider
from spiders.parsing import parse_feed
from spiders.sources import SourceConfig


class FeedSpider(NewsSpider):
    name: ClassVar[str] = "feeds"  # type: ignore[misc]
    kind = SourceKind.FEED

    def endpoints(self, source: SourceConfig) -> tuple[str, ...]:
        return source.feeds

    def parse_listing(self, body: bytes, url: str) -> Listing:
        return Listing(entries=parse_feed(body, url))
