"""Issue 24 item 5: one linear migration history, tested from every earlier schema.

Until 0013 each feature added its revision on its own branch and the app upgraded to all heads;
0014_one_history joined those seven heads, and from there every new revision follows the head.

PAST_SCHEMAS holds, for each commit that changed models/migrations/versions, the heads a database
had once that version of the app had opened it (`git log -- models/migrations/versions`; the app
upgraded to all heads). Each one is built as it was (Alembic upgraded to exactly those revisions)
and filled by plain SQL, not by today's models, with rows in every table that existed then. It is
then opened the way the app opens a file (Database.open): every row keeps its values, the schema
equals that of a new database, and one head remains. Built from today's revision files, each past
schema must equal what that commit's own files built (the digest in PAST_SCHEMAS): released
revisions stay as they were.
"""

from __future__ import annotations

import hashlib

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext

from models.core import migrate
from models.core.db import Database
from tests.conftest import PASSPHRASE

FEATURE_HEADS = ("0002_imports", "0003_resolutions", "0004_trainings", "0006_leaflets", "0007_audit",
                 "0008_caller_index")  # from 2173aba on; the roster's chain grew beside them
# After each commit that changed the migrations (commit, then what it added): the heads on disk, and
# a digest of the schema (_schema) that commit's own revision files built. Today's files must build
# the same: a released revision is never edited.
PAST_SCHEMAS = {
    "1aac068-foundation": ("a974abcb133e1787", ("0001_foundation",)),
    "96a9e7d-leaflets": ("8dd9d8ba2d4d0a7b", ("0006_leaflets",)),
    "69fc1ce-trainings": ("0a8bb23ee85a151a", ("0004_trainings", "0006_leaflets")),
    "c3a7570-mobilization": ("965dd83e9048337f", ("0004_trainings", "0005_mobilization", "0006_leaflets")),
    "07cf795-resolutions": ("57ae2b909fad3b86", ("0003_resolutions", "0004_trainings", "0005_mobilization",
                                                 "0006_leaflets")),
    "878ce86-imports": ("fb8d60bf2ac52355", ("0002_imports", "0003_resolutions", "0004_trainings",
                                             "0005_mobilization", "0006_leaflets")),
    "6dd0cfa-audit": ("1dedb3aa228a1c18", ("0002_imports", "0003_resolutions", "0004_trainings",
                                           "0005_mobilization", "0006_leaflets", "0007_audit")),
    "2173aba-caller-index": ("ba380c0aadaf22f0", FEATURE_HEADS),
    "5903fe4-email-index": ("0db51965aa980637", (*FEATURE_HEADS, "0009_people_email_index")),
    "394ad75-e164-index": ("c40326bbc6b43e76", (*FEATURE_HEADS, "0010_phones_e164_index")),
    "1256f73-name-order": ("f8568540688fd914", (*FEATURE_HEADS, "0012_name_order")),
    "7b77cbf-person-fields": ("435172c53cd7d542", (*FEATURE_HEADS, "0013_person_fields")),
    "a31d69e-one-history": ("435172c53cd7d542", ("0014_one_history",)),
}

