"""Articles in, verdicts out: `tracker ingest`, `tracker extract` (the real spaCy extractor),
`tracker recheck --as-of` at several dates and a live `tracker recheck`, read back with
`tracker claims --json` and `tracker claim ID --json`, on SQLite and PostgreSQL.

The articles retell the Qing Tao and Bosch stories in our own words. Unlike timelines.py, nothing
is inserted by hand: every claim and event the re-check judges is what the extractor found.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_tracker

QT = "https://example-electrek.co"
BO = "https://example-autonews.com"

QT_2018 = f"{QT}/2018/11/20/qing-tao-solid-state-line"
QT_2019 = f"{QT}/2019/09/10/qing-tao-breaks-ground"
QT_2021 = f"{QT}/2021/09/15/qing-tao-plant-opens"
BO_2017 = f"{BO}/2017/03/15/bosch-solid-state-plans"
BO_2018 = f"{BO}/2018/03/01/bosch-leaves-cell-making"

CLAIM = (
    "Its Kunshan line makes 100 MWh of solid-state cells a year, and the company plans to ramp "
    "it up to 700 MWh by 2020."
)
GROUND = "Qing Tao Energy Development broke ground on a new solid-state battery plant in Kunshan."
MET = "The new solid-state plant has a capacity of 1 GWh per year, the company said."
BOSCH_PLAN = (
    "Bosch plans to start production of solid-state cells in 2020, using technology from its "
    "Seeo acquisition."
)
BOSCH_EXIT = (
    "Bosch gave up on solid-state cells and will sell the Seeo start-up it bought in 2015."
)
PILOT = "Qing Tao Energy Development has started a pilot line for larger solid-state cells."

ARTICLES = [
    (QT_2018, "Qing Tao opens a solid-state line", "2018-11-20",
     "Qing Tao Energy Development, a start-up spun out of Tsinghua University, has opened what "
     "it calls China's first solid-state battery production line.\n\n"
     f"{CLAIM}\n\nFor now the cells go into special equipment."),
    (QT_2019, "Qing Tao breaks ground on a bigger plant", "2019-09-10",
     f"{GROUND}\n\nThe company did not say when the plant would be finished."),
    (QT_2021, "Qing Tao's new plant opens", "2021-09-15",
     "Qing Tao Energy Development has opened its new solid-state battery plant in Kunshan.\n\n"
     f"{MET}"),
    (BO_2017, "Bosch's solid-state plans", "2017-03-15",
     f"Bosch wants to bring solid-state battery cells to market.\n\n{BOSCH_PLAN}"),
    (BO_2018, "Bosch will not make cells", "2018-03-01",
     f"Bosch will not make its own battery cells.\n\n{BOSCH_EXIT}"),
]


def _ok(*args: str, db: str) -> str:
    done = run_tracker(*args, db=db)
    assert done.returncode == 0, f"tracker {' '.join(args)}: {done.stderr}"
    return done.stdout


def _load(db_url: str, tmp_path: Path, articles: list[tuple[str, str, str, str]]) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(
            json.dumps({"url": u, "title": t, "published": p, "text": x, "source": "example"})
            + "\n"
            for u, t, p, x in articles
        ),
        encoding="utf-8",
    )
    assert f"stored {len(articles)} new" in _ok("ingest", str(path), db=db_url)
    _ok("extract", db=db_url)


def _claims(db_url: str) -> list[dict[str, Any]]:
    return list(json.loads(_ok("claims", "--json", db=db_url)))


def _find(claims: list[dict[str, Any]], company: str, metric: str, value: float,
          stance: str = "planned") -> dict[str, Any]:
    found = [c for c in claims if (c["company"], c["metric"], c["value"], c["stance"])
             == (company, metric, value, stance)]
    assert len(found) == 1, (company, metric, value, stance, claims)
    return found[0]


def _replay(db_url: str, as_of: str) -> dict[str, Any]:
    data = json.loads(_ok("recheck", "--as-of", as_of, "--json", db=db_url))
    assert data["mode"] == "replay" and data["as_of"].startswith(as_of)
    return dict(data)


@pytest.fixture
def story(db_url: str, tmp_path: Path) -> dict[str, int]:
    """The five articles ingested and extracted; ids of the two planned claims."""
    _load(db_url, tmp_path, ARTICLES)
    claims = _claims(db_url)
    capacity = _find(claims, "Qing Tao", "production_capacity", 0.7)
    assert capacity["target_year"] == 2020 and capacity["unit"] == "GWh/year"
    assert capacity["sources"] == [QT_2018] and capacity["status"] == "open"
    start = _find(claims, "Bosch", "production_start", 2020.0)
    assert start["target_year"] == 2020 and start["sources"] == [BO_2017]
    # the figures Qing Tao reported as achieved are evidence, not claims to judge
    _find(claims, "Qing Tao", "production_capacity", 0.1, "achieved")
    _find(claims, "Qing Tao", "production_capacity", 1.0, "achieved")
    shown = json.loads(_ok("claim", str(capacity["id"]), "--json", db=db_url))
    assert [(m["url"], m["sentence"]) for m in shown["mentions"]] == [(QT_2018, CLAIM)]
    return {"capacity": capacity["id"], "start": start["id"]}


def test_replay_walks_the_timeline_and_writes_nothing(db_url: str, story: dict[str, int]) -> None:
    cap, start = str(story["capacity"]), str(story["start"])

    before = _replay(db_url, "2017-12-31")
    assert before["statuses"] == {start: "open"} and before["changes"] == []

    exit_ = _replay(db_url, "2018-12-31")
    assert exit_["statuses"] == {cap: "open", start: "abandoned"}
    [change] = exit_["changes"]
    assert (change["claim_id"], change["to_status"], change["rule"], change["quote"],
            change["evidence_url"]) == (story["start"], "abandoned", "abandonment_event",
                                        BOSCH_EXIT, BO_2018)

    ground = _replay(db_url, "2019-12-31")
    assert ground["statuses"] == {cap: "in_progress", start: "abandoned"}
    progress = [c for c in ground["changes"] if c["claim_id"] == story["capacity"]]
    assert [(c["to_status"], c["rule"], c["quote"], c["evidence_url"]) for c in progress] == [
        ("in_progress", "progress_event", GROUND, QT_2019)
    ]

    # 2020 plus six months' grace passed with no figure yet: lapsed, not abandoned
    due = _replay(db_url, "2021-08-01")
    assert due["statuses"] == {cap: "lapsed", start: "abandoned"}

    # the 1 GWh plant, reported after the lapse, still fulfils the claim (late)
    late = _replay(db_url, "2021-12-31")
    assert late["statuses"] == {cap: "fulfilled", start: "abandoned"}
    final = [c for c in late["changes"] if c["claim_id"] == story["capacity"]][-1]
    assert (final["from_status"], final["to_status"], final["rule"], final["quote"],
            final["evidence_url"]) == ("lapsed", "fulfilled", "fulfilment_by_figure", MET, QT_2021)
    assert "late" in final["reason"]

    # replays are read-only: nothing was written to the live claims
    assert {c["status"] for c in _claims(db_url)} == {"open"}
    assert all(c["history"] == [] for c in _claims(db_url))


def test_live_recheck_records_each_verdict_with_its_evidence(
    db_url: str, story: dict[str, int]
) -> None:
    live = json.loads(_ok("recheck", "--json", db=db_url))
    assert live["mode"] != "replay"
    assert live["statuses"][str(story["capacity"])] == "fulfilled"
    assert live["statuses"][str(story["start"])] == "abandoned"

    capacity = json.loads(_ok("claim", str(story["capacity"]), "--json", db=db_url))
    assert capacity["status"] == "fulfilled"
    assert [(h["status"], h["rule"], h["quote"], h["evidence_url"])
            for h in capacity["history"]] == [
        ("in_progress", "progress_event", GROUND, QT_2019),
        ("lapsed", "deadline_lapsed", None, None),
        ("fulfilled", "fulfilment_by_figure", MET, QT_2021),
    ]

    start = json.loads(_ok("claim", str(story["start"]), "--json", db=db_url))
    assert start["status"] == "abandoned"
    assert [(h["status"], h["rule"], h["quote"], h["evidence_url"]) for h in start["history"]] == [
        ("abandoned", "abandonment_event", BOSCH_EXIT, BO_2018)
    ]

    listed = {c["id"]: c["status"] for c in _claims(db_url)}
    assert listed[story["capacity"]] == "fulfilled" and listed[story["start"]] == "abandoned"
    abandoned = json.loads(_ok("claims", "--status", "abandoned", "--json", db=db_url))
    assert [c["id"] for c in abandoned] == [story["start"]]

    again = json.loads(_ok("recheck", "--json", db=db_url))
    assert again["changes"] == []


def test_a_pilot_line_alone_counts_as_progress(db_url: str, tmp_path: Path) -> None:
    _load(db_url, tmp_path, [
        ARTICLES[0],
        (f"{QT}/2019/06/04/qing-tao-pilot-line", "Qing Tao pilot line", "2019-06-04",
         f"{PILOT}\n\nThe company gave no other figures."),
    ])
    cap = _find(_claims(db_url), "Qing Tao", "production_capacity", 0.7)
    replay = _replay(db_url, "2019-12-31")
    assert replay["statuses"][str(cap["id"])] == "in_progress"
    assert [c["quote"] for c in replay["changes"]] == [PILOT]


# The seed article's own wording: its claim sentence names the production line, not the chemistry.
SEED_CLAIM = (
    "The production line, located in the city of Kunshan, East China, has a capacity of 100 MWh "
    "per year and they plan to ramp it up to 700 MWh by 2020."
)
PLAIN_MET = "The new plant has a capacity of 1 GWh per year, the company said."
SEED_ARTICLES = [
    (f"{QT}/2018/11/20/china-solid-state-battery-production", "Qing Tao's line", "2018-11-20",
     "Qing Tao Energy Development, a start-up spun out of Tsinghua University, claims to have "
     f"deployed the first solid-state battery production line in China.\n\n{SEED_CLAIM}"),
    (QT_2019, "Qing Tao breaks ground on a bigger plant", "2019-09-10", GROUND),
    (QT_2021, "Qing Tao's new plant opens", "2021-09-15",
     f"Qing Tao Energy Development has opened its new plant in Kunshan.\n\n{PLAIN_MET}"),
]


def _seed_story(db_url: str, tmp_path: Path) -> str:
    _load(db_url, tmp_path, SEED_ARTICLES)
    cap = _find(_claims(db_url), "Qing Tao", "production_capacity", 0.7)
    assert cap["target_year"] == 2020
    return str(cap["id"])


def test_seed_wording_claim_is_fulfilled_by_the_new_plant(db_url: str, tmp_path: Path) -> None:
    cap = _seed_story(db_url, tmp_path)
    late = _replay(db_url, "2021-12-31")
    assert late["statuses"][cap] == "fulfilled"
    final = [c for c in late["changes"] if str(c["claim_id"]) == cap][-1]
    assert (final["rule"], final["quote"], final["evidence_url"]) == (
        "fulfilment_by_figure", PLAIN_MET, QT_2021
    )


# The event names solid-state, the claim sentence only "the production line": Qing Tao is a
# start-up, so its claims that name no technology are about the one its events name.
def test_seed_wording_claim_is_in_progress_after_ground_breaking(
    db_url: str, tmp_path: Path
) -> None:
    cap = _seed_story(db_url, tmp_path)
    replay = _replay(db_url, "2019-12-31")
    assert replay["statuses"][cap] == "in_progress"
    change = [c for c in replay["changes"] if str(c["claim_id"]) == cap][-1]
    assert (change["rule"], change["quote"], change["evidence_url"]) == (
        "progress_event", GROUND, QT_2019
    )
    assert "start-up's solid-state work" in change["reason"]
