"""HTML to article text and metadata with trafilatura and htmldate.

Both the ingest command (articles given as HTML) and the spiders use this, so boilerplate
(navigation, disclosures, bios, cookie banners) is removed the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    author: str | None
    published: date | None
    language: str | None


def html_to_text(html: str, url: str | None = None) -> str:
    return extract_page(html, url).text


def extract_page(html: str, url: str | None = None) -> PageContent:
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        fast=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        deduplicate=False,
    )
    if document is None:
        return PageContent("", None, None, None, None)
    published = _parse_day(getattr(document, "date", None))
    return PageContent(
        text=(document.text or "").strip(),
        title=document.title,
        author=document.author,
        published=published,
        language=getattr(document, "language", None),
    )


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_to_datetime(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
