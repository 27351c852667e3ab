"""Golden pages: the extractor's output on stored pages is pinned, so a redesign-breaking change
(or a trafilatura upgrade) shows up as a diff instead of silently worse articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.spiders.golden_cases import cases, extracted

BOILERPLATE = ("FTC:", "cookies", "newsletter", "About the author", "Related articles")


@pytest.mark.parametrize("page", cases(), ids=lambda p: p.stem)
def test_extraction_matches_golden(page: Path) -> None:
    expected_file = page.with_suffix(".json")
    assert expected_file.exists(), (
        f"{expected_file.name} missing: run python tests/spiders/regenerate_golden.py"
    )
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    got = extracted(page)
    for key in expected:
        assert got[key] == expected[key], (
            f"{page.name}: {key} changed. If intended, run python tests/spiders/"
            f"regenerate_golden.py and review the JSON diff."
        )
    assert not any(phrase in got["text"] for phrase in BOILERPLATE)


def test_there_are_golden_cases() -> None:
    assert len(cases()) >= 3
