"""Quality gate: gold-set F1 must not drop below the pinned baseline (minus 0.005).

Raising the scores is welcome; lowering them fails until the baseline is deliberately rewritten
with `python -m tracker.extraction.evaluate --write-baseline` (and the reason given in the commit).
"""

from __future__ import annotations

import json

import pytest

from tracker.extraction.evaluate import BASELINE_NAME, default_gold_path, evaluate, gold_digest

TOLERANCE = 0.005


def test_gold_f1_not_below_baseline(extractor) -> None:  # type: ignore[no-untyped-def]
    gold = default_gold_path()
    baseline_path = gold.parent / BASELINE_NAME
    if not gold.exists() or not baseline_path.exists():
        pytest.fail(f"missing {gold} or {baseline_path}: run the evaluator with --write-baseline")
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    scores = evaluate(gold, extractor)
    changed = (
        ""
        if baseline.get("gold_sha256") == gold_digest(gold)
        else " (the gold set changed since the baseline was written)"
    )
    for name, now, pinned in (
        ("claims F1", scores.claims.f1, baseline["claims"]["f1"]),
        ("events F1", scores.events.f1, baseline["events"]["f1"]),
    ):
        assert now >= pinned - TOLERANCE, f"{name} {now:.4f} < baseline {pinned:.4f}{changed}"
