"""The baseline for benchmarks/crawl.py: download every page of a sitemap, nothing else.

Usage: python benchmarks/plain_spider.py SITEMAP_URL CONCURRENCY  (prints the page count)
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from lxml import etree
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, sitemap_url: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.sitemap_url = sitemap_url

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(self.sitemap_url, callback=self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        for loc in etree.fromstring(response.body).iter("{*}loc"):
            yield scrapy.Request(str(loc.text), callback=self.parse_page)

    def parse_page(self, response: Response) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("pages")


def main() -> None:
    sitemap_url, concurrency = sys.argv[1], int(sys.argv[2])
    process = CrawlerProcess(
        {
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "LOG_LEVEL": "ERROR",
            "TELNETCONSOLE_ENABLED": False,
            "ROBOTSTXT_OBEY": True,
        }
    )
    crawler = process.create_crawler(PlainSpider)
    process.crawl(crawler, sitemap_url=sitemap_url)
    process.start()
    assert crawler.stats is not None
    print(crawler.stats.get_value("pages", 0))


if __name__ == "__main__":
    main()