AT = "2026-11-24 09:30:00.000000"
# Rows inserted into each table that exists at a past schema, in foreign-key order. A column the
# table does not have yet is left out (people gained name_order in 0012, the rest in 0013).
ROWS = [
    ("app_meta", dict(key="app", value="committee-desk")),
    ("app_meta", dict(key="organization", value="Local 555")),
    ("tags", dict(id=1, name="volunteer")),
    ("workplaces", dict(id=1, name="Lakeside Bakery", employer="Lakeside Foods", address="1 Harbor Rd",
                        union_local="Local 555", unit_size=120, created_at=AT, updated_at=AT)),
    ("departments", dict(id=1, workplace_id=1, name="Packing")),
    ("shifts", dict(id=1, workplace_id=1, name="Nights", position=2)),
    ("committees", dict(id=1, name="Bakery committee", kind="workplace", workplace_id=1, union_local="Local 555",
                        notes="meets Tuesdays", created_at=AT)),
    ("people", dict(id=1, first_name="Ana", last_name="Prueba", preferred_name="Anita", email="ana@example.org",
                    languages="es,en", workplace_id=1, department_id=1, shift_id=1, job_title="Packer",
                    membership="steward", assessment=2, notes="", ok_to_call=1, ok_to_text=0, do_not_contact=0,
                    created_at=AT, updated_at=AT, consent_source="entered by hand", street="2 Elm St",
                    city="Springfield", postal_code="60601", external_id="E-1001", hire_date="2024-03-01")),
    ("people", dict(id=2, first_name="小明", last_name="王", preferred_name="", email="", languages="zh",
                    workplace_id=None, department_id=None, shift_id=None, job_title="", membership="non-member",
                    assessment=None, notes="walk-in", ok_to_call=0, ok_to_text=1, do_not_contact=1,
                    created_at=AT, updated_at=AT, name_order="family_first")),
    ("phones", dict(id=1, person_id=1, position=0, raw="(773) 555-0101", e164="+17735550101", label="cell")),
    ("phones", dict(id=2, person_id=1, position=1, raw="773-555-0102", e164="+17735550102", label="home")),
    ("phones", dict(id=3, person_id=2, position=0, raw="555-0103", e164="", label="")),
    ("assessments", dict(id=1, person_id=1, value=2, assessed_by="Rosa", assessed_at=AT, note="signed card")),
    ("committee_members", dict(id=1, committee_id=1, person_id=1, role="chair", joined_on="2025-01-15",
                               left_on=None)),
    ("person_tags", dict(person_id=1, tag_id=1)),
    ("import_batches", dict(id=1, file_name="members.csv", sheet="", imported_at=AT, imported_by="rosa",
                            rows_read=2, added=1, merged=1, skipped=0, invalid=0, created_refs="{}")),
    ("import_mappings", dict(header_key="a" * 64, mapping='{"First": "first_name"}', updated_at=AT)),
    ("import_batch_people", dict(id=1, batch_id=1, person_id=2, action="added", changes="{}")),
    ("meetings", dict(id=1, committee_id=1, starts_at=AT, place="Break room", agenda="Heat", minutes="",
                      created_at=AT)),
    ("meeting_attendance", dict(id=1, meeting_id=1, person_id=1, guest_name="", is_member=1)),
    ("meeting_attendance", dict(id=2, meeting_id=1, person_id=None, guest_name="Guest Speaker", is_member=0)),
    ("committee_tasks", dict(id=1, committee_id=1, meeting_id=1, title="Fans for packing", owner_person_id=1,
                             due_on="2026-12-01", done=0, notes="", created_at=AT)),
    ("resolutions", dict(id=1, title="Heat safety", title_es="Seguridad ante el calor", committee_id=1,
                         target_body="Local 555", status="adopted", language="en", created_at=AT,
                         updated_at=AT)),
    ("resolution_versions", dict(id=1, resolution_id=1, number=1, saved_at=AT, saved_by="rosa",
                                 title="Heat safety", title_es="Seguridad ante el calor",
                                 clauses='["Whereas"]', note="")),
    ("resolution_sponsors", dict(resolution_id=1, person_id=1, position=0)),
    ("resolution_votes", dict(id=1, resolution_id=1, body="Local 555", voted_on="2026-11-20", votes_for=30,
                              votes_against=2, votes_abstain=1, by_acclamation=0, outcome="adopted", notes="")),
    ("training_topics", dict(id=1, name="Know your rights", name_es="Conozca sus derechos", description="",
                             description_es="", expected_minutes=90, refresh_months=12, created_at=AT)),
    ("training_sessions", dict(id=1, topic_id=1, starts_at=AT, place_workplace_id=1, place_text="Hall",
                               languages="es,en", capacity=30, notes="", materials="", created_at=AT)),
    ("training_registrations", dict(id=1, session_id=1, person_id=1, status="attended", walk_in=0, evaluation=5,
                                    comment="clear", registered_at=AT)),
    ("training_session_trainers", dict(session_id=1, person_id=2)),
    ("training_followups", dict(id=1, registration_id=1, person_id=1, kind="call back", owner_id=2,
                                due="2026-12-10", done=0, note="", created_at=AT)),
    ("events", dict(id=1, name="Rally at the plant", kind="rally", starts_at=AT, place="Main gate", target=50,
                    notes="", created_at=AT, updated_at=AT)),
    ("event_scripts", dict(event_id=1, language="es", text="Hola, ¿vienes?")),
    ("event_committees", dict(event_id=1, committee_id=1)),
    ("call_lists", dict(id=1, event_id=1, name="Bakery", criteria="{}", excluded="[]", created_at=AT,
                        built_at=AT)),
    ("call_list_entries", dict(id=1, list_id=1, person_id=1, caller_id=2, position=0, added_at=AT,
                               last_outcome="yes", last_called_at=AT, attempts=1)),
    ("calls", dict(id=1, event_id=1, person_id=1, entry_id=1, caller_id=2, outcome="yes", called_at=AT,
                   note="bringing two", flagged=0, source="phone")),
    ("checkins", dict(id=1, event_id=1, person_id=1, checked_in_at=AT, walk_in=0)),
    ("leaflets", dict(id=1, title="Heat", layout="half-letter", paper="letter", languages="en,es",
                      content='{"en": "Stay cool"}', created_at=AT, updated_at=AT)),
    ("audit_log", dict(id=1, at=AT, user="rosa", action="export", kind="people", object_id=None, count=2)),
    ("logins", dict(name="rosa_caller", role="caller", person_id=2, created_at=AT)),
    ("login_committees", dict(login="rosa_caller", committee_id=1)),
]


def _only_head() -> str:
    (head,) = migrate.script().get_heads()
    return head


def _pragma(conn, name: str, argument: str) -> list:
    return conn.exec_driver_sql(f'PRAGMA {name}("{argument}")').all()


