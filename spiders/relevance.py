"""The relevance filter: general EV or energy news without battery content is not stored."""

from __future__ import annotations

import re
from functools import lru_cache

TEXT_HITS_NEEDED = 2  # one stray "cell" in a long text is not a battery article


@lru_cache(maxsize=64)
def keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern; word boundaries only where a keyword has a word edge."""
    parts = []
    for keyword in sorted(keywords, key=len, reverse=True):
        escaped = re.escape(keyword)
        start = r"\b" if keyword[:1].isalnum() else ""
        end = r"\b" if keyword[-1:].isalnum() else ""
        parts.append(f"{start}{escaped}{end}")
    return re.compile("|".join(parts), re.IGNORECASE)


def is_relevant(title: str, text: str, keywords: tuple[str, ...]) -> bool:
    """True when no keywords are configured, a keyword is in the title, or twice in the text."""
    if not keywords:
        return True
    pattern = keyword_pattern(keywords)
    if pattern.search(title or ""):
        return True
    first_hits = zip(range(TEXT_HITS_NEEDED), pattern.finditer(text), strict=False)
    return sum(1 for _ in first_hits) >= TEXT_HITS_NEEDED
