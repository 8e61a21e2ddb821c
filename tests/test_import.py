"""Roster import: real-world files, mapping, duplicates, one transaction, undo."""

from __future__ import annotations

import csv
import json
import os
from datetime import date
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.core import errors
from models import importing
from models.importing import MERGE, SKIP, KEEP
from models.roster.people import PersonInput, PhoneInput, create_person, get_person, validate
from models.core.text import normalize_phone

ROOT = Path(__file__).resolve().parent.parent


def people_count(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM people").scalar()


def people_by_name(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {f"{f} {l}".strip(): pid for pid, f, l in conn.exec_driver_sql(
            "SELECT id, first_name, last_name FROM people")}


def run_import(db, path, **kw):
    return importing.import_file(db, path, **kw)


# ----------------------------------------------------------------- real-world files
def test_semicolon_cp1252_spanish_headers(db, tmp_path):
    text = (
        "Nombre;Apellido(s);Teléfono;Correo electrónico;Lugar de trabajo;Turno;Idioma;Notas\r\n"
        "José;Núñez Peña;(773) 555-0142;jose@example.org;Planta Avícola;Noche;Español;Habla con Ramón\r\n"
        "María;Ibáñez;773 555 0199;;Planta Avícola;Día;español, inglés;\r\n"
        ";;;;;;;\r\n"
        "Añadido;;no es teléfono;;;;;\r\n"
    )
    path = tmp_path / "lista.csv"
    path.write_bytes(text.encode("cp1252"))
    table = importing.read_table(path)
    assert table.encoding == "cp1252" and table.delimiter == ";"
    mapping = importing.guess_mapping(table.headers)
    assert mapping.columns == ["first_name", "last_name", "phone", "email", "workplace", "shift", "languages", "notes"]
    plan, result = run_import(db, path)
    # An unreadable phone never refuses the person: kept as written, with a warning (issue 20).
    assert (result.read, result.added, result.invalid) == (3, 3, 0)
    warned = [(n, p.text) for n, p in plan.problems() if p.warning]
    assert warned and warned[0][0] == 5 and "Teléfono" in warned[0][1]  # the source row number, the column
    names = people_by_name(db)
    jose = get_person(db, names["José Núñez Peña"]).data
    assert jose.phones[0].raw == "(773) 555-0142" and jose.languages == ["es"]
    assert jose.notes == "Habla con Ramón"
    maria = get_person(db, names["María Ibáñez"]).data
    assert maria.languages == ["es", "en"]
    with db.engine.connect() as conn:
        shifts = [r[0] for r in conn.exec_driver_sql("SELECT name FROM shifts ORDER BY position")]
        assert shifts == ["Noche", "Día"]


def test_google_forms_utf8_bom(db, tmp_path):
    path = tmp_path / "Sign-in (Responses).csv"
    rows = [
        ["Timestamp", "Email Address", "Full name", "Phone number", "Which workplace?", "Preferred language",
         "Anything else?"],
        ["2024/03/02 10:11:12 AM CST", "ana@example.org", "Ana Lucía Torres", "312-555-0101", "Harbor Hotel", "Spanish",
         "Line one\nline two, with comma"],
        ["2024/03/02 10:15:40 AM CST", "", "Nguyễn Văn An", "+1 (872) 555-0110", "", "Vietnamese", ""],
    ]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    table = importing.read_table(path)
    assert table.encoding == "utf-8-sig"
    mapping = importing.guess_mapping(table.headers)
    assert mapping.columns[1:6] == ["email", "full_name", "phone", "workplace", "languages"]
    assert mapping.columns[0] is None  # the timestamp is not a field; it goes to notes
    plan, result = run_import(db, path)
    assert result.added == 2
    names = people_by_name(db)
    ana = get_person(db, names["Ana Lucía Torres"]).data
    assert ana.email == "ana@example.org" and ana.languages == ["es"]
    assert "Timestamp: 2024/03/02" in ana.notes and "line two, with comma" in ana.notes
    nguyen = get_person(db, names["Nguyễn Văn An"]).data
    assert nguyen.languages == ["vi"] and nguyen.phones[0].raw == "+1 (872) 555-0110"


def make_xlsx(path: Path) -> None:
    from datetime import datetime

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Local 100 — membership"
    sheet = wb.create_sheet("Members")
    sheet["A1"] = "Membership list, exported March 2024"
    sheet.append([])
    sheet.append(["First Name", "Last Name", "Cell", "Home phone", "Hire date", "Member?", "Department", "Site"])
    sheet.append(["Rosa", "García", 7735550142.0, 17735550143, datetime(2019, 4, 1), "Yes", "Sanitation", "Plant 2"])
    sheet.append(["Wei", "Chen", 3125550177, None, datetime(2021, 9, 15), "No", "Deboning", "Plant 2"])
    sheet.append([None, None, None, None, None, None, None, None])
    sheet.append(["فاطمة", "حداد", "(708) 555-0190", None, None, "steward", "", "Plant 2"])
    wb.save(path)


def test_xlsx_header_on_row_3_numeric_phones(db, tmp_path):
    path = tmp_path / "members.xlsx"
    make_xlsx(path)
    assert importing.sheet_names(path) == ["Cover", "Members"]
    table = importing.read_table(path, sheet="Members")
    assert table.header_row == 3
    assert [n for n, _ in table.rows] == [4, 5, 7]
    assert table.rows[0][1][2] == "7735550142" and table.rows[0][1][4] == "2019-04-01"
    plan, result = run_import(db, path, sheet="Members")
    assert (result.added, result.invalid) == (3, 0)
    rosa = get_person(db, people_by_name(db)["Rosa García"]).data
    assert [p.raw for p in rosa.phones] == ["7735550142", "17735550143"]
    assert [p.label for p in rosa.phones] == ["cell", "home"]
    assert rosa.membership == "member"
    assert rosa.hire_date == date(2019, 4, 1)  # a field of its own now (issue 20)
    fatima = get_person(db, people_by_name(db)["فاطمة حداد"]).data
    assert fatima.membership == "steward"
    with pytest.raises(errors.UserError):
        importing.read_table(path, sheet="Nope")


def test_default_sheet_skips_an_empty_cover(tmp_path):
    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Blank"
    data = wb.create_sheet("Data")
    data.append(["Name", "Phone"])
    data.append(["Ana Pérez", "773-555-0100"])
    wb.save(path)
    table = importing.read_table(path)
    assert table.sheet == "Data" and table.sheets == ["Blank", "Data"]


def test_utf16_tab_ragged_blank_and_quoted_newlines(db, tmp_path):
    text = ("Some title line\n\nFirst name\tLast name\tPhone\tNotes\n"
            "Ana\tRuiz\t773-555-0111\t\"two\nlines\"\n\n"
            "Luis\tMora\n"  # ragged: fewer cells
            "Eva\tLuna\t773-555-0112\tnote\textra cell\n")
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode("utf-16"))
    table = importing.read_table(path)
    assert table.encoding == "utf-16" and table.delimiter == "\t" and table.header_row == 3
    assert table.headers[:4] == ["First name", "Last name", "Phone", "Notes"] and len(table.headers) == 5
    plan, result = run_import(db, path)
    assert result.added == 3
    names = people_by_name(db)
    assert get_person(db, names["Ana Ruiz"]).data.notes == "two\nlines"
    assert "Column 5: extra cell" in get_person(db, names["Eva Luna"]).data.notes


def test_bad_bytes_are_reported_on_their_row_not_a_crash(db, tmp_path):
    good = "First name,Last name,Email\nJosé,Núñez,j@example.org\nAna,Ruiz,a@example.org\n".encode("utf-8")
    data = good + b"Bad\xff\xfeName,Row,\n"
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    table = importing.read_table(path)
    assert table.encoding == "utf-8"
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
    warned = [n for n, p in plan.problems() if p.warning]
    assert warned == [4]
    assert plan.rows[0].record.first_name == "José"


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\x00\x00\x00"])
def test_empty_files_give_a_plain_message(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(errors.UserError):
        importing.read_table(path)


def test_damaged_xlsx_and_old_xls_give_a_plain_message(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04not really a zip")
    with pytest.raises(errors.UserError):
        importing.read_table(broken)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(errors.UserError) as caught:
        importing.read_table(old)
    assert ".xlsx" in caught.value.user_message


# ----------------------------------------------------------------- mapping
@pytest.mark.parametrize("header,field", [
    ("First Name", "first_name"), ("Nombre", "full_name"), ("Apellido(s)", "last_name"), ("Teléfono", "phone"),
    ("Celular", "phone"), ("Correo electrónico", "email"), ("Lugar de trabajo", "workplace"), ("Turno", "shift"),
    ("Idioma", "languages"), ("E-mail Address", "email"), ("Mobile Phone", "phone"), ("Departamento", "department"),
    ("Puesto", "job_title"), ("Etiquetas", "tags"), ("Comentarios", "notes"), ("Apodo", "preferred_name"),
    ("What shift do you work?", "shift"), ("Timestamp", None),
])
def test_header_guesses(header, field):
    assert importing.guess_mapping([header]).columns == [field]


def test_nombre_is_first_name_when_there_is_an_apellido_column():
    assert importing.guess_mapping(["Nombre", "Apellidos"]).columns == ["first_name", "last_name"]


def test_mapping_is_remembered_in_the_encrypted_database(db, tmp_path, app_home):
    path = tmp_path / "odd.csv"
    path.write_text("Col A,Col B\nAna Ruiz,773-555-0100\n", encoding="utf-8")
    table = importing.read_table(path)
    mapping, remembered = importing.mapping_for(db, table.headers)
    assert not remembered and mapping.columns == [None, None]
    mapping = importing.Mapping(["full_name", "phone"], unmapped_to_notes=False)
    plan = importing.plan_import(table, mapping, db)
    importing.apply_import(db, plan, file_name=path.name)
    again, remembered = importing.mapping_for(db, ["col a", "COL B"])  # same header set, other case
    assert remembered and again.columns == ["full_name", "phone"] and again.unmapped_to_notes is False
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT mapping FROM import_mappings").scalar()
    assert json.loads(stored)["columns"] == ["full_name", "phone"]
    for file in app_home.rglob("*"):  # nothing about it in plaintext settings
        if file.is_file():
            assert b"full_name" not in file.read_bytes()


# ----------------------------------------------------------------- duplicates
def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_duplicates_across_phone_formats_within_the_file(db, tmp_path):
    path = write_csv(tmp_path / "d.csv", [
        ["Name", "Phone", "Email", "Tags"],
        ["Marisol Reyes", "(773) 555-0142", "", "volunteer"],
        ["M. Reyes", "773.555.0142", "marisol@example.org", "leader"],
        ["MARISOL REYES", "+1 773 555 0142", "", ""],
        ["Other Person", "312-555-0100", "", ""],
    ])
    table = importing.read_table(path)
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
    assert [r.status for r in plan.rows] == ["new", "in-file", "in-file", "new"]
    assert [r.match_row for r in plan.rows[1:3]] == [0, 0] and plan.rows[1].match_on == "phone"
    assert plan.counts() == {"read": 4, "added": 2, "merged": 2, "skipped": 0, "invalid": 0, "warnings": 0,
                             "possible": 0}
    result = importing.apply_import(db, plan)
    assert (result.added, result.merged) == (2, 2)
    person = get_person(db, people_by_name(db)["Marisol Reyes"]).data
    assert [p.raw for p in person.phones] == ["(773) 555-0142"]  # one number, three spellings
    assert person.email == "marisol@example.org" and sorted(person.tags) == ["leader", "volunteer"]


def test_matches_against_the_roster_on_phone_and_email_never_on_a_name_alone(db, tmp_path):
    wp_file = write_csv(tmp_path / "seed.csv", [["Name", "Workplace"], ["Seed Person", "Harbor Hotel"]])
    importing.import_file(db, wp_file)
    with db.engine.connect() as conn:
        wp_id = conn.exec_driver_sql("SELECT id FROM workplaces").scalar()
    by_phone = create_person(db, PersonInput(first_name="Rosa", last_name="García", phones=[PhoneInput("+1 773 555 0142")]))
    by_email = create_person(db, PersonInput(first_name="Luis", last_name="Mora", email="Luis.Mora@Example.org"))
    by_name = create_person(db, PersonInput(first_name="José", last_name="Núñez", workplace_id=wp_id))
    path = write_csv(tmp_path / "m.csv", [
        ["First name", "Last name", "Phone", "Email", "Workplace", "Job title"],
        ["R.", "Garcia", "773.555.0142", "", "", "Cook"],
        ["Luis", "Mora", "", "luis.mora@example.ORG", "", ""],
        ["jose", "NUNEZ", "", "", "harbor hotel", "Dishwasher"],  # a name alone: never the same person
        ["José", "Núñez", "", "", "Other Place", ""],
    ])
    table = importing.read_table(path)
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
    assert [(r.status, r.match_person, r.match_on) for r in plan.rows] == [
        ("existing", by_phone, "phone"), ("existing", by_email, "email"), ("new", None, ""), ("new", None, ""),
    ]
    assert by_name not in plan.person_names
    assert plan.person_names[by_phone] == "Rosa García"
    importing.apply_import(db, plan)
    rosa = get_person(db, by_phone).data
    assert rosa.first_name == "Rosa" and rosa.job_title == "Cook"  # existing value kept, empty one filled


def test_roster_keys_read_beside_the_file_match_and_fail_plainly(db, tmp_path, monkeypatch):
    """import_file reads the roster's keys on a thread while it reads the file: the matches are
    the same as plan_import's, and a failure on either side is raised, with nothing written."""
    rosa = create_person(db, PersonInput(first_name="Rosa", last_name="García", email="rosa@example.org",
                                         phones=[PhoneInput("+1 773 555 0142")]))
    path = write_csv(tmp_path / "m.csv", [["Name", "Phone", "Email"], ["R. Garcia", "773.555.0142", ""],
                                          ["Rosa Garcia", "", "ROSA@example.org"], ["Ana Ruiz", "", ""]])
    keys = importing.load_roster_keys(db)
    assert keys.phones == {"+17735550142": rosa} and keys.emails == {"rosa@example.org": rosa}
    assert (keys.person(rosa).first, keys.person(rosa).last) == ("Rosa", "García")

    def broken(_db):
        raise RuntimeError("roster unreadable")

    with monkeypatch.context() as m:
        m.setattr(importing.pipeline, "read_roster_keys", broken)
        with pytest.raises(RuntimeError, match="roster unreadable"):
            importing.import_file(db, path)
    with pytest.raises(errors.UserError):  # the file's own error wins; the thread is waited for
        importing.import_file(db, write_csv(tmp_path / "empty.csv", []))
    assert people_count(db) == 1 and importing.list_batches(db) == []
    plan, result = importing.import_file(db, path)
    assert [(r.status, r.match_person, r.match_on) for r in plan.rows] == [
        ("existing", rosa, "phone"), ("existing", rosa, "email"), ("new", None, "")]
    assert (result.merged, result.added) == (2, 1)


def test_same_name_is_never_a_duplicate_by_itself(db, tmp_path):
    path = write_csv(tmp_path / "twins.csv", [
        ["Name", "Workplace", "Phone"],
        ["María García", "Plant 2", "773-555-0001"],
        ["Maria Garcia", "Plant 2", "773-555-0002"],
        ["MARÍA GARCÍA", "plant 2", ""],
    ])
    table = importing.read_table(path)
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
    assert [r.status for r in plan.rows] == ["new", "new", "new"]  # (tests/test_import_matching.py: the rest)


def test_same_name_in_the_roster_is_matched_on_evidence_only(db, tmp_path):
    """Four María García at one plant: a row with only the name is nobody of them (a new person,
    whatever contradicts or not); a row with one's phone is her."""
    seed = write_csv(tmp_path / "seed.csv", [["Name", "Workplace"], ["Seed Person", "Plant 2"]])
    importing.import_file(db, seed)
    with db.engine.connect() as conn:
        wp = conn.exec_driver_sql("SELECT id FROM workplaces").scalar()
    maria = dict(first_name="María", last_name="García", workplace_id=wp)
    create_person(db, PersonInput(**maria, phones=[PhoneInput("773-555-0001")]))
    create_person(db, PersonInput(**maria, email="maria.g@example.org"))
    create_person(db, PersonInput(**maria))
    with_both = create_person(db, PersonInput(**maria, email="mg@example.org", phones=[PhoneInput("773-555-0002")]))
    path = write_csv(tmp_path / "m.csv", [
        ["Name", "Workplace", "Phone", "Email"],
        ["Maria Garcia", "plant 2", "773-555-0009", ""],
        ["MARIA GARCIA", "Plant 2", "", "z@example.org"],
        ["maría garcía", "Plant 2", "", ""],
        ["María García", "Plant 2", "773-555-0002", "other@example.org"],  # her number: her
    ])
    table = importing.read_table(path)
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
    assert [(r.status, r.match_person, r.match_on) for r in plan.rows] == [
        ("new", None, ""), ("new", None, ""), ("new", None, ""), ("existing", with_both, "phone"),
    ]


@pytest.mark.parametrize("total", [0, 1, 999, 2000, 20000, 100000, 100001])
def test_plan_chunks_cover_every_row_once_and_end_small(total):
    chunks = list(importing._chunks(total))
    assert [start for start, _ in chunks] == ([0] + [end for _, end in chunks[:-1]] if chunks else [])  # in order
    assert (chunks[-1][1] if chunks else 0) == total
    assert all(0 < end - start <= importing.CONVERT_CHUNK for start, end in chunks)
    if total > 4 * importing.CONVERT_CHUNK:  # what is left to write after planning ends is small
        assert chunks[-1][1] - chunks[-1][0] < 2 * importing.TAIL_CHUNK


def test_on_duplicate_skip_keep_and_per_row_choice(db, tmp_path):
    create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", phones=[PhoneInput("773-555-0100")]))
    path = write_csv(tmp_path / "a.csv", [["Name", "Phone"], ["Ana Ruiz", "(773) 555-0100"], ["Bo Li", "312-555-0101"]])
    _, result = importing.import_file(db, path, on_duplicate=SKIP)
    assert (result.added, result.skipped, result.merged) == (1, 1, 0)
    _, result = importing.import_file(db, path, on_duplicate=KEEP)
    assert (result.added, result.skipped) == (2, 0)
    assert people_count(db) == 4
    table = importing.read_table(path)
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
    assert all(r.action == MERGE for r in plan.rows)
    plan.rows[0].action = SKIP
    assert plan.counts()["skipped"] == 1


def test_merge_keeps_existing_values_unless_told_otherwise(db, tmp_path):
    pid = create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", email="ana@example.org",
                                        job_title="Cook", phones=[PhoneInput("773-555-0100")]))
    path = write_csv(tmp_path / "a.csv", [["Name", "Phone", "Job title", "OK to text"],
                                           ["Ana Ruiz", "773-555-0100", "Line lead", "no"]])
    importing.import_file(db, path)
    data = get_person(db, pid).data
    assert data.job_title == "Cook" and data.ok_to_text is False  # the careful consent answer wins
    importing.import_file(db, path, overwrite_conflicts=True)
    assert get_person(db, pid).data.job_title == "Line lead"


# ----------------------------------------------------------------- undo, transactions
def test_undo_removes_created_people_and_reverts_merges(db, tmp_path):
    pid = create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", phones=[PhoneInput("773-555-0100")],
                                        tags=["leader"]))
    path = write_csv(tmp_path / "u.csv", [
        ["Name", "Phone", "Email", "Tags", "Workplace", "Department", "Assessment"],
        ["Ana Ruiz", "773-555-0100; 312-555-0199", "ana@example.org", "leader, new tag", "New Plant", "Kitchen", "2"],
        ["Bo Li", "312-555-0101", "", "new tag", "New Plant", "", ""],
    ])
    before = get_person(db, pid)
    _, result = importing.import_file(db, path)
    assert (result.added, result.merged) == (1, 1)
    merged = get_person(db, pid)
    assert merged.data.email == "ana@example.org" and len(merged.data.phones) == 2
    assert sorted(merged.data.tags) == ["leader", "new tag"] and merged.data.assessment == 2
    batches = importing.list_batches(db)
    assert batches[0].id == result.batch_id and (batches[0].added, batches[0].merged) == (1, 1)
    undone = importing.undo_import(db, result.batch_id)
    assert (undone.removed, undone.reverted) == (1, 1)
    after = get_person(db, pid)
    assert after.data == before.data and len(after.assessments) == 0
    assert people_count(db) == 1
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM workplaces").scalar() == 0
        assert [r[0] for r in conn.exec_driver_sql("SELECT name FROM tags")] == ["leader"]
    assert importing.list_batches(db)[0].undone
    with pytest.raises(errors.UserError):
        importing.undo_import(db, result.batch_id)


