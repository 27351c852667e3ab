"""Alembic revisions. HEAD_REVISION lets the CLI check the schema without importing Alembic;
a test keeps it equal to Alembic's own head."""

HEAD_REVISION = "0001"
