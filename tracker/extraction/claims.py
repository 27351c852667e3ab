"""Claims of one parsed sentence: figures and production/commercialisation targets, attributed.

Input is a sentence Doc that went through the full pipeline plus the cheap pass's findings
(quantities, times, discourse antecedent). Output offsets are into the sentence; the extractor
adds the sentence's offset in the article. A figure yields a claim only when its metric is clear
from the unit and context, a company claims it (attribution.py), and it is neither a comparison
nor hypothetical arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from tracker.extraction import cues
from tracker.extraction.attribution import Discourse, company_for, token_for_chars
from tracker.extraction.companies import SPAN_KEY
from tracker.extraction.quantities import Quantity
from tracker.extraction.stance import attach_time, clause_chain, is_reference, stance_for
from tracker.extraction.timeexpr import TimeMention

SIMPLE_METRICS = {
    "density": "energy_density",
    "volumetric": "volumetric_density",
    "cycles": "cycle_life",
    "charge_time": "charge_time",
    "cost": "cost",
}


@dataclass(frozen=True)
class SentenceClaim:
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
    original_value: float | None = None
    original_unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _metric(q: Quantity, sentence: str) -> str | None:
    if q.kind in SIMPLE_METRICS:
        return SIMPLE_METRICS[q.kind]
    if q.kind == "energy":
        if q.original_unit in {"kWh"}:
            return None  # pack or cell sizes, not production capacity
        if q.per_year or (
            cues.CAPACITY_CONTEXT.search(sentence)
            and not cues.NOT_CAPACITY_CONTEXT.search(sentence)
        ):
            return "production_capacity"
        return None
    if (
        q.kind == "money"
        and cues.INVEST_CONTEXT.search(sentence)
        and not cues.NOT_INVEST_CONTEXT.search(sentence)
    ):
        return "investment"
    return None


def _time_tokens(doc: Doc, times: list[TimeMention]) -> list[tuple[Token, TimeMention]]:
    pairs = []
    for mention in times:
        token = token_for_chars(doc, mention.start, mention.end)
        if token is not None:
            pairs.append((token, mention))
    return pairs


def figure_claims(
    doc: Doc,
    quantities: list[Quantity],
    times: list[TimeMention],
    discourse: Discourse,
    published: date,
) -> list[SentenceClaim]:
    """Claims for every quantity in the sentence that a company states."""
    text = doc.text
    if cues.HYPOTHETICAL.search(text) or cues.SUPERSEDED.search(text):
        return []
    time_pairs = _time_tokens(doc, times)
    claims: list[SentenceClaim] = []
    for q in quantities:
        metric = _metric(q, text)
        if metric is None or cues.BREAKDOWN.search(text[: q.start]):
            continue
        if cues.ARITHMETIC.search(text[: q.start]):
            continue
        token = token_for_chars(doc, q.start, q.end)
        if token is None or is_reference(token):
            continue
        companies = company_for(token, discourse)
        if not companies or _group_summary(text, companies):
            continue
        if len(companies) > 1 and cues.RESPECTIVELY.search(text):
            companies = _respective(doc, q, metric, quantities, companies)
        pairs = time_pairs
        # "will start production in 2025 and will have 40 GWh": a start date does not date the
        # plant's capacity (GUIDELINES section 3, target_year), unless it is the initial one
        if metric == "production_capacity" and not cues.INITIAL_CAPACITY.search(
            text[max(0, q.start - 40) : q.start]
        ):
            pairs = [(t, m) for t, m in time_pairs if not _start_time(text, m)]
        time = attach_time(token, pairs)
        if len(quantities) == 1 and time is None:
            futures = [m for t, m in pairs if not m.past and not _aside(t)]
            time = futures[0] if len(futures) == 1 else None
        stance = stance_for(token, time, published)
        if stance == "achieved" and metric == "production_capacity" and any(
            _start_time(text, m) and not m.past for _, m in time_pairs
        ):
            stance = "planned"  # "the plant, with 15 GWh, was due to start production in 2025"
        year = month = None
        if time is not None and stance == "planned" and not time.past:
            # achieved figures carry no target year; only year metrics say when
            year, month = time.year, time.month
        for company in companies:
            claims.append(
                SentenceClaim(
                    company,
                    metric,
                    q.value,
                    q.unit,
                    q.qualifier,
                    q.low,
                    q.high,
                    year,
                    month,
                    stance,
                    q.original_value,
                    q.original_unit,
                    dict(q.extra),
                )
            )
    return claims


def timeline_claims(
    doc: Doc,
    times: list[TimeMention],
    discourse: Discourse,
    published: date,
    carmakers: frozenset[str] = frozenset(),
) -> list[SentenceClaim]:
    """production_start and commercialization claims: the value is the (target) year."""
    text = doc.text
    if cues.HYPOTHETICAL.search(text) or cues.SUPERSEDED.search(text):
        return []
    negations = [
        t for m in cues.NEGATION.finditer(text) if (t := token_for_chars(doc, m.start(), m.end()))
    ]
    time_pairs = _time_tokens(doc, times)
    into = [m.span() for m in cues.INTO_PRODUCTION.finditer(text)] if carmakers else []
    claims: list[SentenceClaim] = []
    seen: set[tuple[str, str, int]] = set()
    for metric, pattern in (
        ("production_start", cues.PRODUCTION_START),
        ("commercialization", cues.COMMERCIALIZATION),
    ):
        # every cue: "cylindrical cell production would start in 2025 and ESS cell production
        # in 2026" gives two starts
        for match in pattern.finditer(text):
            token = token_for_chars(doc, match.start(), match.end())
            if token is None:
                continue
            cue_verb = _cue_verb(token)
            if any(_negates(n, cue_verb) for n in negations):
                continue
            kind = metric
            if metric == "production_start" and (
                any(s < match.end() and match.start() < e for s, e in into)
                or cues.SERIES_PRODUCTION.fullmatch(match.group(0))
            ):
                kind = "into_production"  # the metric depends on who says it, see below
            # "... and ESS cell production in 2026": a time right after the cue is its own
            direct = [m for _, m in time_pairs if 0 <= m.start - match.end() <= 4]
            time = (
                direct[0]
                if direct
                else attach_time(cue_verb, time_pairs) or attach_time(token, time_pairs)
            )
            if time is None:
                futures = [m for _, m in time_pairs if not m.past]
                time = futures[0] if len(futures) == 1 else None
            stance = stance_for(cue_verb, time, published)
            # a production cue without an achieved verb is a plan unless its time is past
            if (
                metric == "production_start"
                and not cues.PRODUCTION_START_ACHIEVED.search(match.group(0))
                and (time is None or not time.past)
            ):
                stance = "planned"
            if stance == "planned":
                if time is None or time.past:
                    continue
                year, month = time.year, time.month
            else:
                if time is not None and not time.past and time.year > published.year:
                    continue
                if metric == "commercialization" and time is None:
                    continue
                year = time.year if time is not None else published.year
                month = time.month if time is not None else None
            companies = company_for(cue_verb, discourse)
            if _group_summary(text, companies):
                continue
            for company in companies:
                # a carmaker bringing a battery into series production: its cars get it
                named = (
                    "commercialization"
                    if kind == "into_production" and company in carmakers
                    else metric
                )
                if (company, named, year) in seen:
                    continue
                seen.add((company, named, year))
                claims.append(
                    SentenceClaim(
                        company, named, float(year), "year", None, None, None, year, month, stance
                    )
                )
    return claims


def _negates(negation: Token, cue_verb: Token) -> bool:
    """A negation ("not", "no plans", "denied", "instead of") applies to the cue when both sit
    in one clause chain: "GM did not say when ..., and executives ... said the first vehicles
    would arrive next year" negates the first conjunct only; "has no plans to start
    production" and "will not begin production" are negated."""
    theirs = {t.i for t in clause_chain(negation)}
    return any(t.i in theirs for t in clause_chain(cue_verb))