def test_undo_keeps_values_edited_by_hand_since(db, tmp_path):
    from models.roster.people import update_person

    pid = create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", phones=[PhoneInput("773-555-0100")]))
    path = write_csv(tmp_path / "u.csv", [["Name", "Phone", "Email"], ["Ana Ruiz", "773-555-0100", "a@example.org"]])
    _, result = importing.import_file(db, path)
    data = get_person(db, pid).data
    data.email = "fixed@example.org"
    update_person(db, pid, data)
    importing.undo_import(db, result.batch_id)
    assert get_person(db, pid).data.email == "fixed@example.org"


# file_only: SQLite gives a deleted top id again; PostgreSQL's sequence never does (see
# test_a_person_added_after_an_import_gets_an_id_of_their_own for the server's side).
@pytest.mark.file_only
def test_undo_spares_a_person_added_later_under_a_reused_id(db, tmp_path):
    """Created people are undone by id range and time stamp: SQLite gives a deleted top id to the
    next person, and that person was not part of the import."""
    from models.roster.people import delete_people

    path = write_csv(tmp_path / "r.csv", [["First name", "Last name", "Phone"],
                                           ["Zoe", "Zapata", "312-555-0101"],
                                           ["Abel", "Arce", "312-555-0102"],
                                           ["Mia", "Moreno", "312-555-0103"]])
    _, result = importing.import_file(db, path)
    ids = people_by_name(db)
    assert sorted(ids) == ["Abel Arce", "Mia Moreno", "Zoe Zapata"]
    # New people get their ids in name order (the name index fills in order).
    assert ids["Abel Arce"] < ids["Mia Moreno"] < ids["Zoe Zapata"]
    top = ids["Zoe Zapata"]
    delete_people(db, [top])
    later = create_person(db, PersonInput(first_name="Luz", last_name="Vega"))
    assert later == top  # the id was given again
    undone = importing.undo_import(db, result.batch_id)
    assert undone.removed == 2
    assert people_by_name(db) == {"Luz Vega": later}


