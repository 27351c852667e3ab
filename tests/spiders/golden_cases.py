"""Golden cases shared by the test and the regeneration script: page file -> expected JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tracker.html_text import extract_page

GOLDEN = Path(__file__).with_name("golden")
PAGE_URL = "https://volt-daily.example/articles/{name}.html"


def cases() -> list[Path]:
    return sorted(GOLDEN.glob("*.html"))


def extracted(page: Path) -> dict[str, Any]:
    content = extract_page(page.read_text(encoding="utf-8"), PAGE_URL.format(name=page.stem))
    return {
        "title": content.title,
        "author": content.author,
        "published": content.published.isoformat() if content.published else None,
        "date_source": content.date_source,
        "language": content.language,
        "canonical_url": content.canonical_url,
        "text": content.text,
    }
