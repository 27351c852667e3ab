"""The extraction stage over a real database with the real spaCy model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from models import Article, Claim, ClaimMention, Event, connect, session_scope
from tests.conftest import REPO, run_tracker
from tracker.articles import ArticleRecord, save_article
from tracker.extract_store import extract_pending
from tracker.extraction import EXTRACTOR_VERSION, Extractor
from tracker.verdicts import mark

SEED_URL = "https://electrek.co/2018/11/20/china-solid-state-battery-production/"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def seeded(engine: Engine, seed_path: Path) -> Iterator[Engine]:
    with session_scope(engine) as session:
        save_article(
            session,
            ArticleRecord(
                url=SEED_URL,
                title="China starts solid-state battery production",
                text=seed_path.read_text(encoding="utf-8"),
                published_at=datetime(2018, 11, 20, tzinfo=UTC),
                source="electrek",
            ),
        )
    yield engine


def _claims(engine: Engine) -> set[tuple[str, str, float, int | None, str]]:
    with session_scope(engine) as session:
        return {
            (c.company.name, c.metric.value, round(c.value, 3), c.target_year, c.stance.value)
            for c in session.scalars(select(Claim))
        }


def test_seed_article_claims_land_in_the_database(seeded: Engine, extractor: Extractor) -> None:
    report = extract_pending(seeded, extractor, EXTRACTOR_VERSION)
    assert report.articles == 1
    claims = _claims(seeded)
    assert {
        ("Qing Tao", "production_capacity", 0.1, None, "achieved"),
        ("Qing Tao", "production_capacity", 0.7, 2020, "planned"),
        ("Qing Tao", "energy_density", 400.0, None, "achieved"),
        ("Qing Tao", "investment", 144_000_000.0, None, "achieved"),
        ("Qing Tao", "production_start", 2018.0, 2018, "achieved"),
    } <= claims
    assert not any(value in {250.0, 300.0, 2000.0} for _, _, value, _, _ in claims)
    with session_scope(seeded) as session:
        (event,) = session.scalars(select(Event)).all()
        assert (event.company.name, event.kind.value) == ("Bosch", "abandonment")
        article = session.scalars(select(Article)).one()
        assert article.extractor_version == EXTRACTOR_VERSION
        mention = session.scalars(
            select(ClaimMention).join(Claim).where(Claim.value == 400.0)
        ).one()
        assert article.text[mention.start : mention.end] == mention.sentence
        assert "over 400 Wh/kg" in mention.sentence
    # Nothing is pending any more: a second run does no work.
    assert extract_pending(seeded, extractor, EXTRACTOR_VERSION).articles == 0


def test_same_claim_from_two_outlets_is_one_claim(engine: Engine, extractor: Extractor) -> None:
    stories = [
        (
            "https://electrek.co/qt",
            "Qing Tao Energy Development Co says its line has a capacity "
            "of 100 MWh per year and it plans to reach 700 MWh by 2020.",
        ),
        (
            "https://insideevs.com/qt",
            "Qing Tao said the Kunshan line has a capacity of 0.1 GWh "
            "per year. The company plans to ramp it up to 0.7 GWh by 2020.",
        ),
    ]
    with session_scope(engine) as session:
        for day, (url, text) in enumerate(stories, start=20):
            save_article(
                session,
                ArticleRecord(
                    url=url, title=url, text=text, published_at=datetime(2018, 11, day, tzinfo=UTC)
                ),
            )
    extract_pending(engine, extractor, EXTRACTOR_VERSION)
    with session_scope(engine) as session:
        claims = session.scalars(select(Claim).where(Claim.metric == "production_capacity")).all()
        by_value = {round(c.value, 3): c for c in claims}
        assert set(by_value) == {0.1, 0.7}
        for claim in by_value.values():
            assert sorted(m.article.url for m in claim.mentions) == [
                "https://electrek.co/qt",
                "https://insideevs.com/qt",
            ]
            assert claim.first_reported_at == datetime(2018, 11, 20, tzinfo=UTC)


def test_reextract_keeps_claims_that_have_a_verdict(seeded: Engine, extractor: Extractor) -> None:
    extract_pending(seeded, extractor, EXTRACTOR_VERSION)
    with session_scope(seeded) as session:
        claim = session.scalars(select(Claim).where(Claim.value == 0.7)).one()
        mark(session, claim.id, __import__("models").Status.FULFILLED, "0.7 GWh line running")
        kept_id = claim.id
        before = session.scalar(select(func.count(Claim.id)))
    report = extract_pending(seeded, extractor, EXTRACTOR_VERSION, reextract=True)
    assert report.articles == 1
    with session_scope(seeded) as session:
        assert session.scalar(select(func.count(Claim.id))) == before
        claim = session.get(Claim, kept_id)
        assert claim is not None and claim.status.value == "fulfilled"
        assert len(claim.mentions) == 1 and len(claim.history) == 1


def test_extract_file_prints_json_without_a_database(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "untouched.db"
    result = run_tracker(
        "extract",
        "--file",
        str(seed_path),
        "--published",
        "2018-11-20",
        "--json",
        db=f"sqlite:///{db}",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"claims", "events"}
    over = [c for c in data["claims"] if c["metric"] == "energy_density"]
    assert over and over[0]["qualifier"] == "over" and over[0]["value"] == 400
    assert set(over[0]) >= {
        "company",
        "metric",
        "value",
        "unit",
        "qualifier",
        "low",
        "high",
        "target_year",
        "target_month",
        "stance",
        "sentence",
        "start",
        "end",
    }
    assert {"company": "Bosch", "kind": "abandonment"}.items() <= data["events"][0].items()
    assert not db.exists()


def test_extract_file_errors_are_one_line(tmp_path: Path, seed_path: Path) -> None:
    missing = run_tracker(
        "extract", "--file", str(tmp_path / "nope.txt"), "--published", "2018-11-20"
    )
    assert missing.returncode == 1 and missing.stderr.startswith("error: cannot read")
    no_date = run_tracker("extract", "--file", str(seed_path))
    assert no_date.returncode == 2 and "--published" in no_date.stderr
    bad_date = run_tracker("extract", "--file", str(seed_path), "--published", "20/11/2018")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr


def test_extract_command_over_the_database(sqlite_url: str) -> None:
    ingest = run_tracker("ingest", str(REPO / "examples" / "articles.jsonl"), db=sqlite_url)
    assert ingest.returncode == 0, ingest.stderr
    first = run_tracker("extract", db=sqlite_url)
    assert first.returncode == 0, first.stderr
    assert "extracted 6 articles" in first.stdout
    again = run_tracker("extract", db=sqlite_url)
    assert "extracted 0 articles" in again.stdout
    listed = json.loads(run_tracker("articles", "--json", db=sqlite_url).stdout)
    assert all(article["extracted"] for article in listed)
    claims = json.loads(
        run_tracker("claims", "--json", "--company", "Qing Tao", db=sqlite_url).stdout
    )
    assert {"production_capacity", "energy_density", "investment"} <= {c["metric"] for c in claims}
    engine = connect(sqlite_url)
    engine.dispose()


def test_eval_command_scores_a_gold_file(tmp_path: Path) -> None:
    seed_only = tmp_path / "gold.jsonl"
    gold = REPO / "tracker" / "data" / "gold" / "gold.jsonl"
    seed_line = next(line for line in gold.read_text().splitlines() if '"seed-' in line)
    seed_only.write_text(seed_line + "\n")
    result = run_tracker("eval", str(seed_only), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["articles"] == 1
    # The five annotated Qing Tao claims are all found.
    assert scores["claims"]["recall"] == 1.0
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x"}\n')
    bad = run_tracker("eval", str(broken))
    assert bad.returncode == 1 and bad.stderr.startswith("error:")
    assert "Traceback" not in bad.stderr
