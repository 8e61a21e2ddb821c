"""Roster export: formula injection, atomic writes, 0600, filters, and the export -> import round trip."""

from __future__ import annotations

import csv
import os
import stat

import openpyxl
import pytest

from models.core import errors
from models import importing
from models.core.db import Database
from models.roster.people import PersonInput, PhoneInput, create_person, get_person
from reports.roster import export as roster_export
from tests.conftest import PASSPHRASE

EVIL = ["=HYPERLINK(\"http://x\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rCR"]
SCRIPTS = [("José", "Núñez Peña"), ("Nguyễn Văn", "An"), ("伟", "王"), ("فاطمة", "حداد"), ("Ана", "Иванова")]


def fill(db) -> list[int]:
    ids = []
    for i, (first, last) in enumerate(SCRIPTS):
        ids.append(create_person(db, PersonInput(
            first_name=first, last_name=last, phones=[PhoneInput(f"+1 773 555 01{i:02d}", "cell"),
                                                      PhoneInput(f"(312) 555-02{i:02d}")],
            email=f"p{i}@example.org", languages=["es", "en"], tags=["leader", "has a car"],
            notes="two\nlines, \"quoted\"", assessment=(i % 5) + 1, membership="steward",
            ok_to_text=False, do_not_contact=i == 2)))
    ids.append(create_person(db, PersonInput(first_name=EVIL[0], last_name=EVIL[1], job_title=EVIL[2],
                                             notes=EVIL[3], preferred_name=EVIL[4], tags=[EVIL[5]])))
    return ids


def snapshot(db) -> list[tuple]:
    """Everything about every person that an export carries, in a comparable form."""
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM people")]
    result = []
    for pid in ids:
        d = get_person(db, pid).data
        result.append((d.first_name, d.last_name, d.preferred_name, tuple(p.raw for p in d.phones), d.email,
                       tuple(d.languages), d.job_title, d.membership, d.assessment, tuple(sorted(d.tags)), d.notes,
                       d.ok_to_call, d.ok_to_text, d.do_not_contact))
    return sorted(result)


def test_csv_neutralizes_formulas(db, tmp_path):
    fill(db)
    out = tmp_path / "people.csv"
    result = roster_export.export_people(db, out)
    assert result.people == 6
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(True)))
    evil = [r for r in rows if r[0].startswith("'=")][0]
    for value in evil:
        assert not value or value[0] not in "=+-@\t\r", value
    assert evil[0] == "'" + EVIL[0] and evil[1] == "'" + EVIL[1]
    assert rows[1][3] == "'+1 773 555 0100"  # phones in international form are neutralized too


def test_xlsx_never_has_formulas_and_keeps_text(db, tmp_path):
    fill(db)
    out = tmp_path / "people.xlsx"
    roster_export.export_people(db, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["People"]
    cells = [c for row in ws.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    values = {c.value for c in cells}
    assert EVIL[0] in values and EVIL[1] in values and EVIL[3] in values
    header = [c.value for c in ws[1]]
    assert header[:5] == ["First name", "Last name", "Preferred name", "Phone 1", "Phone 2"]
    assert "王" in values and "حداد" in values and "Nguyễn Văn" in values
    # Readable columns when opened: emails, workplaces and notes wider than the default.
    widths = {header[i]: ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(header))}
    assert widths["Email"] >= 25 and widths["Workplace"] >= 25 and widths["Notes"] >= 35 and widths["Phone 2"] >= 15


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_into_an_empty_database(db, tmp_path, suffix):
    fill(db)
    out = tmp_path / f"people{suffix}"
    roster_export.export_people(db, out)
    other = Database.create(tmp_path / "empty.cdesk", PASSPHRASE)
    try:
        _, result = importing.import_file(other, out)
        assert (result.added, result.invalid, result.merged) == (6, 0, 0)
        assert snapshot(other) == snapshot(db)
    finally:
        other.close()


def test_demo_round_trip(demo_db, tmp_path):
    out = tmp_path / "demo.csv"
    roster_export.export_people(demo_db, out)
    other = Database.create(tmp_path / "empty.cdesk", PASSPHRASE)
    try:
        importing.import_file(other, out)
        assert snapshot(other) == snapshot(demo_db)
        back = tmp_path / "back.csv"
        roster_export.export_people(other, back)
        assert sorted(back.read_text(encoding="utf-8").splitlines()) == sorted(out.read_text(encoding="utf-8").splitlines())
    finally:
        other.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_private_mode_and_cancel_keeps_the_earlier_file(demo_db, tmp_path, suffix):
    out = tmp_path / f"people{suffix}"
    roster_export.export_people(demo_db, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = out.read_bytes()

    def cancel(done, total):
        raise KeyboardInterrupt

    import tempfile

    leftovers = set(os.listdir(tempfile.gettempdir()))
    with pytest.raises(KeyboardInterrupt):
        roster_export.export_people(demo_db, out, progress=cancel)
    assert out.read_bytes() == before
    assert not [n for n in set(os.listdir(tempfile.gettempdir())) - leftovers if n.startswith("openpyxl")]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no half file left


def test_selection_and_bad_suffix(demo_db, tmp_path):
    with demo_db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM people ORDER BY id LIMIT 7")]
    out = tmp_path / "some.csv"
    assert roster_export.export_people(demo_db, out, ids).people == 7
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 8
    with pytest.raises(errors.UserError):
        roster_export.export_people(demo_db, tmp_path / "x.pdf")


def test_cli_export_with_filters(cli, demo_db, db_arg, tmp_path):
    with demo_db.engine.connect() as conn:
        wp_id, wp_name = conn.exec_driver_sql("SELECT id, name FROM workplaces ORDER BY id").first()
        in_wp = conn.exec_driver_sql("SELECT count(*) FROM people WHERE workplace_id = ?", (wp_id,)).scalar()
        tagged = conn.exec_driver_sql(
            "SELECT count(*) FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = 'volunteer'").scalar()
    demo_db.close()
    out = tmp_path / "wp.xlsx"
    done = cli("export", "--db", db_arg, str(out), "--workplace", wp_name)
    assert done.returncode == 0, done.stderr
    assert f"Exported {in_wp} people" in done.stdout and "NOT encrypted" in done.stdout
    assert len(list(openpyxl.load_workbook(out, read_only=True)["People"].iter_rows())) == in_wp + 1
    out2 = tmp_path / "tag.csv"
    done = cli("export", "--db", db_arg, str(out2), "--tag", "volunteer")
    assert f"Exported {tagged} people" in done.stdout
    done = cli("export", "--db", db_arg, str(tmp_path / "s.csv"), "--search", "zzzznobody")
    assert "Exported 0 people" in done.stdout
    bad = cli("export", "--db", db_arg, str(tmp_path / "x.txt"))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
