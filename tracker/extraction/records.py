"""The extraction engine's output records: plain frozen values, free of spaCy objects.

They are copied out of spaCy inside the memory zone, so they stay valid after the zone's strings
are freed and can be stored, compared and serialised without the pipeline loaded.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ExtractedClaim:
    company: str
    metric: str
    value: float
    unit: str
    qualifier: str | None
    low: float | None
    high: float | None
    target_year: int | None
    target_month: int | None
    stance: str
    sentence: str
    start: int
    end: int
    original_value: float | None = None
    original_unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def key(self) -> tuple[str, str, float, int | None, str]:
        """What makes two mentions in one article the same claim (used to deduplicate)."""
        return (self.company, self.metric, round(self.value, 6), self.target_year, self.stance)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ExtractedEvent:
    company: str
    kind: str
    topic: str
    new_target_year: int | None
    sentence: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Extraction:
    claims: list[ExtractedClaim]
    events: list[ExtractedEvent]

    def to_json(self) -> dict[str, Any]:
        return {
            "claims": [c.to_json() for c in self.claims],
            "events": [e.to_json() for e in self.events],
        }
