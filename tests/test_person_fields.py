"""Issue 20 items 3 and 5: consent yes / no / unknown with source and date, the postal address,
external ID, second email and hire date (migration 0013, the roster functions, the export)."""

from __future__ import annotations

import sqlcipher3
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

from models.core import migrate
from models.core.base import Base
from models.core.db import Database
from tests.conftest import PASSPHRASE, key_connection


def _database_at(path, revision: str):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    key_connection(conn)
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


# ------------------------------------------------------------------ the roster
import csv  # noqa: E402
from datetime import date, datetime  # noqa: E402

import pytest  # noqa: E402

from models.roster import consent
from models import importing  # noqa: E402
from models.mobilization import operations as mob  # noqa: E402
from models.roster.people import PersonInput, PhoneInput, create_person, get_person, update_person, validate  # noqa: E402
from models.core.text import set_default_region  # noqa: E402
from reports.roster import export as roster_export  # noqa: E402


@pytest.fixture(autouse=True)
def us_numbers():
    set_default_region("US")
    yield
    set_default_region("US")


def test_a_new_person_has_unknown_consent_and_no_source(db):
    pid = create_person(db, PersonInput(first_name="Rosa"))
    data = get_person(db, pid).data
    assert data.consent_values() == (None, None, None, None)
    assert (data.consent_source, data.consent_date) == ("", None)


def test_changing_consent_records_source_and_time_and_other_edits_do_not(db):
    pid = create_person(db, PersonInput(first_name="Rosa", ok_to_call=True), consent_source=consent.WALK_IN)
    data = get_person(db, pid).data
    assert data.consent_source == consent.WALK_IN and data.consent_date is not None
    first = data.consent_date
    data.notes = "lives near the plant"
    update_person(db, pid, data)  # consent untouched: its source stays
    again = get_person(db, pid).data
    assert (again.consent_source, again.consent_date) == (consent.WALK_IN, first)
    again.do_not_contact = True
    update_person(db, pid, again)
    last = get_person(db, pid).data
    assert last.do_not_contact is True and last.consent_source == consent.BY_HAND


def test_new_fields_are_saved_read_and_checked(db):
    data = PersonInput(first_name="Ana", street="1200 W Fulton St", city="Chicago", region="IL", postal_code="60607",
                       country="US", external_id="E-00123", email2="ana.home@example.org", hire_date=date(2019, 4, 1))
    pid = create_person(db, data)
    back = get_person(db, pid).data
    assert (back.street, back.city, back.region, back.postal_code, back.country, back.external_id, back.email2,
            back.hire_date) == ("1200 W Fulton St", "Chicago", "IL", "60607", "US", "E-00123", "ana.home@example.org",
                                date(2019, 4, 1))
    assert [p.field for p in validate(PersonInput(first_name="Ana", email2="nope"))] == ["email2"]


