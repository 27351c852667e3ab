"""Companies in the database: finding one by any alias, and creating them from the gazetteer."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Company, CompanyAlias, CompanyKind
from tracker.errors import UsageError
from tracker.textnorm import name_key
from tracker.vocabulary import nearest


def find_company(session: Session, name: str) -> Company | None:
    key = name_key(name)
    company = session.scalar(select(Company).join(CompanyAlias).where(CompanyAlias.key == key))
    if company is None:
        for candidate in session.scalars(select(Company)):
            if name_key(candidate.name) == key:
                return candidate
    return company


def require_company(session: Session, name: str) -> Company | None:
    """The stored company called `name`; None for a gazetteer company with nothing stored yet;
    otherwise a UsageError naming the nearest known names (stored or in the gazetteer)."""
    company = find_company(session, name)
    if company is not None:
        return company
    from tracker.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    canonical = gazetteer.resolve(name)
    if canonical is not None:
        return find_company(session, canonical)
    names = list(session.scalars(select(Company.name)))
    names += [known.name for known in gazetteer]
    suggestions = nearest(name, names)
    hint = f"; nearest: {', '.join(suggestions)}" if suggestions else ""
    raise UsageError(f"unknown company {name!r}{hint}")


def get_or_create_company(
    session: Session,
    name: str,
    *,
    kind: CompanyKind = CompanyKind.OTHER,
    country: str | None = None,
    aliases: tuple[str, ...] = (),
    from_gazetteer: bool = False,
) -> Company:
    """The stored company for `name` or any alias; created with every alias if it is new."""
    company = find_company(session, name)
    for alias in aliases:
        if company is not None:
            break
        company = find_company(session, alias)
    if company is None:
        company = Company(name=name, kind=kind, country=country, from_gazetteer=from_gazetteer)
        session.add(company)
        session.flush()
    known = {alias.key for alias in company.aliases}
    for alias in (name, *aliases):
        key = name_key(alias)
        if key and key not in known:
            exists = session.scalar(select(CompanyAlias.id).where(CompanyAlias.key == key))
            if exists is None:
                company.aliases.append(CompanyAlias(alias=alias, key=key))
                known.add(key)
    session.flush()
    return company
