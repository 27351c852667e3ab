"""The extractor: article text and publication date in, claims and events out.

Per batch of articles: the cheap pass reads every sentence with the tokenizer only, the candidate
sentences of the whole batch go through the full pipeline together (`nlp.pipe`), and the records
are copied out as plain values, all inside `nlp.memory_zone()` so a long-running process does not
grow its string store. One Extractor per process; no threads around its `nlp`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from tracker.extraction import components as c
from tracker.extraction import units
from tracker.extraction.events import article_topic
from tracker.extraction.pipeline import DEFAULT_MODEL, FALLBACK_MODEL, load_pipeline
from tracker.extraction.prefilter import CheapPass, Sentence, mask_dateline
from tracker.extraction.records import ExtractedClaim, ExtractedEvent, Extraction


class Extractor:
    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        fallback: str | None = FALLBACK_MODEL,
        batch_size: int = 64,
        *,
        prefilter: bool = True,
        gazetteer_path: str = "",
    ) -> None:
        self.model = model
        self.fallback = fallback
        self.batch_size = max(1, batch_size)
        self.prefilter = prefilter
        self.gazetteer_path = gazetteer_path
        self._nlp: Any = None
        self._cheap: CheapPass | None = None
        # sentences read / sent to the full pipeline; lines read / tokenized by the cheap pass
        self.stats = {"sentences": 0, "parsed": 0, "lines": 0, "tokenized": 0}

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model, self.fallback, self.gazetteer_path)
            self._cheap = CheapPass(self._nlp, c.company_finder(self._nlp))
            # Warm the tokenizer cache outside any memory zone (inside one it is not filled),
            # and build pint's unit registry now rather than inside the first article.
            list(self._cheap.sentences(_WARM_UP, date(2020, 1, 1)))
            units.convert(1.0, "MWh", "GWh")
        return self._nlp

    def extract(self, text: str, published: date) -> Extraction:
        return next(self.extract_many([(text, published)]))

    def extract_many(self, items: Iterable[tuple[str, date]]) -> Iterator[Extraction]:
        batch: list[tuple[str, date]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[tuple[str, date]]) -> list[Extraction]:
        nlp = self.nlp
        assert self._cheap is not None
        with nlp.memory_zone():
            # Without the pre-filter every line is tokenized and every sentence parsed: the
            # reference the screens and the candidate test are checked against.
            articles = [
                self._cheap.sentences(text, published, screen=self.prefilter, stats=self.stats)
                for text, published in batch
            ]
            jobs: list[tuple[int, Sentence, Any]] = []
            for index, ((text, published), sentences) in enumerate(
                zip(batch, articles, strict=True)
            ):
                topic = article_topic(text)
                for sentence in sentences:
                    self.stats["sentences"] += 1
                    if sentence.boilerplate or (self.prefilter and not sentence.candidate):
                        continue
                    doc = nlp.make_doc(mask_dateline(sentence.text))
                    doc.user_data[c.PUBLISHED] = published
                    doc.user_data[c.DISCOURSE] = sentence.discourse
                    doc.user_data[c.TOPIC] = topic
                    doc.user_data[c.QUANTITIES] = sentence.quantities
                    jobs.append((index, sentence, doc))
            self.stats["parsed"] += len(jobs)
            claims: list[list[ExtractedClaim]] = [[] for _ in batch]
            events: list[list[ExtractedEvent]] = [[] for _ in batch]
            docs = nlp.pipe((doc for _, _, doc in jobs), batch_size=256)
            for (index, sentence, _), doc in zip(jobs, docs, strict=True):
                for claim in doc.user_data.get(c.CLAIMS, []):
                    claims[index].append(_claim(claim, sentence))
                for event in doc.user_data.get(c.EVENTS, []):
                    events[index].append(
                        ExtractedEvent(
                            event.company,
                            event.kind,
                            event.topic,
                            event.new_target_year,
                            sentence.text,
                            sentence.start,
                            sentence.end,
                        )
                    )
            return [
                Extraction(_dedup(cl), _dedup_events(ev))
                for cl, ev in zip(claims, events, strict=True)
            ]


def _claim(claim: Any, sentence: Sentence) -> ExtractedClaim:
    return ExtractedClaim(
        company=str(claim.company),
        metric=claim.metric,
        value=float(claim.value),
        unit=claim.unit,
        qualifier=claim.qualifier,
        low=claim.low,
        high=claim.high,
        target_year=claim.target_year,
        target_month=claim.target_month,
        stance=claim.stance,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        original_value=claim.original_value,
        original_unit=claim.original_unit,
        extra=dict(claim.extra),
    )


def _dedup(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """One record per claim in an article; the first sentence stating it is the evidence."""
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for claim in claims:
        if claim.key() not in seen:
            seen.add(claim.key())
            unique.append(claim)
    return unique


def _dedup_events(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    seen: set[tuple[str, str, str, int | None]] = set()
    unique = []
    for event in events:
        # the topic is part of the key: a shutdown and a cancelled project are two events
        key = (event.company, event.kind, event.topic, event.new_target_year)
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique


_WARM_UP = (
    "The company said it plans to build a 40 GWh plant and start mass production in 2025. "
    "Its cells reach over 400 Wh/kg and charge from 10-80% in 15 minutes, it said on Tuesday.\n"
    "The startup raised $100 million and expects costs below $100/kWh by the end of next year."
)
