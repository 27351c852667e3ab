"""Battery claims tracker: collect battery news, extract claims, track whether they were kept."""

__version__ = "0.1.0"