def _cue_verb(token: Token) -> Token:
    """The verb governing a cue word ("start" of "start production"), or the token itself."""
    node = token
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return token


def _start_time(text: str, mention: TimeMention) -> bool:
    """The time phrase dates a production start ("start production in 2025")."""
    before = text[max(0, mention.start - 60) : mention.start]
    matches = list(cues.PRODUCTION_START.finditer(before))
    if not matches:
        return False
    match = matches[-1]
    gap = before[match.end() :]
    return len(gap) <= 40 and not re.search(r",|\band\b|\d", gap)


def _group_summary(text: str, companies: list[str]) -> bool:
    """ "Toyota, Fisker, Hyundai, BMW and others all have big plans": nobody's own target."""
    return len(companies) > 1 and bool(cues.GROUP_SUMMARY.search(text))


def _aside(token: Token) -> bool:
    """A time inside a relative clause or a coordinated clause of its own ("..., which will
    produce batteries by 2030", "... and plans to start production in 2027")."""
    for node in token.ancestors:
        if node.dep_ in {"relcl", "conj", "acl"} and node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _respective(
    doc: Doc, q: Quantity, metric: str, quantities: list[Quantity], companies: list[str]
) -> list[str]:
    """ "CALB and Gotion announced 50 GWh and 20 GWh respectively": the n-th figure after the
    names goes with the n-th name; unchanged when the counts differ."""
    first: dict[str, int] = {}
    for span in doc.spans.get(SPAN_KEY, []):
        name = span.kb_id_
        if name in companies and name not in first:
            first[name] = span.start_char
    if len(first) != len(companies):
        return companies
    ordered = sorted(companies, key=lambda n: first[n])
    begin = first[ordered[0]]
    same = [x for x in quantities if x.start > begin and _metric(x, doc.text) == metric]
    if len(same) != len(ordered) or q not in same:
        return companies
    return [ordered[same.index(q)]]