def _columns(conn, table: str) -> set[str]:
    return {row[1] for row in _pragma(conn, "table_info", table)}


def _fill(conn) -> dict[str, list[dict]]:
    """ROWS into the tables that exist, with the columns they have; returns what was written."""
    written: dict[str, list[dict]] = {}
    for table, row in ROWS:
        columns = _columns(conn, table)
        if not columns:
            continue  # not created yet at this schema
        values = {key: value for key, value in row.items() if key in columns}
        names = ", ".join(f'"{key}"' for key in values)
        conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))})',
                             tuple(values.values()))
        written.setdefault(table, []).append(values)
    return written


def _database_at(path, heads: tuple[str, ...]) -> tuple[str, dict[str, list[dict]]]:
    """An encrypted file upgraded to exactly ``heads``, with rows: (its schema's digest, the rows
    written). Its connections are the app's own (key, foreign keys on, one transaction)."""
    db = Database(path, PASSPHRASE, creating=True)
    try:
        with db.engine.begin() as c:
            command.upgrade(migrate.config(c), heads)  # all of them at once (one read of the scripts)
            assert migrate.current_heads(c) == set(heads)
            digest = hashlib.sha256(repr(sorted(_schema(c), key=repr)).encode()).hexdigest()[:16]
            return digest, _fill(c)
    finally:
        db.close()


def _schema(conn) -> set[tuple]:
    """Every schema object with its SQL (CHECK constraints live only there), column, index and
    foreign key, as a set of facts: the order in which they were created does not count."""
    facts = {
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }
    for (table,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").all():
        facts |= {("column", table, *row[1:]) for row in _pragma(conn, "table_info", table)}
        facts |= {("foreign key", table, *row[2:]) for row in _pragma(conn, "foreign_key_list", table)}
        for index in _pragma(conn, "index_list", table):
            columns = tuple(col[2] for col in _pragma(conn, "index_info", index[1]))
            facts.add(("index", table, index[1], index[2], columns))
    return facts


@pytest.fixture(scope="module")
def new_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("new") / "new.cdesk"
    db = Database.create(path, PASSPHRASE)
    try:
        with db.engine.connect() as c:
            return _schema(c)
    finally:
        db.close()


def test_the_history_has_one_head():
    script = migrate.script()
    heads = script.get_heads()
    described = ", ".join(f"{h} (down_revision {script.get_revision(h).down_revision!r})" for h in sorted(heads))
    assert len(heads) == 1, (
        f"The migration history has {len(heads)} heads: {described}. It is linear since 0014_one_history: "
        "set the new revision's down_revision to the current head (the newest revision before yours)."
    )
    assert migrate.known_heads() == set(heads)


def test_every_earlier_revision_has_its_past_schema_tested():
    script = migrate.script()
    tested = {rev for _digest, heads in PAST_SCHEMAS.values() for rev in heads}
    untested = {rev.revision for rev in script.walk_revisions()} - tested - set(script.get_heads())
    assert not untested, (
        f"No entry of PAST_SCHEMAS has {sorted(untested)} as its heads: a database at that schema is "
        f"on users' disks. Add the schema before your revision, e.g. ({sorted(untested)[-1]!r},) (the test of "
        "that state prints its digest)."
    )


def test_the_rows_cover_every_table(new_schema):
    tables = {fact[1] for fact in new_schema if fact[0] == "table"}
    missing = tables - {"alembic_version"} - {table for table, _ in ROWS}
    assert not missing, f"Add a representative row of {sorted(missing)} to ROWS."


@pytest.mark.parametrize("state", list(PAST_SCHEMAS))
def test_an_earlier_schema_opens_with_every_row(tmp_path, state, new_schema):
    expected_digest, heads = PAST_SCHEMAS[state]
    path = tmp_path / "earlier.cdesk"
    digest, written = _database_at(path, heads)
    assert digest == expected_digest, (
        f"The schema built at {state} is not the one users have: a released revision was edited (leave it as it "
        f"was and add a new revision), or a new Alembic writes its SQL otherwise (compare, then record {digest!r})."
    )
    db = Database.open(path, PASSPHRASE)
    try:
        with db.engine.connect() as c:
            assert MigrationContext.configure(c).get_current_heads() == (_only_head(),)
            for table, rows in written.items():
                stored = [row._asdict() for row in c.exec_driver_sql(f'SELECT * FROM "{table}"')]
                changed = [row for row in rows if not any(row.items() <= found.items() for found in stored)]
                assert (len(stored), changed) == (len(rows), []), f"{table}: rows lost or changed"
            schema = _schema(c)
        only_here, only_new = (sorted(facts, key=repr) for facts in (schema - new_schema, new_schema - schema))
        assert (only_here, only_new) == ([], []), "the schema differs from a new database's"
    finally:
        db.close()
    assert len(list(tmp_path.glob("earlier.cdesk.before-upgrade-*.bak"))) == 1