def test_undo_of_a_batch_recorded_person_by_person(db, tmp_path):
    """Batches written before the id-range record (one "created" row per person) still undo."""
    path = write_csv(tmp_path / "o.csv", [["Name", "Phone"], ["Ana Ruiz", "312-555-0101"], ["Bo Li", "312-555-0102"]])
    _, result = importing.import_file(db, path)
    with db.write() as s:
        conn = s.connection()
        refs = json.loads(conn.exec_driver_sql("SELECT created_refs FROM import_batches WHERE id = ?",
                                               (result.batch_id,)).scalar())
        first, last, _stamp = refs.pop("people")
        conn.exec_driver_sql("UPDATE import_batches SET created_refs = ? WHERE id = ?", (json.dumps(refs), result.batch_id))
        for pid in range(first, last + 1):
            conn.exec_driver_sql("INSERT INTO import_batch_people (batch_id, person_id, action, changes) "
                                 "VALUES (?, ?, 'created', '')", (result.batch_id, pid))
    assert importing.undo_import(db, result.batch_id).removed == 2
    assert people_count(db) == 0


def test_a_person_added_after_an_import_gets_an_id_of_their_own(db, tmp_path):
    """The importer gives new people ids itself (max + 1 onwards): the store's own id counter
    (PostgreSQL's sequence) is moved past them, so the next person added by hand does not collide,
    and undoing the import leaves that person alone."""
    path = write_csv(tmp_path / "r.csv", [["First name", "Last name", "Phone", "Assessment"],
                                           ["Zoe", "Zapata", "312-555-0101", "2"],
                                           ["Abel", "Arce", "312-555-0102", ""]])
    _, result = importing.import_file(db, path)
    imported = people_by_name(db)
    later = create_person(db, PersonInput(first_name="Luz", last_name="Vega",
                                          phones=[PhoneInput("312-555-0199")], assessment=1))
    assert later > max(imported.values())
    assert get_person(db, later).data.phones[0].raw == "312-555-0199"
    assert importing.undo_import(db, result.batch_id).removed == 2
    assert people_by_name(db) == {"Luz Vega": later}


