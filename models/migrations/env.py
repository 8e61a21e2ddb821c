"""Alembic environment: runs on the connection handed in by models.core.migrate (already unlocked)."""

from alembic import context

from models.core import tables  # noqa: F401  (registers every table)
from models.core.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app drives migrations
    raise SystemExit("Run migrations through Committee Desk (models.core.migrate), not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=config.attributes.get("include_object"),
)
with context.begin_transaction():
    context.run_migrations()
