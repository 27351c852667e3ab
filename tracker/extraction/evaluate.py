"""Scoring the extractor against the gold set (`tracker/data/gold/gold.jsonl`).

Matching rules (one-to-one within an article, greedy in gold order):

* a claim matches on company (same canonical name after gazetteer resolution), metric, value
  within 1 %, target year and stance -- the issue's definition; precision, recall and F1 overall
  and per metric use it;
* per-field accuracy: gold and predicted claims are paired on metric and value alone; for each
  pair, each field (company, target_year, target_month, stance, qualifier, unit) counts as right
  or wrong. This says *which* field loses points without the circularity of matching on the field;
* company-attribution errors: predicted claims that are wrong only in their company (metric,
  value, year and stance match an unmatched gold claim) -- linking measured on its own;
* events match on company and kind.

Run `python -m tracker.extraction.evaluate [GOLD] [--no-prefilter] [--write-baseline]`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.gazetteer import load_gazetteer
from tracker.textnorm import name_key

FIELDS = ("company", "target_year", "target_month", "stance", "qualifier", "unit")
BASELINE_NAME = "baseline.json"


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class Scores:
    articles: int = 0
    claims: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    per_metric: dict[str, PRF] = field(default_factory=dict)
    field_right: dict[str, int] = field(default_factory=dict)
    field_pairs: int = 0
    attribution_errors: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return self.claims.f1

    def field_accuracy(self) -> dict[str, float]:
        if not self.field_pairs:
            return {}
        return {f: round(self.field_right.get(f, 0) / self.field_pairs, 4) for f in FIELDS}

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "claims": self.claims.as_dict(),
            "events": self.events.as_dict(),
            "per_metric": {m: s.as_dict() for m, s in sorted(self.per_metric.items())},
            "field_accuracy": self.field_accuracy(),
            "field_pairs": self.field_pairs,
            "company_attribution_errors": len(self.attribution_errors),
        }


def _company(name: str | None) -> str:
    if not name:
        return ""
    return name_key(load_gazetteer().resolve(name) or name)


def _close(a: Any, b: Any) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 0.01 * max(abs(x), abs(y)) or x == y


def _full_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return _company(g["company"]) == _company(p["company"]) and _same_rest(g, p)


def _same_rest(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return (
        g["metric"] == p["metric"]
        and _close(g["value"], p["value"])
        and g.get("target_year") == p.get("target_year")
        and g.get("stance") == p.get("stance")
    )


def _same_metric_value(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return bool(g["metric"] == p["metric"] and _close(g["value"], p["value"]))


def _pair(
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    same: Callable[[dict[str, Any], dict[str, Any]], bool],
) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON: {exc}") from exc
    return rows


def score(rows: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]]) -> Scores:
    """Scores of `predictions` (each {"claims": [...], "events": [...]}) against gold rows."""
    scores = Scores()
    for row, pred in zip(rows, predictions, strict=True):
        scores.articles += 1
        gold_claims, pred_claims = row.get("claims", []), pred["claims"]
        full = _pair(gold_claims, pred_claims, _full_match)
        matched_g = {g for g, _ in full}
        matched_p = {p for _, p in full}
        scores.claims.tp += len(full)
        scores.claims.fp += len(pred_claims) - len(full)
        scores.claims.fn += len(gold_claims) - len(full)
        for metric in {c["metric"] for c in [*gold_claims, *pred_claims]}:
            prf = scores.per_metric.setdefault(metric, PRF())
            tp = sum(1 for g, _ in full if gold_claims[g]["metric"] == metric)
            prf.tp += tp
            prf.fp += sum(1 for c in pred_claims if c["metric"] == metric) - tp
            prf.fn += sum(1 for c in gold_claims if c["metric"] == metric) - tp
        rest_g = [gold_claims[i] for i in range(len(gold_claims)) if i not in matched_g]
        rest_p = [pred_claims[i] for i in range(len(pred_claims)) if i not in matched_p]
        for gi, pi in _pair(rest_g, rest_p, _same_rest):
            scores.attribution_errors.append(
                {
                    "id": row.get("id"),
                    "gold": rest_g[gi]["company"],
                    "predicted": rest_p[pi]["company"],
                    "metric": rest_g[gi]["metric"],
                }
            )
        for gi, pi in _pair(gold_claims, pred_claims, _same_metric_value):
            scores.field_pairs += 1
            g, p = gold_claims[gi], pred_claims[pi]
            for name in FIELDS:
                right = (
                    (_company(g[name]) == _company(p[name]))
                    if name == "company"
                    else (g.get(name) == p.get(name))
                )
                scores.field_right[name] = scores.field_right.get(name, 0) + int(right)
        scores.misses += [{"id": row.get("id"), **_brief(c)} for c in rest_g]
        scores.false_positives += [{"id": row.get("id"), **_brief(c)} for c in rest_p]
        gold_events, pred_events = row.get("events", []), pred["events"]
        ev = _pair(
            gold_events,
            pred_events,
            lambda g, p: (
                _company(g["company"]) == _company(p["company"]) and g["kind"] == p["kind"]
            ),
        )
        scores.events.tp += len(ev)
        scores.events.fp += len(pred_events) - len(ev)
        scores.events.fn += len(gold_events) - len(ev)
    return scores


def _brief(claim: dict[str, Any]) -> dict[str, Any]:
    keys = ("company", "metric", "value", "target_year", "stance")
    return {k: claim.get(k) for k in keys} | {
        "quote": (claim.get("quote") or claim.get("sentence") or "")[:90]
    }


def evaluate(gold_path: str | Path | None, extractor: Any, prefilter: bool = True) -> Scores:
    """Run `extractor` over every gold article and score it (prefilter toggled for the run)."""
    path = Path(gold_path) if gold_path else default_gold_path()
    rows = load_gold(path)
    previous = getattr(extractor, "prefilter", True)
    extractor.prefilter = prefilter
    try:
        items = [(row["text"], date.fromisoformat(row["published"])) for row in rows]
        predictions = [result.to_json() for result in extractor.extract_many(items)]
    finally:
        extractor.prefilter = previous
    return score(rows, predictions)


def default_gold_path() -> Path:
    return Path(str(resources.files("tracker").joinpath("data", "gold", "gold.jsonl")))


def gold_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def format_scores(scores: Scores) -> str:
    d = scores.as_dict()
    c, e = d["claims"], d["events"]
    lines = [
        f"articles: {d['articles']}",
        f"claims  P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  "
        f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})",
        f"events  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}  "
        f"(tp {e['tp']}, fp {e['fp']}, fn {e['fn']})",
        f"company-attribution errors: {d['company_attribution_errors']}",
        "per metric:",
    ]
    for metric, s in d["per_metric"].items():
        lines.append(
            f"  {metric:20s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
        )
    lines.append(f"per-field accuracy on {d['field_pairs']} pairs matched on metric and value:")
    lines += [f"  {name:13s} {acc:.3f}" for name, acc in d["field_accuracy"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("gold", nargs="?")
    parser.add_argument("--no-prefilter", action="store_true")
    parser.add_argument("--write-baseline", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    from tracker.extraction import EXTRACTOR_VERSION, Extractor

    path = Path(args.gold) if args.gold else default_gold_path()
    scores = evaluate(path, Extractor(), prefilter=not args.no_prefilter)
    print(format_scores(scores))
    if args.verbose:
        for title, items in (("misses", scores.misses), ("false positives", scores.false_positives),
                             ("attribution errors", scores.attribution_errors)):  # fmt: skip
            print(f"{title}:")
            for item in items:
                print("  ", json.dumps(item, ensure_ascii=False))
    if args.write_baseline:
        baseline = {"extractor_version": EXTRACTOR_VERSION, "gold_sha256": gold_digest(path),
                    **scores.as_dict()}  # fmt: skip
        target = path.parent / BASELINE_NAME
        target.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["PRF", "Scores", "evaluate", "format_scores", "load_gold", "score"]
_ = asdict  # kept for callers that serialise Scores fields
