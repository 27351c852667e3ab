"""Events the re-check needs: abandonment, delay, progress and fulfilment, with company and topic.

Cue phrases (cues.EVENT_PATTERNS) find the event; the parse says who (same attribution as
claims: "it gave up on it" goes back to the subject of the clause above, "Bosch"). The topic is a
short lower-case noun phrase: a technology named in the sentence, else the article's most named
technology (an event rarely repeats what the article is about), else the cue verb's object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from tracker.extraction import cues
from tracker.extraction.attribution import Discourse, company_for, token_for_chars
from tracker.extraction.timeexpr import TimeMention


@dataclass(frozen=True)
class SentenceEvent:
    company: str
    kind: str
    topic: str
    new_target_year: int | None


def normalise_topic(text: str) -> str:
    topic = " ".join(text.lower().replace("‐", "-").split())
    return topic.replace("solid state", "solid-state").replace("sodium ion", "sodium-ion")


def article_topic(text: str) -> str | None:
    """The technology an article names most often ("solid-state" for the seed)."""
    counts: dict[str, int] = {}
    for match in cues.TOPICS.finditer(text):
        topic = normalise_topic(match.group(0))
        counts[topic] = counts.get(topic, 0) + 1
    return max(counts, key=lambda t: counts[t]) if counts else None


def _negated(verb: Token) -> bool:
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    return any(c.lower_ in {"if", "unless", "whether"} and c.dep_ == "mark" for c in verb.children)


_MAYBE = {"may", "might", "could"}


def _modal(verb: Token, kind: str) -> bool:
    """An event stated as a possibility (any kind) or, for progress, as a future step."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & _MAYBE:
        return True
    if kind != "progress":
        return False
    if auxes & {"will", "shall", "'ll"}:
        return True
    # "plans to start road tests": a planned step is not progress yet
    return any(
        a.pos_ == "VERB"
        and a.lemma_.lower() in cues.PLAN_WORDS
        and a.lemma_.lower() not in cues.WEAK_PLAN
        for a in [verb, *verb.ancestors]
    )


def _object_topic(verb: Token) -> str | None:
    """What the cue verb acts on: its object, else the object of its first preposition
    ("construction has begun on its 10 GWh plant" -> "plant"). Figures are left out: a
    topic names a thing, and "10 gwh" would keep it from meeting the claim it is about."""
    objects = [(c, list(c.subtree)) for c in verb.children
               if c.dep_ in {"dobj", "pobj", "nsubjpass"}]
    # a preposition's object without what follows it ("plant", not "plant in Ohio")
    objects += [(g, list(g.doc[g.left_edge.i : g.i + 1])) for c in verb.children
                if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for child, phrase in objects:
        if child.pos_ not in {"NOUN", "PROPN"}:
            continue
        words = [
            t for t in phrase
            if t.dep_ not in {"det", "poss", "punct", "case"} and not _is_figure(t, child)
        ]
        if 0 < len(words) <= 6:
            return normalise_topic(" ".join(t.text for t in words))
    return None


def _is_figure(token: Token, head: Token) -> bool:
    """A number, or the unit right after one ("10 GWh"), unless it is the phrase's head."""
    if token.like_num:
        return True
    return token.i != head.i and token.i > 0 and token.doc[token.i - 1].like_num


def sentence_events(
    doc: Doc,
    times: list[TimeMention],
    discourse: Discourse,
    published: date,
    topic_default: str | None,
) -> list[SentenceEvent]:
    text = doc.text
    events: list[SentenceEvent] = []
    seen: set[tuple[str, str]] = set()
    for kind, pattern in cues.EVENT_PATTERNS:
        for match in pattern.finditer(text):
            token = token_for_chars(doc, match.start(), match.end())
            if token is None:
                continue
            verb = token
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            # "will not enter": the negation is part of the cue
            cue_negated = bool(re.search(r"\bnot\b|n[’']t\b", match.group(0)))
            if not cue_negated and (
                _negated(verb) or (verb.i != token.i and _negated(token))
            ):
                continue
            if kind == "delay" and token.pos_ == "NOUN" and token.lemma_.lower() == "delay":
                continue  # "citing delays", "the reason for the delay": mentions, not news
            if kind != "delay" and _modal(verb, kind):
                continue  # "DOE may cancel", "the facility will produce B-samples"
            companies = company_for(verb, discourse)
            if not companies:
                continue
            named = cues.TOPICS.search(text)
            # the sentence's technology, else what the cue verb acts on ("that project has been
            # cancelled"), else the article's technology
            topic = (
                normalise_topic(named.group(0))
                if named
                else _object_topic(verb) or topic_default or "battery"
            )
            new_year = None
            if kind == "delay":
                later = [t for t in times if t.start >= match.start() and not t.past]
                new_year = later[-1].year if later else None
            for company in companies:
                if (company, kind) in seen:
                    continue
                seen.add((company, kind))
                events.append(SentenceEvent(company, kind, topic, new_year))
    return events
