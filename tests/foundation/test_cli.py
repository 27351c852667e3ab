"""Every foundation command through the real `tracker` entry point, on both databases."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from models import connect
from tests.conftest import REPO, run_tracker
from tests.foundation.factories import add_claim

GOOD = {
    "url": "https://electrek.co/2018/11/20/china-solid-state-battery-production/?utm_source=rss",
    "title": "China starts solid-state battery production",
    "published": "2018-11-20",
    "text": "Qing Tao says its line has a capacity of 100 MWh per year.",
    "source": "electrek",
}


def _jsonl(*rows: object) -> str:
    return "\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows) + "\n"


def test_ingest_keeps_good_lines_and_names_bad_ones(db_url: str, tmp_path: Path) -> None:
    second = {
        **GOOD,
        "url": "https://insideevs.com/news/qing-tao/",
        "title": "Another story",
        "text": "A different text.",
        "published": "2018-11-21T08:00:00+01:00",
    }
    path = tmp_path / "articles.jsonl"
    path.write_text(
        _jsonl(
            GOOD,
            "{not json",
            {**GOOD, "url": "https://x.example/no-date", "published": "20/11/2018"},
            {"url": "https://x.example/no-title", "published": "2018-11-20", "text": "x"},
            second,
            {**GOOD, "url": "mailto:someone", "title": "bad url"},
            {**GOOD, "url": "https://x.example/empty", "text": "  "},
        )
    )
    result = run_tracker("ingest", str(path), db=db_url)
    assert result.returncode == 0, result.stderr
    assert "stored 2 new" in result.stdout
    assert f"{path}:2: not valid JSON" in result.stderr
    assert f"{path}:3: 'published' is not an ISO date" in result.stderr
    assert f"{path}:4: missing title" in result.stderr
    assert f"{path}:6: not an http(s) URL" in result.stderr
    assert f"{path}:7: needs a non-empty 'text' or 'html'" in result.stderr
    assert "Traceback" not in result.stderr

    listed = json.loads(run_tracker("articles", "--json", db=db_url).stdout)
    assert [a["title"] for a in listed] == ["Another story", GOOD["title"]]
    assert listed[1]["url"] == "https://electrek.co/2018/11/20/china-solid-state-battery-production"
    assert listed[0]["published"] == "2018-11-21T07:00:00+00:00"
    assert listed[1]["extracted"] is False

    again = run_tracker("ingest", str(path), db=db_url)
    assert again.returncode == 0 and "stored 0 new" in again.stdout
    assert "2 already stored" in again.stdout


def test_ingest_reads_stdin_and_html(db_url: str) -> None:
    html = (
        "<html><head><title>T</title></head><body><nav>Home | Tesla | Energy</nav><article>"
        "<h1>Northvolt opens plant</h1><p>" + "Northvolt said the plant has a capacity of "
        "16 GWh per year and will grow to 60 GWh by 2030. " * 3 + "</p></article>"
        "<footer>FTC: We use income earning auto affiliate links.</footer></body></html>"
    )
    row = {
        "url": "https://x.example/nv",
        "title": "Northvolt",
        "published": "2021-12-29",
        "html": html,
    }
    result = run_tracker("ingest", "-", db=db_url, stdin=_jsonl(row))
    assert result.returncode == 0, result.stderr
    engine = connect(db_url)
    with engine.connect() as connection:
        text = connection.exec_driver_sql("SELECT text FROM articles").scalar()
    engine.dispose()
    assert "16 GWh per year" in text
    assert "FTC" not in text and "Home | Tesla" not in text


def test_ingest_fails_when_nothing_could_be_stored(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("nope\n[1, 2]\n")
    result = run_tracker("ingest", str(path), db=sqlite_url)
    assert result.returncode == 1
    assert f"{path}:2: a line must be a JSON object" in result.stderr
    missing = run_tracker("ingest", str(tmp_path / "absent.jsonl"), db=sqlite_url)
    assert missing.returncode == 1
    assert missing.stderr.startswith("error: cannot read") and "Traceback" not in missing.stderr


def test_claims_json_has_the_documented_shape(db_url: str) -> None:
    engine = connect(db_url)
    claim_id = add_claim(engine)
    engine.dispose()
    result = run_tracker("claims", "--json", db=db_url)
    assert result.returncode == 0, result.stderr
    (claim,) = json.loads(result.stdout)
    assert set(claim) >= {
        "id",
        "company",
        "metric",
        "value",
        "unit",
        "qualifier",
        "target_year",
        "stance",
        "status",
        "first_reported",
        "sources",
        "history",
    }
    assert claim["id"] == claim_id
    assert (claim["company"], claim["metric"], claim["value"], claim["unit"]) == (
        "Qing Tao",
        "production_capacity",
        0.7,
        "GWh/year",
    )
    assert (claim["target_year"], claim["stance"], claim["status"]) == (2020, "planned", "open")
    assert claim["sources"] == [
        "https://electrek.co/2018/11/20/china-solid-state-battery-production"
    ]
    assert claim["first_reported"].startswith("2018-11-20")


def test_claims_filters(db_url: str) -> None:
    engine = connect(db_url)
    add_claim(engine)
    add_claim(
        engine,
        company="Bosch",
        aliases=(),
        metric=__import__("models").Metric.ENERGY_DENSITY,
        value=400,
        unit="Wh/kg",
        target_year=2020,
        url="https://x.example/bosch",
        sentence="Bosch plans 400 Wh/kg cells by 2020.",
        stance=__import__("models").Stance.ACHIEVED,
    )
    engine.dispose()

    def companies(*args: str) -> list[str]:
        result = run_tracker("claims", "--json", *args, db=db_url)
        assert result.returncode == 0, result.stderr
        return sorted(c["company"] for c in json.loads(result.stdout))

    assert companies() == ["Bosch", "Qing Tao"]
    assert companies("--company", "qing tao energy development co") == ["Qing Tao"]
    assert companies("--metric", "energy_density") == ["Bosch"]
    assert companies("--status", "open") == ["Bosch", "Qing Tao"]
    assert companies("--status", "fulfilled") == []
    assert companies("--since", "2018-11-21") == []
    assert companies("--until", "2018-11-20") == ["Bosch", "Qing Tao"]
    assert companies("--stance", "planned") == ["Qing Tao"]
    assert companies("--stance", "Achieved") == ["Bosch"]
    bad = run_tracker("claims", "--stance", "promised", db=db_url)
    assert bad.returncode == 2 and "unknown stance 'promised'; allowed: planned, achieved" in (
        bad.stderr
    )

    table = run_tracker("claims", db=db_url).stdout
    assert "Qing Tao" in table and "production_capacity" in table and "0.7 GWh/year" in table
    rows = list(csv.DictReader(io.StringIO(run_tracker("claims", "--csv", db=db_url).stdout)))
    assert {row["company"] for row in rows} == {"Bosch", "Qing Tao"}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["claims", "--status", "done"], "unknown status 'done'; allowed: open, in_progress"),
        (["claims", "--metric", "wh"], "unknown metric 'wh'; allowed: energy_density"),
        (["claims", "--company", "Qing Toa"], "unknown company 'Qing Toa'; nearest: Qing Tao"),
        (["claims", "--since", "last week"], "--since 'last week' is not a date"),
        (["claim", "999"], "no claim with id 999"),
        (["mark", "1", "finished", "--note", "x"], "unknown status 'finished'"),
        (["mark", "1", "fulfilled"], "needs --note"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(
    sqlite_url: str, args: list[str], expected: str
) -> None:
    engine = connect(sqlite_url)
    add_claim(engine)
    engine.dispose()
    result = run_tracker(*args, db=sqlite_url)
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_database_names_the_url_without_password() -> None:
    result = run_tracker("claims", db="postgresql://alice:s3cret@127.0.0.1:1/tracker")
    assert result.returncode == 1
    assert "postgresql://alice:***@127.0.0.1:1/tracker" in result.stderr
    assert "s3cret" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_mark_wins_and_clear_hands_back(db_url: str) -> None:
    engine = connect(db_url)
    claim_id = add_claim(engine)
    engine.dispose()
    marked = run_tracker(
        "mark",
        str(claim_id),
        "abandoned",
        "--note",
        "Exit confirmed by CEO",
        "--evidence",
        "https://x.example/exit",
        db=db_url,
    )
    assert marked.returncode == 0, marked.stderr
    detail = json.loads(run_tracker("claim", str(claim_id), "--json", db=db_url).stdout)
    assert detail["status"] == "abandoned"
    (entry,) = detail["history"]
    assert (entry["status"], entry["reason"], entry["evidence_url"], entry["decided_by"]) == (
        "abandoned",
        "Exit confirmed by CEO",
        "https://x.example/exit",
        "manual",
    )
    assert detail["details"]["manual_override"] is True

    cleared = run_tracker("mark", str(claim_id), "--clear", db=db_url)
    assert cleared.returncode == 0, cleared.stderr
    detail = json.loads(run_tracker("claim", str(claim_id), "--json", db=db_url).stdout)
    assert detail["status"] == "open"
    assert [h["status"] for h in detail["history"]] == ["abandoned", "open"]
    assert detail["details"]["manual_override"] is False
    twice = run_tracker("mark", str(claim_id), "--clear", db=db_url)
    assert twice.returncode == 2 and "no manual verdict to clear" in twice.stderr


def test_claim_detail_lists_sources_and_history(sqlite_url: str) -> None:
    engine = connect(sqlite_url)
    claim_id = add_claim(engine)
    engine.dispose()
    run_tracker("mark", str(claim_id), "fulfilled", "--note", "0.7 GWh reached", db=sqlite_url)
    shown = run_tracker("claim", str(claim_id), db=sqlite_url)
    assert shown.returncode == 0, shown.stderr
    assert (
        "Qing Tao" in shown.stdout and "they plan to ramp it up to 700 MWh by 2020" in shown.stdout
    )
    assert "fulfilled" in shown.stdout and "0.7 GWh reached" in shown.stdout


def test_companies_track_record(db_url: str) -> None:
    from models import Metric

    engine = connect(db_url)
    ids = [
        add_claim(
            engine,
            metric=Metric.ENERGY_DENSITY,
            value=value,
            unit="Wh/kg",
            url=f"https://x.example/{value}",
            sentence=f"{value} Wh/kg",
        )
        for value in (300, 350, 400, 450)
    ]
    engine.dispose()
    for claim_id, status in zip(
        ids, ["fulfilled", "lapsed", "abandoned", "in_progress"], strict=True
    ):
        run_tracker("mark", str(claim_id), status, "--note", "test", db=db_url)
    (record,) = json.loads(run_tracker("companies", "--json", db=db_url).stdout)
    assert record["company"] == "Qing Tao"
    assert record["by_status"]["fulfilled"] == 1 and record["by_status"]["in_progress"] == 1
    assert record["settled"] == 3
    assert record["track_record"] == pytest.approx(1 / 3, abs=1e-3)
    table = run_tracker("companies", db=db_url).stdout
    assert "33%" in table


def test_figures_stated_as_achieved_are_neither_open_nor_in_the_record(db_url: str) -> None:
    from models import Metric, Stance

    engine = connect(db_url)
    planned, stated, disputed = (
        add_claim(
            engine,
            metric=Metric.PRODUCTION_CAPACITY,
            value=value,
            unit="GWh/year",
            stance=stance,
            url=f"https://x.example/gwh-{value}",
            sentence=f"{value} GWh per year",
        )
        for value, stance in ((0.7, Stance.PLANNED), (0.1, Stance.ACHIEVED), (0.2, Stance.ACHIEVED))
    )
    engine.dispose()
    marked = run_tracker("mark", str(disputed), "abandoned", "--note", "line never ran", db=db_url)
    assert marked.returncode == 0, marked.stderr
    (record,) = json.loads(run_tracker("companies", "--json", db=db_url).stdout)
    assert record["claims"] == 3 and record["achieved"] == 1
    assert record["by_status"]["open"] == 1 and record["by_status"]["abandoned"] == 1
    assert (record["settled"], record["track_record"]) == (1, 0.0)
    assert {planned, stated} <= {c["id"] for c in json.loads(
        run_tracker("claims", "--status", "open", "--json", db=db_url).stdout
    )}


def test_db_upgrade_reports_revision(db_url: str) -> None:
    result = run_tracker("db", "upgrade", db=db_url)
    assert result.returncode == 0, result.stderr
    assert "is at revision 0001" in result.stdout


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    result = run_tracker("articles", "--json", env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "battery-tracker" / "tracker.db").exists()


def test_query_commands_do_not_import_spacy_or_scrapy(sqlite_url: str) -> None:
    code = (
        "import sys; from tracker.cli import main\n"
        "try:\n    main(['claims', '--json'])\nexcept SystemExit:\n    pass\n"
        "names = ('spacy', 'scrapy', 'twisted', 'trafilatura')\n"
        "heavy = sorted(m for m in names if m in sys.modules)\n"
        "print('HEAVY', heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"TRACKER_DATABASE_URL": sqlite_url, "PATH": ""},
        cwd=REPO,
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_every_command_and_option_is_documented_in_the_readme() -> None:
    from tracker.cli import cli

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = []

    def walk(group: object, prefix: str) -> None:
        import click

        assert isinstance(group, click.Group)
        for name, command in group.commands.items():
            full = f"{prefix} {name}".strip()
            if isinstance(command, click.Group):
                walk(command, full)
                continue
            if f"tracker {full}" not in readme:
                missing.append(f"tracker {full}")
            for param in command.params:
                for opt in getattr(param, "opts", []):
                    if (
                        opt.startswith("--")
                        and opt not in {"--help", "--table"}
                        and opt not in readme
                    ):
                        missing.append(f"tracker {full} {opt}")

    walk(cli, "")
    assert not missing, f"document these in README.md: {missing}"


def test_known_company_without_claims_lists_nothing(sqlite_url: str) -> None:
    engine = connect(sqlite_url)
    add_claim(engine)
    engine.dispose()
    result = run_tracker("claims", "--json", "--company", "Northvolt", db=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    typo = run_tracker("claims", "--company", "Northvlt", db=sqlite_url)
    assert typo.returncode == 2 and "nearest: Northvolt" in typo.stderr
