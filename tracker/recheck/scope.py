"""Which claims a piece of evidence is about (scope), and how strong the evidence is.

Scope keeps a large company's one dropped product from touching its unrelated claims: an event's
topic is reduced to terms and compared with the words of the sentences that reported the claim.
Strength grades evidence as design notes section 5 asks: statement < funding/permit <
construction < shipping, so a reader can weigh a verdict.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from enum import StrEnum

from models import CompanyKind, Metric

_TOKEN = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that say nothing about which product or plant is meant.
GENERIC = _words(
    """a an the of for and or its their in on at to with by from new next plan plans planned
    project projects program programme effort efforts battery batteries cell cells pack packs
    technology technologies tech development research work venture its ev evs electric
    """
)

# Words naming a kind of activity: they scope to metrics, not to a named product.
CATEGORY_METRICS: dict[str, frozenset[Metric]] = {
    word: frozenset(metrics)
    for text, metrics in [
        (
            "production manufacturing factory factories plant plants gigafactory gigafactories "
            "line lines capacity facility facilities site output",
            (Metric.PRODUCTION_CAPACITY, Metric.PRODUCTION_START, Metric.INVESTMENT),
        ),
        (
            "launch launches commercialization commercialisation market sales car cars model "
            "models vehicle vehicles",
            (Metric.COMMERCIALIZATION, Metric.PRODUCTION_START),
        ),
        ("density", (Metric.ENERGY_DENSITY, Metric.VOLUMETRIC_DENSITY)),
        ("charging", (Metric.CHARGE_TIME,)),
        ("cost costs price prices", (Metric.COST,)),
        ("investment investments funding", (Metric.INVESTMENT,)),
    ]
    for word in text.split()
}

# Topics that mean the whole company; insolvency ends every open claim whatever the company.
INSOLVENCY = _words(
    "insolvency insolvent bankruptcy bankrupt liquidation receivership administration "
    "chapter-11 collapse collapsed wind-down"
)
COMPANY_WIDE = INSOLVENCY | _words("company firm business operations all")

# Battery chemistries and formats: two figures about different ones are not comparable.
TECHNOLOGIES = _words(
    "solid-state semi-solid lithium-metal li-metal sodium-ion na-ion lithium-sulfur "
    "lithium-sulphur li-s lithium-air lfp lmfp nmc nca ncm silicon silicon-anode 4680 4695 "
    "46-series blade graphene"
)


def terms(text: str) -> frozenset[str]:
    """Lowercase words of `text` plus hyphen-joined pairs, so 'solid state' meets 'solid-state'."""
    words = [w for w in _TOKEN.findall(text.lower()) if len(w) > 1 and not w.isdigit()]
    pairs = [
        f"{a}-{b}"
        for a, b in itertools.pairwise(words)
        if "-" not in a and "-" not in b
    ]
    return frozenset(words) | frozenset(pairs)


def claim_terms(sentences: Iterable[str]) -> frozenset[str]:
    found: frozenset[str] = frozenset()
    for sentence in sentences:
        found |= terms(sentence)
    return found


def is_small(kind: CompanyKind) -> bool:
    """A start-up's programme is its company: company-wide and category evidence reaches all."""
    return kind == CompanyKind.STARTUP


def _distinctive(term: str) -> bool:
    """A term that names something (a product, chemistry, plant) rather than a kind of thing."""
    if term in COMPANY_WIDE:
        return False
    ignored = GENERIC | CATEGORY_METRICS.keys() | COMPANY_WIDE
    return any(part not in ignored and not part.isdigit() for part in term.split("-"))


def _metrics_of(categories: Iterable[str]) -> set[Metric]:
    metrics: set[Metric] = set()
    for word in categories:
        metrics |= CATEGORY_METRICS[word]
    return metrics


def _startup_technology(
    distinctive: set[str], claim_words: frozenset[str], kind: CompanyKind
) -> bool:
    """The event names only technologies, the company is a start-up, the claim names none."""
    named = distinctive & TECHNOLOGIES
    others = {
        term
        for term in distinctive - named
        if not any(term.startswith(f"{t}-") or term.endswith(f"-{t}") for t in named)
    }
    return is_small(kind) and bool(named) and not others and not claim_words & TECHNOLOGIES


