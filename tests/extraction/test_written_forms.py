"""Quantities and target times in the spellings news uses."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.quantities import find_quantities
from tracker.extraction.timeexpr import find_times


@pytest.mark.parametrize(
    ("text", "unit", "value", "qualifier"),
    [
        ("400 Wh/kg", "Wh/kg", 400, None),
        ("400Wh/kg", "Wh/kg", 400, None),
        ("over 400 watt-hours per kilogram", "Wh/kg", 400, "over"),
        ("1,000 watt-hours per litre", "Wh/L", 1000, None),
        ("0.1 GWh", "GWh/year", 0.1, None),
        ("100 MWh per year", "GWh/year", 0.1, None),
        ("a 30GWh plant", "GWh/year", 30, None),
        ("$132/kWh", "USD/kWh", 132, None),
        ("below $100/kWh", "USD/kWh", 100, "up_to"),
        ("more than 1,000 cycles", "cycles", 1000, "over"),
        ("about $5.2 billion", "USD", 5.2e9, "about"),
    ],
)
def test_quantity_forms(text: str, unit: str, value: float, qualifier: str | None) -> None:
    (q,) = find_quantities(text, 2020)
    assert (q.unit, q.qualifier) == (unit, qualifier)
    assert q.value == pytest.approx(value)


def test_range_keeps_low_and_high() -> None:
    (q,) = find_quantities("250 to 300 Wh/kg", 2020)
    assert (q.qualifier, q.low, q.high) == ("range", 250, 300)


def test_yuan_uses_the_article_dollar_figure() -> None:
    (q,) = find_quantities("1 billion yuan (144 million U.S. dollars)", 2018)
    assert (q.value, q.original_value, q.original_unit) == (144e6, 1e9, "CNY")


def test_euros_without_dollar_figure_use_the_rate_table() -> None:
    (q,) = find_quantities("2 billion euros", 2018)
    assert q.original_unit == "EUR" and 2.0e9 < q.value < 2.6e9


def test_charge_time_keeps_state_of_charge() -> None:
    (q,) = find_quantities("10-80% in 15 minutes", 2022)
    assert (q.value, q.unit, q.extra) == (15, "minutes", {"soc_low": 10, "soc_high": 80})


def test_ramp_up_to_is_not_a_ceiling() -> None:
    (q,) = find_quantities("they plan to ramp it up to 700 MWh", 2018)
    assert q.qualifier is None and q.value == pytest.approx(0.7)


PUBLISHED = date(2018, 11, 20)


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("by 2020", 2020, None),
        ("in 2025", 2025, None),
        ("from 2027", 2027, None),
        ("by the end of next year", 2019, None),
        ("this year", 2018, None),
        ("next year", 2019, None),
        ("within two years", 2020, None),
        ("2027-28", 2028, None),
        ("H2 2025", 2025, 7),
        ("mid-2021", 2021, 6),
        ("mid-decade", 2025, None),
        ("early 2026", 2026, None),
        ("in the second half of 2025", 2025, 7),
    ],
)
def test_target_times(text: str, year: int, month: int | None) -> None:
    (t,) = find_times(text, PUBLISHED)
    assert (t.year, t.month, t.past) == (year, month, False)


def test_earlier_this_year_is_not_a_target() -> None:
    (t,) = find_times("it gave up on it earlier this year", PUBLISHED)
    assert t.past
