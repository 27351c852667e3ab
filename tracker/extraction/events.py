"""Events the re-check needs: abandonment, delay, progress and fulfilment, with company and topic.

Cue phrases (cues.EVENT_PATTERNS) find the event; the parse says who (same attribution as
claims: "it gave up on it" goes back to the subject of the clause above, "Bosch"). The topic is a
short lower-case noun phrase: a technology named in the sentence, else the article's most named
technology (an event rarely repeats what the article is about), else the cue verb's object.
"""

from __future__ import annotations

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


def _object_topic(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "pobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"}:
            words = [t for t in child.subtree if t.dep_ not in {"det", "poss", "punct"}]
            if 0 < len(words) <= 4:
                return normalise_topic(" ".join(t.text for t in words))
    return None


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
            if _negated(verb) or (verb.i != token.i and _negated(token)):
                continue
            companies = company_for(verb, discourse)
            if not companies:
                continue
            named = cues.TOPICS.search(text)
            topic = (
                normalise_topic(named.group(0))
                if named
                else topic_default or _object_topic(verb) or "battery"
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
