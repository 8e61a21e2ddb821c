"""Setting up a committee server: what ``committee-desk server init`` does (issue 25).

Run by the server's owner (the PostgreSQL login that owns the database; it needs CREATEROLE to
add people later, never superuser): the schema through the one Alembic history, the mark that
says the database is ours, then the roles, grants and row-level security policies
(models/core/server_roles.py). Running it again upgrades the schema and re-applies the policies.
"""

from __future__ import annotations

import logging

from .base import utcnow
from .db import APP_MARK
from .entities import AppMeta
from . import server_roles
from .server import ServerDatabase

log = logging.getLogger(__name__)


def init(address: str, password: str, organization: str = "") -> None:
    """Set up (or upgrade) the committee database at ``address`` as its owner."""
    db = ServerDatabase.open(address, password, migrate_schema=True, listen=False)
    try:
        with db.write() as s:
            if s.get(AppMeta, "app") is None:
                s.add_all([
                    AppMeta(key="app", value=APP_MARK),
                    AppMeta(key="organization", value=organization),
                    AppMeta(key="created_at", value=utcnow().isoformat(timespec="seconds")),
                ])
        # --- roles, grants and row-level security (models/core/server_roles.py) ---
        with db.engine.begin() as conn:
            server_roles.install(conn.connection.driver_connection)
    finally:
        db.close()
    log.info("committee server set up")
