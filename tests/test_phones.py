"""Phones from anywhere (issue 20 item 4): a default country instead of a fixed US, international
forms, Mexican mobiles, extensions; an unreadable number kept as typed and flagged, never a
reason to refuse a person and never turned into a made-up number; the same number once."""

from __future__ import annotations

import csv

import pytest

from models import importing
from models.roster.people import (
    PersonInput,
    PhoneInput,
    create_person,
    get_person,
    unreadable_phones,
    validate,
)
from models.core.text import (
    default_region,
    normalize_phone,
    phone_key,
    phone_text,
    region_name,
    set_default_region,
    split_phones,
)


@pytest.fixture(autouse=True)
def us_numbers():
    set_default_region("US")
    importing._PHONE_CACHE.clear()
    yield
    set_default_region("US")


@pytest.mark.parametrize("raw, region, expected", [
    ("(773) 555-0142", "US", "+17735550142"),
    ("+52 1 55 1234 5678", "US", "+525512345678"),  # a Mexican mobile written the old way
    ("+52 55 1234 5678", "US", "+525512345678"),
    ("0052 1 55 1234 5678", "US", "+525512345678"),  # 00: the international prefix most of the world dials
    ("00 34 612 345 678", "US", "+34612345678"),
    ("011 52 55 1234 5678", "US", "+525512345678"),  # the US's own international prefix
    ("044 55 1234 5678", "MX", "+525512345678"),  # the old Mexican mobile prefix
    ("01 55 1234 5678", "MX", "+525512345678"),
    ("55 1234 5678", "MX", "+525512345678"),
    ("612 345 678", "ES", "+34612345678"),
    ("(773) 555-0142 x123", "US", "+17735550142"),  # the extension stays in the text, not in E.164
    ("773-555-0142 ext. 12", "US", "+17735550142"),
    ("'+1 773 555 0142", "US", "+17735550142"),  # NationBuilder / Excel's text apostrophe
    ("7735550142.0", "US", "+17735550142"),  # an Excel float
    ("(773) 555-0142", "MX", "+527735550142"),  # in Mexico ten digits are a Mexican number
    # Never a made-up number: nine digits are no US number, seven have no area code.
    ("612 345 678", "US", None),
    ("123456789", "US", None),
    ("555-0142", "US", None),
    ("not a phone", "US", None),
])
def test_numbers_are_read_in_the_default_country(raw, region, expected):
    assert normalize_phone(raw, region) == expected
    set_default_region(region)
    assert normalize_phone(raw) == expected
    importing._PHONE_CACHE.clear()
    assert importing.e164(raw) == expected  # the importer's fast path agrees in every region


def test_the_default_country_takes_known_codes_only():
    assert set_default_region("mx") == "MX" == default_region()
    assert set_default_region("ZZ") == "MX"  # unknown: kept as it was
    assert region_name("MX", "es") == "México" and region_name("DE", "en") == "Germany"


def test_text_helpers():
    assert phone_text("  '+1 773 555 0142 ") == "+1 773 555 0142"
    assert split_phones("+1 773 555 0142 ::: 312-555-0100") == ["+1 773 555 0142", "312-555-0100"]
    assert split_phones("773 555 0142; 312 555 0100 / 708 555 0101") == ["773 555 0142", "312 555 0100", "708 555 0101"]
    assert phone_key("(773) 555-0142 x12", "+17735550142") != phone_key("(773) 555-0142 x13", "+17735550142")
    assert phone_key("773.555.0142", "+17735550142") == phone_key("+1 773 555 0142", "+17735550142")
    assert phone_key("612 345 67", "") == "61234567"


# ------------------------------------------------------------------ the roster
def test_an_unreadable_number_never_refuses_the_person_and_is_flagged(db):
    data = PersonInput(first_name="Tomás", phones=[PhoneInput("612 345 67", "cell"), PhoneInput("(773) 555-0142")])
    assert validate(data) == []
    assert unreadable_phones(data) == ["612 345 67"]
    pid = create_person(db, data)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT raw, e164 FROM phones WHERE person_id = ? ORDER BY position", (pid,)).all()
    assert rows == [("612 345 67", ""), ("(773) 555-0142", "+17735550142")]


