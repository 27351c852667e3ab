"""Which claims an event reaches: the scope rules of tracker/recheck/scope.py on their own."""

from __future__ import annotations

import pytest

from models import CompanyKind, Metric
from tracker.recheck.scope import event_scope, terms

SEED_CLAIM = (
    "The production line, located in the city of Kunshan, East China, has a capacity of 100 MWh "
    "per year and they plan to ramp it up to 700 MWh by 2020."
)


def scope(topic: str, claim: str, metric: Metric, kind: CompanyKind) -> str | None:
    return event_scope(terms(topic), terms(topic), metric, terms(claim), kind)


def test_startup_technology_event_reaches_its_claim_naming_no_technology() -> None:
    why = scope("solid-state", SEED_CLAIM, Metric.PRODUCTION_CAPACITY, CompanyKind.STARTUP)
    assert why == "start-up's solid-state work; the claim names no other technology"


@pytest.mark.parametrize(
    "kind", [CompanyKind.CARMAKER, CompanyKind.CELL_MAKER, CompanyKind.SUPPLIER]
)
def test_large_company_technology_event_needs_the_technology_in_the_claim(
    kind: CompanyKind,
) -> None:
    assert scope("solid-state", SEED_CLAIM, Metric.PRODUCTION_CAPACITY, kind) is None


def test_startup_event_on_another_technology_does_not_reach_the_claim() -> None:
    claim = "Its sodium-ion line will reach 5 GWh a year by 2026."
    assert scope("solid-state", claim, Metric.PRODUCTION_CAPACITY, CompanyKind.STARTUP) is None


def test_startup_technology_plant_event_keeps_to_plant_metrics() -> None:
    density = "Its cells reach 350 Wh/kg, the company said."
    topic = "solid-state battery plant"
    assert scope(topic, density, Metric.ENERGY_DENSITY, CompanyKind.STARTUP) is None
    assert scope(topic, SEED_CLAIM, Metric.PRODUCTION_CAPACITY, CompanyKind.STARTUP)


def test_startup_named_product_event_still_needs_the_product_in_the_claim() -> None:
    assert scope("ocean suv", SEED_CLAIM, Metric.PRODUCTION_CAPACITY, CompanyKind.STARTUP) is None


def test_named_technology_shared_by_the_claim_reaches_it_for_any_company() -> None:
    claim = "Toyota plans to build solid-state cells at 10 GWh a year from 2027."
    why = scope("solid-state", claim, Metric.PRODUCTION_CAPACITY, CompanyKind.CARMAKER)
    assert why == "topic 'solid-state' named in the claim"
