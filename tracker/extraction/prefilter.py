"""The cheap first pass: sentences, company mentions and candidate selection without the model.

The full small pipeline runs at roughly 5,000 words/s on two cores, the tokenizer alone at
roughly 200,000, and claims sit in a small share of sentences (design notes section 4). This pass
tokenizes every line (`nlp.make_doc`), splits glued names, finds company mentions with the
gazetteer PhraseMatcher and suffix Matcher, splits sentences with the rule-based sentencizer and
keeps a sentence as a candidate only if it holds something the linker can turn into a record: a
recognised quantity, an event cue, a production or commercialisation cue. Numbers and cue
phrases are matched with regular expressions on the sentence text because one spelling can be
one token or four ("30GWh", "400 Wh/kg").

The candidate test is a necessary condition of every rule in claims.py and events.py, and the
discourse context (last company named) comes from this pass in both modes, so pre-filtering
cannot change the output: `Extractor(prefilter=False)` parses every sentence and must give the
same records (tested and measured by the benchmark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.pipeline import Sentencizer

from tracker.extraction import cues
from tracker.extraction.attribution import Discourse
from tracker.extraction.companies import CompanyFinder
from tracker.extraction.quantities import WORD_NUMBERS, Quantity, find_quantities

_LINE = re.compile(r"[^\n]+")
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
    discourse: Discourse = Discourse(None, None)


def is_candidate(text: str, quantities: list[Quantity]) -> bool:
    if quantities:
        return True
    if cues.PRODUCTION_START.search(text) or cues.COMMERCIALIZATION.search(text):
        return True
    return any(pattern.search(text) for _, pattern in cues.EVENT_PATTERNS)


class CheapPass:
    """Tokenizer-only analysis of whole articles; one instance per loaded pipeline."""

    def __init__(self, nlp: Language, finder: CompanyFinder) -> None:
        self.nlp = nlp
        self.finder = finder
        self.sentencizer = Sentencizer()

    def sentences(self, text: str, published: date) -> list[Sentence]:
        lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text) if m.group(0).strip()]
        result: list[Sentence] = []
        docs = self.nlp.tokenizer.pipe(line for _, line in lines)
        for (offset, _line), doc in zip(lines, docs, strict=True):
            doc = self.sentencizer(self.finder.split_glued(doc))
            mentions = self.finder.find(doc)
            for sent in doc.sents:
                raw = sent.text
                stripped = raw.strip()
                if not stripped:
                    continue
                start = offset + sent.start_char + (len(raw) - len(raw.lstrip()))
                names = [m.kb_id_ for m in mentions if sent.start <= m.start < sent.end]
                result.append(
                    Sentence(start, start + len(stripped), stripped, names,
                             bool(cues.BOILERPLATE.search(stripped)))  # fmt: skip
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
