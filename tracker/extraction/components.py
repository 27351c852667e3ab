"""spaCy pipeline components of the extractor, registered through `Language.factory`.

Registering them as factories (rather than calling functions after the pipeline) keeps the
pipeline inspectable (`nlp.pipe_names`) and lets `nlp(text)` on any sentence give the same
annotations the extractor uses, which is how the tests exercise single sentences. Each component
reads its inputs from `doc.user_data` when the extractor put them there (publication date,
discourse context, quantities from the cheap pass) and otherwise computes them.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from tracker.extraction.attribution import Discourse
from tracker.extraction.claims import figure_claims, timeline_claims
from tracker.extraction.companies import CompanyFinder
from tracker.extraction.events import sentence_events
from tracker.extraction.quantities import find_quantities
from tracker.extraction.timeexpr import find_times
from tracker.gazetteer import Gazetteer, load_gazetteer

PUBLISHED = "tracker_published"
DISCOURSE = "tracker_discourse"
TOPIC = "tracker_topic"
QUANTITIES = "tracker_quantities"
TIMES = "tracker_times"
CLAIMS = "tracker_claims"
EVENTS = "tracker_events"


@lru_cache(maxsize=8)
def _gazetteer(path: str) -> Gazetteer:
    return load_gazetteer(path or None)


def _published(doc: Doc) -> date:
    value = doc.user_data.get(PUBLISHED)
    return value if isinstance(value, date) else date.today()


class GluedNames:
    """First component: split "ToyotaFiskerHyundaiBMW" so the tagger and parser see four names."""

    def __init__(self, finder: CompanyFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        return self.finder.split_glued(doc)


class CompanyRuler:
    """Gazetteer and suffix-pattern mentions, then correction of the model's entity labels."""

    def __init__(self, finder: CompanyFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        return self.finder.correct_entities(self.finder.annotate(doc))


class QuantityMatcher:
    def __call__(self, doc: Doc) -> Doc:
        if QUANTITIES not in doc.user_data:
            doc.user_data[QUANTITIES] = find_quantities(doc.text, _published(doc).year)
        return doc


class TargetTimes:
    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[TIMES] = find_times(doc.text, _published(doc))
        return doc


class ClaimLinker:
    """Attributes figures and targets to companies; events get the same attribution."""

    def __init__(self, carmakers: frozenset[str] = frozenset()) -> None:
        self.carmakers = carmakers

    def __call__(self, doc: Doc) -> Doc:
        published = _published(doc)
        discourse = doc.user_data.get(DISCOURSE) or Discourse(None, None)
        times = doc.user_data.get(TIMES, [])
        events = sentence_events(doc, times, discourse, published, doc.user_data.get(TOPIC))
        claims = []
        if not any(e.kind == "abandonment" for e in events):
            quantities = doc.user_data.get(QUANTITIES, [])
            claims = figure_claims(doc, quantities, times, discourse, published)
            claims += timeline_claims(doc, times, discourse, published, self.carmakers)
        doc.user_data[CLAIMS] = claims
        doc.user_data[EVENTS] = events
        return doc


_FINDERS: dict[tuple[int, str], CompanyFinder] = {}


def _finder(nlp: Language, gazetteer_path: str) -> CompanyFinder:
    """One finder per vocab and gazetteer, shared by both components and the cheap pass."""
    key = (id(nlp.vocab), gazetteer_path)
    if key not in _FINDERS:
        _FINDERS[key] = CompanyFinder(nlp.vocab, _gazetteer(gazetteer_path))
    return _FINDERS[key]


@Language.factory("battery_glued_names", default_config={"gazetteer_path": ""})
def make_glued_names(nlp: Language, name: str, gazetteer_path: str) -> GluedNames:
    return GluedNames(_finder(nlp, gazetteer_path))


@Language.factory("battery_companies", default_config={"gazetteer_path": ""})
def make_company_ruler(nlp: Language, name: str, gazetteer_path: str) -> CompanyRuler:
    return CompanyRuler(_finder(nlp, gazetteer_path))


@Language.factory("battery_quantities")
def make_quantity_matcher(nlp: Language, name: str) -> QuantityMatcher:
    return QuantityMatcher()


@Language.factory("battery_target_times")
def make_target_times(nlp: Language, name: str) -> TargetTimes:
    return TargetTimes()


@Language.factory("battery_claim_linker", default_config={"gazetteer_path": ""})
def make_claim_linker(nlp: Language, name: str, gazetteer_path: str) -> ClaimLinker:
    gazetteer = _gazetteer(gazetteer_path)
    return ClaimLinker(frozenset(c.name for c in gazetteer.companies if c.kind == "carmaker"))


def company_finder(nlp: Language) -> CompanyFinder:
    """The finder shared by the components of `nlp` (for the cheap pass)."""
    component = nlp.get_pipe("battery_companies")
    assert isinstance(component, CompanyRuler)
    return component.finder
