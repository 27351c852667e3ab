"""The cheap first pass: sentences, company mentions and candidate selection without the model.

The full small pipeline runs at roughly 5,000 words/s on two cores, the tokenizer alone at
roughly 200,000, and claims sit in a small share of sentences (design notes section 4). This pass
screens the raw text of each line for anything the company matchers could find
(`CompanyFinder.may_mention`) and tokenizes only those lines (`nlp.tokenizer`), splits glued
names, finds company mentions with the gazetteer PhraseMatcher and suffix Matcher; it splits every
line into sentences with a rule splitter and keeps a sentence as a candidate only if it holds
something the linker can turn into a record: a recognised quantity, an event cue, a production or
commercialisation cue. Numbers and cue phrases are matched with regular expressions on the
sentence text because one spelling can be one token or four ("30GWh", "400 Wh/kg"); each search
sits behind a literal gate (literals.py) that skips it when the text lacks every string a match
would need.

The candidate test is a necessary condition of every rule in claims.py and events.py, the screen
accepts every line the matchers find a company in, the gates only skip searches that cannot
match, and the discourse context (last company named) comes from this pass in both modes, so
pre-filtering cannot change the output: `Extractor(prefilter=False)` tokenizes every line and
parses every sentence and must give the same records (tested on the gold set, measured by the
benchmark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language

from tracker.extraction import cues
from tracker.extraction.attribution import Discourse
from tracker.extraction.companies import CompanyFinder
from tracker.extraction.literals import RegexGate
from tracker.extraction.quantities import WORD_NUMBERS, Quantity, find_quantities

_LINE = re.compile(r"[^\n]+")
_GLUED_HINT = re.compile(r"[a-z][A-Z]")
# Sentence ends: . ! ? (optionally closing quote/bracket), space, then a capital, digit or quote.
_BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z0-9“\"‘(])")
_ABBREVIATIONS = {
    "co", "corp", "inc", "ltd", "mr", "ms", "mrs", "dr", "st", "no", "vs", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e",
    "approx", "est", "fig", "gov", "sen", "rep", "gen", "prof", "jr", "sr", "calif", "mass",
}  # fmt: skip


def split_sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one line; a rule splitter is ~20x faster than spaCy's per-token one."""
    spans = []
    begin = 0
    for m in _BOUNDARY.finditer(line):
        word = (
            line[begin : m.start()].rsplit(None, 1)[-1].lower()
            if line[begin : m.start()].strip()
            else ""
        )
        if word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((begin, m.start() + 1))
        begin = m.end()
    spans.append((begin, len(line)))
    return spans


_DIGIT = re.compile(r"\d|\b(?:" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)


@dataclass
class Sentence:
    start: int  # character offsets in the article text
    end: int
    text: str
    companies: list[str]
    boilerplate: bool
    quantities: list[Quantity] = field(default_factory=list)
    candidate: bool = False
    discourse: Discourse = field(default_factory=lambda: Discourse(None, None))


# The cue patterns behind literal gates: each search runs only if the text holds a string
# every match of the pattern contains (literals.py).
_CUES = [
    RegexGate(cues.PRODUCTION_START),
    RegexGate(cues.COMMERCIALIZATION),
    *(RegexGate(pattern) for _, pattern in cues.EVENT_PATTERNS),
]
_BOILERPLATE = RegexGate(cues.BOILERPLATE)


def is_candidate(text: str, quantities: list[Quantity]) -> bool:
    if quantities:
        return True
    lowered = text.lower()
    return any(gate.search(text, lowered) for gate in _CUES)


def mask_dateline(text: str) -> str:
    """The sentence with its opening dateline blanked (same length, so offsets still hold):
    the parser otherwise makes the place name the subject of the announcement."""
    m = cues.DATELINE.match(text)
    return text if m is None else " " * m.end() + text[m.end() :]


def _possessive(line: str, end: int) -> bool:
    return line[end : end + 2] in {"'s", "’s"}


class CheapPass:
    """Tokenizer-only analysis of whole articles; one instance per loaded pipeline."""

    def __init__(self, nlp: Language, finder: CompanyFinder) -> None:
        self.nlp = nlp
        self.finder = finder

    def sentences(
        self,
        text: str,
        published: date,
        *,
        screen: bool = True,
        stats: dict[str, int] | None = None,
    ) -> list[Sentence]:
        """The article's sentences with names, boilerplate flag, quantities and candidacy.
        `screen=False` tokenizes every line (the reference the screen is tested against);
        `stats` counts lines read and tokenized."""
        lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text) if m.group(0).strip()]
        result: list[Sentence] = []
        finder = self.finder
        # Only lines the screen lets through can hold a company name: the others are not
        # tokenized at all (their sentences come from the rule splitter, without names).
        keep = [not screen or finder.may_mention(line) for _, line in lines]
        tokenizer: Any = self.nlp.tokenizer
        docs = tokenizer.pipe(line for (_, line), kept in zip(lines, keep, strict=True) if kept)
        if stats is not None:
            stats["lines"] = stats.get("lines", 0) + len(lines)
            stats["tokenized"] = stats.get("tokenized", 0) + sum(keep)
        trailer = False  # inside an "About X" / forward-looking-statements section
        for (offset, line), kept in zip(lines, keep, strict=True):
            trailer = trailer or bool(cues.TRAILER_HEADING.match(line.strip()))
            mentions: list[tuple[int, str]] = []
            if kept:
                doc = next(docs)
                if _GLUED_HINT.search(line):
                    doc = finder.split_glued(doc)
                # A possessor ("Volkswagen's battery company PowerCo") is not what the sentence
                # is about: it comes after the other names as a discourse antecedent.
                found = finder.find(doc)
                mentions = [
                    (m.start_char, m.kb_id_)
                    for m in sorted(found, key=lambda m: _possessive(line, m.end_char))
                ]
            for begin, end in split_sentences(line):
                raw = line[begin:end]
                stripped = raw.strip()
                if not stripped:
                    continue
                start = offset + begin + (len(raw) - len(raw.lstrip()))
                names = [name for char, name in mentions if begin <= char < end]
                result.append(
                    Sentence(
                        start,
                        start + len(stripped),
                        stripped,
                        names,
                        trailer or bool(_BOILERPLATE.search(stripped)),
                    )
                )
        self._select(result, published)
        return result

    def _select(self, sentences: list[Sentence], published: date) -> None:
        antecedent: str | None = None
        kept = [s for s in sentences if not s.boilerplate]
        for index, sentence in enumerate(kept):
            following = kept[index + 1].companies if index + 1 < len(kept) else []
            sentence.discourse = Discourse(antecedent, following[0] if following else None)
            if _DIGIT.search(sentence.text):
                sentence.quantities = find_quantities(sentence.text, published.year)
            sentence.candidate = is_candidate(sentence.text, sentence.quantities)
            if sentence.companies:
                antecedent = sentence.companies[0]
