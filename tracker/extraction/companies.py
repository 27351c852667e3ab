"""Company mentions: gazetteer aliases, company-suffix patterns, glued names, label correction.

The small English model alone misses or mislabels battery companies (it calls "Qing Tao Energy
Development Co" and "Bosch" PERSON, and "Li" of Li-ion a person). Everything here works on
tokenizer output only, so the same code serves the cheap first pass (`nlp.make_doc`) and the full
pipeline; with the full pipeline, `correct_entities` also rewrites `doc.ents`.

Mentions are stored in `doc.spans["companies"]`, label "COMPANY" (gazetteer or suffix pattern) or
"NER_ORG" (the model's ORG, not known otherwise), with `kb_id_` set to the canonical name (or the
name as written for a company the gazetteer does not know, so new start-ups are still tracked).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from tracker.extraction.literals import phrase_regex
from tracker.gazetteer import Gazetteer

SPAN_KEY = "companies"
SUFFIXES = [
    "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited", "llc",
    "plc", "gmbh", "ag", "se", "sa", "nv", "ab", "asa", "energy", "battery", "batteries", "power",
    "technologies", "technology", "motors", "materials", "systems", "electric", "lithium",
    "semiconductor", "solutions", "holdings", "group", "industries",
]  # fmt: skip
LEGAL_FORMS = ["LLC", "PLC", "GmbH", "AG", "SE", "NV", "ASA", "Inc", "Inc.", "Ltd", "Ltd.", "Corp."]
# Title-case words that open headlines or name things, not companies.
GENERIC = {
    "the", "a", "an", "this", "that", "its", "their", "our", "new", "solid", "state", "solid-state",
    "lithium", "ion", "li", "battery", "batteries", "energy", "electric", "power", "china",
    "chinese", "european", "american", "japanese", "korean", "german", "global", "world", "us",
    "u.s.", "national", "department", "ministry", "university", "institute", "clean", "green",
    "storage", "grid", "advanced", "next", "generation", "sodium", "cell", "cells", "but", "and",
    "in", "on", "for", "with", "by", "as", "if", "when", "while", "after", "before", "why", "how",
    "what", "it", "they", "we", "he", "she", "his", "her", "my", "your", "all", "first", "total",
    "chief", "ceo", "cto", "vice", "president", "head", "more", "most", "tesla's", "renewable",
    "nuclear", "solar", "wind", "hydrogen", "fuel", "auto", "automotive", "vehicle", "ev", "evs",
    "mass", "volume", "production", "these", "those", "some", "many", "other", "both", "each",
}  # fmt: skip
# Model ORG labels that are never companies in our domain.
NOT_COMPANY = re.compile(
    r"^(?:the\s+)?(?:FTC|EU|European Union|Congress|Senate|NASA|SEC|EPA|IEA|DOE|Ministry\b.*|"
    r"Department\b.*|.*\b(?:Department|Ministry|Office|Agency|Commission) of\b.*|"
    r"University\b.*|.*\bUniversity|.*\bInstitute\b.*|.*\bLaborator(?:y|ies)\b.*|"
    r"Li-ion|Wh|GWh|MWh|kWh|Electrek.*|.*\bTake)$",
    re.IGNORECASE,
)
# "Enovix Corporation", "Amprius Technologies, Inc.": the gazetteer name without the legal form.
_LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|GmbH|AG|SE|SA|NV|AB|"
    r"ASA|Holdings|Group))+$",
    re.IGNORECASE,
)
_SHORT = 4  # aliases this short, or all capitals, match case-sensitively ("ONE", "SES", "ACC")


class CompanyFinder:
    """Finds company mentions in a Doc; one instance per vocab, built once per process."""

    def __init__(self, vocab: Vocab, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.folded = PhraseMatcher(vocab, attr="LOWER")
        self.suffix = Matcher(vocab)
        self.glued_parts: set[str] = set()
        self._canonical: dict[str, str] = {}
        exact_words: list[list[str]] = []
        folded_words: list[list[str]] = []
        from spacy.lang.en import English

        tokenizer = English().tokenizer
        for company in gazetteer:
            for alias in company.all_names:
                key = f"{company.name}\u241f{alias}"
                self._canonical[key] = company.name
                pattern = tokenizer(alias)
                if len(alias) <= _SHORT or alias.isupper() or alias.lower() in GENERIC:
                    self.exact.add(key, [pattern])
                    exact_words.append([t.text for t in pattern])
                else:
                    self.folded.add(key, [pattern])
                    folded_words.append([t.lower_ for t in pattern])
                if len(pattern) == 1 and alias[:1].isupper():
                    self.glued_parts.add(alias)
        name = {"IS_TITLE": True, "LOWER": {"NOT_IN": sorted(GENERIC)}, "IS_SENT_START": False}
        first = {"IS_TITLE": True, "LOWER": {"NOT_IN": sorted(GENERIC)}}
        upper = {"IS_UPPER": True, "LENGTH": {">=": 2}, "LOWER": {"NOT_IN": sorted(GENERIC)}}
        paren: list[dict[str, Any]] = [{"ORTH": "("}, {"IS_TITLE": True}, {"ORTH": ")"}]
        suffix = {"LOWER": {"IN": SUFFIXES}, "IS_TITLE": True}
        legal = {"LOWER": {"IN": SUFFIXES}}
        self.suffix.add(
            "SUFFIX",
            [
                [first, {**name, "OP": "{0,3}"}, suffix, {**legal, "OP": "{0,3}"}],
                [upper, {**name, "OP": "{0,3}"}, suffix, {**legal, "OP": "{0,3}"}],
                [first, *paren, {**name, "OP": "{0,3}"}, suffix, {**legal, "OP": "{0,3}"}],
                # "Ultium Cells LLC": a legal form in capitals ends a name of any words
                [first, {"IS_TITLE": True, "OP": "{0,3}"}, {"ORTH": {"IN": LEGAL_FORMS}}],
            ],
            greedy="LONGEST",
        )
        # The text screen (`may_mention`), built from the same aliases and suffix words.
        self._screen_exact = phrase_regex(exact_words)
        self._screen_folded = phrase_regex(folded_words)
        titled = {word.capitalize() for word in SUFFIXES}
        self._screen_suffix = re.compile(
            phrase_regex([[word] for word in sorted(titled | set(LEGAL_FORMS))]).pattern
            + "(?![a-z])"
        )

    # -- screen on the raw text --------------------------------------------------------------
    def may_mention(self, text: str) -> bool:
        """False only if `find(split_glued(tokenizer(text)))` is certainly empty, decided
        without tokenizing: the screen accepts a superset of the lines the matchers find in.

        * An alias matches a run of tokens whose texts (ORTH, or lower-cased for LOWER) are the
          alias's tokens; consecutive tokens are separated by whitespace at most, so the line
          (or `text.lower()`: lower-casing is context-free except for the Greek final sigma,
          which the pattern accepts in either form) holds them joined by optional whitespace.
          Names split from a glued token are single-token aliases, found the same way.
        * Every suffix pattern needs a token after its first one that is a title-case suffix
          word (whose only title-case spelling is `capitalize()`) or a legal form. A token that
          ends in a letter is never directly followed by a lower-case letter (the tokenizer
          splits words at punctuation, after digits and in its special cases; tested), and
          something other than whitespace comes before it.
        """
        if self._screen_exact.search(text):
            return True
        if self._screen_folded.search(text.lower()):
            return True
        return self._screen_suffix.search(text.lstrip(), 1) is not None

    # -- glued names -------------------------------------------------------------------------
    def split_glued(self, doc: Doc) -> Doc:
        """Split tokens like "ToyotaFiskerHyundaiBMW" into known names (before the parser runs)."""
        splits = []
        for token in doc:
            text = token.text
            if len(text) >= 8 and text.isalpha() and any(c.isupper() for c in text[1:]):
                if self.gazetteer.resolve(text):
                    continue
                parts = _segment(text, frozenset(self.glued_parts))
                if parts and len(parts) > 1:
                    splits.append((token, parts))
        if splits:
            with doc.retokenize() as retokenizer:
                for token, parts in splits:
                    heads = [(token, 0)] * len(parts)
                    retokenizer.split(token, parts, heads=heads)  # type: ignore[arg-type]
        return doc

    # -- mentions ----------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Span]:
        """Company spans (longest wins), each with kb_id_ = canonical or as-written name."""
        spans: list[Span] = []
        strings = doc.vocab.strings
        for match_id, start, end in [*self.exact(doc), *self.folded(doc)]:
            canonical = self._canonical[strings[match_id]]
            spans.append(Span(doc, start, end, label="COMPANY", kb_id=canonical))
        for _, start, end in self.suffix(doc):
            span = doc[start:end]
            while len(span) > 1 and span[-1].text in {",", "."}:
                span = span[:-1]
            if self.gazetteer.is_ignored(span.text) or NOT_COMPANY.match(span.text):
                continue
            # an unknown company is kept as written, without its legal form ("Ultium Cells")
            bare = _LEGAL_TAIL.sub("", span.text) or span.text
            canonical = (
                self.gazetteer.resolve(span.text)
                or self.gazetteer.resolve(bare)
                or _written(bare)
            )
            spans.append(Span(doc, span.start, span.end, label="COMPANY", kb_id=canonical))
        return filter_spans(spans)

    def annotate(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.find(doc)
        return doc

    def correct_entities(self, doc: Doc) -> Doc:
        """Company spans become ORG entities; the model's leftover ORGs become NER_ORG mentions."""
        companies = list(doc.spans.get(SPAN_KEY, []))
        taken = {i for span in companies for i in range(span.start, span.end)}
        extra: list[Span] = []
        ents: list[Span] = []
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if ent.label_ == "PERSON" and _is_li_ion(ent):
                continue
            if _dateline_place(ent):
                continue
            if ent.label_ == "ORG" and not self.gazetteer.is_ignored(ent.text):
                text = ent.text.removesuffix("’s").removesuffix("'s").strip()
                if text and not NOT_COMPANY.match(text) and text[:1].isupper():
                    extra.append(Span(doc, ent.start, ent.end, label="NER_ORG", kb_id=text))
            ents.append(ent)
        company_ents = [Span(doc, s.start, s.end, label="ORG", kb_id=s.kb_id_) for s in companies]
        doc.ents = filter_spans([*company_ents, *ents])
        doc.spans[SPAN_KEY] = sorted([*companies, *extra], key=lambda s: s.start)
        return doc


