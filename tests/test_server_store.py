"""The committee server store (issue 25): addresses, TLS, logins, placeholders, live changes.

These run against a throwaway PostgreSQL server (tests/pg_server.py) and skip, saying why, when
none can be started here."""

from __future__ import annotations

import threading

import pytest

from models.core import dialect, errors
from models.core.changes import Kind
from models.core.server import ServerDatabase, is_server_address, parse_address
from tests.conftest import SERVER_PASSWORD


def test_raw_sql_placeholders_become_psycopg_ones_outside_quotes():
    assert dialect.driver_placeholders("SELECT ? , '?', \"a?\" WHERE x LIKE 'a%' AND y = ?") == \
        "SELECT %s , '?', \"a?\" WHERE x LIKE 'a%%' AND y = %s"
    assert dialect.driver_placeholders("SELECT 5 % 2") == "SELECT 5 %% 2"


def test_an_address_is_told_from_a_file_path():
    assert is_server_address("postgresql://rosa@hall.example.org/local555")
    assert is_server_address("postgres://rosa@localhost/local555")
    assert not is_server_address("/home/rosa/local555.cdesk")
    assert not is_server_address("postgresql.cdesk")


def test_another_machine_is_reached_only_with_a_checked_certificate():
    assert parse_address("postgresql://rosa@hall.example.org/local555").query["sslmode"] == "verify-full"
    for weaker in ("disable", "prefer", "require", "verify-ca"):
        with pytest.raises(errors.UserError, match="verify-full"):
            parse_address(f"postgresql://rosa@hall.example.org/local555?sslmode={weaker}")
    assert "sslmode" not in parse_address("postgresql://rosa@localhost/local555").query  # this machine


def test_a_password_in_the_address_is_refused_and_not_repeated():
    with pytest.raises(errors.UserError) as caught:
        parse_address("postgresql://rosa:s3cret-pass@localhost/local555")
    assert "s3cret-pass" not in caught.value.user_message


def test_a_remote_server_without_its_certificate_sends_nothing(tmp_path, monkeypatch):
    """verify-full with no root certificate: libpq stops before connecting; a clear message."""
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "missing-root.crt"))
    with pytest.raises(errors.UserError, match="certificate|could not be reached"):
        ServerDatabase.open("postgresql://rosa@192.0.2.1:5432/local555?connect_timeout=2", "x" * 12, listen=False)


def test_the_app_never_runs_as_a_superuser(pg_server, pg_template):
    from pg_server import SUPERUSER

    name, _owner = pg_template
    with pytest.raises(errors.PermissionDenied, match="superuser"):
        ServerDatabase.open(pg_server.address(SUPERUSER, name), pg_server.password, listen=False)


def test_a_wrong_password_says_so(pg_server, pg_template):
    name, owner = pg_template
    with pytest.raises(errors.WrongPassphrase) as caught:
        ServerDatabase.open(pg_server.address(owner, name), "not the password", listen=False)
    assert "not the password" not in caught.value.user_message


def test_a_database_not_set_up_is_refused(pg_server):
    name, owner, password = pg_server.new_database()
    with pytest.raises(errors.NotADatabase, match="server init"):
        ServerDatabase.open(pg_server.address(owner, name), password, listen=False)


def test_close_forgets_the_password_and_nothing_connects_again(server_address):
    """As the file drops its key: once closed (locked), the store cannot reach the server again,
    not even through the engine's pool making a new connection."""
    from sqlalchemy import text

    db = ServerDatabase.open(server_address, SERVER_PASSWORD, listen=False)
    with db.session() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1
    db.close()
    assert not db.is_open
    with pytest.raises(errors.UserError, match="closed"):
        with db.session() as s:
            s.execute(text("SELECT 1")).all()
    with pytest.raises(errors.UserError, match="closed"):
        with db.write() as s:
            s.execute(text("SELECT 1"))


def test_another_apps_change_is_announced_within_a_second(server_address):
    from models.roster.people import PersonInput, create_person

    mine = ServerDatabase.open(server_address, SERVER_PASSWORD)
    theirs = ServerDatabase.open(server_address, SERVER_PASSWORD)
    heard = threading.Event()
    seen: list = []

    def listener(changes):
        seen.append(changes)
        if changes.touches(Kind.PEOPLE):
            heard.set()

    own: list = []
    try:
        mine.add_change_listener(listener)
        theirs.add_change_listener(own.append)
        create_person(theirs, PersonInput(first_name="Lucía", last_name="Ramos"))
        assert heard.wait(1.0), "the other app's new person was not announced within a second"
        heard.clear()
        assert not heard.wait(0.5)  # once
        assert len(own) == 1  # the writer heard its own write once: at commit, not again from the server
    finally:
        mine.close()
        theirs.close()
