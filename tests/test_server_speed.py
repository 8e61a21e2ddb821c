"""The committee server's round trips and bulk roads (issue 25, item 8): what makes the server
rows of ``make bench`` fast must not change what the app does. Runs against the throwaway
PostgreSQL server (tests/pg_server.py) and skips, saying why, when none can be started here."""

from __future__ import annotations

import pytest

from models.core import server as server_module
from models.core.server import ServerDatabase
from tests.conftest import SERVER_PASSWORD


def _backend_pid(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()


def test_a_pooled_connection_that_died_while_idle_is_replaced(pg_server, server_address, monkeypatch):
    """Connections are checked only after PING_AFTER seconds unused (not at every checkout), and
    one found dead then is replaced without the user seeing an error."""
    db = ServerDatabase.open(server_address, SERVER_PASSWORD, listen=False)
    try:
        first = _backend_pid(db)
        assert _backend_pid(db) == first  # the same pooled connection
        pg_server.execute(f"SELECT pg_terminate_backend({first})")
        monkeypatch.setattr(server_module, "PING_AFTER", 0.0)  # it has been idle long enough
        replaced = _backend_pid(db)
        assert replaced != first
    finally:
        db.close()


def test_a_connection_used_moments_ago_is_not_pinged(server_address):
    from sqlalchemy import event

    db = ServerDatabase.open(server_address, SERVER_PASSWORD, listen=False)
    sent: list[str] = []
    try:
        _backend_pid(db)
        pings = []
        original = db.engine.dialect.do_ping
        db.engine.dialect.do_ping = lambda dbapi: pings.append(1) or original(dbapi)
        event.listen(db.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
        for _ in range(3):
            _backend_pid(db)
        assert pings == [] and len(sent) == 3
    finally:
        db.close()