def _dateline_place(ent: Span) -> bool:
    """ "NOVI, Mich., Oct. 19, 2022 - ...": the capitalised place opening a dateline."""
    doc = ent.doc
    return (
        ent.start == 0
        and ent.text.isupper()
        and ent.end < len(doc)
        and doc[ent.end].text == ","
    )


def _is_li_ion(ent: Span) -> bool:
    doc = ent.doc
    return ent.text in {"Li", "li"} and ent.end < len(doc) and doc[ent.end].text in {"-", "‐"}


def _written(text: str) -> str:
    return " ".join(text.replace("’s", "").replace("'s", "").split())


@lru_cache(maxsize=4096)
def _segment(text: str, parts: frozenset[str]) -> tuple[str, ...] | None:
    """Split `text` exactly into known names, preferring the fewest pieces; None if impossible."""
    best: list[tuple[str, ...] | None] = [None] * (len(text) + 1)
    best[0] = ()
    for i in range(len(text)):
        current = best[i]
        if current is None:
            continue
        for j in range(i + 2, len(text) + 1):
            piece = text[i:j]
            if piece in parts:
                candidate = (*current, piece)
                if best[j] is None or len(candidate) < len(best[j] or ()):
                    best[j] = candidate
    return best[len(text)]


def mention_names(spans: Iterable[Span]) -> list[str]:
    return [span.kb_id_ for span in spans]
