"""The sitemap spider: sitemap indexes (followed, newest children only) and (news) sitemaps."""

from __future__ import annotations

from typing import ClassVar

from models import SourceKind
from spiders.base import Listing, NewsSpider
from spiders.parsing import parse_sitemap
from spiders.sources import SourceConfig


class SitemapSpider(NewsSpider):
    name: ClassVar[str] = "sitemaps"  # type: ignore[misc]
    kind = SourceKind.SITEMAP

    def endpoints(self, source: SourceConfig) -> tuple[str, ...]:
        return source.sitemaps

    def parse_listing(self, body: bytes, url: str) -> Listing:
        document = parse_sitemap(body)
        if document.kind == "index":
            return Listing(children=document.entries)
        return Listing(entries=document.entries)
