"""Target times ("by 2020", "H2 2025", "by the end of next year") anchored to the publication date.

A small rule layer, not a date parser: general parsers turned "by 2020" into 2020-02-28 and found
nothing in "mid-2021" or "within two years" (design notes section 4). Each rule gives a year and,
only where the text names one, a month. Phrases that only place something in the past ("earlier
this year", "last year", "in 2015" before publication) are kept with `past=True` so a claim can say
*when* something was achieved, but they are never a target.

Documented choices: "early/late YEAR" keep the year only (a month would be false precision);
"H1/H2" give month 1/7, "Qn" the first month of the quarter, "mid-YEAR" month 6, "mid-decade" the
next year ending in 5, "end of the decade" the next round year, "2027-28" the later year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

YEAR = r"(?:19[5-9]\d|20\d\d)"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3, "a": 1,
}  # fmt: skip
_MONTH_NAMES = "january february march april may june july august september october november"
MONTHS = {m: i + 1 for i, m in enumerate([*_MONTH_NAMES.split(), "december"])}
MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
ORDINAL_HALF = {"first": 1, "second": 7}
ORDINAL_QUARTER = {"first": 1, "second": 4, "third": 7, "fourth": 10}


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    year: int
    month: int | None
    past: bool
    text: str


def _n(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


def _rules(pub: date) -> list[tuple[re.Pattern[str], object]]:
    y = pub.year
    decade = (y // 10) * 10
    mid = decade + 5 if decade + 5 >= y else decade + 15  # the next year ending in 5
    num = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"

    def month_of(name: str) -> int:
        return next(v for k, v in MONTHS.items() if k.startswith(name.lower()[:3]))

    table: list[tuple[str, object]] = [
        # past-only references first so "earlier this year" is not read as "this year"
        (r"\b(?:earlier|early) this year\b", lambda m: (y, None, True)),
        (r"\blast year\b", lambda m: (y - 1, None, True)),
        (r"\b" + num + r" years? ago\b", lambda m: (y - _n(m[1]), None, True)),
        # "since this summer", "since last spring": a past start, the year only
        (
            r"\bsince (this|last) (spring|summer|autumn|fall|winter)\b",
            lambda m: (y if m[1].lower() == "this" else y - 1, None, True),
        ),
        # "the second half of the 2020s" -> 2029, "first half of the 2030s" -> 2034
        (
            r"\b(first|second) half of the ((?:19|20)\d)0s\b",
            lambda m: (int(m[2]) * 10 + (4 if m[1].lower() == "first" else 9), None, None),
        ),
        (
            r"\b(?:h|H)([12])\s*(?:of\s+)?(" + YEAR + r")\b",
            lambda m: (int(m[2]), 1 if m[1] == "1" else 7, None),
        ),
        (
            r"\b(first|second) half of (" + YEAR + r")\b",
            lambda m: (int(m[2]), ORDINAL_HALF[m[1].lower()], None),
        ),
        (r"\bQ([1-4])\s*(" + YEAR + r")\b", lambda m: (int(m[2]), 3 * int(m[1]) - 2, None)),
        (
            r"\b(first|second|third|fourth) quarter of (" + YEAR + r")\b",
            lambda m: (int(m[2]), ORDINAL_QUARTER[m[1].lower()], None),
        ),
        (r"\bmid[- ]?(" + YEAR + r")\b", lambda m: (int(m[1]), 6, None)),
        (r"\bmid[- ]decade\b", lambda m: (mid, None, None)),
        (r"\b(?:the )?end of (?:the|this) decade\b", lambda m: (decade + 10, None, None)),
        (
            r"\b(" + MONTH_RE + r")\.? (?:\d{1,2},? )?(" + YEAR + r")\b",
            lambda m: (int(m[2]), month_of(m[1]), None),
        ),
        (
            r"\b(" + YEAR + r")\s*[-–/]\s*(" + YEAR + r"|\d\d)\b",
            lambda m: (_second_year(m[1], m[2]), None, None),
        ),
        (
            # "go on sale in April", "in April this year": the month of the publication year
            r"\b(?:in|by|from|since|until|end of|early|late|mid-?)\s+(" + MONTH_RE
            + r")\b(?:\s+this year)?(?![\s.]*\d)",
            lambda m: (y, month_of(m[1]), _month_past(m[0], month_of(m[1]), pub)),
        ),
        (r"\b(?:the )?end of next year\b", lambda m: (y + 1, None, None)),
        (r"\b(?:the )?year after next\b", lambda m: (y + 2, None, None)),
        (r"\bnext year\b", lambda m: (y + 1, None, None)),
        (r"\b(?:the )?following year\b", lambda m: (y + 1, None, None)),
        (r"\b(?:later |end of |the end of )?this year\b", lambda m: (y, None, None)),
        (r"\bwithin (?:the next )?" + num + r" years?\b", lambda m: (y + _n(m[1]), None, None)),
        (
            r"\b(?:within|in) (?:the next )?" + num + r" months\b",
            lambda m: (y + (pub.month - 1 + _n(m[1])) // 12, None, None),
        ),
        (
            r"\bin (?:about |around |roughly )?(?:a|one) year(?:'s time)?\b",
            lambda m: (y + 1, None, None),
        ),
        (
            r"\b(?:the )?(first|second|third|fourth) quarter\b(?! of (?:19|20)\d\d)",
            lambda m: (y, ORDINAL_QUARTER[m[1].lower()], None),
        ),
        (
            r"\bin (?:the next )?" + num + r" years?(?:' time)?\b",
            lambda m: (y + _n(m[1]), None, None),
        ),
        (
            r"\b(?<![\d,.$€£¥])("
            + YEAR
            + r")(?![\d%]|[.,]\d)(?!\s*(?:Wh|kWh|MWh|GWh|cycles|units))",
            lambda m: (int(m[1]), None, None),
        ),
    ]
    return [(re.compile(p, re.IGNORECASE if "Q([1-4])" not in p else 0), f) for p, f in table]


def _month_past(phrase: str, month: int, pub: date) -> bool:
    """A named month of the publication year that has already begun or passed."""
    if phrase.lower().startswith("since"):
        return True
    return month < pub.month


def _second_year(first: str, second: str) -> int:
    if len(second) == 2:
        return int(first[:2] + second)
    return int(second)


def find_times(text: str, published: date) -> list[TimeMention]:
    """Every time expression in `text`, longest first wins; offsets are into `text`."""
    taken: list[tuple[int, int]] = []
    found: list[TimeMention] = []
    for pattern, make in _rules(published):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _PLAN_NAME.search(text[max(0, m.start() - 20) : m.start()]) and m.group(0).isdigit():
                taken.append((m.start(), m.end()))  # "Ambition 2030", "Vision 2030": a name
                continue
            if _DATELINE.match(text, m.end()) and re.search(r"\d{1,2},? \d{4}$", m.group(0)):
                taken.append((m.start(), m.end()))  # "SANTA CLARA, Calif., Aug. 15, 2024 -"
                continue
            year, month, past = make(m)  # type: ignore[operator]
            if not 1950 <= year <= 2100:
                continue
            if past is None:
                past = _is_past(text, m.start(), year, month, published)
            taken.append((m.start(), m.end()))
            found.append(TimeMention(m.start(), m.end(), year, month, past, m.group(0)))
    found.sort(key=lambda t: t.start)
    return found


# A year that ends the name of a strategy or plan ("Ambition 2030 plan", "Strategy 2025").
_PLAN_NAME = re.compile(r"\b(?:Ambition|Vision|Strategy|Agenda|Plan|Roadmap|Mission|Goal)\s$")

# A full date followed by a dash opens a dateline: the release date, never a target.
_DATELINE = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[-–—]\s")

_PAST_PREFIX = re.compile(r"(?:since|ago|back in|as of|in late|in early)\s*$", re.IGNORECASE)


def _is_past(text: str, start: int, year: int, month: int | None, published: date) -> bool:
    """A year before publication (or this year's elapsed month) is a past reference."""
    if year < published.year:
        return True
    if year == published.year and month is not None and month < published.month:
        return bool(_PAST_PREFIX.search(text[max(0, start - 12) : start]))
    return False
