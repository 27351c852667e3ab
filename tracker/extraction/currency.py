"""US dollars per unit of a currency in a year, from `config/currency_rates.toml`.

Used only when the article does not give the dollar figure itself: the article's own conversion
is what its readers saw, a yearly average is an approximation (documented in the table).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _rates() -> dict[str, dict[int, float]]:
    text = resources.files("config").joinpath("currency_rates.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return {code: {int(y): float(v) for y, v in table.items()} for code, table in data.items()}


def usd_per_unit(code: str, year: int) -> float:
    """Rate for `code` in `year`; the nearest year in the table outside its range; USD is 1."""
    if code == "USD":
        return 1.0
    table = _rates().get(code)
    if not table:
        raise KeyError(f"no exchange rates for currency {code!r}; add it to currency_rates.toml")
    nearest = min(table, key=lambda y: abs(y - year))
    return table[nearest]
