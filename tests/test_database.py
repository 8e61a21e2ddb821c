"""The encrypted database: at rest, refusals that leave files untouched, migrations, rekey."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
import sqlcipher3
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

from conftest import CANARY_FIRST, CANARY_LAST, PASSPHRASE
from models.core import errors, migrate, paths
from models.core.db import Database
from models.roster.people import PersonInput, PhoneInput, create_person


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_bytes_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_file_is_encrypted_and_canary_never_appears(db, db_path, app_home, caplog):
    caplog.set_level(logging.DEBUG)
    create_person(db, PersonInput(first_name=CANARY_FIRST, last_name=CANARY_LAST, phones=[PhoneInput("(773) 555-0142")],
                                  email="zyx@example.org", notes="lives near the plant"))
    # Before a checkpoint the row sits in the -wal file: it must be encrypted too.
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for path in (db_path, wal):
        data = path.read_bytes()
        assert data[:16] != b"SQLite format 3\x00"
        for needle in (CANARY_FIRST, CANARY_LAST, "zyx@example.org", "5550142", "near the plant"):
            assert needle.encode() not in data
            assert needle.encode("utf-16-le") not in data
    db.checkpoint()
    assert CANARY_FIRST.encode() not in db_path.read_bytes()
    # Nothing personal in the log file or captured log records.
    logs = all_bytes_under(paths.log_dir())
    assert CANARY_FIRST.encode() not in logs
    assert all(CANARY_FIRST not in record.getMessage() for record in caplog.records)


def test_wrong_passphrase_is_refused_and_file_unchanged(db, db_path):
    create_person(db, PersonInput(first_name="Ana"))
    db.close()
    before = digest(db_path)
    siblings_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(errors.WrongPassphrase) as caught:
        Database.open(db_path, "not the passphrase")
    assert "passphrase" in caught.value.user_message
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings_before


def test_zero_byte_file_refused_untouched(tmp_path):
    empty = tmp_path / "empty.cdesk"
    empty.write_bytes(b"")
    with pytest.raises(errors.NotADatabase) as caught:
        Database.open(empty, PASSPHRASE)
    assert "empty" in caught.value.user_message
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.cdesk"]


@pytest.mark.parametrize(
    "content",
    [b"hello, this is a text file\n" * 3, b"\x00" * 100, bytes(range(256)) * 16 + b"x"],
    ids=["text", "short-zeros", "odd-size-binary"],
)
def test_damaged_or_foreign_file_refused_untouched(tmp_path, content):
    path = tmp_path / "thing.cdesk"
    path.write_bytes(content)
    with pytest.raises(errors.UserError):
        Database.open(path, PASSPHRASE)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.cdesk"]


def test_damaged_page_one_refused_untouched(db, db_path):
    db.close()
    data = bytearray(db_path.read_bytes())
    data[40] ^= 0xFF  # flip a byte inside page 1 (the HMAC no longer matches)
    db_path.write_bytes(bytes(data))
    with pytest.raises(errors.UserError):
        Database.open(db_path, PASSPHRASE)
    assert db_path.read_bytes() == bytes(data)


def test_plain_sqlite_file_is_never_opened(tmp_path):
    import sqlite3

    path = tmp_path / "plain.cdesk"
    conn = sqlite3.connect(path)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotADatabase) as caught:
        Database.open(path, PASSPHRASE)
    assert "unencrypted" in caught.value.user_message
    assert digest(path) == before


def test_encrypted_file_that_is_not_ours_is_refused(tmp_path):
    path = tmp_path / "other.cdesk"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("create table t(x)")
    conn.execute("insert into t values (1)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotADatabase):
        Database.open(path, PASSPHRASE)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(db, db_path):
    with db.write() as s:
        s.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')"))
    db.close()
    before = digest(db_path)
    with pytest.raises(errors.NewerSchema) as caught:
        Database.open(db_path, PASSPHRASE)
    assert "newer version" in caught.value.user_message
    assert digest(db_path) == before


def test_create_refuses_to_replace_a_file(tmp_path):
    path = tmp_path / "taken.cdesk"
    path.write_bytes(b"precious")
    with pytest.raises(errors.UserError):
        Database.create(path, PASSPHRASE)
    assert path.read_bytes() == b"precious"


def test_short_passphrase_refused(tmp_path):
    with pytest.raises(errors.ValidationError):
        Database.create(tmp_path / "x.cdesk", "short")
    assert not (tmp_path / "x.cdesk").exists()


def test_migrations_run_from_an_empty_database(db):
    assert set(db.schema_versions()) == migrate.known_heads()
    report = db.check()
    assert report.ok, report
    assert report.integrity == ["ok"]
    assert "people" in report.counts and "committees" in report.counts


def test_old_schema_is_copied_then_upgraded(tmp_path):
    """A file at the first revision only: opening copies it aside, then upgrades to the head."""
    path = tmp_path / "old.cdesk"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    engine = create_engine("sqlite://", creator=lambda: conn, module=sqlcipher3.dbapi2, poolclass=StaticPool)
    with engine.begin() as c:
        command.upgrade(migrate.config(c), "0001_foundation")
        c.execute(text("INSERT INTO app_meta (key, value) VALUES ('app', 'committee-desk')"))
    engine.dispose()
    conn.close()
    db = Database.open(path, PASSPHRASE)
    try:
        assert set(db.schema_versions()) == migrate.known_heads()
    finally:
        db.close()
    copies = list(tmp_path.glob("old.cdesk.before-upgrade-*.bak"))
    if migrate.known_heads() != {"0001_foundation"}:
        assert len(copies) == 1
        assert copies[0].read_bytes()[:16] != b"SQLite format 3\x00"
    else:
        assert copies == []


def test_change_passphrase(db, db_path):
    create_person(db, PersonInput(first_name="Rosa"))
    with pytest.raises(errors.WrongPassphrase):
        db.change_passphrase("wrong wrong", "a brand new passphrase")
    db.change_passphrase(PASSPHRASE, "a brand new passphrase")
    # The open database keeps working with the new key.
    with db.session() as s:
        assert s.execute(text("select count(*) from people")).scalar() == 1
    db.close()
    with pytest.raises(errors.WrongPassphrase):
        Database.open(db_path, PASSPHRASE)
    reopened = Database.open(db_path, "a brand new passphrase")
    reopened.close()


def test_close_drops_the_key(db):
    db.close()
    assert not db.is_open
    with pytest.raises(errors.UserError):
        with db.session() as s:
            s.execute(text("select 1")).all()


def test_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_revision_graph_without_alembic_matches_alembic():
    assert migrate.known_heads() == set(migrate.script().get_heads())
    assert set(migrate.revision_graph()[0]) == {rev.revision for rev in migrate.script().walk_revisions()}
