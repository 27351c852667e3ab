"""Downloaded page -> article record or a reason to skip it.

Runs in the extraction worker processes (see spiders/pipeline.py), never on the reactor thread:
trafilatura and htmldate cost milliseconds per page, which would stall every download. Inputs
and outputs are plain picklable values; the worker never imports the database layer (the crawler
process turns `PageResult.article` into an ArticleRecord).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from spiders.relevance import is_relevant
from tracker.textnorm import BadURL, normalise_url

if TYPE_CHECKING:
    from tracker.articles import ArticleRecord

STRUCTURED_DATES = {"json-ld", "meta"}


@dataclass(frozen=True)
class PageJob:
    source: str
    url: str  # as listed in the feed or sitemap
    final_url: str  # after redirects
    html: str
    listed_title: str | None
    listed_published: datetime | None
    allowed_domains: tuple[str, ...]
    keywords: tuple[str, ...]
    languages: tuple[str, ...]
    min_text_chars: int


@dataclass(frozen=True)
class PageResult:
    """Exactly one of `article` (store it) or `skip` / `failure` (a reason a person can read).

    `article` holds the ArticleRecord's fields; the crawler process sets `record` from it."""

    job_url: str
    article: dict[str, Any] | None = None
    record: ArticleRecord | None = None
    skip: str | None = None  # judged not worth storing: remembered, not fetched again
    failure: str | None = None  # could not get an article out of it: tried again next run
    date_source: str | None = None


def page_to_result(job: PageJob) -> PageResult:
    from tracker.html_text import extract_page

    page = extract_page(job.html, job.final_url)
    if page.language and job.languages and page.language not in job.languages:
        return PageResult(job.url, skip=f"language {page.language}")
    title = job.listed_title or page.title or ""
    if len(page.text) < job.min_text_chars:
        return PageResult(job.url, failure="no article text (anti-bot, paywall or empty page)")
    if not is_relevant(title, page.text, job.keywords):
        return PageResult(job.url, skip="off-topic")
    published: datetime | None
    source: str | None
    if page.published is not None and page.date_source in STRUCTURED_DATES:
        published, source = page.published, page.date_source
    elif job.listed_published is not None:
        published, source = job.listed_published, "listing"
    else:
        published, source = page.published, page.date_source
    article = {
        "url": canonical_url(job, page.canonical_url),
        "title": title.strip(),
        "text": page.text,
        "published_at": published,
        "source": job.source,
        "language": page.language,
        "author": page.author,
        "fetched_at": datetime.now(UTC),
    }
    return PageResult(job.url, article=article, date_source=source)


def canonical_url(job: PageJob, canonical: str | None) -> str:
    """rel=canonical when it points into the source's own domains, else the final URL."""
    if canonical:
        absolute = urljoin(job.final_url, canonical)
        host = (urlsplit(absolute).hostname or "").lower().removeprefix("www.")
        trusted = not job.allowed_domains or any(
            host == d or host.endswith("." + d) for d in job.allowed_domains
        )
        if trusted:
            try:
                return normalise_url(absolute)
            except BadURL:
                pass
    return normalise_url(job.final_url)
