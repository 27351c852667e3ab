"""Planned or achieved, and which target time belongs to which figure.

Stance comes from the clause chain above the figure: a plan word ("plan", "aim", "target"), a
future or modal auxiliary, or a future target time makes it `planned`; otherwise a stated figure
("has a capacity of", "have achieved", "invested") is `achieved`. A time belongs to a figure when
both sit in the same clause or one clause embeds the other without crossing a coordination
("has 100 MWh per year and they plan to ramp it up to 700 MWh by 2020": 2020 goes with 700 only).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tracker.extraction.cues import (
    FUTURE_AUX,
    PLAN_WORDS,
    REFERENCE_PHRASES,
    REFERENCE_WORDS,
    WEAK_PLAN,
)
from tracker.extraction.timeexpr import TimeMention

BOUNDARY_DEPS = {"conj", "relcl", "parataxis", "advcl"}


def clause_chain(token: Token) -> list[Token]:
    """Tokens from `token` up to its clause root, stopping after a coordination or relative
    clause."""
    chain = [token]
    node = token
    while node.head.i != node.i:
        crossing = node.dep_ in BOUNDARY_DEPS and node.pos_ in {"VERB", "AUX"}
        if crossing:
            break
        node = node.head
        chain.append(node)
    return chain


def full_chain(token: Token) -> list[Token]:
    return [token, *token.ancestors]


def is_reference(token: Token) -> bool:
    """A figure inside a comparison ("compared to cells having 250 to 300 Wh/kg")."""
    for node in full_chain(token)[1:]:
        if node.lower_ in REFERENCE_WORDS:
            return True
        for child in node.children:  # "For comparison, rival cells reach 300 Wh/kg"
            if child.dep_ == "prep" and any(t.lower_ in REFERENCE_PHRASES for t in child.subtree):
                return True
    return False


def _future_aux(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUX:
            return True
        if child.lower_ == "going":
            return True
    return verb.tag_ == "MD"


def stance_for(token: Token, time: TimeMention | None, published: date) -> str:
    chain = full_chain(token)
    for index, node in enumerate(chain):
        lemma = node.lemma_.lower()
        if node.pos_ in {"VERB", "AUX"} and _future_aux(node):
            return "planned"
        if lemma in PLAN_WORDS and lemma not in WEAK_PLAN:
            return "planned"
        if lemma in WEAK_PLAN and node.pos_ == "VERB":
            # "is building a 40 GWh plant", "to ramp it up to": plans unless stated as done
            if node.tag_ == "VBG" and index > 0:
                return "planned"
            if node.tag_ == "VB" and any(c.lower_ == "to" for c in node.children):
                return "planned"
    if time is not None and not time.past and _after(time, published):
        return "planned"
    return "achieved"


def _after(time: TimeMention, published: date) -> bool:
    """The time lies after the publication month ("go on sale in April" published in March)."""
    if time.year != published.year:
        return time.year > published.year
    return time.month is not None and time.month > published.month


def _clause_of(token: Token) -> Token:
    for node in full_chain(token):
        if node.pos_ in {"VERB", "AUX"} or node.dep_ == "ROOT":
            return node
    return token


def attach_time(token: Token, times: list[tuple[Token, TimeMention]]) -> TimeMention | None:
    """The time expression that goes with the figure at `token`, if any."""
    if not times:
        return None
    own = clause_chain(token)
    own_set = {t.i for t in own}
    clause = _clause_of(token)
    candidates = []
    for time_token, mention in times:
        their = clause_chain(time_token)
        if _clause_of(time_token).i == clause.i or clause.i in {t.i for t in their}:
            candidates.append((abs(time_token.i - token.i), time_token, mention))
        elif any(t.i in own_set for t in their[1:]) and _clause_of(time_token).i in own_set:
            candidates.append((abs(time_token.i - token.i) + 50, time_token, mention))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    return _widen_range(candidates[0][2], [m for _, m in times])


def _widen_range(chosen: TimeMention, mentions: list[TimeMention]) -> TimeMention:
    """ "from this year to 2030", "between 2026 and 2028": the later year is the deadline."""
    ordered = sorted(mentions, key=lambda m: m.start)
    index = ordered.index(chosen)
    if index + 1 < len(ordered):
        nxt = ordered[index + 1]
        if nxt.year >= chosen.year and nxt.start - chosen.end <= 9:
            return nxt
    return chosen
