"""Company recognition the small model gets wrong, boilerplate, and the missing-model error."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction import ModelNotFound
from tracker.gazetteer import load_gazetteer, resolve


def test_gazetteer_resolves_aliases() -> None:
    assert len(load_gazetteer()) >= 90
    for alias in ("Qingtao", "QingTao (Kunshan) Energy Development Co. Ltd", "qing-tao energy"):
        assert resolve(alias) == "Qing Tao"
    assert resolve("Tsinghua University") is None
    assert resolve("Electrek") is None


def test_glued_names_each_yield_a_company(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "ToyotaFiskerHyundaiBMW all plan mass production of solid-state cells by 2027."
    companies = {c.company for c in extractor.extract(text, date(2020, 1, 1)).claims}
    assert companies == {"Toyota", "Fisker", "Hyundai", "BMW"}


def test_model_person_labels_are_corrected(extractor) -> None:  # type: ignore[no-untyped-def]
    nlp = extractor.nlp
    doc = nlp("Qing Tao Energy Development Co is a startup. Bosch gave up on it.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels["Qing Tao Energy Development Co"] == "ORG"
    assert labels["Bosch"] == "ORG"
    assert "PERSON" not in labels.values()


def test_unknown_company_found_by_suffix_keeps_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Zentro Battery Technologies said it will build a 20 GWh factory by 2026."
    (claim,) = extractor.extract(text, date(2023, 3, 1)).claims
    assert claim.company == "Zentro Battery Technologies"
    assert (claim.metric, claim.value, claim.target_year, claim.stance) == (
        "production_capacity", 20.0, 2026, "planned")  # fmt: skip


def test_boilerplate_yields_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FTC: We use income earning auto affiliate links. More.\n\n"
        "Stay up to date with the latest content by subscribing to Electrek on Google News.\n\n"
        "Fred is the Editor in Chief and Main Writer at Electrek.\n\n"
        "Sign up for our newsletter to get 400 Wh/kg battery news by 2025."
    )
    result = extractor.extract(text, date(2020, 1, 1))
    assert result.claims == [] and result.events == []


def test_delay_event_has_new_target_year(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Northvolt has pushed back the start of production at the plant to 2028."
    (event,) = extractor.extract(text, date(2024, 5, 1)).events
    assert (event.company, event.kind, event.new_target_year) == ("Northvolt", "delay", 2028)


def test_missing_model_names_both_pipelines() -> None:
    from tracker.extraction import Extractor

    extractor = Extractor(model="no_such_pipeline_a", fallback="no_such_pipeline_b")
    with pytest.raises(ModelNotFound) as info:
        extractor.extract("text", date(2020, 1, 1))
    assert "no_such_pipeline_a" in str(info.value) and "no_such_pipeline_b" in str(info.value)


def test_package_import_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, tracker.extraction, tracker.gazetteer; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