def test_two_imports_at_once_do_not_take_the_same_ids(db, tmp_path, monkeypatch):
    """Two people import at the same time (on the server, two apps): the second import waits for
    the first one's ids instead of computing the same max + 1, and both land whole."""
    import threading

    from models.core import dialect

    files = []
    for n, who in enumerate(("Ana", "Bo")):
        files.append(write_csv(tmp_path / f"{who}.csv", [["First name", "Last name", "Phone"]] + [
            [who, f"Person{i}", f"312-55{n}-{i:04d}"] for i in range(300)]))
    real = dialect.next_free_id
    first_has_its_ids = threading.Event()

    def slow_first(conn, table):
        found = real(conn, table)
        if table == "people" and not first_has_its_ids.is_set():
            first_has_its_ids.set()
            threading.Event().wait(1.0)  # the first import holds its ids while the second starts
        return found

    monkeypatch.setattr(dialect, "next_free_id", slow_first)
    results, failures = [], []

    def run(path):
        try:
            results.append(importing.import_file(db, path)[1])
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    first = threading.Thread(target=run, args=(files[0],))
    first.start()
    assert first_has_its_ids.wait(30)
    second = threading.Thread(target=run, args=(files[1],))
    second.start()
    first.join(60)
    second.join(60)
    assert failures == [] and sorted(r.added for r in results) == [300, 300]
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT p.first_name, p.last_name, ph.raw FROM people p "
                                    "JOIN phones ph ON ph.person_id = p.id").fetchall()
    assert len(rows) == 600
    for first_name, last_name, raw in rows:  # each phone on its own person
        n = 0 if first_name == "Ana" else 1
        assert raw == f"312-55{n}-{int(last_name[6:]):04d}"
    assert create_person(db, PersonInput(first_name="Luz", last_name="Vega")) > 0


# file_only: SQLite's page cache (PRAGMA cache_size); the server tunes its own memory.
@pytest.mark.file_only
def test_a_large_import_uses_a_bigger_page_cache_and_gives_it_back(db, tmp_path):
    rows = [["Name", "Phone"]] + [[f"Person {i}", f"312-555-{i:04d}"] for i in range(6000)]
    path = write_csv(tmp_path / "big.csv", rows)
    seen = []
    real = importing._page_cache

    def spy(conn, kib):
        seen.append(kib)
        return real(conn, kib)

    with db.engine.connect() as conn:
        default = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    importing.writing._page_cache = spy
    try:
        importing.import_file(db, path)
    finally:
        importing.writing._page_cache = real
    assert seen == [importing.IMPORT_CACHE_KIB]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == default
    # A small import keeps SQLite's default cache.
    seen.clear()
    importing.writing._page_cache = spy
    try:
        importing.import_file(db, write_csv(tmp_path / "small.csv", [["Name"], ["Ana Ruiz"]]))
    finally:
        importing.writing._page_cache = real
    assert seen == [0]


