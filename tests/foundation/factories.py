"""Building rows the way the extraction stage would, for tests that query them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from models import Claim, ClaimMention, Metric, Qualifier, Stance, session_scope
from tracker.articles import ArticleRecord, save_article
from tracker.companies import get_or_create_company
from tracker.extract_store import fingerprint


def add_claim(
    engine: Engine,
    *,
    company: str = "Qing Tao",
    aliases: tuple[str, ...] = ("Qing Tao Energy Development Co",),
    metric: Metric = Metric.PRODUCTION_CAPACITY,
    value: float = 0.7,
    unit: str = "GWh/year",
    qualifier: Qualifier | None = None,
    target_year: int | None = 2020,
    stance: Stance = Stance.PLANNED,
    url: str = "https://electrek.co/2018/11/20/china-solid-state-battery-production/",
    published: datetime = datetime(2018, 11, 20, tzinfo=UTC),
    sentence: str = "they plan to ramp it up to 700 MWh by 2020.",
) -> int:
    with session_scope(engine) as session:
        saved = save_article(
            session,
            ArticleRecord(
                url=url,
                title=f"Story {url}",
                text=sentence,
                published_at=published,
                source="electrek",
            ),
        )
        owner = get_or_create_company(session, company, aliases=aliases)
        claim = Claim(
            company_id=owner.id,
            metric=metric,
            value=value,
            unit=unit,
            qualifier=qualifier,
            target_year=target_year,
            stance=stance,
            fingerprint=fingerprint(owner.id, metric.value, value, target_year, stance.value),
            first_reported_at=published,
        )
        session.add(claim)
        session.flush()
        session.add(
            ClaimMention(
                claim_id=claim.id,
                article_id=saved.article_id,
                sentence=sentence,
                start=0,
                end=len(sentence),
                extractor_version="test",
            )
        )
        return claim.id
