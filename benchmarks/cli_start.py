"""How long `tracker claims --json` takes on an empty database, against `import sqlalchemy`.

Both are measured in the same run (median of N runs each, after a warm-up), so the ratio holds on
any machine. Target: at most 2x. Usage: python benchmarks/cli_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def median_seconds(command: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the file cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    tracker = str(Path(sys.executable).with_name("tracker"))
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "TRACKER_DATABASE_URL": f"sqlite:///{folder}/bench.db"}
        subprocess.run([tracker, "db", "upgrade"], env=env, check=True, capture_output=True)
        baseline = median_seconds([sys.executable, "-c", "import sqlalchemy"], env, args.runs)
        claims = median_seconds([tracker, "claims", "--json"], env, args.runs)
    print(f"python -c 'import sqlalchemy'      {baseline * 1000:7.1f} ms (median of {args.runs})")
    print(f"tracker claims --json (empty db)   {claims * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio                              {claims / baseline:7.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
