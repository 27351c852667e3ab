"""Named exceptions of the library; the CLI turns each into a one-line message and an exit code.

`exit_code` follows the CLI convention: 2 for bad input from the user, 1 for the environment
(database unreachable, file unreadable).
"""

from __future__ import annotations


class TrackerError(Exception):
    exit_code = 1


class ConfigError(TrackerError):
    exit_code = 2


class UsageError(TrackerError):
    """A value the user gave is not allowed; the message lists what is."""

    exit_code = 2


class NotFound(TrackerError):
    exit_code = 2


class DatabaseUnavailable(TrackerError):
    exit_code = 1


class InputError(TrackerError):
    """An input file could not be read at all (single bad lines are reported, not raised)."""

    exit_code = 1
