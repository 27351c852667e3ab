"""Who claims a figure: the company linked to a token through the dependency parse.

The hardest part of the task (published systems score far lower on linking than on finding
quantities), so the rule is explicit and conservative: walk from the figure up through its
clauses and take the first subject. A subject naming a company wins; a pronoun, an anaphoric
noun phrase ("the startup", "the production line", "the executive") or a person defers to a
reporting clause above it and finally to the discourse antecedent (the last company the article
made a subject). A generic subject ("Solid-state batteries", "100 MWh") means the figure is not
a company's claim, and None is returned.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tracker.extraction.companies import SPAN_KEY
from tracker.extraction.cues import (
    ANAPHORIC_HEADS,
    DEFINITE,
    GENERIC_MODIFIERS,
    INDEFINITE_NEWCOMER,
    PRONOUNS,
    REPORTING,
)

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


@dataclass(frozen=True)
class Discourse:
    """Context the cheap pass computed for one sentence of an article."""

    antecedent: str | None  # last company named before this sentence
    cataphor: str | None  # first company named in the next sentence ("a Chinese startup says...")


def companies_in(doc: Doc, start: int, end: int, *, gazetteer_only: bool = False) -> list[str]:
    """Canonical names of company mentions inside tokens [start, end), in order, unique.

    Gazetteer and suffix-pattern mentions ("COMPANY") win over the model's bare ORG labels
    ("NER_ORG"), which in this domain are as often products, exchanges, titles or chemistries
    ("Apollo", "NYSE", "CTO", "NCM") as companies.
    """
    strong: list[str] = []
    weak: list[str] = []
    for span in doc.spans.get(SPAN_KEY, []):
        if span.start >= start and span.end <= end:
            target = strong if span.label_ == "COMPANY" else weak
            if span.kb_id_ not in target:
                target.append(span.kb_id_)
    if strong or gazetteer_only:
        return strong
    return [WEAK_PREFIX + name for name in weak]


WEAK_PREFIX = "\u2047"  # marks a name known only from the model's ORG label


def subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:  # passive agent first: "... will be made by Ultium Cells"
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


RELATIVE = {"which", "that", "who", "whose"}
# Parts of a subject phrase that name other companies: "SVOLT, which was spun off from Great
# Wall Motor", "Samsung SDI's joint venture with Stellantis, StarPlus Energy".
_ASIDE_DEPS = {"relcl", "acl", "appos"}
_DESCRIPTIONS = {
    "venture", "subsidiary", "unit", "arm", "company", "business", "affiliate", "spinoff",
}  # fmt: skip


def subject_companies(doc: Doc, subject: Token) -> list[str]:
    """Companies a subject phrase names: an appositive company wins, asides are skipped."""
    for child in subject.children:
        if child.dep_ == "appos":  # only an appositive that is itself a company name
            for span in doc.spans.get(SPAN_KEY, []):
                if span.label_ == "COMPANY" and span.start <= child.i < span.end:
                    return [span.kb_id_]
    if subject.lemma_.lower() in _DESCRIPTIONS:
        # "Samsung SDI's joint venture with Stellantis, StarPlus Energy": the parser may hang
        # the name on the partner; the description's own name is the last appositive company.
        named = [
            span.kb_id_
            for span in doc.spans.get(SPAN_KEY, [])
            if any(t.dep_ == "appos" and span.start <= t.i < span.end for t in subject.subtree)
        ]
        if named:
            return named[-1:]
    skip = {t.i for c in subject.children if c.dep_ in _ASIDE_DEPS for t in c.subtree}
    if any(s.label_ == "COMPANY" and s.start <= subject.i < s.end for s in doc.spans[SPAN_KEY]):
        # "Volkswagen's battery company PowerCo SE broke ground": the name, not its owner
        skip |= {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    start, end = subtree_bounds(subject)
    strong: list[str] = []
    weak: list[str] = []
    for span in doc.spans.get(SPAN_KEY, []):
        if span.start >= start and span.end <= end and span.start not in skip:
            target = strong if span.label_ == "COMPANY" else weak
            if span.kb_id_ not in target:
                target.append(span.kb_id_)
    return strong or [WEAK_PREFIX + name for name in weak]


def _kind_of_subject(subject: Token) -> str:
    """'anaphoric', 'newcomer' (a Chinese startup), 'person', 'quantity' or 'generic'."""
    lower = subject.lower_
    if lower in PRONOUNS:
        return "anaphoric"
    if subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and subject.ent_type_ != "GPE"):
        return "person"
    if subject.like_num or subject.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}:
        return "quantity"
    dets = {c.lower_ for c in subject.children if c.dep_ in {"det", "poss"}}
    # "the company's packs", "the plant's cells": a possessor that itself refers back
    if subject.lemma_.lower() in _PRODUCTS:
        dets |= {
            "the"
            for c in subject.children
            if c.dep_ == "poss" and c.lower_ in ANAPHORIC_HEADS and _definite(c)
        }
    mods = {c.lower_ for c in subject.children if c.dep_ in {"amod", "compound", "nmod"}}
    if lower in {"production", "output", "manufacturing"} and not dets:
        return "anaphoric"  # "production is scheduled to start in 2022"
    if lower in ANAPHORIC_HEADS or subject.lemma_.lower() in ANAPHORIC_HEADS:
        if mods & GENERIC_MODIFIERS:
            return "generic"
        if dets & {"a", "an"} and lower in INDEFINITE_NEWCOMER:
            return "newcomer"
        if dets & DEFINITE or dets & PRONOUNS:
            return "anaphoric"
        if any(c.dep_ == "nummod" for c in subject.children):
            return "anaphoric"  # "Phase 1 is expected to begin production in 2027"
    return "generic"


# "the company's cells", "the plant's packs": products whose possessor refers back
_PRODUCTS = {"cell", "battery", "pack", "module", "technology", "product", "chemistry", "prototype"}


def _definite(token: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in token.children)


def company_for(token: Token, discourse: Discourse) -> list[str]:
    """Companies claiming what `token` expresses; empty when it is nobody's claim."""
    doc = token.doc
    # 1. A company in the figure's own noun phrase ("CATL's 100 GWh plant").
    head = token.head if token.dep_ in {"nummod", "compound", "amod", "quantmod"} else token
    if head.pos_ in {"NOUN", "PROPN"}:
        own = [c for c in head.children if c.dep_ == "poss"]
        for child in own:
            names = companies_in(doc, *subtree_bounds(child), gazetteer_only=True)
            if names:
                return names
    deferred = False
    newcomer = False
    weak: list[str] = []
    node: Token | None = token
    seen = 0
    while node is not None and seen < 40:
        seen += 1
        if node.pos_ in {"VERB", "AUX"} or node.dep_ == "ROOT":
            subject = _subject_of(node)
            if subject is not None and subject.lower_ in RELATIVE and node.dep_ == "relcl":
                subject = None  # "a plant ..., which will have 30 GWh": look above the clause
            if subject is not None:
                names = subject_companies(doc, subject)
                if names and not names[0].startswith(WEAK_PREFIX):
                    return names
                if names:
                    # an ORG only the model knows: a reporting company above or the article's
                    # company wins ("Amprius said its Apollo cell delivers ...")
                    weak = weak or [n.removeprefix(WEAK_PREFIX) for n in names]
                    deferred = True
                else:
                    kind = _kind_of_subject(subject)
                    if kind == "quantity":
                        return []
                    # "Solid-state batteries are thought to ..." -- unless a reporting verb
                    # above has a company subject ("CATL says its cells reach ...").
                    if (
                        kind == "generic"
                        and not deferred
                        and not _reported_by_company(node, doc)
                    ):
                        return []
                    newcomer = newcomer or kind == "newcomer"
                    deferred = True
        if node.head.i == node.i:
            break
        node = node.head
    if newcomer:
        return [discourse.cataphor] if discourse.cataphor else []
    if deferred:
        if discourse.antecedent:
            return [discourse.antecedent]
        return weak
    # No subject at all (a headline or fragment): the one company named in it, if exactly one,
    # or the antecedent when the sentence refers back ("At full build-out the facility will ...").
    names = companies_in(doc, 0, len(doc), gazetteer_only=True)
    if names:
        return names if len(names) == 1 else []
    if discourse.antecedent and any(_refers_back(t) for t in doc):
        return [discourse.antecedent]
    return []


def _refers_back(token: Token) -> bool:
    if token.lower_ in PRONOUNS:
        return True
    return token.lower_ in ANAPHORIC_HEADS and any(
        c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in token.children
    )


def _reported_by_company(node: Token, doc: Doc) -> bool:
    for ancestor in node.ancestors:
        if ancestor.lemma_.lower() in REPORTING:
            subject = _subject_of(ancestor)
            if subject is not None and companies_in(
                doc, *subtree_bounds(subject), gazetteer_only=True
            ):
                return True
    return False


def token_for_chars(doc: Doc, start: int, end: int) -> Token | None:
    """Syntactic head of the tokens covering characters [start, end)."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root
