"""One place for how results are printed: a table for people, JSON or CSV for machines."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

FORMAT_OPTIONS = ("table", "json", "csv")


def format_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Adds --json and --csv to a command; the command receives `fmt`."""
    func = click.option("--csv", "fmt", flag_value="csv", help="Print CSV.")(func)
    func = click.option("--json", "fmt", flag_value="json", help="Print JSON.")(func)
    return click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(func)


def make_console() -> Any:
    """A rich console; piped output gets a wide fixed width so rows are not folded."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return " ".join(str(item) for item in value)
    return str(value)


def print_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    fmt: str,
    *,
    title: str | None = None,
    json_rows: Sequence[Any] | None = None,
) -> None:
    """`columns` are (key, header) pairs; JSON prints `json_rows` (default: the rows) whole."""
    if fmt == "json":
        print_json(list(json_rows if json_rows is not None else rows))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([key for key, _ in columns])
        for row in rows:
            writer.writerow([_cell(row.get(key)) for key, _ in columns])
        return
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(key)) for key, _ in columns])
    console = make_console()
    if rows:
        console.print(table)
    else:
        console.print(f"no {title.lower() if title else 'rows'} found")


def number_text(value: float) -> str:
    """People read 144 million, not 1.44e+08."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.3g} {word}"
    return f"{value:,.6g}".replace(",", "") if abs(value) < 10_000 else f"{value:,.0f}"


def claim_text(row: dict[str, Any]) -> str:
    """A claim in a few words: "energy_density > 400 Wh/kg by 2025", "production_start 2027".

    A dated claim (production start, commercialisation) is its year; after a delay that is the
    new target, so the headline never shows the year twice or the superseded one."""
    if row["unit"] == "year":
        return f"{row['metric']} {row.get('target_year') or value_text(row)}"
    target = f" by {row['target_year']}" if row.get("target_year") else ""
    return f"{row['metric']} {value_text(row)}{target}"


def value_text(row: dict[str, Any]) -> str:
    """A claim's value as a person writes it: "> 400 Wh/kg", "144 million USD", "2018"."""
    if row["unit"] == "year":
        return str(int(float(row["value"])))
    value = float(row["value"])
    if row.get("qualifier") == "range" and row.get("low") is not None:
        return f"{number_text(float(row['low']))}–{number_text(value)} {row['unit']}"
    prefix = {"over": "> ", "up_to": "≤ ", "about": "~ "}.get(str(row.get("qualifier")), "")
    return f"{prefix}{number_text(value)} {row['unit']}"
