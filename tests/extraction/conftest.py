"""The real pipeline, loaded once for the extraction tests (no mocks: rules are tested with the
parser they run on)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

SEED = Path("/work/shared/seed/electrek-solid-state-production-2018.txt")
SEED_PUBLISHED = date(2018, 11, 20)


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from tracker.extraction import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if SEED.exists():
        return SEED.read_text(encoding="utf-8")
    from tracker.extraction.evaluate import default_gold_path, load_gold

    return next(r["text"] for r in load_gold(default_gold_path()) if r["id"].startswith("seed"))
