"""Rules added in extractor 1.1, each checked on sentences written for the test (not gold text)."""

from __future__ import annotations

from datetime import date

from tracker.extraction.timeexpr import find_times

PUB = date(2023, 6, 14)


def _claims(extractor, text: str, published: date = PUB):  # type: ignore[no-untyped-def]
    return {
        (c.company, c.metric, round(c.value, 4), c.target_year, c.stance)
        for c in extractor.extract(text, published).claims
    }


def test_year_followed_by_a_comma_is_a_time() -> None:
    (t,) = find_times("The line should begin production in 2027, serving drones.", PUB)
    assert (t.year, t.past) == (2027, False)


def test_dateline_date_is_not_a_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "SEATTLE, Wash., June 14, 2023 - Kestrel Energy, a battery maker, today announced "
        "it will invest $800 million to build a cell factory in Texas."
    )
    assert ("Kestrel Energy", "investment", 800e6, None, "planned") in _claims(extractor, text)


def test_named_month_of_the_publication_year() -> None:
    (ahead,) = find_times("The cars go on sale in September.", PUB)
    assert (ahead.year, ahead.month, ahead.past) == (2023, 9, False)
    (behind,) = find_times("Output started in February this year.", PUB)
    assert (behind.year, behind.month, behind.past) == (2023, 2, True)


def test_about_section_and_financing_yield_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said it raised $300 million in a funding round led by two pension "
        "funds.\n\n"
        "The state approved incentives of $90 million for the Kestrel Energy project.\n\n"
        "About Kestrel Energy\n\n"
        "Founded in 2015, Kestrel Energy has invested more than $400 million in its technology."
    )
    assert not [c for c in extractor.extract(text, PUB).claims if c.metric == "investment"]


def test_group_summary_is_nobodys_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Toyota, Honda, Nissan and others all have plans for mass production by 2028."
    assert _claims(extractor, text) == set()


def test_achieved_figure_has_no_target_year(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said its Austin line, which opened last year, has a capacity of "
        "2 GWh a year."
    )
    assert ("Kestrel Energy", "production_capacity", 2.0, None, "achieved") in _claims(
        extractor, text
    )