# file_only: SQLite's page cache (PRAGMA cache_size).
@pytest.mark.file_only
def test_page_cache_is_restored_when_the_import_fails(db):
    with db.engine.connect() as conn:
        default = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with pytest.raises(RuntimeError):
            with importing._page_cache(conn, 8192):
                assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -8192
                raise RuntimeError("halfway")
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == default


def test_an_error_halfway_leaves_the_database_as_before(demo_db, tmp_path):
    db = demo_db
    rows = [["Name", "Phone", "Workplace"]] + [[f"Person {i}", f"312-555-{i:04d}", "New Site"] for i in range(12000)]
    path = write_csv(tmp_path / "big.csv", rows)
    before = people_count(db)
    table = importing.read_table(path)
    plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)

    def explode(done, total):
        if done >= 5000:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        importing.apply_import(db, plan, progress=explode)
    assert people_count(db) == before
    assert importing.list_batches(db) == []
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM workplaces WHERE name = 'New Site'").scalar() == 0


KILL_SCRIPT = r"""
import os, signal, sys
sys.path.insert(0, {root!r})
import models.core.tables
from models.core.db import Database
from models import importing
db = Database.open({db!r}, {pw!r})
table = importing.read_table({csv!r})
plan = importing.plan_import(table, importing.guess_mapping(table.headers), db)
def die(done, total):
    if done >= 5000:  # people rows are written, the transaction is open: kill -9 ourselves
        os.kill(os.getpid(), signal.SIGKILL)
importing.apply_import(db, plan, progress=die)
"""


# file_only: a process killed while it writes the file (on the server, a connection that goes
# away rolls its transaction back).
@pytest.mark.file_only
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_halfway_the_database_is_as_before(db, db_path, tmp_path):
    from tests.conftest import PASSPHRASE

    rows = [["Name", "Phone"]] + [[f"Person {i}", f"312-555-{i:04d}"] for i in range(8000)]
    path = write_csv(tmp_path / "k.csv", rows)
    db.close()
    script = KILL_SCRIPT.format(root=str(ROOT), db=str(db_path), pw=PASSPHRASE, csv=str(path))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -9
    from models.core.db import Database

    again = Database.open(db_path, PASSPHRASE)
    try:
        assert people_count(again) == 0
        assert importing.list_batches(again) == []
        assert again.check().ok
    finally:
        again.close()


# ----------------------------------------------------------------- scale
def test_fifty_thousand_rows(db, tmp_path):
    rows = [["First name", "Last name", "Phone", "Email", "Workplace", "Shift"]]
    for i in range(50000):
        rows.append([f"Nombre{i}", f"Apellido{i % 977}", f"({200 + i % 700}) 555-{i % 10000:04d}",
                     f"p{i}@example.org", f"Site {i % 7}", ("Day", "Night")[i % 2]])
    rows.append(rows[10][:])  # one exact duplicate
    path = write_csv(tmp_path / "fifty.csv", rows)
    plan, result = importing.import_file(db, path)  # speed is measured by `make bench`
    assert (result.read, result.added, result.merged, result.invalid) == (50001, 50000, 1, 0)
    assert people_count(db) == 50000
    undone = importing.undo_import(db, result.batch_id)
    assert undone.removed == 50000 and people_count(db) == 0


# ----------------------------------------------------------------- properties
fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@fast
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_reader(data):
    try:
        table = importing.read_csv_bytes(data, "random.csv")
    except errors.UserError:
        return
    plan = importing.plan_import(table, importing.guess_mapping(table.headers))
    counts = plan.counts()
    assert counts["read"] == len(table.rows)
    assert counts["added"] + counts["merged"] + counts["skipped"] + counts["invalid"] == counts["read"]


cell = st.one_of(st.text(max_size=25), st.sampled_from(["", "n/a", "=1+1", "'+1 773 555 0142", "(773) 555-0142",
                                                       "yes", "member", "3", "7", "a@b.org", "bad@", "es, en"]))


@fast
@given(st.lists(st.lists(cell, min_size=0, max_size=8), min_size=1, max_size=12),
       st.lists(st.sampled_from(importing.FIELD_KEYS + [None]), min_size=8, max_size=8))
def test_random_rows_never_crash_and_agree_with_roster_validate(rows, columns):
    headers = [f"c{i}" for i in range(8)]
    mapping = importing.Mapping(columns)
    converted = importing.convert_rows(headers, rows, mapping)
    assert len(converted) == len(rows)
    for rec, problems in converted:
        invalid = any(not p.warning for p in problems)
        data = PersonInput(first_name=rec.first_name, last_name=rec.last_name, preferred_name=rec.preferred_name,
                           email=rec.email, phones=[PhoneInput(raw) for raw, _, _ in rec.phones],
                           membership=rec.membership or "non-member", assessment=rec.assessment)
        bad_assessment = any(p.template == importing.MSG_BAD_ASSESSMENT for p in problems)
        assert invalid == (bool(validate(data)) or bad_assessment)


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.from_regex(r"\+?1?[ .(-]{0,2}[0-9]{3}[ .)-]{0,2}[0-9]{3}[ .-]?[0-9]{4}", fullmatch=True),
    st.text(alphabet="0123456789 +().-", max_size=16),
))
def test_fast_phone_path_agrees_with_normalize_phone(raw):
    importing._PHONE_CACHE.clear()
    assert importing.e164(raw) == normalize_phone(raw)


# ----------------------------------------------------------------- CLI
def test_cli_import_dry_run_report_and_history(cli, db, db_arg, tmp_path):
    path = write_csv(tmp_path / "c.csv", [
        ["Nombre", "Apellidos", "Celular"],
        ["Ana", "Ruiz", "773-555-0100"],
        ["", "", "773-555-0101"],
        ["Bo", "Li", "773.555.0100"],
    ])
    db.close()
    dry = cli("import", "--db", db_arg, str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "rows read: 3" in dry.stdout and "would add: 2" in dry.stdout and "would merge: 0" in dry.stdout
    assert "possible duplicates (kept as separate people): 1" in dry.stdout  # Bo Li has Ana's number
    assert "invalid: 1" in dry.stdout and "row 3:" in dry.stderr
    assert "Ana" not in dry.stderr  # problems name rows, not people
    listed = cli("list", "imports", "--db", db_arg)
    assert listed.returncode == 0 and listed.stdout == ""
    report = tmp_path / "report.txt"
    real = cli("import", "--db", db_arg, str(path), "--on-duplicate", "keep", "--report", str(report))
    assert real.returncode == 0, real.stderr
    assert "added: 2" in real.stdout and "invalid: 1" in real.stdout and real.stderr == ""
    assert "row 3: No name" in report.read_text()
    listed = cli("list", "imports", "--db", db_arg)
    assert "c.csv: 3 read, 2 added, 0 merged, 0 skipped, 1 invalid" in listed.stdout
    batch = listed.stdout.split("\t")[0]
    undo = cli("undo-import", "--db", db_arg, batch)
    assert undo.returncode == 0 and "2 people removed" in undo.stdout
    missing = cli("import", "--db", db_arg, str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "not found" in missing.stderr and "Traceback" not in missing.stderr


# ----------------------------------------------------------------- speed-work regressions
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12), st.text(max_size=12))
def test_name_key_agrees_with_fold_of_the_whole_name(first, last):
    from models.core.text import fold

    assert importing.name_key(first, last) == " ".join(fold(f"{first} {last}").split())


