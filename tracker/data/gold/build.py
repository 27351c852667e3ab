#!/usr/bin/env python3
"""Build gold.jsonl from the annotated sources in sources/ (stdlib only).

    python tracker/data/gold/build.py && python tracker/data/gold/validate.py

The sources hold the article texts and annotations as Python literals (easier to review
than one long JSON line per article); gold.jsonl is the generated, committed artifact
that `tracker eval` reads. Edit the sources, rebuild, validate.
"""
from __future__ import annotations

import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _annot import finish  # noqa: E402

MODULES = ["sources.seed", "sources.batch1", "sources.batch2", "sources.batch3",
           "sources.batch4", "sources.batch5"]


def main():
    arts = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue
            raise
        arts.extend(finish(a) for a in mod.ARTICLES)
    out = os.path.join(HERE, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles to {out}")


if __name__ == "__main__":
    main()
