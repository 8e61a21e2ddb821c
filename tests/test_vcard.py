"""vCard import (issue 20, item 6): 2.1 as Android writes it (quoted-printable UTF-8, soft line
breaks), 3.0 as iPhone and Google write it, 4.0 (RFC 6350); detected by content; every card a
row that goes through the importer's own mapping, matching and writing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from models.core import errors
from models import importing
from models.importing import vcard

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def rows_of(name: str) -> list[dict[str, str]]:
    table = importing.read_table(FIXTURES / name)
    return [{h: c for h, c in zip(table.headers, cells) if c} for _n, cells in table.rows]


def test_android_21_quoted_printable_with_soft_line_breaks():
    rows = rows_of("contacts-v21.vcf")
    assert [(r.get("First name"), r.get("Last name")) for r in rows] == [
        ("José Luis", "García Peña"), ("أحمد", "السيد"), ("小明", "王"), ("Thị Lan", "Nguyễn")]
    jose, ahmed, ming, lan = rows
    assert jose["Mobile phone"] == "+1 608-555-0101" and jose["Home phone"] == "608-555-0102"
    assert jose["Workplace"] == "Planta Norte" and jose["Department"] == "Empaque"
    # a note split by '=' soft breaks across three lines, with a comma 2.1 does not escape
    assert jose["Notes"] == ("Habla con su turno en la cafetería los martes; prefiere llamadas después de las 6, "
                             "nunca mensajes de texto.")
    assert ahmed["Email"] == "ahmed.alsayed@example.org" and ahmed["Email 2"] == "ahmed.home@example.org"
    assert ahmed["Street"] == "١٢ شارع النخيل, Apt 3" and ahmed["Postal code"] == "53703"
    # "王小明" says nothing N does not, but that the family name comes first
    assert ming == {"First name": "小明", "Last name": "王", "Mobile phone": "(608) 555-0105",
                    "Name order": "family first"}
    assert lan["Mobile phone"] == "608-555-0107" and "Mobile phone 2" not in lan  # the same number once
    assert lan["Work phone"] == "608-555-0106" and lan["Name order"] == "family first"
    assert "Name order" not in jose and "Name order" not in ahmed


def test_iphone_and_google_30():
    table = importing.read_table(FIXTURES / "contacts-v30.vcf")
    assert table.kind == "vcard" and table.header_row == 0
    maria, minh, fatima, meiling = rows_of("contacts-v30.vcf")
    assert maria["Workplace"] == "Hospital San Rafael, Inc."  # escaped comma
    assert maria["Mobile phone"] == "(608) 555-0111" and maria["Preferred name"] == "Mafer"
    assert maria["Tags"] == "Comité; Voluntaria"
    assert maria["Notes"].startswith("Prefiere español. Turno de noche, lunes a jueves.\nHija en la guardería")
    assert maria["Notes"].endswith("Esta nota es larga y viene partida en varias líneas como lo hace el iPhone.")
    assert maria["Street"] == "742 Calle del Sol, Apt 2B" and maria["Birthday"] == "1988-05-12"
    assert minh["Work phone"] == "+1 608-555-0114" and minh["City"] == "Sun Prairie"
    assert minh["Tags"] == "Steward"  # Google's own "myContacts" group is not a tag
    assert fatima["Languages"] == "ar" and fatima["Notes"].endswith("night shift; speaks Arabic and French")
    assert meiling["Fax"] == "608 555 0117" and meiling["Web page"] == "https://example.org/goldendragon"
    assert [p.template for p in table.notices] == [vcard.NOTICE_NOT_IMPORTED]  # X-ABUID, X-ABADR


def test_rfc6350_40():
    ana, ha, wei, youssef = rows_of("contacts-v40.vcf")
    assert ana["First name"] == "Ana Lucía" and ana["Name prefix"] == "Dra."
    assert ana["Mobile phone"] == "+1-608-555-0121" and ana["Work phone"] == "+1-608-555-0122 ext. 102"
    assert ana["Email"] == "ana.hernandez@example.org" and ana["Languages"] == "es; en"
    assert ana["Tags"] == "Steward; Bargaining team" and ana["Street"] == "88 Willow St, Unit 5"
    assert ha == {"Full name": "Lê Thu Hà", "Mobile phone": "+1-608-555-0123", "Email": "thuha.le@example.org"}
    assert wei["Shown as"] == "Zhang Wei (张伟)"  # FN says more than N: kept
    assert wei["Other address"] == "17 Oak Ave, Madison, WI, 53711, USA"
    assert youssef == {"First name": "Youssef", "Last name": "Mansour", "Mobile phone": "+1 (608) 555-0125"}


def test_detected_by_content_not_by_name(tmp_path):
    data = (FIXTURES / "contacts-v30.vcf").read_bytes()
    for name, content in (("contacts.txt", data), ("contacts.csv", b"\xef\xbb\xbf\r\n" + data),
                          ("contacts", data.decode("utf-8").encode("utf-16"))):
        path = tmp_path / name
        path.write_bytes(content)
        table = importing.read_table(path)
        assert table.kind == "vcard" and len(table.rows) == 4, name
        assert table.rows[0][1][:2] == ["María Fernanda", "Gómez Ruiz"]


def test_broken_lines_are_kept_in_the_notes_with_a_warning(tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=X-NOWHERE;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa;Jos=C3=A9\n"
                    "FN:José García\nTEL;CELL:608-555-0131\nNOTE:uno, dos\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEND:VCARD\n", encoding="utf-8")
    table = importing.read_table(path)
    first = dict(zip(table.headers, table.rows[0][1]))
    assert first["Full name"] == "José García" and first["Notes"] == "uno, dos"
    assert first["Unreadable vCard lines"].startswith("N;CHARSET=X-NOWHERE")
    assert [p.template for p in table.row_problems[1]] == [vcard.MSG_UNREAD_LINES]
    assert 2 not in table.row_problems


def test_a_file_without_a_whole_card_is_refused(tmp_path):
    path = tmp_path / "half.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\n", encoding="utf-8")
    with pytest.raises(errors.UserError) as caught:
        importing.read_table(path)
    assert caught.value.message == vcard.NO_CARDS


def test_nothing_from_a_card_reaches_the_log(tmp_path, caplog):
    path = tmp_path / "odd.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Secreta Persona\nthis line is not a vcard line\n"
                    "NOTE:a\\qb\nEND:VCARD\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        importing.read_table(path)
    assert "Secreta" not in caplog.text and "not a vcard line" not in caplog.text


# What each header of a vCard table is meant to go to; a field the importer does not have yet
# (while the address and second email are being added) goes to the notes, never elsewhere.
INTENDED = {
    "First name": "first_name", "Last name": "last_name", "Full name": "full_name",
    "Preferred name": "preferred_name", "Mobile phone": "phone", "Mobile phone 2": "phone", "Home phone": "phone",
    "Work phone": "phone", "Phone": "phone", "Email": "email", "Email 2": "email2", "Workplace": "workplace",
    "Department": "department", "Job title": "job_title", "Tags": "tags", "Notes": "notes", "Street": "street",
    "City": "city", "Region": "region", "Postal code": "postal_code", "Country": "country",
    "Languages": "languages", "Name order": "name_order",
}


def test_headers_map_to_the_intended_fields():
    headers = list(dict.fromkeys(
        h for name in ("contacts-v21.vcf", "contacts-v30.vcf", "contacts-v40.vcf")
        for h in importing.read_table(FIXTURES / name).headers)) + ["Mobile phone 2", "Phone", "Email 3"]
    mapping = importing.guess_mapping(headers)
    for header, key in zip(headers, mapping.columns):
        wanted = INTENDED.get(header)
        assert key == (wanted if wanted in importing.FIELD_KEYS else None), header
    assert mapping.unmapped_to_notes


def people_rows(db) -> dict[str, dict]:
    with db.engine.connect() as conn:
        people = conn.exec_driver_sql(
            "SELECT p.id, p.first_name, p.last_name, p.email, p.job_title, p.notes, coalesce(w.name, '') "
            "FROM people p LEFT JOIN workplaces w ON w.id = p.workplace_id").fetchall()
        phones = conn.exec_driver_sql("SELECT person_id, e164, label FROM phones ORDER BY person_id, position").fetchall()
        tags = conn.exec_driver_sql("SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
                                    ).fetchall()
    out = {}
    for pid, first, last, email, job, notes, workplace in people:
        out[f"{first} {last}".strip()] = {
            "email": email, "job": job, "notes": notes, "workplace": workplace,
            "phones": [(e164, label) for p, e164, label in phones if p == pid],
            "tags": sorted(name for p, name in tags if p == pid)}
    return out


def test_all_three_versions_import_into_an_empty_roster(db):
    for name in ("contacts-v21.vcf", "contacts-v30.vcf", "contacts-v40.vcf"):
        plan, result = importing.import_file(db, FIXTURES / name)
        assert result.as_dict()["added"] == 4, name
        assert result.as_dict()["invalid"] == 0, name
    people = people_rows(db)
    assert len(people) == 12
    jose = people["José Luis García Peña"]
    assert jose["phones"] == [("+16085550101", "cell"), ("+16085550102", "home")]
    assert jose["workplace"] == "Planta Norte" and jose["job"] == "Operador"
    maria = people["María Fernanda Gómez Ruiz"]
    assert maria["tags"] == ["Comité", "Voluntaria"] and maria["workplace"] == "Hospital San Rafael, Inc."
    assert "1988-05-12" in maria["notes"]  # the birthday is kept in the notes, under its header
    assert people["小明 王"]["phones"] == [("+16085550105", "cell")]
    assert people["Lê Thu Hà"]["phones"] == [("+16085550123", "cell")]


def test_cli_imports_a_vcard(tmp_path, cli, db, db_arg):
    db.close()
    done = cli("import", "--db", db_arg, str(FIXTURES / "contacts-v21.vcf"))
    assert done.returncode == 0, done.stderr
    assert "added: 4" in done.stdout
    assert "one contact per card" in done.stdout and "header on row" not in done.stdout
    assert "not imported" in done.stdout  # the notice about the photo and the X- field


def test_wizard_reads_a_vcard_typed_into_the_file_box(qtbot, wizard_on_file):
    wizard = wizard_on_file(FIXTURES / "contacts-v40.vcf")
    page = wizard.file_page
    qtbot.waitUntil(page.isComplete, timeout=15000)
    assert "4 contacts found in the vCard file" in page.status.text()
    assert "photos" in page.status.text().lower()
    wizard.reject()
