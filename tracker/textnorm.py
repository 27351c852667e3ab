"""URL and text normalisation that decides when two pages are the same story.

Scrapy's duplicate filter lives for one run; these keys are what the database remembers across
runs, so every path that stores an article (ingest, spiders) must use them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say how a reader arrived, never what the page is.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ncid|"
    r"guccounter|_ga|yclid|amp|outputtype)$",
    re.IGNORECASE,
)


class BadURL(ValueError):
    pass


def normalise_url(url: str) -> str:
    """Identity of a page: http(s) only, lower-case host without www., no tracking parameters,
    no fragment, no AMP suffix, no trailing slash difference."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise BadURL(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower()
    host = host.removeprefix("www.").removeprefix("amp.")
    if parts.port and parts.port not in {80, 443}:
        host = f"{host}:{parts.port}"
    path = re.sub(r"/+", "/", parts.path or "/")
    path = re.sub(r"/amp/?$", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING_PARAMS.match(key)
    ]
    query.sort()
    return urlunsplit(("https", host, path, urlencode(query), ""))


def normalise_title(title: str) -> str:
    """Case-, accent- and punctuation-folded title: the same story under another URL."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return " ".join(text.split())[:500]


def content_hash(text: str) -> str:
    """Hash of the article text with white space and case folded (catches syndicated copies)."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def name_key(name: str) -> str:
    """Folded company name used for alias look-ups: 'Qing-Tao Energy' == 'qing tao energy'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())
