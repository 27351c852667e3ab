"""Database layer: the schema, the vocabularies and how to open a database.

Importing this package is cheap (SQLAlchemy and Alembic only): query commands rely on that.
"""

from models.db import DatabaseError, connect, create_db_engine, safe_url, session_scope, upgrade
from models.schema import (
    Article,
    ArticleAlias,
    Base,
    Claim,
    ClaimMention,
    Company,
    CompanyAlias,
    Event,
    JobState,
    SkippedPage,
    Source,
    StatusChange,
)
from models.vocab import (
    CANONICAL_UNIT,
    SETTLED_STATUSES,
    CompanyKind,
    DecidedBy,
    EventKind,
    Metric,
    Qualifier,
    SourceKind,
    Stance,
    Status,
)

__all__ = [
    "CANONICAL_UNIT",
    "SETTLED_STATUSES",
    "Article",
    "ArticleAlias",
    "Base",
    "Claim",
    "ClaimMention",
    "Company",
    "CompanyAlias",
    "CompanyKind",
    "DatabaseError",
    "DecidedBy",
    "Event",
    "EventKind",
    "JobState",
    "Metric",
    "Qualifier",
    "SkippedPage",
    "Source",
    "SourceKind",
    "Stance",
    "Status",
    "StatusChange",
    "connect",
    "create_db_engine",
    "safe_url",
    "session_scope",
    "upgrade",
]