def test_the_phone_bank_do_not_call_records_its_source(db):
    pid = create_person(db, PersonInput(first_name="Gil", ok_to_call=True, phones=[PhoneInput("(773) 555-0150")]))
    event = mob.save_event(db, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    list_id = mob.create_call_list(db, event, "All", mob.ListCriteria()).list_id
    entry = mob.list_entries(db, list_id)[0].entry_id
    mob.record_call(db, entry, "do-not-call")
    data = get_person(db, pid).data
    assert (data.ok_to_call, data.do_not_contact, data.consent_source) == (False, True, consent.PHONE_BANK)


# ------------------------------------------------------------------ call lists, call sheets
def test_call_lists_never_count_unknown_as_yes(db, tmp_path):
    ids = {name: create_person(db, PersonInput(first_name=name, ok_to_call=call, do_not_contact=dnc,
                                               phones=[PhoneInput(f"(773) 555-01{i:02d}")]))
           for i, (name, call, dnc) in enumerate((("Yes", True, None), ("No", False, None), ("Unknown", None, None),
                                                  ("Dnc", True, True), ("NotDnc", True, False)))}
    event = mob.save_event(db, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    result = mob.create_call_list(db, event, "Default", mob.ListCriteria())
    assert result.excluded == {"do-not-contact": 1, "not-ok-to-call": 1, "consent-unknown": 1, "no-phone": 0}
    assert {r.person_id for r in mob.list_entries(db, result.list_id)} == {ids["Yes"], ids["NotDnc"]}
    marked = mob.create_call_list(db, event, "Everyone", mob.ListCriteria(include_consent_unknown=True))
    assert marked.consent_unknown == 1 and marked.excluded["consent-unknown"] == 0
    entries = mob.list_entries(db, marked.list_id, include_excluded=False)
    assert {r.person_id: r.consent_unknown for r in entries} == {ids["Yes"]: False, ids["NotDnc"]: False,
                                                                ids["Unknown"]: True}
    # The phone bank reaches the unknown one only on the list that includes them.
    reached = []
    for list_id in (result.list_id, marked.list_id):
        seen, skip = [], []
        while (entry := mob.next_entry(db, list_id, skip=skip)) is not None:
            skip.append(entry)
            seen.append(mob.person_card(db, entry).person_id)
        reached.append(set(seen))
    assert ids["Unknown"] not in reached[0] and ids["Unknown"] in reached[1]

    from reports.mobilization.call_sheets import write_call_sheets
    from tests.test_print_scripts import pdf_text

    out = tmp_path / "sheets.pdf"
    sheets = write_call_sheets(db, event, out)
    assert sheets.rows == 3 and sheets.consent_unknown == 1
    text = pdf_text(out)
    assert "consent unknown" in text and "marked" in text


def test_call_sheets_of_lists_without_unknown_say_they_are_left_out(db, tmp_path):
    from reports.mobilization.call_sheets import write_call_sheets
    from tests.test_print_scripts import pdf_text

    create_person(db, PersonInput(first_name="Yes", ok_to_call=True, phones=[PhoneInput("(773) 555-0101")]))
    create_person(db, PersonInput(first_name="Unknown", phones=[PhoneInput("(773) 555-0102")]))
    event = mob.save_event(db, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    mob.create_call_list(db, event, "Default", mob.ListCriteria())
    out = tmp_path / "sheets.pdf"
    assert write_call_sheets(db, event, out).rows == 1
    assert "consent is unknown are left out" in " ".join(pdf_text(out).split())


# ------------------------------------------------------------------ import and export
def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _consent_of(db) -> dict[str, tuple]:
    with db.engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(
            "SELECT first_name, ok_to_call, ok_to_text, ok_to_email, do_not_contact, consent_source FROM people")}


def test_a_file_that_says_nothing_leaves_consent_unknown(db, tmp_path):
    path = _write(tmp_path / "list.csv", [["First name", "Last name", "Phone"], ["Ana", "Ruiz", "(773) 555-0142"]])
    importing.import_file(db, path)
    assert _consent_of(db) == {"Ana": (None, None, None, None, "")}


def test_consent_columns_and_opt_outs_from_the_tools(db, tmp_path):
    # CiviCRM writes opt-outs; Action Network a subscription status. "Do Not Phone = 0" is no yes.
    path = _write(tmp_path / "civicrm.csv", [
        ["First Name", "Last Name", "Do Not Phone", "Do Not Sms", "Do Not Email", "OK to email", "SMS status"],
        ["Ana", "Ruiz", "1", "0", "", "yes", "unsubscribed"],
        ["Beto", "Luna", "0", "1", "1", "yes", ""],
        ["Carla", "Díaz", "", "", "", "maybe", ""],
    ])
    mapping = importing.guess_mapping(["First Name", "Last Name", "Do Not Phone", "Do Not Sms", "Do Not Email",
                                       "OK to email", "SMS status"])
    mapping = importing.corrected(["First Name", "Last Name", "Do Not Phone", "Do Not Sms", "Do Not Email",
                                   "OK to email", "SMS status"], mapping,
                                  ["Do Not Phone=do_not_call", "Do Not Sms=do_not_text", "Do Not Email=do_not_email",
                                   "SMS status=ok_to_text"])
    plan, _ = importing.import_file(db, path, mapping=mapping)
    source = consent.import_source("civicrm.csv")
    assert _consent_of(db) == {
        "Ana": (0, 0, 1, None, source),  # do not phone; unsubscribed from texts (the refusal wins)
        "Beto": (None, 0, 0, None, source),  # "Do Not Phone = 0": not a yes; do not email beats OK to email
        "Carla": (None, None, None, None, ""),  # "maybe": unknown, said in a warning
    }
    assert any(p.warning and "maybe" in p.text for _, p in plan.problems())
    with db.engine.connect() as conn:
        when = conn.exec_driver_sql("SELECT consent_date FROM people WHERE first_name = 'Ana'").scalar()
    assert when is not None and str(when)[:4] == str(date.today().year)  # (text on the file, a datetime on the server)


def test_merging_never_turns_unknown_into_yes_or_overwrites_a_no(db, tmp_path):
    people = {name: create_person(db, PersonInput(first_name=name, last_name="Prueba", ok_to_call=call,
                                                  phones=[PhoneInput(f"(773) 555-01{i:02d}")]))
              for i, (name, call) in enumerate((("Unknown", None), ("No", False), ("Yes", True), ("Silent", False)))}
    path = _write(tmp_path / "update.csv", [
        ["First name", "Last name", "Phone", "OK to call"],
        ["Unknown", "Prueba", "(773) 555-0100", ""],  # unknown stays unknown
        ["No", "Prueba", "(773) 555-0101", "yes"],  # a no is never overwritten by a file's yes
        ["Yes", "Prueba", "(773) 555-0102", "no"],  # a refusal always wins
        ["Silent", "Prueba", "(773) 555-0103", ""],  # a no is never overwritten by unknown
    ])
    _, result = importing.import_file(db, path)
    assert result.merged == 4
    got = {name: get_person(db, pid).data.ok_to_call for name, pid in people.items()}
    assert got == {"Unknown": None, "No": False, "Yes": False, "Silent": False}
    assert get_person(db, people["Yes"]).data.consent_source == consent.import_source("update.csv")
    assert get_person(db, people["Unknown"]).data.consent_source == ""  # nothing changed, nothing recorded
    assert get_person(db, people["No"]).data.consent_source == consent.BY_HAND  # their own "no" stands


def test_new_fields_import_unmapped_columns_go_to_notes_and_department_is_kept(db, tmp_path):
    path = _write(tmp_path / "hr.csv", [
        ["Employee ID", "Employee Name", "Hire Date", "Department", "Shift", "Street Address", "City", "State",
         "Zip", "Secondary Email", "Badge Color"],
        ["00123", "GARCIA LOPEZ, MARIA", "03/04/2019", "Packing", "Night", "12 Elm St", "Joliet", "IL", "60431",
         "maria@example.org", "green"],
        ["00124", "NGUYEN, AN", "not known", "", "", "", "", "", "", "not-an-email", ""],
    ])
    plan, result = importing.import_file(db, path)
    assert (result.added, result.invalid) == (2, 0)
    names = {p.first_name: p for p in (get_person(db, pid).data for pid in (1, 2))}
    maria, an = names["Maria"], names["An"]
    assert (maria.external_id, maria.hire_date, maria.street, maria.city, maria.region, maria.postal_code,
            maria.email2) == ("00123", date(2019, 3, 4), "12 Elm St", "Joliet", "IL", "60431", "maria@example.org")
    assert "Badge Color: green" in maria.notes  # nothing a file brings is dropped silently
    assert "Department: Packing" in maria.notes and "Shift: Night" in maria.notes  # no workplace: kept in notes
    assert an.hire_date is None and "Hire Date: not known" in an.notes
    assert an.email2 == "" and "not-an-email" in an.notes
    warnings = [p.text for _, p in plan.problems() if p.warning]
    assert any("without a workplace" in w for w in warnings) and any("not a date" in w for w in warnings)


def test_export_adds_the_new_columns_at_the_end_and_reads_back_exactly(db, tmp_path):
    create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", phones=[PhoneInput("(773) 555-0142")],
                                  ok_to_call=True, ok_to_text=False, street="12 Elm St", city="Joliet", region="IL",
                                  postal_code="60431", country="US", external_id="00123", email2="ana2@example.org",
                                  hire_date=date(2019, 3, 4)))
    create_person(db, PersonInput(first_name="Beto", last_name="Luna"))  # consent unknown
    out = tmp_path / "people.csv"
    roster_export.export_people(db, out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = rows[0]
    old = ["First name", "Last name", "Preferred name", "Phone", "Email", "Languages", "Workplace", "Department",
           "Shift", "Job title", "Membership", "Assessment", "Tags", "Notes", "OK to call", "OK to text",
           "Do not contact", "Name order"]
    assert header[:len(old)] == old  # the old columns keep their places
    assert header[-len(roster_export.LATER_COLUMNS):] == roster_export.LATER_COLUMNS
    by_name = {r[0]: dict(zip(header, r)) for r in rows[1:]}
    assert [by_name["Beto"][c] for c in ("OK to call", "OK to text", "Do not contact", "OK to email")] == \
        ["unknown"] * 4  # never written as yes or no
    assert [by_name["Ana"][c] for c in ("OK to call", "OK to text", "Consent source", "Country (postal)",
                                        "Hire date")] == ["yes", "no", consent.BY_HAND, "US", "2019-03-04"]
    other_path = tmp_path / "other.cdesk"
    from models.core.db import Database

    other = Database.create(other_path, PASSPHRASE)
    try:
        importing.import_file(other, out)

        def people(database):
            found = {}
            for pid in (1, 2):
                data = get_person(database, pid).data
                found[data.first_name] = data
            return found

        assert people(other) == people(db)  # field for field, consent source and date included
    finally:
        other.close()
