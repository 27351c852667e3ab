"""The fixed vocabularies of design notes section 2.

Other tools read these names, so they live in one place and every layer (models, extraction,
re-check, CLI) validates against them instead of repeating string literals.
"""

from __future__ import annotations

from enum import StrEnum


class Metric(StrEnum):
    ENERGY_DENSITY = "energy_density"
    VOLUMETRIC_DENSITY = "volumetric_density"
    PRODUCTION_CAPACITY = "production_capacity"
    PRODUCTION_START = "production_start"
    COMMERCIALIZATION = "commercialization"
    INVESTMENT = "investment"
    CYCLE_LIFE = "cycle_life"
    CHARGE_TIME = "charge_time"
    COST = "cost"


CANONICAL_UNIT: dict[Metric, str] = {
    Metric.ENERGY_DENSITY: "Wh/kg",
    Metric.VOLUMETRIC_DENSITY: "Wh/L",
    Metric.PRODUCTION_CAPACITY: "GWh/year",
    Metric.PRODUCTION_START: "year",
    Metric.COMMERCIALIZATION: "year",
    Metric.INVESTMENT: "USD",
    Metric.CYCLE_LIFE: "cycles",
    Metric.CHARGE_TIME: "minutes",
    Metric.COST: "USD/kWh",
}


class Stance(StrEnum):
    PLANNED = "planned"
    ACHIEVED = "achieved"


class Qualifier(StrEnum):
    OVER = "over"
    UP_TO = "up_to"
    ABOUT = "about"
    RANGE = "range"


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DELAYED = "delayed"
    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    ABANDONED = "abandoned"
    LAPSED = "lapsed"


# Verdicts that end a claim's story; the track record is computed over these.
SETTLED_STATUSES = frozenset(
    {Status.FULFILLED, Status.PARTIALLY_FULFILLED, Status.LAPSED, Status.ABANDONED}
)


class EventKind(StrEnum):
    ABANDONMENT = "abandonment"
    DELAY = "delay"
    PROGRESS = "progress"
    FULFILMENT = "fulfilment"


class DecidedBy(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"


class CompanyKind(StrEnum):
    CELL_MAKER = "cell_maker"
    STARTUP = "startup"
    CARMAKER = "carmaker"
    SUPPLIER = "supplier"
    MATERIALS = "materials"
    OTHER = "other"


class SourceKind(StrEnum):
    FEED = "feed"
    SITEMAP = "sitemap"
    MANUAL = "manual"
