"""Turning user-typed words into vocabulary members, with errors that list what is allowed."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from tracker.errors import UsageError

E = TypeVar("E", bound=StrEnum)


def parse_member(enum: type[E], value: str, what: str) -> E:
    cleaned = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum(cleaned)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise UsageError(f"unknown {what} {value!r}; allowed: {allowed}") from None


def nearest(name: str, candidates: Iterable[str], limit: int = 5) -> list[str]:
    pool = sorted(set(candidates))
    by_lower = {candidate.lower(): candidate for candidate in pool}
    close = difflib.get_close_matches(name.lower(), list(by_lower), n=limit, cutoff=0.5)
    contains = [c for c in pool if name.lower() in c.lower() and c.lower() not in close]
    return ([by_lower[c] for c in close] + contains)[:limit]
