"""Feed and sitemap parsing as pure functions on bytes, so they are tested without a network.

Scrapy's own sitemap helper drops nested `<news:publication_date>`; the news date is the most
reliable publication date a sitemap offers, so sitemaps are read here with lxml directly.
"""

from __future__ import annotations

import calendar
import gzip
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from lxml import etree

from tracker.html_text import parse_datetime as parse_iso_datetime

GZIP_MAGIC = b"\x1f\x8b"
MAX_DECOMPRESSED = 50_000_000  # sitemaps are capped at 50 MB uncompressed by the protocol


class NotParsable(ValueError):
    """The body is not a feed / sitemap; the message says what it looked like instead."""


@dataclass(frozen=True)
class Entry:
    """An article link found in a feed or sitemap, with whatever metadata came with it."""

    url: str
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class SitemapDoc:
    kind: Literal["index", "urlset"]
    entries: list[Entry]  # for an index: child sitemaps (published = lastmod)


def sniff(body: bytes) -> Literal["sitemap", "feed", "html", "unknown"]:
    head = _maybe_gunzip(body)[:2000].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head:
        return "html"
    return "unknown"


def parse_feed(body: bytes, base_url: str | None = None) -> list[Entry]:
    """Entries of an RSS 0.9x/1.0/2.0 or Atom feed, in feed order. Raises NotParsable."""
    import feedparser

    parsed: Any = feedparser.parse(body, response_headers={"content-location": base_url or ""})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        kind = sniff(body)
        reason = parsed.get("bozo_exception") or "no entries"
        raise NotParsable(f"not a feed ({kind} body: {str(reason)[:120]})")
    entries: list[Entry] = []
    for item in parsed.entries:
        link = _feed_link(item)
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC) if stamp else None
        title = (item.get("title") or "").strip() or None
        entries.append(Entry(link, title, published))
    return entries


def _feed_link(item: Any) -> str | None:
    for link in item.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"]).strip()
    link = item.get("link") or item.get("id")
    if isinstance(link, str) and link.startswith(("http://", "https://")):
        return link.strip()
    return None


def parse_sitemap(body: bytes) -> SitemapDoc:
    """A sitemap index (child sitemaps) or urlset (articles, with news dates and titles)."""
    data = _maybe_gunzip(body)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, recover=True, remove_comments=True, huge_tree=True
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise NotParsable(f"not a sitemap ({sniff(body)} body: {exc})") from None
    if root is None:
        raise NotParsable(f"not a sitemap ({sniff(body)} body)")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        return SitemapDoc("index", [_sitemap_entry(child) for child in _children(root, "sitemap")])
    if kind == "urlset":
        return SitemapDoc("urlset", [_url_entry(child) for child in _children(root, "url")])
    raise NotParsable(f"not a sitemap (root element <{kind}>)")


def _children(root: Any, name: str) -> list[Any]:
    return [
        child
        for child in root
        if isinstance(child.tag, str)
        and etree.QName(child).localname == name
        and _text(child, "loc")
    ]


def _text(element: Any, name: str) -> str | None:
    for child in element.iter():
        if isinstance(child.tag, str) and etree.QName(child).localname == name and child.text:
            return str(child.text).strip()
    return None


def _sitemap_entry(element: Any) -> Entry:
    return Entry(str(_text(element, "loc")), None, parse_iso_datetime(_text(element, "lastmod")))


def _url_entry(element: Any) -> Entry:
    """`<news:publication_date>` wins over `<lastmod>` (a later edit is not a publication)."""
    published = parse_iso_datetime(_text(element, "publication_date")) or parse_iso_datetime(
        _text(element, "lastmod")
    )
    return Entry(str(_text(element, "loc")), _text(element, "title"), published)


def _maybe_gunzip(body: bytes) -> bytes:
    if not body.startswith(GZIP_MAGIC):
        return body
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = decompressor.decompress(body, MAX_DECOMPRESSED)
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise NotParsable(f"bad gzip data: {exc}") from None
    if decompressor.unconsumed_tail:
        raise NotParsable(f"sitemap larger than {MAX_DECOMPRESSED} bytes uncompressed")
    return data
