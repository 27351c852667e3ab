"""Rewrite tests/spiders/golden/*.json from the current extractor. Review the diff afterwards:
every changed line is a change in what the tracker stores.

Usage: python tests/spiders/regenerate_golden.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a plain script from anywhere

from tests.spiders.golden_cases import cases, extracted


def main() -> None:
    for page in cases():
        target = page.with_suffix(".json")
        target.write_text(
            json.dumps(extracted(page), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
