"""Battery quantities in text ("over 400 Wh/kg", "30GWh", "1 billion yuan", "10-80% in 15 minutes").

Found with regular expressions over the sentence's characters rather than token patterns: spaCy
splits "400 Wh/kg" into four tokens but keeps "30GWh" and "400Wh/kg" as one, and a character
pattern reads every spelling the same way. The linker maps each hit back to tokens with
`Doc.char_span(..., alignment_mode="expand")`. Conversion to canonical units goes through pint
(`units.py`); currencies through the article's own US-dollar figure when it gives one, else the
yearly rate table (`currency.py`).

`kind` says what was measured, not yet the metric: an energy figure is production capacity only
when the linker finds a plant/line/capacity context, money is an investment only with an
investment cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tracker.extraction import currency, units
from tracker.extraction.literals import RegexGate

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Written numbers, only where small counts are usual (minutes of charging).
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
WNUM = NUM + "|" + "|".join(WORD_NUMBERS)
SCALE = r"thousand|million|billion|trillion|bn|mn|tn|m|b|k"
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
RANGE = rf"(?:between\s+)?(?P<n1>{NUM})(?:\s*(?:-|–|to|and)\s*(?P<n2>{NUM}))?"

QUALIFIERS = [
    ("over", r"more than|over|above|exceeding|in excess of|at least|greater than|upwards of|"
             r"north of|beyond|surpassing|topping"),
    ("up_to", r"up to|as much as|as high as|as many as|a maximum of|maximum of|a max of|below|"
              r"under|less than|at most|no more than"),
    ("about", r"about|around|approximately|roughly|nearly|almost|close to|some|an estimated|"
              r"~|approx\.|circa|just over|just under"),
]  # fmt: skip
_QUAL_RE = [
    (name, re.compile(rf"(?:\b(?:{alts}))[\s“”\"'‘’]*(?:US\$|\$|€|£|¥)?$", re.IGNORECASE))
    for name, alts in QUALIFIERS
]

DENSITY = (
    r"Wh\s*/\s*kg\b|Wh\s*kg\s*(?:-1|−1|⁻¹)|Wh\s+per\s+(?:kg|kilo(?:gram)?s?)\b|"
    r"watt[- ]?hours?\s*(?:per|/|a)\s*(?:kg|kilo(?:gram)?s?)\b"
)
VOLUMETRIC = (
    r"Wh\s*/\s*(?:L|l|liter|litre)\b|Wh\s*L\s*(?:-1|−1|⁻¹)|Wh\s+per\s+(?:L|l|liter|litre)\b|"
    r"watt[- ]?hours?\s*(?:per|/|a)\s*(?:liter|litre)\b"
)
ENERGY = r"(?P<eprefix>[kKMGT])Wh\b|(?P<eword>kilowatt|megawatt|gigawatt|terawatt)[- ]?hours?\b"
PER_YEAR = (
    r"\s*(?:per\s+year|a\s+year|/\s*year|/\s*yr|per\s+annum|annually|each\s+year|every\s+year|"
    r"of\s+annual(?:\s+production)?\s+capacity|annual)"
)
CURRENCY_WORD = (
    r"U\.?S\.?\s+dollars|US\s+dollars|dollars|USD|euros?|EUR|yuan|renminbi|RMB|CNY|won|KRW|"
    r"yen|JPY|pounds(?:\s+sterling)?|GBP|kronor|krona|SEK|Swedish\s+crowns"
)
CURRENCY_SYMBOL = r"US\$|\$|€|£|¥|RMB|CNY|EUR|USD|KRW|JPY|GBP|SEK"
PER_KWH = r"\s*(?:/\s*kWh|per\s+kWh|per\s+kilowatt[- ]hour|a\s+kilowatt[- ]hour|/kilowatt[- ]hour)"
CYCLES = r"(?:[\w-]+\s+){0,3}?cycles\b"
TIME_UNIT = r"minutes|minute|mins?|hours?|hrs?"
PCT = r"%|\s?percent\b|\s?per\s?cent\b"

_CURRENCY_CODES = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "u.s. dollars": "USD",
    "us dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP",
    "gbp": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "¥": "CNY", "rmb": "CNY",
    "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "krw": "KRW", "won": "KRW", "jpy": "JPY",
    "yen": "JPY", "sek": "SEK", "kronor": "SEK", "krona": "SEK", "swedish crowns": "SEK",
}  # fmt: skip

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("charge_time", re.compile(
        rf"(?:from\s+)?(?P<soc1>\d{{1,2}})\s*(?:{PCT})?\s*(?:-|–|to)\s*(?P<soc2>\d{{2,3}})\s*(?:{PCT})"
        rf"(?:\s+(?:state\s+of\s+charge|SoC|SOC|charge))?\s+(?:in|within)\s+(?:just\s+|under\s+|"
        rf"less\s+than\s+|about\s+|around\s+|only\s+)?(?P<n1>{NUM})\s*(?P<tu>{TIME_UNIT})\b",
        re.IGNORECASE)),
    ("charge_time", re.compile(
        rf"(?<![\d.])(?P<soc2>\d{{2,3}})\s*(?:{PCT})\s+(?:in|within)\s+(?:just\s+|under\s+|"
        rf"less\s+than\s+|about\s+|around\s+|only\s+)?(?P<n1>{WNUM})\s*(?P<tu>{TIME_UNIT})\b",
        re.IGNORECASE)),
    ("charge_time", re.compile(
        rf"\b(?:charges?d?|charging|recharged?|recharging)\b[^.;]{{0,40}}?\b(?:in|within)\s+"
        rf"(?:just\s+|under\s+|less\s+than\s+|about\s+|around\s+|only\s+|as\s+little\s+as\s+)?"
        rf"(?P<n1>{WNUM})\s*(?P<tu>{TIME_UNIT})\b", re.IGNORECASE)),
    ("charge_time", re.compile(
        rf"\b(?:in|within)\s+(?:just\s+|under\s+|less\s+than\s+|about\s+|only\s+)?"
        rf"(?P<n1>{WNUM})\s*(?P<tu>{TIME_UNIT})\s+of\s+(?:fast[- ]|extreme[- ]fast[- ])?"
        rf"(?:charging|recharging)\b", re.IGNORECASE)),
    ("charge_time", re.compile(
        rf"(?P<n1>{NUM})[- ](?P<tu>minute|min)s?\b(?=\s+(?:fast[- ])?(?:charg|recharg))",
        re.IGNORECASE)),
    ("cost", re.compile(rf"(?P<sym>{CURRENCY_SYMBOL})\s?{RANGE}(?:\s*(?P<scale>{SCALE})\b)?"
                        rf"(?P<perkwh>{PER_KWH})")),
    ("cost", re.compile(rf"{RANGE}\s*(?P<cur>{CURRENCY_WORD})(?P<perkwh>{PER_KWH})",
                        re.IGNORECASE)),
    ("density", re.compile(rf"{RANGE}\s*(?:{DENSITY})", re.IGNORECASE)),
    ("volumetric", re.compile(rf"{RANGE}\s*(?:{VOLUMETRIC})")),
    ("energy", re.compile(rf"{RANGE}\s*(?:{ENERGY})(?P<peryear>{PER_YEAR})?")),
    ("money", re.compile(rf"(?P<sym>{CURRENCY_SYMBOL})\s?{RANGE}(?:\s*(?P<scale>{SCALE})\b)?")),
    ("money", re.compile(rf"{RANGE}(?:\s*(?P<scale>{SCALE})\b)?\s*(?P<cur>{CURRENCY_WORD})\b",
                         re.IGNORECASE)),
    ("cycles", re.compile(rf"{RANGE}\s*{CYCLES}", re.IGNORECASE)),
]  # fmt: skip

# Each pattern is searched only if the text holds a string all its matches contain.
_GATES = [RegexGate(pattern) for _, pattern in _PATTERNS]

_USD_GLOSS = re.compile(
    rf"^\s*[(\[,]\s*(?:about|around|roughly|approximately|or|some|nearly|~)?\s*"
    rf"(?:(?:US\$|\$)\s?(?P<a>{NUM})(?:\s*(?P<sa>{SCALE})\b)?|(?P<b>{NUM})(?:\s*(?P<sb>{SCALE}))?"
    rf"\s*(?:U\.?S\.?\s+dollars|US\s+dollars|dollars|USD))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """One recognised quantity, already in canonical units; offsets are into the searched text."""

    start: int
    end: int
    kind: str  # density, volumetric, energy, money, cost, cycles, charge_time
    value: float
    unit: str
    qualifier: str | None
    low: float | None
    high: float | None
    original_value: float | None = None
    original_unit: str | None = None
    per_year: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _num(text: str | None) -> float | None:
    if text is None:
        return None
    if text.lower() in WORD_NUMBERS:
        return float(WORD_NUMBERS[text.lower()])
    return float(text.replace(",", ""))


_RAMP_UP = re.compile(
    r"\b(?:ramp|scal|step|boost|gear|build|bump|crank|expand|increas|rais|grow)\w*"
    r"(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    before = text[max(0, start - 30) : start]
    for name, pattern in _QUAL_RE:
        m = pattern.search(before)
        if m:
            # "ramp it up to 700 MWh" is a target, not a ceiling
            if (
                name == "up_to"
                and m.group(0).lower().startswith(("up", "under"))
                and _RAMP_UP.search(text[max(0, start - 60) : start - (len(before) - m.start())])
            ):
                return None, start
            return name, start - (len(before) - m.start())
    return None, start


def find_quantities(text: str, year: int) -> list[Quantity]:
    """Every quantity in `text` (earlier patterns win overlaps); `year` picks currency rates."""
    taken: list[tuple[int, int]] = []
    found: list[Quantity] = []
    lowered = text.lower()
    for (kind, pattern), gate in zip(_PATTERNS, _GATES, strict=True):
        if not gate.admits(text, lowered):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            quantity = _build(kind, m, text, year)
            if quantity is None:
                continue
            taken.append((quantity.start, quantity.end))
            found.append(quantity)
    found.sort(key=lambda q: q.start)
    return found


def _build(kind: str, m: re.Match[str], text: str, year: int) -> Quantity | None:
    groups = m.groupdict()
    n1, n2 = _num(groups.get("n1")), _num(groups.get("n2"))
    if n1 is None:
        return None
    qualifier, start = _qualifier(text, m.start())
    end = m.end()
    scale = SCALES.get((groups.get("scale") or "").lower(), 1.0)
    extra: dict[str, Any] = {}
    original_value: float | None = None
    original_unit: str | None = None
    per_year = False
    if kind == "density":
        factor, unit = 1.0, "Wh/kg"
    elif kind == "volumetric":
        factor, unit = 1.0, "Wh/L"
    elif kind == "energy":
        source = _energy_unit(groups.get("eprefix"), groups.get("eword"))
        factor, unit = units.convert(1.0, source, "GWh"), "GWh/year"
        per_year = bool(groups.get("peryear"))
        original_value, original_unit = n1, source
    elif kind == "cycles":
        factor, unit = 1.0, "cycles"
    elif kind == "charge_time":
        tu = groups["tu"].lower()
        factor = units.convert(1.0, "hour" if tu.startswith("h") else "minute", "minute")
        unit = "minutes"
        if groups.get("soc1"):
            extra = {"soc_low": int(groups["soc1"]), "soc_high": int(groups["soc2"])}
        elif groups.get("soc2"):
            extra = {"soc_high": int(groups["soc2"])}
    else:  # money, cost
        code = _currency(groups.get("sym") or groups.get("cur") or "")
        if code is None:
            return None
        if kind == "money" and scale == 1.0 and n1 < 1e5:
            return None  # "$500" alone is a price, not an investment
        original_value, original_unit = n1 * scale, code
        gloss = _USD_GLOSS.match(text[end:]) if code != "USD" and kind == "money" else None
        if gloss:
            usd = _num(gloss["a"] or gloss["b"]) or 0.0
            usd *= SCALES.get((gloss["sa"] or gloss["sb"] or "").lower(), 1.0)
            factor = usd / (n1 * scale) if n1 else 0.0
            end += gloss.end() + (
                1 if text[end + gloss.end() : end + gloss.end() + 1] in ")]" else 0
            )
        else:
            factor = currency.usd_per_unit(code, year)
        factor *= scale
        unit = "USD/kWh" if kind == "cost" else "USD"
    value = _round(n1 * factor)
    low = high = None
    if n2 is not None:
        low, high, qualifier = _round(n1 * factor), _round(n2 * factor), "range"
        value = high
        if original_value is not None:
            original_value = n2 * (scale if kind in {"money", "cost"} else 1.0)
    return Quantity(
        start, end, kind, value, unit, qualifier, low, high,
        original_value, original_unit, per_year, extra,
    )  # fmt: skip


def _round(value: float) -> float:
    """Drop float noise from unit conversion (0.7000000000000001 -> 0.7)."""
    return float(f"{value:.10g}")


def _energy_unit(prefix: str | None, word: str | None) -> str:
    if word:
        return {"kilowatt": "kWh", "megawatt": "MWh", "gigawatt": "GWh", "terawatt": "TWh"}[
            word.lower()
        ]
    return (prefix or "G").replace("K", "k") + "Wh"


def _currency(token: str) -> str | None:
    token = " ".join(token.lower().split())
    return _CURRENCY_CODES.get(token)
