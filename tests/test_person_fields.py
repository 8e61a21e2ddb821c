"""Issue 20 items 3 and 5: consent yes / no / unknown with source and date, the postal address,
external ID, second email and hire date (migration 0013, the roster functions, the export)."""

from __future__ import annotations

import sqlcipher3
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

from models import migrate
from models.base import Base
from models.db import Database
from tests.conftest import PASSPHRASE


def _database_at(path, revision: str):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA foreign_keys = ON")  # as the app migrates: a table rebuild would cascade
    engine = create_engine("sqlite://", creator=lambda: conn, module=sqlcipher3.dbapi2, poolclass=StaticPool)
    with engine.begin() as c:
        command.upgrade(migrate.config(c), revision)
        c.execute(text("INSERT INTO app_meta (key, value) VALUES ('app', 'committee-desk')"))
    return engine, conn


def test_upgrade_keeps_every_person_phone_and_consent_value(tmp_path):
    """0012 -> 0013 on a roster with phones and tags: nothing cascades away, values stay as they
    were (set by people or old imports), and unknown can be stored afterwards."""
    path = tmp_path / "old.cdesk"
    engine, conn = _database_at(path, "0012_name_order")
    with engine.begin() as c:
        for pid, call, textok, dnc in ((1, 1, 0, 0), (2, 0, 1, 1)):
            c.execute(text(
                "INSERT INTO people (id, first_name, last_name, preferred_name, email, languages, job_title, "
                "membership, notes, ok_to_call, ok_to_text, do_not_contact, created_at, updated_at) VALUES "
                "(:id, 'Ana', 'Prueba', '', '', '', '', 'member', '', :call, :text, :dnc, "
                "'2026-01-01', '2026-01-01')"), dict(id=pid, call=call, text=textok, dnc=dnc))
            c.execute(text("INSERT INTO phones (person_id, position, raw, e164, label) VALUES "
                           "(:id, 0, '(773) 555-0101', '+17735550101', 'cell')"), dict(id=pid))
        c.execute(text("INSERT INTO tags (id, name) VALUES (1, 'volunteer')"))
        c.execute(text("INSERT INTO person_tags (person_id, tag_id) VALUES (1, 1), (2, 1)"))
    engine.dispose()
    conn.close()

    db = Database.open(path, PASSPHRASE)
    try:
        assert set(db.schema_versions()) == migrate.known_heads()
        with db.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM phones")).scalar() == 2
            assert c.execute(text("SELECT count(*) FROM person_tags")).scalar() == 2
            rows = c.execute(text("SELECT ok_to_call, ok_to_text, do_not_contact, ok_to_email, consent_source, "
                                  "consent_date, street, external_id, hire_date FROM people ORDER BY id")).all()
            assert [tuple(r) for r in rows] == [(1, 0, 0, None, "", None, "", "", None),
                                                 (0, 1, 1, None, "", None, "", "", None)]
            diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
        assert diff == []
        report = db.check()
        assert report.ok, report
        with db.write() as s:  # unknown is storable now
            s.execute(text("UPDATE people SET ok_to_call = NULL, do_not_contact = NULL WHERE id = 1"))
    finally:
        db.close()


def test_downgrade_turns_unknown_into_no_and_keeps_the_rows(tmp_path):
    path = tmp_path / "x.cdesk"
    engine, conn = _database_at(path, "0013_person_fields")
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO people (id, first_name, last_name, preferred_name, email, languages, job_title, "
            "membership, notes, created_at, updated_at, street) VALUES "
            "(1, 'Ana', 'Prueba', '', '', '', '', 'member', '', '2026-01-01', '2026-01-01', '1 Main St')"))
        c.execute(text("INSERT INTO phones (person_id, position, raw, e164, label) VALUES (1, 0, 'x', '', '')"))
        command.downgrade(migrate.config(c), "0012_name_order")
        assert c.execute(text("SELECT ok_to_call, ok_to_text, do_not_contact FROM people")).one() == (0, 0, 0)
        assert c.execute(text("SELECT count(*) FROM phones")).scalar() == 1
        columns = {row[1]: row[3] for row in c.execute(text("PRAGMA table_info(people)"))}
        assert "street" not in columns and columns["ok_to_call"] == 1  # NOT NULL again
    engine.dispose()
    conn.close()
