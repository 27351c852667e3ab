"""Alembic revisions. HEAD_REVISION lets the CLI check the schema without importing Alembic;
a test keeps it equal to Alembic's own head."""

HEAD_REVISION = "0001"

# Tables in the tracker's database that these migrations do not own, so Alembic's autogenerate
# and `alembic check` ignore them (see env.py): APScheduler's SQLAlchemyJobStore creates and
# manages its own job table (`tracker.scheduler.JOB_TABLE`; a test keeps the two equal). Named
# here, not imported, so the schema never pulls in the scheduler.
EXTERNAL_TABLES = frozenset({"scheduler_jobs"})