def test_the_same_number_typed_twice_is_kept_once(db):
    pid = create_person(db, PersonInput(first_name="Ana", phones=[
        PhoneInput("(773) 555-0142", "cell"), PhoneInput("+1 773 555 0142", "home"), PhoneInput("'773.555.0142"),
        PhoneInput("(773) 555-0142 x7", "work")]))
    assert [(p.raw, p.label) for p in get_person(db, pid).data.phones] == [
        ("(773) 555-0142", "cell"), ("(773) 555-0142 x7", "work")]


# ------------------------------------------------------------------ imports
def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _phones(db) -> dict[str, list[tuple[str, str]]]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT p.first_name, ph.raw, ph.e164 FROM phones ph JOIN people p ON p.id = ph.person_id "
            "ORDER BY p.id, ph.position").all()
    found: dict[str, list[tuple[str, str]]] = {}
    for name, raw, number in rows:
        found.setdefault(name, []).append((raw, number))
    return found


def test_import_reads_phones_from_anywhere_and_keeps_what_it_cannot_read(db, tmp_path):
    path = _write(tmp_path / "contacts.csv", [
        ["First Name", "Last Name", "Mobile Phone", "Home Phone", "Work Phone"],
        ["Ana", "Ruiz", "(773) 555-0142", "773.555.0142", "+1 773 555 0142"],  # one number, three columns
        ["Beto", "Luna", "+1 773 555 0143 ::: 312-555-0100", "", ""],  # Google's multi-value cell
        ["Carla", "Díaz", "612 345 67", "", ""],  # a number nobody can read: kept, flagged
        ["Dora", "Pham", "'+52 1 55 1234 5678", "0034 612 345 678", "(312) 555-0101 x204"],
        ["Eva", "Chen", "123456789", "", ""],  # nine digits: no US number, never "+1 123456789"
    ])
    plan, result = importing.import_file(db, path)
    assert (result.added, result.invalid) == (5, 0)  # nobody refused for a phone
    warned = {n for n, p in plan.problems() if p.warning and "cannot be read" in p.text}
    assert warned == {4, 6}
    assert _phones(db) == {
        "Ana": [("(773) 555-0142", "+17735550142")],
        "Beto": [("+1 773 555 0143", "+17735550143"), ("312-555-0100", "+13125550100")],
        "Carla": [("612 345 67", "")],
        "Dora": [("+52 1 55 1234 5678", "+525512345678"), ("0034 612 345 678", "+34612345678"),
                 ("(312) 555-0101 x204", "+13125550101")],
        "Eva": [("123456789", "")],
    }


def test_import_reads_numbers_without_a_country_in_the_chosen_one(db, tmp_path):
    path = _write(tmp_path / "lista.csv", [["Nombre", "Apellido", "Teléfono móvil"],
                                           ["Lupe", "Soto", "55 1234 5678"], ["Rafa", "Gil", "044 33 1234 5678"],
                                           ["Sam", "Lee", "+1 (773) 555-0142"]])
    set_default_region("MX")
    importing.import_file(db, path)
    assert _phones(db) == {"Lupe": [("55 1234 5678", "+525512345678")],
                           "Rafa": [("044 33 1234 5678", "+523312345678")],
                           "Sam": [("+1 (773) 555-0142", "+17735550142")]}


def test_cli_import_region(cli, db_path, tmp_path):
    assert cli("init", "--db", str(db_path)).returncode == 0
    path = _write(tmp_path / "lista.csv", [["Nombre", "Apellido", "Celular"], ["Lupe", "Soto", "55 1234 5678"]])
    bad = cli("import", "--db", str(db_path), str(path), "--region", "XX")
    assert bad.returncode != 0 and "XX" in bad.stderr
    result = cli("import", "--db", str(db_path), str(path), "--region", "mx")
    assert result.returncode == 0, result.stderr
    assert "read as numbers of: MX" in result.stdout
    assert "consent: the file says nothing about it" in result.stdout
    from models.core.db import Database
    from tests.conftest import PASSPHRASE

    database = Database.open(db_path, PASSPHRASE)
    try:
        assert _phones(database) == {"Lupe": [("55 1234 5678", "+525512345678")]}
    finally:
        database.close()
