"""The re-check: evidence rules (rules.py), deadlines (deadlines.py), and the engine that applies
them incrementally or replays history (engine.py). Guide: README, "Re-check and scheduler"."""

from tracker.recheck.deadlines import DeadlinePolicy
from tracker.recheck.engine import Change, RecheckResult, recheck, replay

__all__ = ["Change", "DeadlinePolicy", "RecheckResult", "recheck", "replay"]