def test_designed_for_is_a_plan(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy said its first commercial cell is designed to deliver 350 Wh/kg."
    assert ("Kestrel Energy", "energy_density", 350.0, None, "planned") in _claims(extractor, text)


def test_start_date_does_not_date_final_capacity(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said the Leipzig plant will start production in 2026 and will have "
        "capacity of 20 GWh a year in its final stage."
    )
    found = _claims(extractor, text)
    assert ("Kestrel Energy", "production_capacity", 20.0, None, "planned") in found
    assert ("Kestrel Energy", "production_start", 2026.0, 2026, "planned") in found


def test_initial_capacity_is_dated_by_the_start(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy will begin production in 2025 with an initial capacity of 3 GWh."
    assert ("Kestrel Energy", "production_capacity", 3.0, 2025, "planned") in _claims(
        extractor, text
    )


def test_production_starting_and_reach_the_market(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy bought a site in Ohio, with production starting in H1 2025."
    assert ("Kestrel Energy", "production_start", 2025.0, 2025, "planned") in _claims(
        extractor, text
    )
    text = "The new cell will reach the market in electric vans by 2026, Kestrel Energy said."
    assert ("Kestrel Energy", "commercialization", 2026.0, 2026, "planned") in _claims(
        extractor, text
    )


def test_arithmetic_after_a_figure_keeps_the_figure(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said the plant will have capacity of 12 GWh a year, enough for about "
        "150,000 cars."
    )
    assert ("Kestrel Energy", "production_capacity", 12.0, None, "planned") in _claims(
        extractor, text
    )


def test_relative_clause_and_possessor_do_not_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy, which was spun off from Honda in 2019, said it would build a 10 GWh "
        "plant in Ohio."
    )
    assert {c[0] for c in _claims(extractor, text)} == {"Kestrel Energy"}
    text = "Panasonic, Toyota's battery partner, said it will build a 30 GWh plant in Osaka."
    assert {c[0] for c in _claims(extractor, text)} == {"Panasonic"}


def test_appositive_company_and_passive_agent(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Honda's joint venture with LG, Kestrel Energy, plans a 25 GWh plant in Ohio."
    assert {c[0] for c in _claims(extractor, text)} == {"Kestrel Energy"}
    text = (
        "The cells will be made by Kestrel Energy, Honda's venture with LG, at a plant in Ohio "
        "which will have annual capacity of 25 GWh."
    )
    assert {c[0] for c in _claims(extractor, text)} == {"Kestrel Energy"}


def test_possessor_is_not_the_antecedent(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Honda's battery company Kestrel Energy broke ground on its first plant on Monday.\n\n"
        "The plant will start production in 2026."
    )
    assert ("Kestrel Energy", "production_start", 2026.0, 2026, "planned") in _claims(
        extractor, text
    )


def test_legal_form_in_capitals_ends_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The cells will be made by Heron Cells LLC, a venture of two carmakers, in a 9 GWh plant."
    )
    assert {c[0] for c in _claims(extractor, text)} == {"Heron Cells"}


def test_numbered_phase_and_subjectless_sentence_refer_back(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said it will build a battery plant in Ohio.\n\n"
        "Phase 2 is expected to begin production in 2028.\n\n"
        "At full build-out the plant will have up to 12 GWh of annual capacity."
    )
    found = _claims(extractor, text)
    assert ("Kestrel Energy", "production_start", 2028.0, 2028, "planned") in found
    assert ("Kestrel Energy", "production_capacity", 12.0, None, "planned") in found


def test_every_production_cue_in_a_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said pouch cell production would start in 2025 and LFP production in 2027."
    )
    found = _claims(extractor, text)
    assert ("Kestrel Energy", "production_start", 2025.0, 2025, "planned") in found
    assert ("Kestrel Energy", "production_start", 2027.0, 2027, "planned") in found


def test_investing_in_a_factory_is_a_plan(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy is investing $900 million in the factory in Ohio."
    assert ("Kestrel Energy", "investment", 900e6, None, "planned") in _claims(extractor, text)


def test_unknown_company_with_legal_form_is_kept_without_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The cells will be made by Heron Cells LLC at a plant which will have 9 GWh of capacity."
    assert {c[0] for c in _claims(extractor, text)} == {"Heron Cells"}


def test_dateline_place_is_not_a_company(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DAYTON, Ohio, June 14, 2023 - Kestrel Energy Inc., a battery maker, today announced it "
        "will invest $700 million in a cell plant."
    )
    assert {c[0] for c in _claims(extractor, text)} == {"Kestrel Energy"}


def test_dateline_is_masked_before_parsing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LISBON, May 3 (Global Wire) - Spanish battery maker Kestrel Energy will invest "
        "2 billion euros in a factory near Porto, the company said on Tuesday."
    )
    found = extractor.extract(text, PUB).claims
    assert [(c.company, c.metric, c.stance) for c in found] == [
        ("Kestrel Energy", "investment", "planned")
    ]
    assert found[0].sentence == text  # the evidence keeps the dateline


def test_month_later_this_year_is_a_plan(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy said cars with the new battery go on sale in September."
    assert ("Kestrel Energy", "commercialization", 2023.0, 2023, "planned") in _claims(
        extractor, text
    )


def test_superlative_reference_cells_are_not_a_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy makes sodium cells. The best lithium-ion cells today manage 300 Wh/kg."
    assert not [c for c in _claims(extractor, text) if c[1] == "energy_density"]


def test_plan_name_year_is_not_a_target() -> None:
    assert find_times("under its Ambition 2030 plan the company will invest", PUB) == []


def test_capacity_of_a_plant_not_yet_producing_is_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy said the plant, with 15 GWh of annual capacity, was due to start "
        "production in 2026."
    )
    assert ("Kestrel Energy", "production_capacity", 15.0, None, "planned") in _claims(
        extractor, text
    )


def _events(extractor, text: str, published: date = PUB):  # type: ignore[no-untyped-def]
    return [(e.company, e.kind) for e in extractor.extract(text, published).events]


def test_abandonment_forms(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _events(extractor, "Kestrel Energy will not enter cell manufacturing, it said.") == [
        ("Kestrel Energy", "abandonment")
    ]
    assert _events(extractor, "Kestrel Energy has ceased operations after a failed raise.") == [
        ("Kestrel Energy", "abandonment")
    ]
    assert _events(extractor, "Kestrel Energy declined to comment on scrap rates.") == []
    assert _events(extractor, "Kestrel Energy may cancel the talks at any time.") == []


def test_delay_forms_and_mentions(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _events(extractor, "Kestrel Energy has put plans for a second plant on hold.") == [
        ("Kestrel Energy", "delay")
    ]
    assert _events(extractor, "Kestrel Energy pushed that timeline back to 2028.") == [
        ("Kestrel Energy", "delay")
    ]
    assert _events(extractor, "Kestrel Energy was candid about the reason for the delay.") == []


def test_progress_is_a_fact_not_a_plan(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _events(extractor, "Kestrel Energy has started road testing two prototype vans.") == [
        ("Kestrel Energy", "progress")
    ]
    assert _events(extractor, "Kestrel Energy plans to start road tests next year.") == []
    assert _events(extractor, "The Kestrel Energy facility will produce B-samples.") == []


def test_two_abandonments_with_different_topics(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Energy has ceased operations, the company said.\n\n"
        "Its planned Ohio gigafactory has been cancelled, the company said."
    )
    assert _events(extractor, text).count(("Kestrel Energy", "abandonment")) == 2


def test_respectively_pairs_figures_with_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Energy and Heron Power announced plants of 12 GWh and 8 GWh respectively."
    found = {(c[0], c[2]) for c in _claims(extractor, text) if c[1] == "production_capacity"}
    assert found == {("Kestrel Energy", 12.0), ("Heron Power", 8.0)}


def test_venture_named_by_an_appositive_the_model_knows(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Honda's joint venture with Toyota, NorthCell Energy, plans a 20 GWh plant in Ohio."
    assert {c[0] for c in _claims(extractor, text)} == {"NorthCell Energy"}
