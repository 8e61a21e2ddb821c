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


def _schema(pg_server, name) -> tuple[set, set]:
    """The foreign keys and indexes of a server database, as their definitions."""
    import psycopg

    with psycopg.connect(pg_server.superuser_url(name)) as conn:
        keys = set(conn.execute("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                "WHERE contype = 'f' AND connamespace = 'public'::regnamespace").fetchall())
        indexes = set(conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'").fetchall())
    return keys, indexes


def _new_server_database(pg_server):
    from models.core import server_setup

    name, owner, password = pg_server.new_database()
    address = pg_server.address(owner, name)
    server_setup.init(address, password, organization="Copy speed")
    return name, address, password


def test_copy_up_puts_back_every_key_and_index_and_they_hold(pg_server, tmp_path):
    """The copy drops the foreign keys and plain indexes for its bulk load (COPY) and adds them
    back in the same transaction: afterwards the schema is as server init made it, and a key
    still refuses a row without its parent."""
    import psycopg

    from models.core import demo, transfer
    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    name, address, password = _new_server_database(pg_server)
    before = _schema(pg_server, name)
    assert before[0] and before[1]
    source = Database.create(tmp_path / "c.cdesk", PASSPHRASE, organization="Copy speed")
    server = ServerDatabase.open(address, password, listen=False)
    try:
        demo.generate(source, people=60, seed=3)
        counts = transfer.copy_to_server(source, server)
        assert counts["people"] == 60
    finally:
        server.close()
        source.close()
    assert _schema(pg_server, name) == before
    with psycopg.connect(pg_server.superuser_url(name)) as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("INSERT INTO phones (person_id, position, raw, e164, label) VALUES (999999, 0, '1', '', '')")


def test_a_copy_whose_rows_break_a_key_writes_nothing(pg_server, tmp_path):
    """A file row pointing at a missing parent (possible in a damaged file: SQLite checks keys
    only when asked) fails the copy when the key is added back: nothing stays on the server."""
    import psycopg

    from models.core import demo, transfer
    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    name, address, password = _new_server_database(pg_server)
    before = _schema(pg_server, name)
    source = Database.create(tmp_path / "bad.cdesk", PASSPHRASE, organization="Copy speed")
    server = ServerDatabase.open(address, password, listen=False)
    try:
        demo.generate(source, people=20, seed=4)
        raw = source.engine.raw_connection()
        try:
            raw.commit()
            raw.driver_connection.execute("PRAGMA foreign_keys = OFF")
            raw.driver_connection.execute(
                "INSERT INTO phones (person_id, position, raw, e164, label) VALUES (999999, 0, '1', '', '')")
            raw.commit()
            raw.driver_connection.execute("PRAGMA foreign_keys = ON")
        finally:
            raw.close()
        with pytest.raises(Exception):
            transfer.copy_to_server(source, server)
    finally:
        server.close()
        source.close()
    assert _schema(pg_server, name) == before
    with psycopg.connect(pg_server.superuser_url(name)) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
