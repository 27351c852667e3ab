"""The seed article gives exactly what issue 4 asks for (Toyota, Fisker, Hyundai, BMW allowed)."""

from __future__ import annotations

from tests.extraction.conftest import SEED_PUBLISHED

GLUED = {"Toyota", "Fisker", "Hyundai", "BMW"}


def _summary(extraction):  # type: ignore[no-untyped-def]
    return {
        (c.company, c.metric, round(c.value, 6), c.qualifier, c.target_year, c.stance)
        for c in extraction.claims
    }


def test_seed_claims_are_exactly_the_issue_list(extractor, seed_text):  # type: ignore[no-untyped-def]
    result = extractor.extract(seed_text, SEED_PUBLISHED)
    qing_tao = {s for s in _summary(result) if s[0] not in GLUED}
    assert qing_tao == {
        ("Qing Tao", "production_capacity", 0.1, None, None, "achieved"),
        ("Qing Tao", "production_capacity", 0.7, None, 2020, "planned"),
        ("Qing Tao", "energy_density", 400.0, "over", None, "achieved"),
        ("Qing Tao", "investment", 144_000_000.0, None, None, "achieved"),
        ("Qing Tao", "production_start", 2018.0, None, 2018, "achieved"),
    }
    for claim in result.claims:
        if claim.company in GLUED:
            assert claim.metric == "production_start"
            assert claim.stance == "planned"
            assert claim.target_year is not None and claim.target_year <= 2030


def test_seed_investment_keeps_original_currency(extractor, seed_text):  # type: ignore[no-untyped-def]
    result = extractor.extract(seed_text, SEED_PUBLISHED)
    investment = next(c for c in result.claims if c.metric == "investment")
    assert (investment.original_value, investment.original_unit) == (1e9, "CNY")
    assert investment.unit == "USD"


def test_seed_evidence_offsets_point_at_the_sentence(extractor, seed_text):  # type: ignore[no-untyped-def]
    result = extractor.extract(seed_text, SEED_PUBLISHED)
    for record in [*result.claims, *result.events]:
        assert seed_text[record.start : record.end] == record.sentence


def test_seed_bosch_abandonment(extractor, seed_text):  # type: ignore[no-untyped-def]
    events = extractor.extract(seed_text, SEED_PUBLISHED).events
    assert [(e.company, e.kind, e.topic) for e in events] == [
        ("Bosch", "abandonment", "solid-state")
    ]


def test_seed_reference_figures_arithmetic_and_boilerplate_yield_nothing(extractor, seed_text):  # type: ignore[no-untyped-def]
    result = extractor.extract(seed_text, SEED_PUBLISHED)
    sentences = " ".join(c.sentence for c in result.claims)
    assert "2,000" not in sentences
    assert all(c.value not in (250.0, 300.0) for c in result.claims)
    assert "affiliate" not in sentences and "Fred" not in sentences


def test_prefilter_does_not_change_the_output(extractor, seed_text):  # type: ignore[no-untyped-def]
    """Tokenizing every line and parsing every sentence (`prefilter=False`) gives the same
    records as the line screen, the literal gates and the candidate test, on the seed article
    and on every gold article."""
    from datetime import date

    from tracker.extraction import Extractor
    from tracker.extraction.evaluate import default_gold_path, load_gold

    items = [(seed_text, SEED_PUBLISHED)] + [
        (row["text"], date.fromisoformat(row["published"]))
        for row in load_gold(default_gold_path())
    ]
    reference = Extractor(prefilter=False)
    full = [result.to_json() for result in reference.extract_many(items)]
    parsed = extractor.stats["parsed"]
    fast = [result.to_json() for result in extractor.extract_many(items)]
    assert full == fast
    assert reference.stats["tokenized"] == reference.stats["lines"]
    assert reference.stats["parsed"] > extractor.stats["parsed"] - parsed > 0
