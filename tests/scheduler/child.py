"""A scheduler process with a test plan: python -m tests.scheduler.child DB_URL PLAN."""

from __future__ import annotations

import sys

from models import connect
from tests.scheduler.jobs import PLANS
from tracker.scheduler import serve
from tracker.settings import load_settings


def main() -> None:
    url, plan = sys.argv[1], sys.argv[2]
    settings = load_settings({"database_url": url})
    engine = connect(url)
    sys.exit(serve(engine, settings, PLANS[plan]()))


if __name__ == "__main__":
    main()
