"""Failure -> a short reason a person can act on, and whether it is worth trying again later."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure

PERMANENT_STATUSES = {404, 410}
BLOCKED_STATUSES = {401, 403, 451}


def describe_failure(failure: Failure) -> tuple[str, bool]:
    """(reason, permanent). Permanent failures are remembered so later crawls skip the page."""
    value = failure.value
    if isinstance(value, HttpError):
        status = value.response.status
        if status in PERMANENT_STATUSES:
            return f"HTTP {status} (gone)", True
        if status in BLOCKED_STATUSES:
            return f"HTTP {status} (blocked by the site)", False
        if status in {429, 503} and value.response.meta.get("retry_after_s"):
            return f"HTTP {status} (rate limited; Retry-After too long)", False
        return f"HTTP {status}", False
    name = type(value).__name__
    if name in {"DownloadCancelledError", "CancelledError"} or "max size" in str(value):
        return "too large", True
    if isinstance(value, TimeoutError | TCPTimedOutError) or "Timeout" in name:
        return "timeout", False
    # Scrapy 2.19 wraps Twisted's errors in Download*Error classes; match both by name.
    if isinstance(value, DNSLookupError) or "DNSLookup" in name:
        return "DNS lookup failed", False
    if isinstance(value, ConnectionRefusedError) or "ConnectionRefused" in name:
        return "connection refused", False
    if isinstance(value, ConnectionLost) or "ConnectionLost" in name:
        return "connection lost", False
    if isinstance(value, IgnoreRequest):
        text = str(value) or "ignored"
        if "robots.txt" in text.lower():
            return "disallowed by robots.txt", False
        return text, False
    return f"{name}: {str(value)[:120]}", False