def test_excel_float_phone_is_not_taken_for_a_ten_digit_number():
    importing._PHONE_CACHE.clear()
    assert importing.e164("200000.0000") == normalize_phone("200000.0000") is None
    assert importing.e164("7735550142.0") == "+17735550142"


def test_columnar_convert_joins_repeated_columns_like_before():
    headers = ["Nombre", "Nombre 2", "Apellido", "Phone", "Cell", "Notes", "Extra", "Idioma", "Idioma 2",
               "Membership", "Membership 2", "OK to call", "OK to call 2"]
    mapping = importing.Mapping(["first_name", "first_name", "last_name", "phone", "phone", "notes", None,
                                 "languages", "languages", "membership", "membership", "ok_to_call", "ok_to_call"])
    rows = [
        ["Ana", "María", "Ruiz", "773-555-0100", "(773) 555-0101", "met at gate", "x1", "Spanish", "English, es",
         "member", "steward", "yes", "no"],
        ["", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["Bo", "", "Li", "n/a", "12", "", "", "es", "", "", "", "", "sí"],
    ] * 20  # repeated values take the per-distinct-value path
    converted = importing.convert_rows(headers, rows, mapping)
    rec, problems = converted[0]
    assert (rec.first_name, rec.last_name) == ("Ana María", "Ruiz")
    assert [p[1] for p in rec.phones] == ["+17735550100", "+17735550101"]
    assert rec.phones[1][2] == "cell"
    assert rec.notes == "met at gate\nExtra: x1"
    assert rec.languages == ["es", "en"] and rec.membership == "steward" and rec.ok_to_call is False
    assert problems == []
    empty, problems = converted[1]
    assert [p.template for p in problems] == [importing.MSG_NO_NAME] and empty.phones == ()
    rec, problems = converted[2]
    assert rec.first_name == "Bo" and rec.ok_to_call is True and rec.languages == ["es"]
    assert [p.template for p in problems] == [importing.MSG_BAD_PHONE]
    # Records share nothing they could change: merging one into a copy leaves the others alone.
    twin = converted[0][0].copy()
    twin.absorb(converted[5][0])  # a "Bo Li" row: another phone
    assert len(twin.phones) == 3 and len(converted[0][0].phones) == 2 and len(converted[21][0].phones) == 2
    assert converted[0][0].languages == ["es", "en"] == converted[21][0].languages


def test_gc_pauses_nest_and_end_with_the_last_one():
    import gc
    import threading

    from models.core.gc_pause import gc_paused

    assert gc.isenabled()
    inner_started, inner_may_end = threading.Event(), threading.Event()

    def other_thread():
        with gc_paused():
            inner_started.set()
            inner_may_end.wait(5)

    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner end does not turn it back on
        worker = threading.Thread(target=other_thread)
        worker.start()
        inner_started.wait(5)
    assert not gc.isenabled()  # another thread's pause is still running
    inner_may_end.set()
    worker.join()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_gc_pause_end_moves_what_it_made_to_the_oldest_generation_unwalked():
    import gc
    import weakref

    from models.core.gc_pause import gc_paused

    class Node:
        other: object = None

    with gc_paused():
        kept = [[i] for i in range(5000)]
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle, garbage once the names go
        cycle = weakref.ref(a)
        del a, b
    oldest = {id(o) for o in gc.get_objects(2)}
    assert all(id(item) in oldest for item in kept)  # not walked by the young collections
    assert cycle() is not None
    gc.collect()
    assert cycle() is None  # a cycle made during the pause is still found by a full collection


# ----------------------------------------------------------------- streaming import_file
STREAM_HEADER = ["First Name", "Last Name", "Phone", "Email", "Workplace", "Department", "Shift", "Tags",
                 "Assessment", "Notes", "Membership", "OK to call", "Language", "Job title"]
STREAM_ROWS = [
    # Ana: written in the first chunk with little; later rows (other chunks) add to her.
    ["Ana", "Ruiz", "(773) 555-0142", "", "", "", "", "", "", "", "", "", "", ""],
    ["Beto", "Luna", "773 555 0100", "beto@example.org", "Planta Norte", "Empaque", "Noche", "comité", "4",
     "", "member", "", "es", ""],
    ["Carla", "Díaz", "", "carla@example.org", "", "", "", "", "", "habla con Ramón", "", "no", "", ""],
    ["Dora", "Pham", "312-555-0001", "", "Planta Sur", "", "Día", "", "", "", "", "", "vi", ""],
    ["Eva", "Chen", "312-555-0002", "", "", "", "", "", "", "", "", "", "", ""],
    ["ana", "RUIZ", "773.555.0142", "ana@example.org", "Planta Nueva", "Corte", "Tarde", "comité, turno B",
     "2", "primera nota", "non-member", "no", "es, en", "Operadora"],
    ["Beto", "Luna", "+1 773 555 0199", "BETO@example.org", "", "", "", "nuevo", "", "otra nota", "", "", "en",
     "Mecánico"],
    ["Fer", "Gómez", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["Carla", "Díaz", "312 555 0003", "CARLA@example.org", "Planta Norte", "", "", "", "5", "", "", "", "", ""],
    ["Gil", "Soto", "312-555-0004", "", "", "", "", "", "", "", "", "", "", ""],
    ["Ana", "Ruiz", "+17735550142", "", "", "", "", "nuevo", "5", "segunda nota", "", "", "", ""],
    ["Dora", "Pham", "312-555-0001", "dora@example.org", "", "Empaque", "", "", "3", "", "", "", "", ""],
    ["Hugo", "Vera", "not a phone", "hugo@", "", "", "", "", "", "", "", "", "", ""],  # (invalid: the email)
    ["Eva", "Chen", "312-555-0002", "", "", "", "", "", "", "", "", "", "", ""],
    ["Juan", "Paz", "", "", "", "", "", "", "", "", "", "", "", ""],
    # Iris: a second row merges into her in her own chunk, before she is written; a third after.
    ["Iris", "Mora", "", "iris@example.org", "", "", "", "", "", "", "", "", "", ""],
    ["Iris", "Mora", "312-555-0005", "iris@example.org", "", "", "", "a", "", "", "", "", "", ""],
    ["Kim", "Ngo", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["Iris", "Mora", "312 555 0006", "IRIS@example.org", "Planta Sur", "", "", "b", "1", "", "", "", "", ""],
]


def roster_state(db) -> list[tuple]:
    """Every person as a comparable tuple (names instead of ids), with phones, tags, assessments."""
    with db.engine.connect() as conn:
        run = conn.exec_driver_sql
        places = {t: dict(run(f"SELECT id, name FROM {t}").fetchall()) for t in ("workplaces", "departments", "shifts")}
        tags = dict(run("SELECT id, name FROM tags").fetchall())
        state = []
        for row in run("SELECT id, first_name, last_name, preferred_name, email, languages, workplace_id, department_id, "
                       "shift_id, job_title, membership, assessment, notes, ok_to_call, ok_to_text, do_not_contact "
                       "FROM people").fetchall():
            pid, values = row[0], list(row[1:])
            values[5] = places["workplaces"].get(values[5])
            values[6] = places["departments"].get(values[6])
            values[7] = places["shifts"].get(values[7])
            phones = run("SELECT position, raw, e164, label FROM phones WHERE person_id = ? ORDER BY position",
                         (pid,)).fetchall()
            tag_names = sorted(tags[t] for (t,) in run("SELECT tag_id FROM person_tags WHERE person_id = ?", (pid,)))
            history = sorted(run("SELECT value, note FROM assessments WHERE person_id = ?", (pid,)).fetchall())
            state.append((tuple(values), tuple(phones), tuple(tag_names), tuple(history)))
        return sorted(state, key=repr)


@pytest.mark.parametrize("on_duplicate", [MERGE, KEEP, SKIP])
@pytest.mark.parametrize("overwrite", [False, True])
def test_streaming_import_file_writes_what_plan_and_apply_write(tmp_path, monkeypatch, on_duplicate, overwrite):
    """import_file writes each chunk while the next is planned; a later row that merges into a new
    person already written is written as the difference it makes. With chunks of a few rows (so
    most merges cross chunks) the result must be what the wizard's plan + apply writes at once."""
    from models.core import demo
    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    path = write_csv(tmp_path / "stream.csv", [STREAM_HEADER] + STREAM_ROWS)
    dbs = []
    for name in ("streamed", "whole"):
        database = Database.create(tmp_path / f"{name}.cdesk", PASSPHRASE, organization="Test local")
        demo.generate(database, people=30, seed=3)
        dbs.append(database)
    streamed, whole = dbs
    try:
        # Roster people that rows of the file match (by phone and by email).
        for database in dbs:
            create_person(database, PersonInput(first_name="Gil", last_name="Soto", phones=[PhoneInput("312-555-0004")],
                                                job_title="Soldador"))
            create_person(database, PersonInput(first_name="Carla", last_name="Díaz", email="carla@example.org"))
        monkeypatch.setattr(importing.matching, "CONVERT_CHUNK", 3)
        monkeypatch.setattr(importing.writing, "INSERT_CHUNK", 2)
        written = []
        real_feed = importing._Applier.feed

        def feed(self, rows, start, end):
            written.append((start, end))
            return real_feed(self, rows, start, end)

        monkeypatch.setattr(importing._Applier, "feed", feed)
        _, streamed_result = importing.import_file(streamed, path, on_duplicate=on_duplicate,
                                                   overwrite_conflicts=overwrite)
        assert written == [(0, 3), (3, 6), (6, 9), (9, 12), (12, 15), (15, 19)]  # really a chunk at a time
        table = importing.read_table(path)
        plan = importing.plan_import(table, importing.guess_mapping(table.headers), whole, on_duplicate=on_duplicate)
        whole_result = importing.apply_import(whole, plan, file_name=path.name, overwrite_conflicts=overwrite)
        assert streamed_result.as_dict() == whole_result.as_dict()
        assert streamed_result.invalid == 1
        if on_duplicate == MERGE:
            assert streamed_result.merged == 10
        state = roster_state(streamed)
        assert state == roster_state(whole)
        if on_duplicate == MERGE:  # what crossed chunks really arrived
            ana = [p for p in state if p[0][:2] == ("Ana", "Ruiz")]
            assert len(ana) == 1
            values, phones, tags, history = ana[0]
            assert values[3] == "ana@example.org" and values[5:8] == ("Planta Nueva", "Corte", "Tarde")
            assert values[10] == 2 and values[12] == 0  # the first assessment given; "no" to calls wins
            assert "primera nota" in values[11] and "segunda nota" in values[11]
            assert [p[2] for p in phones] == ["+17735550142"] and tags == ("comité", "nuevo", "turno B")
            assert history == ((2, "import"),)
            iris = [p for p in state if p[0][:2] == ("Iris", "Mora")]
            assert len(iris) == 1 and iris[0][0][5] == "Planta Sur" and iris[0][2] == ("a", "b")
            assert [p[2] for p in iris[0][1]] == ["+13125550005", "+13125550006"]
        # Undo takes both back to the same roster.
        for database, result in ((streamed, streamed_result), (whole, whole_result)):
            importing.undo_import(database, result.batch_id)
        assert roster_state(streamed) == roster_state(whole)
    finally:
        for database in dbs:
            database.close()


def test_streaming_import_cancelled_halfway_leaves_the_database_as_before(demo_db, tmp_path, monkeypatch):
    db = demo_db
    rows = [["Name", "Phone", "Workplace"]] + [[f"Person {i}", f"312-555-{i:04d}", "New Site"] for i in range(9000)]
    path = write_csv(tmp_path / "big.csv", rows)
    before = roster_state(db)
    monkeypatch.setattr(importing.matching, "CONVERT_CHUNK", 2000)

    def cancel(done, total):
        if done >= 4000:  # two chunks are written (or being written) by the statement thread
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        importing.import_file(db, path, progress=cancel)
    assert roster_state(db) == before
    assert importing.list_batches(db) == []
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM workplaces WHERE name = 'New Site'").scalar() == 0
    # And the next import runs normally.
    count = people_count(db)
    _, result = importing.import_file(db, path)
    assert result.added + result.merged == 9000 and people_count(db) == count + result.added


# file_only: SQLite's statement thread (the server writes with COPY on the calling thread).
@pytest.mark.file_only
def test_a_statement_that_fails_on_the_statement_thread_is_the_error_raised(db, tmp_path, monkeypatch):
    """The import's big inserts run on a second thread: when one fails, that statement's own
    error reaches the caller (not a cancelled read queued after it), and nothing is written."""
    path = write_csv(tmp_path / "p.csv", [["Name", "Phone"]] + [[f"Person {i}", f"312-555-{i:04d}"] for i in range(50)])
    real = importing._StatementThread.put

    def failing_put(self, sql, params=()):
        if sql.startswith("INSERT INTO phones"):
            sql = "SELECT raise_disk_full(?)"
        return real(self, sql, params)

    def raise_disk_full(_rows):
        raise OSError("disk full")

    monkeypatch.setattr(importing._StatementThread, "put", failing_put)
    with db.engine.connect() as conn:  # the pool hands the import this same connection
        conn.connection.dbapi_connection.create_function("raise_disk_full", 1, raise_disk_full)
    import sqlcipher3

    with pytest.raises(sqlcipher3.dbapi2.OperationalError, match="user-defined function raised exception"):
        importing.import_file(db, path)
    assert people_count(db) == 0 and importing.list_batches(db) == []


def test_a_copy_that_fails_on_the_statement_thread_is_the_error_raised(db, tmp_path, monkeypatch):
    """The server's road: new people and phones go in with COPY on the statement thread; when one
    fails, its own error reaches the caller and nothing is written."""
    if not db.is_server:
        pytest.skip("the server's COPY road (the file's is tested above)")
    from models.core import dialect

    path = write_csv(tmp_path / "p.csv", [["Name", "Phone"]] + [[f"Person {i}", f"312-555-{i:04d}"] for i in range(50)])
    real = dialect.copy_rows

    def failing_copy(conn, table, columns, rows):
        if table == "phones":
            raise OSError("disk full")
        return real(conn, table, columns, rows)

    monkeypatch.setattr(dialect, "copy_rows", failing_copy)
    with pytest.raises(OSError, match="disk full"):
        importing.import_file(db, path)
    assert people_count(db) == 0 and importing.list_batches(db) == []


def wal_frames(db) -> tuple[int, int]:
    """(frames in the WAL, frames of it already in the database file)."""
    with db.engine.connect() as conn:
        _busy, log_frames, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return log_frames, done


# file_only: SQLite's WAL checkpoint.
@pytest.mark.file_only
def test_a_large_import_leaves_its_checkpoint_to_a_background_thread(db, tmp_path, monkeypatch):
    import threading

    from models.core.db import Database

    rows = [["Name", "Phone"]] + [[f"Person {i}", f"312-555-{i % 10000:04d}"] for i in range(6000)]
    path = write_csv(tmp_path / "big.csv", rows)
    gate, started = threading.Event(), []
    real = Database._checkpoint_in_background

    def held(self):  # the background checkpoint waits until the test has looked at the WAL
        later = threading.Thread(target=lambda: (gate.wait(10), real(self)), daemon=True)
        started.append(later)
        later.start()

    monkeypatch.setattr(Database, "_checkpoint_in_background", held)
    _, result = importing.import_file(db, path)
    assert result.added == 6000 and len(started) == 1
    # Committed, but only in the WAL: the commit did not copy it into the database file.
    assert Path(f"{db.path}-wal").stat().st_size > 500_000
    assert people_count(db) == 6000
    # Every pooled connection (the import's among them) checkpoints by itself again.
    conns = [db.engine.connect() for _ in range(3)]
    try:
        assert [c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() for c in conns] == [1000] * 3
    finally:
        for c in conns:
            c.close()
    gate.set()
    started[0].join()  # (it has started the real checkpoint thread)
    db.wait_for_checkpoint()
    log_frames, done = wal_frames(db)
    assert log_frames > 0 and done == log_frames  # everything is in the file now


def test_a_small_import_checkpoints_as_usual_and_close_waits_for_a_background_one(db_path, tmp_path):
    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    db = Database.create(db_path, PASSPHRASE)
    try:
        _, result = importing.import_file(db, write_csv(tmp_path / "a.csv", [["Name"], ["Ana Ruiz"]]))
        assert result.added == 1 and db._checkpointer is None
        rows = [["Name"]] + [[f"Person {i}"] for i in range(6000)]
        importing.import_file(db, write_csv(tmp_path / "b.csv", rows))
        assert db._checkpointer is not None
    finally:
        db.close()
    assert not db._checkpointer.is_alive()
    # Closing checkpointed and removed the WAL: the file alone holds everyone, still encrypted.
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert b"Person 5999" not in Path(db_path).read_bytes()
    db = Database.open(db_path, PASSPHRASE)
    try:
        assert people_count(db) == 6001
    finally:
        db.close()


# file_only: the file's passphrase and WAL checkpoint.
@pytest.mark.file_only
def test_passphrase_change_right_after_a_large_import_waits_for_its_checkpoint(db, tmp_path, monkeypatch):
    import threading

    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    rows = [["Name", "Phone"]] + [[f"Person {i}", f"312-555-{i % 10000:04d}"] for i in range(6000)]
    gate = threading.Event()

    def late(self):  # the background checkpoint runs late, as on a busy machine
        def run():
            gate.wait(10)
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

        self._checkpointer = threading.Thread(target=run, daemon=True)
        self._checkpointer.start()

    monkeypatch.setattr(Database, "_checkpoint_in_background", late)
    importing.import_file(db, write_csv(tmp_path / "big.csv", rows))
    alive_at_rekey = []
    real_export = Database.export_copy

    def export_copy(self, *args, **kw):
        alive_at_rekey.append(self._checkpointer.is_alive())
        return real_export(self, *args, **kw)

    monkeypatch.setattr(Database, "export_copy", export_copy)
    threading.Timer(0.3, gate.set).start()
    db.change_passphrase(PASSPHRASE, "a brand new passphrase 42")
    assert alive_at_rekey == [False]  # it waited for the checkpoint before re-encrypting
    db.close()
    reopened = Database.open(db.path, "a brand new passphrase 42")
    try:
        assert people_count(reopened) == 6000
    finally:
        reopened.close()


def test_an_invalid_row_is_matched_on_nothing_and_nothing_is_matched_to_it(db, tmp_path):
    existing = create_person(db, PersonInput(first_name="Ana", last_name="Ruiz", phones=[PhoneInput("312-555-0100")]))
    path = write_csv(tmp_path / "i.csv", [
        ["Name", "Phone", "Email", "Workplace"],
        ["Ana Ruiz", "312-555-0100", "not an email", "Plant 2"],  # invalid, though its phone is known
        ["Bo Li", "312-555-0199", "bad@", ""],  # invalid
        ["Bo Li", "312-555-0199", "", ""],  # same phone as the invalid row: new, not a duplicate of it
        ["Ana Ruiz", "(312) 555-0100", "", "Plant 2"],  # the roster's Ana, by phone
    ])
    table = importing.read_table(path)
    mapping, _ = importing.mapping_for(db, table.headers)
    plan = importing.plan_import(table, mapping, db)
    assert [(r.status, r.action, r.match_person, r.match_row) for r in plan.rows] == [
        (importing.INVALID, SKIP, None, None),
        (importing.INVALID, SKIP, None, None),
        (importing.NEW, importing.ADD, None, None),
        (importing.EXISTING, MERGE, existing, None),
    ]
