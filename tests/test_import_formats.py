"""Every format committees get their lists in, imported into an empty database with default
options (the path the CLI and the wizard share), gives the right people with the right fields.

The fixtures are in tests/fixtures/formats (see its README for where each layout comes from).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models import importing

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
PERSON_COLUMNS = ("id", "first_name", "last_name", "preferred_name", "email", "email2", "languages", "job_title",
                  "membership", "assessment", "notes", "ok_to_call", "ok_to_text", "ok_to_email", "do_not_contact",
                  "street", "city", "region", "postal_code", "country", "external_id", "hire_date", "name_order")


def read_people(db) -> dict[str, dict]:
    """Everyone in the database by "first last", with phones, tags and place names."""
    people = {}
    with db.engine.connect() as conn:
        sql = conn.exec_driver_sql
        # (the hire date as text on both stores: a date column gives a date on the server)
        columns = ", ".join(f"CAST(p.{c} AS TEXT)" if c == "hire_date" else f"p.{c}" for c in PERSON_COLUMNS)
        rows = sql(f"SELECT {columns}, w.name, d.name, s.name FROM people p "
                   "LEFT JOIN workplaces w ON w.id = p.workplace_id LEFT JOIN departments d ON d.id = p.department_id "
                   "LEFT JOIN shifts s ON s.id = p.shift_id").all()
        for row in rows:
            person = dict(zip(PERSON_COLUMNS + ("workplace", "department", "shift"), row))
            pid = person["id"]
            person["phones"] = [tuple(p) for p in sql(
                "SELECT raw, e164, label FROM phones WHERE person_id = ? ORDER BY position", (pid,))]
            person["tags"] = {t for (t,) in sql(
                "SELECT t.name FROM tags t JOIN person_tags pt ON pt.tag_id = t.id WHERE pt.person_id = ?", (pid,))}
            for flag in ("ok_to_call", "ok_to_text", "ok_to_email", "do_not_contact"):
                person[flag] = None if person[flag] is None else bool(person[flag])
            people[f"{person['first_name']} {person['last_name']}".strip()] = person
    return people


def people_in(reopen_db) -> dict[str, dict]:
    """read_people of the store the CLI wrote (conftest's reopen_db opens it again)."""
    reopened = reopen_db()
    try:
        return read_people(reopened)
    finally:
        reopened.close()


def import_fixture(db, name: str, **options) -> tuple[importing.ImportPlan, dict[str, dict]]:
    plan, result = importing.import_file(db, FIXTURES / name, **options)
    assert result.batch_id is not None
    return plan, read_people(db)


def numbers(person: dict) -> list[str]:
    """The person's phones: E.164 where readable, else as typed."""
    return [e164 or raw for raw, e164, _label in person["phones"]]


def check(person: dict, **expected) -> None:
    for key, value in expected.items():
        assert person[key] == value, f"{key}: {person[key]!r} != {value!r}"


def notes_have(person: dict, *lines: str) -> None:
    for line in lines:
        assert line in person["notes"].split("\n"), f"{line!r} not in notes {person['notes']!r}"


def notes_lack(person: dict, *texts: str) -> None:
    for text in texts:
        assert text not in person["notes"], f"{text!r} in notes {person['notes']!r}"


UNKNOWN = dict(ok_to_call=None, ok_to_text=None, ok_to_email=None, do_not_contact=None)


# ---------------------------------------------------------------------------------- CiviCRM
def test_civicrm_contact_export(db):
    plan, people = import_fixture(db, "civicrm_contacts.csv")
    assert importing.layout_name(plan.table.headers) == "CiviCRM" and len(plan.table.headers) == 83
    assert set(people) == {"María José García López", "Thị Lan Nguyễn", "Youssef Haddad", "Wei Chen"}
    maria = people["María José García López"]  # Middle Name joins the first name
    check(maria, email="mjgarcia@example.org", languages="es", job_title="Line Cook",
          workplace="Lakeside Foods Plant 2", street="1841 W 18th St", city="Chicago", region="IL",
          postal_code="60608", country="United States", tags={"Volunteer", "Leader", "Newsletter"},
          ok_to_text=False, ok_to_call=None, ok_to_email=None)  # "Do Not Sms: 1"
    assert maria["phones"] == [("(312) 555-0111", "+13125550111", "cell")]  # "Phone Type: Mobile"
    notes_have(maria, "Met at the May Day picnic.", "Contact ID: 202", "Individual Prefix: Ms.")
    notes_lack(maria, "Contact Hash", "Dear María", "Greeting", "Individual\n", "Mobile")
    check(people["Thị Lan Nguyễn"], languages="vi", ok_to_call=False, ok_to_text=None, email="lan.nguyen@example.org")
    youssef = people["Youssef Haddad"]
    check(youssef, ok_to_email=False, email="y.haddad@example.org", languages="ar")  # "Do Not Email" is a flag
    assert youssef["phones"] == [("(312) 555-0113 x204", "+13125550113", "")]  # the extension with its phone
    notes_lack(youssef, "Phone Extension", "Phone Type")
    wei = people["Wei Chen"]
    check(wei, languages="zh", workplace=None, tags={"Leader"}, **UNKNOWN)
    notes_have(wei, "Prefers evening calls.")


# ---------------------------------------------------------------------------------- Google Contacts
def test_google_contacts_current_layout(db):
    plan, people = import_fixture(db, "google_contacts.csv")
    assert importing.layout_name(plan.table.headers) == "Google Contacts"
    assert set(people) == {"Văn Minh Trần", "Li Na", "Rosa Elena Martínez"}
    minh = people["Văn Minh Trần"]
    check(minh, preferred_name="Minh", workplace="Lakeside Foods", job_title="Sanitation Lead",
          department="Sanitation", email="minh.tran@example.org", tags={"Comité Planta 2"}, **UNKNOWN)
    assert numbers(minh) == ["+13125550121", "+13125550122", "+13125550100"]  # " ::: " is two numbers
    assert [label for _raw, _e164, label in minh["phones"]] == ["cell", "cell", "work"]  # Phone N - Label
    notes_have(minh, "Birthday: --05-12", "Asked about the night shift differential.")
    notes_lack(minh, "Mobile", "* Home", "myContacts")
    li = people["Li Na"]  # "Na" is a surname, not "n/a"
    check(li, email="li.na@example.org", email2="li.na.home@example.com", tags={"Trainers"},
          street="2141 S Archer Ave", city="Chicago", region="IL", postal_code="60616", country="US")
    notes_have(li, "E-mail 1 - Value: nali@example.net")
    notes_lack(li, "Address 1 - Formatted", "starred")
    rosa = people["Rosa Elena Martínez"]
    check(rosa, tags=set(), email="")
    assert rosa["phones"] == [("872-555-0124", "+18725550124", "home")]
    notes_have(rosa, "Name Prefix: Sra.", "Website 1 - Value: https://example.org/rosa")


# ---------------------------------------------------------------------------------- Outlook
def test_outlook_export_in_windows_1252(db):
    plan, people = import_fixture(db, "outlook_contacts.csv")
    assert plan.table.encoding == "cp1252" and importing.layout_name(plan.table.headers) == "Outlook"
    assert set(people) == {"José Peña", "Françoise Dubois", "Youssef El Amrani"}
    jose = people["José Peña"]
    check(jose, job_title="Machine Operator", workplace="Lakeside Foods", department="Packaging",
          email="jose.pena@example.org", tags={"Committee", "Día de campo"}, street="3315 W 26th St",
          city="Chicago", region="IL", postal_code="60623", country="United States", **UNKNOWN)
    assert numbers(jose) == ["+13125550131", "+13125550100"]
    notes_have(jose, "Title: Mr.", "Speaks for the second shift.")  # Mr. is not a job
    notes_lack(jose, "0/0/00", "Unspecified", "Normal", "False", "J.P.")
    check(people["Françoise Dubois"], email2="francoise.d@example.net", department="Quality",
          job_title="Quality Technician")
    check(people["Youssef El Amrani"], email="", job_title="Sanitation Worker", tags={"Volunteer"})


# ---------------------------------------------------------------------------------- NationBuilder
def test_nationbuilder_export(db):
    plan, people = import_fixture(db, "nationbuilder_people.csv")
    assert importing.layout_name(plan.table.headers) == "NationBuilder"
    assert set(people) == {"Carmen Ruiz", "Hassan Ali Karimi", "Mai Phạm"}
    carmen = people["Carmen Ruiz"]
    check(carmen, ok_to_call=False, ok_to_text=True, ok_to_email=True, external_id="LF-3301",
          workplace="Lakeside Foods", job_title="Packer", languages="es", assessment=1,
          tags={"committee", "card-signer"}, email="carmen.ruiz@example.org", street="2455 S Whipple St",
          city="Chicago", region="IL", postal_code="60623", country="US")
    assert numbers(carmen) == ["+13125550141", "+17735550142"]
    assert all(not raw.startswith("'") for raw, _e164, _label in carmen["phones"])  # Excel's ' taken off
    notes_have(carmen, "Signed a card in March.", "nationbuilder_id: 1041")
    notes_lack(carmen, "email: carmen.ruiz@example.org", "full_name")  # not repeated from the fields
    hassan = people["Hassan Ali Karimi"]
    check(hassan, ok_to_text=False, ok_to_email=False, email="h.karimi@example.org",
          email2="hassan.k@example.net", postal_code="02134", assessment=3)
    assert numbers(hassan) == ["+18725550143"]
    notes_have(hassan, "is_mobile_bad: true")  # a flag about the mobile, not a phone
    check(people["Mai Phạm"], do_not_contact=True, ok_to_text=None, ok_to_email=None, languages="vi")


# ---------------------------------------------------------------------------------- VAN
def test_van_tab_separated_export(db):
    plan, people = import_fixture(db, "van_export.txt")
    assert plan.table.delimiter == "\t" and "Pref Phone" in plan.table.headers
    assert set(people) == {"Luis A Ortiz", "Duc Hoang", "Ana Mendoza"}
    luis = people["Luis A Ortiz"]
    check(luis, external_id="100235417", email="lortiz@example.org", street="1522 W Cermak Rd", city="Chicago",
          region="IL", postal_code="60608", **UNKNOWN)
    assert numbers(luis) == ["+13125550151"]  # the same number in three columns, stored once
    notes_have(luis, "Zip4: 1204", "Age: 44")
    assert numbers(people["Duc Hoang"]) == ["+17735550152"]
    assert numbers(people["Ana Mendoza"]) == ["+18725550153", "+18725550154"]


# ---------------------------------------------------------------------------------- Spoke
def test_spoke_contacts(db):
    plan, people = import_fixture(db, "spoke_contacts.csv")
    assert set(people) == {"Guadalupe Flores", "Bảo Lê", "Omar Farouk"}
    guadalupe = people["Guadalupe Flores"]
    check(guadalupe, external_id="LF-4101", postal_code="60609", workplace=None, **UNKNOWN)
    assert numbers(guadalupe) == ["+13125550161"]
    notes_have(guadalupe, "department: Packaging", "shift: Nights", "card_signed: yes")  # no workplace: kept
    assert numbers(people["Bảo Lê"]) == ["+17735550162"] and numbers(people["Omar Farouk"]) == ["+18725550163"]
    notes_have(people["Omar Farouk"], "department: Shipping")


# ---------------------------------------------------------------------------------- Action Network
def test_action_network_activists(db):
    plan, people = import_fixture(db, "action_network_activists.csv")
    assert set(people) == {"Sofía Herrera", "Kwame Mensah", "Zhang Min"}
    sofia = people["Sofía Herrera"]
    check(sofia, ok_to_text=False, ok_to_email=True, ok_to_call=None, tags={"Volunteer"},
          external_id="7c3a9a0e-3f4b-4c61-9d3a-2b1f00000171", postal_code="60608", city="Chicago", region="IL",
          country="US")
    assert numbers(sofia) == ["+13125550171"]
    notes_have(sofia, "Department: Packaging", "Which shift do you work?: Nights",
               "Would you help on the organizing committee?: Yes")
    check(people["Kwame Mensah"], ok_to_text=True, ok_to_email=False)
    check(people["Zhang Min"], ok_to_text=None, ok_to_email=True, ok_to_call=None)


# ---------------------------------------------------------------------------------- Action Builder
def test_action_builder_entities(db):
    plan, people = import_fixture(db, "action_builder_entities.csv")
    assert set(people) == {"Layla Nasser", "Diego Castillo"}
    layla = people["Layla Nasser"]
    check(layla, email="layla.n@example.org", city="Chicago", region="IL", postal_code="60629",
          external_id="b1f0c2d4-0181", **UNKNOWN)
    assert numbers(layla) == ["+13125550181"]
    # Action Builder's assessment tagging is the assessment; department and shift taggings stay
    # tags (kept and searchable) while the file names no workplace...
    assert layla["assessment"] == 2
    assert layla["tags"] == {"Workplace Info: Department: Packaging", "Workplace Info: Shift: Nights"}
    notes_have(layla, "Talked at shift change.")
    assert people["Diego Castillo"]["tags"] == {"Workplace Info: Department: Shipping", "Activity: Event: March rally"}


def test_action_builder_taggings_fill_department_and_shift_with_a_workplace(db):
    """...and fill the department and shift when a workplace is given (the CLI's --workplace)."""
    path = FIXTURES / "action_builder_entities.csv"
    table = importing.read_table(path)
    mapping = importing.guess_mapping(table.headers)
    mapping.defaults["workplace"] = "Lakeside Foods"
    importing.import_file(db, path, mapping=mapping, table=table)
    people = read_people(db)
    layla = people["Layla Nasser"]
    check(layla, workplace="Lakeside Foods", department="Packaging", shift="Nights", assessment=2)
    assert layla["tags"] == set()


# ---------------------------------------------------------------------------------- Mobilize, Solidarity Tech
def test_mobilize_attendees(db):
    plan, people = import_fixture(db, "mobilize_attendees.csv")
    assert set(people) == {"Valeria Sánchez", "Tuấn Võ"}
    valeria = people["Valeria Sánchez"]
    check(valeria, ok_to_text=True, ok_to_call=None, external_id="889101", postal_code="60608",
          email="vsanchez@example.org")
    notes_have(valeria, "Event name: Contract campaign kickoff", "Status: Confirmed", "Attended: True")
    tuan = people["Tuấn Võ"]
    check(tuan, ok_to_text=False)  # OPT_OUT
    notes_have(tuan, "Status: Cancelled", "Attended: False")
    assert numbers(tuan) == ["+17735550192"]


def test_solidarity_tech_attendees(db):
    plan, people = import_fixture(db, "solidarity_tech_attendees.csv")
    assert set(people) == {"Amina Yusuf", "Pedro Alvarado"}
    check(people["Amina Yusuf"], membership="member", external_id="40211", **UNKNOWN)
    check(people["Pedro Alvarado"], membership="non-member")
    notes_have(people["Pedro Alvarado"], "RSVP: Maybe", "Attended: No", "Event: Steward training")
    assert numbers(people["Amina Yusuf"]) == ["+13125550195"]


# ---------------------------------------------------------------------------------- Zetkin
def test_zetkin_people(db):
    plan, people = import_fixture(db, "zetkin_people.csv")
    assert set(people) == {"Astrid Lindqvist", "Karim Benali"}  # nobody refused for a Swedish number
    astrid = people["Astrid Lindqvist"]
    check(astrid, external_id="12", street="Storgatan 12", postal_code="411 38", city="Göteborg",
          country="Sweden")
    assert numbers(astrid) == ["+46701740605"]  # 00 46 ...
    karim = people["Karim Benali"]
    # With the default country (US) the local Swedish number cannot be read: kept as typed, flagged.
    assert ("070-174 06 06", "") in [(raw, e164) for raw, e164, _label in karim["phones"]]
    assert "+13125550197" in numbers(karim)


# ---------------------------------------------------------------------------------- bargaining unit
def test_employer_bargaining_unit_workbook(db):
    plan, people = import_fixture(db, "bargaining_unit.xlsx")
    assert plan.table.sheet == "Unit List" and plan.table.header_row == 4  # not the cover sheet
    assert len(plan.rows) == 5  # the totals row is not a person
    assert set(people) == {"Maria Jose Garcia Lopez", "Thi Lan Nguyen", "Youssef Haddad", "Sean O'Brien",
                           "Wei Chen"}  # the shared work phone merges nobody
    maria = people["Maria Jose Garcia Lopez"]
    check(maria, external_id="100417", hire_date=date(2014, 6, 2).isoformat(), job_title="Line Cook II",
          street="1841 W 18th St", city="Chicago", region="IL", postal_code="60608", workplace=None, **UNKNOWN)
    assert numbers(maria) == ["+13125550101", "+13125550100"]
    notes_have(maria, "Department: Kitchen", "Shift: 1st", "Status: Full-time")  # no workplace column: kept
    assert numbers(people["Youssef Haddad"]) == ["+13125550100"]
    check(people["Sean O'Brien"], job_title="Forklift Operator", hire_date="2023-01-09")


# ---------------------------------------------------------------------------------- Spanish Excel, Unicode Text
def test_spanish_excel_csv(db):
    plan, people = import_fixture(db, "spanish_excel.csv")
    assert (plan.table.encoding, plan.table.delimiter, plan.table.header_row) == ("cp1252", ";", 4)
    assert set(people) == {"Lucía Fernández Gómez", "Fátima El Amrani", "Mei Wang"}
    lucia = people["Lucía Fernández Gómez"]
    check(lucia, membership="member", workplace="Planta 2", department="Envasado", shift="Mañana",
          job_title="Operaria de línea", email="lucia.fg@example.org", hire_date="2018-09-15", **UNKNOWN)
    assert numbers(lucia) == ["+13125550186", "+17735550187"]
    assert [label for _raw, _e164, label in lucia["phones"]] == ["cell", "home"]
    notes_have(lucia, "Delegada de turno")
    assert "Fecha de alta" not in lucia["notes"]
    check(people["Fátima El Amrani"], membership="non-member", department="Limpieza", shift="Noche")
    check(people["Mei Wang"], membership="member", job_title="Carretillera")


def test_excel_unicode_text(db):
    plan, people = import_fixture(db, "excel_unicode.txt")
    assert plan.table.delimiter == "\t" and plan.table.encoding.startswith("utf-16")
    assert set(people) == {"芳 王", "فاطمة الزهراء", "Thị Hoa Trần", "Andrés Quintero"}
    # A name in Chinese characters in First/Last columns is family first: shown 王芳, not "芳 王".
    assert people["芳 王"]["name_order"] == "family_first"
    assert people["Andrés Quintero"]["name_order"] == "given_first"
    check(people["芳 王"], languages="zh", workplace="Lakeside Foods", shift="Nights", email="wang.fang@example.org")
    check(people["فاطمة الزهراء"], languages="ar", shift="Days")
    check(people["Thị Hoa Trần"], languages="vi")
    check(people["Andrés Quintero"], languages="es,en")
    assert numbers(people["فاطمة الزهراء"]) == ["+17735550177"]


# ---------------------------------------------------------------------------------- mapping rules
@pytest.mark.parametrize("header,field", [
    ("Phone Type", "phone_label"), ("E-mail 1 - Label", None), ("Phone Extension", "phone_extension"),
    ("Work Phone Ext", "phone_extension"), ("Current Employer ID", None),
    ("is_mobile_bad", None), ("Event name", None), ("Phonetic First Name", None), ("Emergency contact phone", None),
    ("Name Prefix", None), ("Use for Bulk Mail", None), ("Do Not Mail", None),
    ("Middle Name", "first_name"), ("Job Title", "job_title"), ("Which shift do you work?", "shift"),
    ("Employee Name", "full_name"), ("Afiliado/a", "membership"), ("Categoría profesional", "job_title"),
    ("Teléfono móvil", "phone"), ("Teléfono fijo", "phone"), ("Centro de trabajo", "workplace"),
    ("Sort Name", "full_name"),
])
def test_columns_that_describe_another_are_never_its_value(header, field):
    assert importing.guess_mapping([header]).columns == [field]


@pytest.mark.parametrize("header,field", [
    ("Do Not Phone", "do_not_call"), ("Do Not Sms", "do_not_text"), ("Do Not Email", "do_not_email"),
    ("mobile_opt_in", "ok_to_text"), ("email_opt_in", "ok_to_email"), ("SMS opt-in status", "ok_to_text"),
    ("Employee ID", "external_id"), ("Hire Date", "hire_date"), ("Zip", "postal_code"), ("E-mail 2 Address", "email2"),
])
def test_opt_outs_ids_and_addresses(header, field):
    expected = field if field in importing.FIELD_KEYS else None  # keys the importer has
    assert importing.guess_mapping([header]).columns == [expected]


def test_a_phone_type_or_extension_without_a_phone_column_stays_in_the_notes():
    mapping = importing.Mapping(["full_name", "phone_label", "phone_extension"])
    [(record, _problems)] = importing.convert_rows(["Name", "Phone Type", "Ext"], [["Ana Ruiz", "Mobile", "12"]],
                                                   mapping)
    assert record.notes == "Phone Type: Mobile\nExt: 12" and not record.phones


def test_outlook_title_is_not_the_job_title():
    headers = importing.read_table(FIXTURES / "outlook_contacts.csv").headers
    mapping = importing.guess_mapping(headers)
    assert mapping.columns[headers.index("Title")] is None
    assert mapping.columns[headers.index("Job Title")] == "job_title"
    assert mapping.columns[headers.index("Company Main Phone")] is None  # not the person's number


def test_a_corrected_mapping_is_remembered_and_reused(db):
    table = importing.read_table(FIXTURES / "spoke_contacts.csv")
    mapping, remembered = importing.mapping_for(db, table.headers)
    assert not remembered
    mapping = importing.corrected(table.headers, mapping, ["card_signed=tags", "zip="])
    importing.import_file(db, FIXTURES / "spoke_contacts.csv", mapping=mapping, table=table)
    again, remembered = importing.mapping_for(db, table.headers)
    assert remembered and again.columns == mapping.columns
    assert again.columns[table.headers.index("zip")] == importing.IGNORE


def test_default_workplace_takes_department_and_shift(db):
    table = importing.read_table(FIXTURES / "spoke_contacts.csv")
    mapping, _ = importing.mapping_for(db, table.headers)
    mapping.defaults["workplace"] = "Lakeside Foods"
    importing.import_file(db, FIXTURES / "spoke_contacts.csv", mapping=mapping, table=table)
    people = read_people(db)
    check(people["Guadalupe Flores"], workplace="Lakeside Foods", department="Packaging", shift="Nights")
    notes_lack(people["Guadalupe Flores"], "department:", "shift:")
    assert importing.mapping_for(db, table.headers)[0].defaults == {}  # the default is not remembered


# ---------------------------------------------------------------------------------- CLI
def test_cli_map_workplace_and_sheet(cli, db, db_arg, reopen_db):
    db.close()
    workbook = str(FIXTURES / "bargaining_unit.xlsx")
    bad = cli("import", "--db", db_arg, workbook, "--map", "Nickname=preferred_name")
    assert bad.returncode == 2 and 'no column "Nickname"' in bad.stderr and "Employee Name" in bad.stderr
    bad = cli("import", "--db", db_arg, workbook, "--map", "Status=salary")
    assert bad.returncode == 2 and 'No field is called "salary"' in bad.stderr
    bad = cli("import", "--db", db_arg, workbook, "--map", "Status")
    assert bad.returncode == 2 and "HEADER=FIELD" in bad.stderr
    assert "Traceback" not in bad.stderr
    listed = cli("list", "imports", "--db", db_arg)
    assert listed.stdout == ""  # nothing was imported by the bad ones

    run = cli("import", "--db", db_arg, workbook, "--sheet", "Unit List", "--workplace", "Lakeside Plant 2",
              "--map", "Status=tags", "--map", "Work Phone=")
    assert run.returncode == 0, run.stderr
    assert "(sheet Unit List)" in run.stdout and "added: 5" in run.stdout
    assert "Status -> Tags" in run.stdout and "Work Phone -> left out" in run.stdout
    people = people_in(reopen_db)
    maria = people["Maria Jose Garcia Lopez"]
    check(maria, workplace="Lakeside Plant 2", department="Kitchen", shift="1st", tags={"Full-time"})
    assert numbers(maria) == ["+13125550101"]  # the switchboard column left out
    assert numbers(people["Youssef Haddad"]) == []

    wrong_sheet = cli("import", "--db", db_arg, workbook, "--sheet", "Payroll")
    assert wrong_sheet.returncode == 2 and "Unit List" in wrong_sheet.stderr


def test_cli_zetkin_with_the_swedish_region(cli, db, db_arg, reopen_db):
    """With --region SE the local Swedish number is read too (the default country is the US)."""
    db.close()
    run = cli("import", "--db", db_arg, str(FIXTURES / "zetkin_people.csv"), "--region", "SE")
    assert run.returncode == 0, run.stderr
    assert "format: Zetkin export" in run.stdout and "added: 2" in run.stdout
    people = people_in(reopen_db)
    assert numbers(people["Karim Benali"]) == ["+46701740606", "+13125550197"]
    assert numbers(people["Astrid Lindqvist"]) == ["+46701740605"]


def test_a_spanish_hire_date_column_is_read_day_first(db, tmp_path):
    """"Fecha de alta" 05/09/2018 is 5 September (day first, as Spain and Mexico write it) even
    where the default country writes the month first."""
    spanish, english = tmp_path / "altas.csv", tmp_path / "hires.csv"
    spanish.write_text("Nombre;Apellidos;Fecha de alta\nAna;Ruiz;05/09/2018\n", encoding="utf-8")
    english.write_text("First name,Last name,Hire date\nLeo,Paz,05/09/2018\n", encoding="utf-8")
    importing.import_file(db, spanish)
    importing.import_file(db, english)
    with db.engine.connect() as conn:
        hired = dict(conn.exec_driver_sql("SELECT first_name, CAST(hire_date AS TEXT) FROM people").fetchall())
    assert hired == {"Ana": "2018-09-05", "Leo": "2018-05-09"}
