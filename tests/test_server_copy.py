"""``committee-desk copy``: a committee's encrypted file onto a server and back (issue 25, item 2).

The demo in a file, copied up to a server database set up by ``server init``, copied down again
into a NEW encrypted file: every row of every table is the same, ids included; the new file opens
offline with its passphrase and is encrypted. Skips, saying why, when no PostgreSQL can start."""

from __future__ import annotations

import os
from unittest import mock

import pytest

pytest.importorskip("psycopg")

from cli_in_process import run_in_process  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402

NEW_PASSPHRASE = "quarry lantern velvet orbit"


def rows_by_table(db) -> dict[str, list[tuple]]:
    """Every row of every table, sorted (the same rows whatever order a store returns them in)."""
    from models.core import tables  # noqa: F401
    from models.core.base import Base

    out = {}
    with db.engine.connect() as conn:
        for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
            out[table.name] = sorted((tuple(r) for r in conn.execute(table.select())), key=repr)
    return out


def _cli(home, *args, env):
    with mock.patch.dict(os.environ, env):
        return run_in_process(*args, passphrase=env.get("COMMITTEE_DESK_PASSPHRASE"), home=home)


def test_a_file_goes_up_to_the_server_and_comes_back_the_same(pg_server, tmp_path, app_home):
    from models.core import demo
    from models.core.db import Database
    from models.core.server import ServerDatabase

    source = tmp_path / "committee.cdesk"
    db = Database.create(source, PASSPHRASE, organization="Copy test local")
    try:
        demo.generate(db, people=200, seed=7)
        before = rows_by_table(db)
    finally:
        db.close()
    assert len(before["people"]) == 200 and before["call_list_entries"] and before["training_registrations"]

    name, owner, password = pg_server.new_database()
    address = pg_server.address(owner, name)
    env = {"COMMITTEE_DESK_PASSWORD": password, "COMMITTEE_DESK_PASSPHRASE": PASSPHRASE}
    assert _cli(app_home, "server", "init", "--db", address, env=env).returncode == 0
    done = _cli(app_home, "copy", "--from", str(source), "--to", address, env=env)
    assert done.returncode == 0, done.stderr
    assert "200 people" in done.stdout

    server = ServerDatabase.open(address, password, listen=False)
    try:
        assert rows_by_table(server) == before
        # the sequences are past the copied ids: a new row gets a new id
        with server.write() as s:
            new_id = s.connection().exec_driver_sql(
                "INSERT INTO tags (name) VALUES ('after the copy') RETURNING id").scalar()
        assert new_id > max(row[0] for row in before["tags"])
        with server.write() as s:
            s.connection().exec_driver_sql("DELETE FROM tags WHERE id = ?", (new_id,))
        # the audit trigger is on again after the copy: the server writes the login as the user
        with server.write() as s:
            user = s.connection().exec_driver_sql(
                "INSERT INTO audit_log (at, \"user\", action, kind) VALUES (now(), 'not me', 'edited', 'person') "
                "RETURNING \"user\"").scalar()
            assert user == owner
            s.connection().exec_driver_sql("DELETE FROM audit_log WHERE \"user\" = ?", (owner,))
    finally:
        server.close()

    again = _cli(app_home, "copy", "--from", str(source), "--to", address, env=env)
    assert again.returncode == 2 and "already holds data" in again.stderr

    snapshot = tmp_path / "snapshot.cdesk"
    done = _cli(app_home, "copy", "--from", address, "--to", str(snapshot),
                env={"COMMITTEE_DESK_PASSWORD": password, "COMMITTEE_DESK_PASSPHRASE": NEW_PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert not snapshot.read_bytes().startswith(b"SQLite format 3\0")
    copy = Database.open(snapshot, NEW_PASSPHRASE)
    try:
        assert rows_by_table(copy) == before
    finally:
        copy.close()

    exists = _cli(app_home, "copy", "--from", address, "--to", str(snapshot),
                  env={"COMMITTEE_DESK_PASSWORD": password, "COMMITTEE_DESK_PASSPHRASE": NEW_PASSPHRASE})
    assert exists.returncode == 2 and "never overwrites" in exists.stderr


def test_only_the_owner_copies_onto_a_server_and_only_owner_or_admin_copies_out(pg_server, tmp_path, app_home):
    from models.core.db import Database

    name, owner, password = pg_server.new_database()
    address = pg_server.address(owner, name)
    env = {"COMMITTEE_DESK_PASSWORD": password, "COMMITTEE_DESK_PASSPHRASE": PASSPHRASE}
    assert _cli(app_home, "server", "init", "--db", address, env=env).returncode == 0
    with mock.patch.dict(os.environ, env):
        done = run_in_process("server", "add-user", "cal_one", "--role", "admin", "--password-stdin", "--db", address,
                              passphrase=None, home=app_home, stdin="admin password here\n")
    assert done.returncode == 0, done.stderr
    source = tmp_path / "small.cdesk"
    Database.create(source, PASSPHRASE).close()
    as_admin = {"COMMITTEE_DESK_PASSWORD": "admin password here", "COMMITTEE_DESK_PASSPHRASE": PASSPHRASE}
    admin_address = pg_server.address("cal_one", name)
    refused = _cli(app_home, "copy", "--from", str(source), "--to", admin_address, env=as_admin)
    assert refused.returncode == 2 and "owner" in refused.stderr
    out = _cli(app_home, "copy", "--from", admin_address, "--to", str(tmp_path / "out.cdesk"), env=as_admin)
    assert out.returncode == 0, out.stderr
    both_files = _cli(app_home, "copy", "--from", str(source), "--to", str(tmp_path / "x.cdesk"), env=as_admin)
    assert both_files.returncode == 2 and "between an encrypted file and a committee server" in both_files.stderr


def test_a_weak_passphrase_for_the_new_file_is_refused(pg_server, tmp_path, app_home):
    name, owner, password = pg_server.new_database()
    address = pg_server.address(owner, name)
    assert _cli(app_home, "server", "init", "--db", address, env={"COMMITTEE_DESK_PASSWORD": password}).returncode == 0
    done = _cli(app_home, "copy", "--from", address, "--to", str(tmp_path / "weak.cdesk"),
                env={"COMMITTEE_DESK_PASSWORD": password, "COMMITTEE_DESK_PASSPHRASE": "password123"})
    assert done.returncode == 2 and "weak" in done.stderr
    assert not (tmp_path / "weak.cdesk").exists()
