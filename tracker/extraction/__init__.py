"""Claim extraction: company, metric, value, target time, stance and evidence from article text.

Importing this package is light (no spaCy): the CLI imports it to read `EXTRACTOR_VERSION` and
the record types; the pipeline loads on first use of an `Extractor`.

    >>> from datetime import date
    >>> from tracker.extraction import Extractor
    >>> result = Extractor().extract(text, date(2018, 11, 20))
    >>> [(c.company, c.metric, c.value, c.stance) for c in result.claims]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.extraction.errors import ExtractionError, ModelNotFound
from tracker.extraction.records import ExtractedClaim, ExtractedEvent, Extraction

if TYPE_CHECKING:
    from tracker.extraction.extractor import Extractor

# Raise when any rule, word list, gazetteer entry or component changes: stored per article so
# `tracker extract` knows which articles to extract again.
EXTRACTOR_VERSION = "1.3.0"

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractedClaim",
    "ExtractedEvent",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "ModelNotFound",
    "html_to_text",
]


def html_to_text(html: str) -> str:
    """Article text of an HTML page (trafilatura, fast mode, boilerplate removed)."""
    from tracker.html_text import html_to_text as convert

    return convert(html)


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from tracker.extraction.extractor import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
