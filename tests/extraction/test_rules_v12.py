"""Rules added in extractor 1.2, each checked on sentences written for the test (not gold text)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 4, 2)


def _events(extractor, text: str):  # type: ignore[no-untyped-def]
    return [(e.company, e.kind) for e in extractor.extract(text, PUB).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Energy has started a pilot line for its sodium-ion cells in Leipzig.",
        "Kestrel Energy launched its first solid-state pilot line on Monday.",
        "Kestrel Energy commissioned a new pilot plant near Lyon last month.",
        "Kestrel Energy inaugurated its pilot production in Ohio.",
        "Kestrel Energy has begun building a 20 GWh cell factory in Ohio.",
        "Kestrel Energy started constructing its second production line in March.",
    ],
)
def test_pilot_line_and_construction_start_are_progress(extractor, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(extractor, sentence) == [("Kestrel Energy", "progress")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Energy will start a pilot line next year.",
        "Kestrel Energy plans to begin building a cell factory in 2026.",
        "Kestrel Energy has not started building the plant.",
    ],
)
def test_planned_or_denied_construction_is_not_progress(extractor, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(extractor, sentence) == []


def test_construction_topic_is_the_thing_built_without_its_figure(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy said construction has begun on its 10 GWh plant in Ohio."
    (event,) = extractor.extract(text, PUB).events
    assert (event.company, event.kind, event.topic) == ("Kestrel Energy", "progress", "plant")
    text = "Kestrel Energy has begun building a 20 GWh cell factory in Ohio."
    assert [e.topic for e in extractor.extract(text, PUB).events] == ["cell factory"]
