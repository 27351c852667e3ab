"""Writing a company's timeline into the database the way the extraction stage would.

Rows are inserted directly (articles, claims with their mention, events), so the re-check rules
are tested independently of extraction quality.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from models import (
    Claim,
    ClaimMention,
    CompanyKind,
    Event,
    EventKind,
    Metric,
    Qualifier,
    Stance,
    session_scope,
)
from tracker.articles import ArticleRecord, save_article
from tracker.companies import get_or_create_company

UNITS = {
    Metric.ENERGY_DENSITY: "Wh/kg",
    Metric.PRODUCTION_CAPACITY: "GWh/year",
    Metric.PRODUCTION_START: "year",
    Metric.COMMERCIALIZATION: "year",
    Metric.CHARGE_TIME: "minutes",
    Metric.COST: "USD/kWh",
    Metric.VOLUMETRIC_DENSITY: "Wh/L",
}


def day(text: str) -> datetime:
    parsed = date.fromisoformat(text)
    return datetime(parsed.year, parsed.month, parsed.day, 12, tzinfo=UTC)


class Story:
    """One company's coverage, article by article."""

    def __init__(self, engine: Engine, company: str, kind: CompanyKind, outlet: str) -> None:
        self.engine = engine
        self.company = company
        self.kind = kind
        self.outlet = outlet
        self.count = 0

    def _article(self, session, published: str, text: str) -> int:  # type: ignore[no-untyped-def]
        self.count += 1
        slug = f"{self.company.lower().replace(' ', '-')}-{published}-{self.count}"
        saved = save_article(
            session,
            ArticleRecord(
                url=f"https://{self.outlet}/{published[:4]}/{slug}",
                title=f"{self.company} story {self.count} of {published}",
                text=text,
                published_at=day(published),
                source=self.outlet,
            ),
        )
        return saved.article_id

    def _company_id(self, session) -> int:  # type: ignore[no-untyped-def]
        return get_or_create_company(session, self.company, kind=self.kind).id

    def claim(
        self,
        published: str,
        sentence: str,
        metric: Metric,
        value: float,
        target_year: int | None,
        *,
        stance: Stance = Stance.PLANNED,
        qualifier: Qualifier | None = None,
        target_month: int | None = None,
    ) -> int:
        with session_scope(self.engine) as session:
            article_id = self._article(session, published, sentence)
            company_id = self._company_id(session)
            claim = Claim(
                company_id=company_id, metric=metric, value=value, unit=UNITS[metric],
                qualifier=qualifier, target_year=target_year, target_month=target_month,
                stance=stance,
                fingerprint=f"{company_id}|{metric.value}|{value:g}|{target_year}|{stance}|"
                            f"{published}|{self.count}",
                first_reported_at=day(published),
            )
            session.add(claim)
            session.flush()
            session.add(
                ClaimMention(claim_id=claim.id, article_id=article_id, sentence=sentence,
                             start=0, end=len(sentence), extractor_version="test")
            )
            return claim.id

    def achieved(self, published: str, sentence: str, metric: Metric, value: float) -> int:
        return self.claim(published, sentence, metric, value, None, stance=Stance.ACHIEVED)

    def event(
        self,
        published: str,
        sentence: str,
        kind: EventKind,
        topic: str,
        new_target_year: int | None = None,
        *,
        session: Session | None = None,
    ) -> str:
        """Written and committed at once, or into `session`, left open for the caller."""
        if session is not None:
            self._event(session, published, sentence, kind, topic, new_target_year)
            session.flush()
            return sentence
        with session_scope(self.engine) as own:
            self._event(own, published, sentence, kind, topic, new_target_year)
        return sentence

    def _event(
        self,
        session: Session,
        published: str,
        sentence: str,
        kind: EventKind,
        topic: str,
        new_target_year: int | None,
    ) -> None:
        article_id = self._article(session, published, sentence)
        session.add(
            Event(company_id=self._company_id(session), article_id=article_id, kind=kind,
                  topic=topic, new_target_year=new_target_year, sentence=sentence, start=0,
                  end=len(sentence), extractor_version="test")
        )
