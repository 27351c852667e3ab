"""Scrapy side of the tracker: config-driven feed and sitemap spiders.

Nothing here is imported by query commands; `tracker crawl` runs `python -m spiders.run` in a child
process because Twisted's reactor cannot be restarted within one process.
"""
