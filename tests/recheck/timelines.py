"""Company timelines retold in our own words after real stories, as dated articles.

Each builder writes its story into a database and returns the ids of the claims and the quotes
the verdicts must cite.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from models import CompanyKind, EventKind, Metric, Qualifier
from tests.recheck.story import Story


@dataclass
class Timeline:
    claims: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)


def bosch(engine: Engine) -> Timeline:
    """Bosch bought the solid-state start-up Seeo in 2015, talked up doubled energy density for
    2020, then in early 2018 decided not to make cells and let the solid-state work go."""
    s = Story(engine, "Bosch", CompanyKind.SUPPLIER, "example-autonews.com")
    t = Timeline()
    t.claims["density"] = s.claim(
        "2015-09-16",
        "With the solid-state cells it gets through Seeo, Bosch expects to reach about "
        "400 Wh/kg by 2020, roughly double today's packs.",
        Metric.ENERGY_DENSITY, 400, 2020, qualifier=Qualifier.ABOUT,
    )
    t.claims["start"] = s.claim(
        "2016-10-05",
        "Bosch said its solid-state battery cells could go into production in 2020.",
        Metric.PRODUCTION_START, 2020, 2020,
    )
    t.quotes["exit"] = s.event(
        "2018-02-28",
        "Bosch will not build its own battery cells and has given up on the solid-state "
        "technology it acquired with Seeo.",
        EventKind.ABANDONMENT, "solid-state",
    )
    return t


def fisker(engine: Engine) -> Timeline:
    """Fisker promised solid-state cells with one-minute charging for 2023, dropped them in 2020,
    and still launched the Ocean SUV with ordinary cells in late 2022."""
    s = Story(engine, "Fisker", CompanyKind.CARMAKER, "example-evnews.com")
    t = Timeline()
    t.claims["start"] = s.claim(
        "2017-11-14",
        "Fisker says its solid-state batteries will be ready for production by 2023.",
        Metric.PRODUCTION_START, 2023, 2023,
    )
    t.claims["charge"] = s.claim(
        "2017-11-14",
        "Fisker claims the solid-state pack will charge in just one minute by 2023.",
        Metric.CHARGE_TIME, 1, 2023,
    )
    t.claims["ocean"] = s.claim(
        "2019-12-09",
        "Fisker plans to put the Ocean electric SUV on sale in 2022.",
        Metric.COMMERCIALIZATION, 2022, 2022,
    )
    t.quotes["drop"] = s.event(
        "2020-05-20",
        "Fisker has scrapped its solid-state battery programme, saying the chemistry is not "
        "ready for cars.",
        EventKind.ABANDONMENT, "solid-state battery",
    )
    t.quotes["launch"] = s.event(
        "2022-11-17",
        "Fisker began series production of the Ocean SUV at the Magna plant in Graz.",
        EventKind.FULFILMENT, "ocean",
    )
    return t


def qing_tao(engine: Engine) -> Timeline:
    """Qing Tao ran a 0.1 GWh solid-state line in 2018 and aimed at 0.7 GWh by 2020; it broke
    ground on a bigger plant in 2019 and had a 1 GWh line running by late 2020."""
    s = Story(engine, "Qing Tao", CompanyKind.STARTUP, "example-electrek.co")
    t = Timeline()
    t.claims["capacity"] = s.claim(
        "2018-11-20",
        "Qing Tao's first line makes 100 MWh of solid-state cells a year and they plan to ramp "
        "it up to 700 MWh by 2020.",
        Metric.PRODUCTION_CAPACITY, 0.7, 2020,
    )
    t.quotes["ground"] = s.event(
        "2019-08-02",
        "Construction started on Qing Tao's new solid-state cell plant in Kunshan.",
        EventKind.PROGRESS, "plant",
    )
    met = (
        "Qing Tao's Kunshan plant has started production with an annual capacity of 1 GWh of "
        "solid-state cells."
    )
    s.achieved("2020-11-10", met, Metric.PRODUCTION_CAPACITY, 1.0)
    t.quotes["met"] = met
    return t


def svolt(engine: Engine) -> Timeline:
    """Svolt planned cell production at a Saarland plant for 2023, moved it to 2024, then to
    2025, and nothing more was reported."""
    s = Story(engine, "Svolt", CompanyKind.CELL_MAKER, "example-electrive.com")
    t = Timeline()
    t.claims["start"] = s.claim(
        "2020-11-18",
        "Svolt plans to start cell production at its Saarland plant in 2023.",
        Metric.PRODUCTION_START, 2023, 2023,
    )
    t.quotes["first"] = s.event(
        "2021-09-14",
        "Svolt now expects the Saarland plant to start production in 2024.",
        EventKind.DELAY, "saarland plant", new_target_year=2024,
    )
    t.quotes["second"] = s.event(
        "2022-10-04",
        "Svolt pushed the Saarland plant's start of production back again, to 2025.",
        EventKind.DELAY, "saarland plant", new_target_year=2025,
    )
    return t


def silent(engine: Engine) -> Timeline:
    """Two claims of a start-up never mentioned again: one with a year, one without."""
    s = Story(engine, "Solid Power", CompanyKind.STARTUP, "example-techcrunch.com")
    t = Timeline()
    t.claims["year"] = s.claim(
        "2021-06-15",
        "Solid Power aims to deliver automotive cells with 390 Wh/kg in 2022.",
        Metric.ENERGY_DENSITY, 390, 2022,
    )
    t.claims["no_year"] = s.claim(
        "2021-06-15",
        "Solid Power's next cells should reach 1,000 Wh/L.",
        Metric.VOLUMETRIC_DENSITY, 1000, None,
    )
    return t


def general_motors(engine: Engine) -> Timeline:
    """GM promised cheaper Ultium cells and a Lordstown cell plant; in 2023 it said it would end
    the Chevrolet Bolt, which has nothing to do with those battery claims."""
    s = Story(engine, "General Motors", CompanyKind.CARMAKER, "example-reuters.com")
    t = Timeline()
    t.claims["cost"] = s.claim(
        "2020-03-04",
        "GM says its Ultium cells will cost under $100/kWh by 2025.",
        Metric.COST, 100, 2025,
    )
    t.claims["capacity"] = s.claim(
        "2020-03-04",
        "The Ultium Cells plant in Lordstown will have 30 GWh of annual capacity by 2027.",
        Metric.PRODUCTION_CAPACITY, 30, 2027,
    )
    t.quotes["bolt"] = s.event(
        "2023-04-25",
        "GM will end production of the Chevrolet Bolt at its Orion plant at the end of the year.",
        EventKind.ABANDONMENT, "chevrolet bolt",
    )
    return t