def event_scope(
    topic_terms: frozenset[str],
    sentence_terms: frozenset[str],
    metric: Metric,
    claim_words: frozenset[str],
    kind: CompanyKind,
) -> str | None:
    """Why an event concerns a claim (a short phrase for the reason), or None if it does not.

    1. Named topic (a product, chemistry or plant name): the claim's sentences must name it too,
       except that a start-up's claim naming no technology is about the one the event names.
    2. Category topic only ('plant', 'production'): the claim's metric must be of that category;
       a large company must also use the word in the claim, a start-up need not.
    3. No topic, or a company-wide one: insolvency reaches every claim of any company; other
       company-wide exits reach every claim of a start-up only.
    """
    distinctive = {term for term in topic_terms if _distinctive(term)}
    if distinctive:
        shared = sorted(distinctive & claim_words)
        if shared:
            return f"topic '{shared[0]}' named in the claim"
        if not _startup_technology(distinctive, claim_words, kind):
            return None
        # A start-up's programme is its technology: its claims that name no technology ("the
        # production line ... 100 MWh per year") are about the one the event names.
        technology = sorted(distinctive & TECHNOLOGIES)[0]
        categories = {term for term in topic_terms if term in CATEGORY_METRICS}
        if categories and metric not in _metrics_of(categories):
            return None
        return f"start-up's {technology} work; the claim names no other technology"
    categories = {term for term in topic_terms if term in CATEGORY_METRICS}
    if categories:
        if metric not in _metrics_of(categories):
            return None
        if is_small(kind):
            return f"start-up's {sorted(categories)[0]} concerns its {metric.value} claims"
        shared = sorted(categories & claim_words)
        return f"'{shared[0]}' named in the claim" if shared else None
    if (topic_terms | sentence_terms) & INSOLVENCY:
        return "insolvency ends every claim of the company"
    if is_small(kind):
        return "company-wide event of a start-up"
    return None


def figure_scope(figure_words: frozenset[str], claim_words: frozenset[str]) -> bool:
    """An achieved figure answers a claim unless they name different chemistries or formats."""
    figure_tech = figure_words & TECHNOLOGIES
    claim_tech = claim_words & TECHNOLOGIES
    return not (figure_tech and claim_tech and not figure_tech & claim_tech)


class Strength(StrEnum):
    STATEMENT = "statement"
    FUNDING_PERMIT = "funding_permit"
    CONSTRUCTION = "construction"
    SHIPPING = "shipping"


_STRENGTH_CUES: list[tuple[Strength, re.Pattern[str]]] = [
    (
        Strength.SHIPPING,
        re.compile(
            r"\b(ship(?:s|ped|ping|ments?)?|deliver(?:s|ed|ies|y)|on sale|sold|customers?|"
            r"mass[- ]produc\w*|in (?:series |volume )?production|(?:began|begun|started|starts?)"
            r" (?:mass |series |volume )?production|production (?:began|started|has begun)|"
            r"rolled off|commercially available|launched)\b",
            re.I,
        ),
    ),
    (
        Strength.CONSTRUCTION,
        re.compile(
            r"\b(construct\w*|broke ground|groundbreaking|built|building|pilot (?:line|plant)|"
            r"installed|commission\w*|completed|samples?|prototypes?|opened)\b",
            re.I,
        ),
    ),
    (
        Strength.FUNDING_PERMIT,
        re.compile(
            r"\b(fund\w*|raised|rais\w+ \$|loan|grant\w*|permit\w*|approv\w*|subsid\w*|"
            r"financ\w*|series [a-f]\b|invest\w*)",
            re.I,
        ),
    ),
]


def grade(sentence: str) -> Strength:
    """The strongest kind of evidence the sentence describes; a bare statement by default."""
    for strength, pattern in _STRENGTH_CUES:
        if pattern.search(sentence):
            return strength
    return Strength.STATEMENT
