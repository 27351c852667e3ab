"""Rules added in extractor 1.3, each checked on sentences written for the test (not gold text)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 4, 2)


def _claims(extractor, text: str):  # type: ignore[no-untyped-def]
    return [
        (c.company, c.metric, c.value, c.target_year, c.stance)
        for c in extractor.extract(text, PUB).claims
    ]


@pytest.mark.parametrize(
    ("sentence", "year", "stance"),
    [
        ("Kestrel Energy said production at its planned plant in Ohio will now begin in 2027.",
         2027, "planned"),
        ("Kestrel Energy said production at its new plant will begin in 2027 because it will use "
         "a new design instead of the old one.", 2027, "planned"),
        ("Kestrel Energy expects the technology to be ready for volume production around 2027.",
         2027, "planned"),
        ("Kestrel Energy will begin operating the line in January 2025.", 2025, "planned"),
        ("Kestrel Energy's first plant is running, and a second plant, in Lyon, is due to follow "
         "in 2026.", 2026, "planned"),
        ("Kestrel Energy has produced sodium-ion cells in Ohio since 2019.", 2019, "achieved"),
        ("Kestrel Energy's packs, in production since last spring, are rated for more than 4,000 "
         "cycles.", 2023, "achieved"),
    ],
)  # fmt: skip
def test_production_start_wordings(extractor, sentence: str, year: int, stance: str) -> None:  # type: ignore[no-untyped-def]
    starts = [c for c in _claims(extractor, sentence) if c[1] == "production_start"]
    assert starts == [("Kestrel Energy", "production_start", float(year), year, stance)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Energy has no plans to start production in 2026.",
        "Kestrel Energy denied that production at its Ohio plant will begin in 2026.",
        "Kestrel Energy has not produced cells in Ohio since 2019.",
        "Kestrel Energy has made losses in Ohio since 2019.",
        "Kestrel Energy will not begin operating the line in January 2025.",
        "Kestrel Energy said production at its plant will begin if it wins a grant in 2026.",
    ],
)
def test_denied_or_conditional_starts_are_not_claims(extractor, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in _claims(extractor, sentence) if c[1] == "production_start"] == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Kestrel Energy's new sodium battery is planned for 2026-27, the company says.", 2027),
        ("Kestrel Energy aims to use solid-state batteries in cars it launches in the second half "
         "of the 2020s.", 2029),
        ("Kestrel Energy did not say when costs would fall, and executives only said the first "
         "Falcon vehicles would arrive next year.", 2025),
    ],
)  # fmt: skip
def test_commercialization_wordings(extractor, sentence: str, year: int) -> None:  # type: ignore[no-untyped-def]
    assert _claims(extractor, sentence) == [
        ("Kestrel Energy", "commercialization", float(year), year, "planned")
    ]


def test_negation_in_the_same_clause_still_blocks(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy said the first Falcon vehicles would not arrive next year."
    assert _claims(extractor, text) == []


def test_carmaker_bringing_a_battery_into_series_production_is_commercialization(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Mercedes aims to bring sodium-ion batteries into series production by 2029."
    assert _claims(extractor, text) == [
        ("Mercedes-Benz", "commercialization", 2029.0, 2029, "planned")
    ]
    # a cell maker doing the same starts production
    text = "Kestrel Energy aims to bring sodium-ion batteries into mass production by 2029."
    assert _claims(extractor, text) == [
        ("Kestrel Energy", "production_start", 2029.0, 2029, "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "metric", "value"),
    [
        ("Kestrel Energy expects the plant's cells to cost below $80/kWh, which would make it one "
         "of the cheapest sources.", "cost", 80.0),
        ("Kestrel Energy said the company's packs are rated for more than 4,000 cycles.",
         "cycle_life", 4000.0),
    ],
)  # fmt: skip
def test_possessor_that_refers_back(extractor, sentence: str, metric: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert [(c[0], c[1], c[2]) for c in _claims(extractor, sentence)] == [
        ("Kestrel Energy", metric, value)
    ]


def test_possessor_that_does_not_refer_back_is_not_a_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy opened a plant in Ohio. A rival plant's cells cost below $90/kWh."
    assert _claims(extractor, text) == []
    text = "Kestrel Energy opened a plant in Ohio. The plant's cells cost below $90/kWh."
    assert [(c[0], c[1]) for c in _claims(extractor, text)] == [("Kestrel Energy", "cost")]


@pytest.mark.parametrize(
    ("sentence", "value", "year"),
    [
        ("Kestrel Energy plans to scale to 5 GWh within two years.", 5.0, 2026),
        ("Kestrel Energy plans to expand its plant by adding 3 GWh of cell and pack capacity.",
         3.0, None),
    ],
)  # fmt: skip
def test_capacity_wordings(extractor, sentence: str, value: float, year: int | None) -> None:  # type: ignore[no-untyped-def]
    assert _claims(extractor, sentence) == [
        ("Kestrel Energy", "production_capacity", value, year, "planned")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Energy sells 5 GWh of battery packs a year, enough to scale to 5 GWh by our math.",
        "Kestrel Energy's rivals' packs hold 80 kWh.",
        "Analysts expect the industry to scale to 500 GWh within two years.",
    ],
)
def test_capacity_negatives(extractor, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in _claims(extractor, sentence) if c[1] == "production_capacity"] == []


def test_time_phrases() -> None:
    from tracker.extraction.timeexpr import find_times

    (since,) = find_times("in production since this summer", PUB)
    assert (since.year, since.month, since.past) == (2024, None, True)
    (since,) = find_times("in production since last winter", PUB)
    assert (since.year, since.past) == (2023, True)
    (half,) = find_times("in the second half of the 2020s", PUB)
    assert (half.year, half.month, half.past) == (2029, None, False)
    (half,) = find_times("in the first half of the 2030s", PUB)
    assert half.year == 2034
