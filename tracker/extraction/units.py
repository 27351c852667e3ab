"""Unit conversion through pint, once a unit has been recognised by the patterns.

pint is the conversion table only: general quantity parsers misread domain units ("350
watt-hours per kilogram" as 350 W), so recognition stays in `quantities.py`. The registry is built
once per process (it takes a fraction of a second) and conversions are cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _factor(source: str, target: str) -> float:
    registry = _registry()
    return float(registry.Quantity(1.0, source).to(target).magnitude)


def convert(value: float, source: str, target: str) -> float:
    """`value` in `source` units expressed in `target` units (e.g. 100 MWh -> 0.1 GWh)."""
    if source == target:
        return value
    return value * _factor(source, target)
