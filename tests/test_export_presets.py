"""Exports other tools accept (issue 20, item 7): Spoke, Action Network, Google Contacts and vCard
layouts, E.164 phones without an apostrophe, every other cell formula-safe, consent respected,
filtered by a selection, a call list, an event or a session; audited; chosen in the UI by
pressing the save dialog's own controls."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QMessageBox

from models.core import audit
from models import importing
from models.mobilization import operations as mobilization
from models.trainings import sessions as trainings
from models.roster.people import PersonInput, PhoneInput, create_person
from reports.roster import presets as export_presets
from reports.roster.presets import Preset

FORMULA = "=cmd|' /C calc'!A0"
FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def _set(db, pid: int, **values) -> None:
    """Fields the person editor does not offer yet (address, ids) and consent as unknown (NULL)."""
    columns = ", ".join(f"{k} = ?" for k in values)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE people SET {columns} WHERE id = ?", (*values.values(), pid))


@pytest.fixture
def people(db):
    ana = create_person(db, PersonInput(first_name="Ana", last_name="García", email="ana@example.org",
                                        phones=[PhoneInput("(608) 555-0101", "cell"),
                                                PhoneInput("608-555-0102", "home")],
                                        tags=["steward"], job_title="Cook"))
    _set(db, ana, postal_code="53703", street="12 Main St", city="Madison", region="WI", country="USA",
         external_id="E-1001", email2="ana.home@example.org", ok_to_text=True, ok_to_email=True)
    bad = create_person(db, PersonInput(first_name=FORMULA, last_name="@SUM(1+1)", email="x@example.org",
                                        phones=[PhoneInput("+1 608 555 0103", "cell")]))
    _set(db, bad, ok_to_text=True, ok_to_email=True)
    no = create_person(db, PersonInput(first_name="Bao", last_name="Nguyễn",
                                       phones=[PhoneInput("608-555-0104", "cell")], email="bao@example.org"))
    _set(db, no, ok_to_text=False, ok_to_email=False)
    unknown = create_person(db, PersonInput(first_name="李", last_name="王", phones=[PhoneInput("608-555-0105")],
                                            email="wang@example.org"))
    _set(db, unknown, ok_to_text=None, ok_to_email=None)
    dnc = create_person(db, PersonInput(first_name="Omar", last_name="Haddad",
                                        phones=[PhoneInput("608-555-0106", "cell")], email="omar@example.org",
                                        do_not_contact=True))
    landline = create_person(db, PersonInput(first_name="Rosa", last_name="Díaz",
                                             phones=[PhoneInput("608-555-0107", "home")]))
    _set(db, landline, ok_to_text=True, ok_to_email=True)
    with db.engine.begin() as conn:  # a number an import could not read is kept as typed (e164 "")
        conn.exec_driver_sql("INSERT INTO phones (person_id, position, raw, e164, label) VALUES (?, 1, '=1+2', '', '')",
                             (landline,))
    return {"ana": ana, "bad": bad, "no": no, "unknown": unknown, "dnc": dnc, "landline": landline}


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_spoke_layout_consent_and_phones(db, people, tmp_path):
    result = export_presets.export_preset(db, "spoke", tmp_path / "spoke.csv")
    rows = read_csv(tmp_path / "spoke.csv")
    assert rows[0] == ["firstName", "lastName", "cell", "zip", "external_id", "workplace", "department", "shift",
                       "language"]
    assert not (tmp_path / "spoke.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM would rename firstName
    assert rows[1] == ["Ana", "García", "+16085550101", "53703", "E-1001", "", "", "", ""]
    assert rows[2][:3] == ["'" + FORMULA, "'@SUM(1+1)", "+16085550103"]  # the phone bare, the names neutralized
    assert len(rows) == 3
    assert result.people == 2
    assert result.left_out == {export_presets.NO_CONSENT: 2, export_presets.UNKNOWN_CONSENT: 1,
                               export_presets.NO_MOBILE: 1}
    again = export_presets.export_preset(db, Preset.SPOKE, tmp_path / "spoke.csv", include_unknown=True)
    assert again.people == 3 and read_csv(tmp_path / "spoke.csv")[3][:3] == ["李", "王", "+16085550105"]


def test_action_network_layout(db, people, tmp_path):
    result = export_presets.export_preset(db, Preset.ACTION_NETWORK, tmp_path / "an.csv")
    rows = read_csv(tmp_path / "an.csv")
    assert rows[0] == ["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_user_address",
                       "can2_user_city", "can2_state_abbreviated", "country", "workplace", "department", "job_title"]
    assert rows[1] == ["Ana", "García", "ana@example.org", "53703", "+16085550101", "12 Main St", "Madison", "WI",
                       "USA", "", "", "Cook"]
    assert rows[2][:5] == ["'" + FORMULA, "'@SUM(1+1)", "x@example.org", "", "+16085550103"]
    assert rows[3][0] == "Rosa" and rows[3][4] == "+16085550107"  # no mobile: the readable number
    assert result.people == 3 and result.left_out == {export_presets.NO_CONSENT: 2,
                                                      export_presets.UNKNOWN_CONSENT: 1}


def test_google_contacts_layout(db, people, tmp_path):
    result = export_presets.export_preset(db, Preset.GOOGLE, tmp_path / "google.csv")
    rows = read_csv(tmp_path / "google.csv")
    # The layout of a real Google export (the importer's fixture), without its website columns.
    with open(FIXTURES / "google_contacts.csv", encoding="utf-8-sig", newline="") as handle:
        google = next(csv.reader(handle))
    assert rows[0] == [h for h in google if not h.startswith("Website")]
    assert rows[0][-11:-9] == ["Phone 2 - Label", "Phone 2 - Value"]  # as many phones as anyone has
    assert result.people == 6 and result.left_out == {}  # an address book: nobody is messaged
    ana = dict(zip(rows[0], rows[1]))
    assert ana["Labels"] == "* myContacts ::: steward" and ana["E-mail 2 - Value"] == "ana.home@example.org"
    assert (ana["Phone 1 - Label"], ana["Phone 1 - Value"]) == ("Mobile", "+16085550101")
    assert (ana["Phone 2 - Label"], ana["Phone 2 - Value"]) == ("Home", "+16085550102")
    assert ana["Address 1 - Formatted"] == "12 Main St, Madison, WI, 53703, USA"
    rosa = dict(zip(rows[0], rows[6]))
    assert rosa["Phone 2 - Value"] == "'=1+2"  # kept as typed, but not a formula
    assert not any(c.startswith("'+") for row in rows for c in row)


def test_every_formula_cell_is_neutralized_and_only_e164_phones_are_bare(db, people, tmp_path):
    for preset in (Preset.SPOKE, Preset.ACTION_NETWORK, Preset.GOOGLE):
        out = tmp_path / f"{preset.value}.csv"
        export_presets.export_preset(db, preset, out, include_unknown=True)
        for row in read_csv(out)[1:]:
            for value in row:
                if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    assert export_presets.E164.fullmatch(value), (preset, value)


def _people_in(db) -> dict[str, dict]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.email, p.job_title, p.name_order, "
            "coalesce(w.name, ''), coalesce(d.name, '') FROM people p LEFT JOIN workplaces w ON w.id = p.workplace_id "
            "LEFT JOIN departments d ON d.id = p.department_id").all()
        phones = conn.exec_driver_sql("SELECT person_id, e164, label FROM phones ORDER BY person_id, position").all()
        tags = conn.exec_driver_sql("SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
                                    ).all()
    return {f"{first}|{last}": {"preferred": pref, "email": email, "job": job, "workplace": wp, "department": dept,
                                "phones": sorted((e, label) for p, e, label in phones if p == pid and e),
                                "tags": sorted(t for p, t in tags if p == pid), "order": order}
            for pid, first, last, pref, email, job, order, wp, dept in rows}


def test_vcard_export_imports_back_as_the_same_people(demo_db, tmp_path, db_path):
    from models.core.db import Database

    out = tmp_path / "contacts.vcf"
    result = export_presets.export_preset(demo_db, "vcard", out)
    assert result.people == 200 and out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 200
    assert out.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    before = _people_in(demo_db)
    other = Database.create(tmp_path / "other.cdesk", "another long passphrase 42!", organization="Other")
    try:
        _plan, imported = importing.import_file(other, out, on_duplicate=importing.KEEP)
        assert imported.as_dict()["added"] == 200 and imported.as_dict()["invalid"] == 0
        after = _people_in(other)
    finally:
        other.close()
    assert set(after) == set(before)
    for key, person in before.items():
        for field in ("preferred", "email", "job", "workplace", "department", "phones", "tags", "order"):
            assert after[key][field] == person[field], (key, field)


def test_filtered_by_call_list_event_and_session(db, people, tmp_path):
    event = mobilization.save_event(db, mobilization.EventInput(name="Rally at the plant",
                                                                starts_at=datetime.now() + timedelta(days=3)))
    stewards = mobilization.ListCriteria(tags=["steward"], include_consent_unknown=True)
    built = mobilization.create_call_list(db, event, "Stewards", stewards)
    on_list = export_presets.people_of_call_list(db, built.list_id)
    assert on_list == [people["ana"]]
    mobilization.check_in(db, event, people["landline"], walk_in=True)
    assert sorted(export_presets.people_of_event(db, event)) == sorted([people["ana"], people["landline"]])
    topic = trainings.save_topic(db, trainings.TopicInput(name="Know your rights"))
    session = trainings.save_session(db, trainings.SessionInput(topic_id=topic, starts_at=datetime.now()))
    trainings.register_people(db, session, [people["bad"], people["unknown"]])
    ids = export_presets.people_of_session(db, session)
    result = export_presets.export_preset(db, Preset.GOOGLE, tmp_path / "session.csv", ids)
    assert result.people == 2
    assert sorted(r[0] for r in read_csv(tmp_path / "session.csv")[1:]) == sorted(["'" + FORMULA, "李"])


def test_exports_are_audited_with_a_count_and_no_names(db, people, tmp_path):
    export_presets.export_preset(db, Preset.SPOKE, tmp_path / "s.csv")
    export_presets.export_preset(db, Preset.VCARD, tmp_path / "c.vcf", [people["ana"]])
    found = [(e.action, e.kind, e.count) for e in audit.entries(db) if e.action == "exported"]
    assert ("exported", "export-spoke", 2) in found and ("exported", "export-vcard", 1) in found
    assert not any("García" in f"{e.kind} {e.user}" for e in audit.entries(db))


def test_wrong_ending_is_refused(db, people, tmp_path):
    from models.core import errors

    with pytest.raises(errors.UserError):
        export_presets.export_preset(db, Preset.VCARD, tmp_path / "c.csv")
    assert not (tmp_path / "c.csv").exists()


def test_cli_export_format_and_filters(cli, db, people, db_arg, tmp_path):
    event = mobilization.save_event(db, mobilization.EventInput(name="March"))
    mobilization.create_call_list(db, event, "Everyone", mobilization.ListCriteria(include_consent_unknown=True))
    db.close()
    out = tmp_path / "spoke.csv"
    done = cli("export", "--db", db_arg, str(out), "--format", "spoke", "--event", "March")
    assert done.returncode == 0, done.stderr
    assert "Exported 2 people" in done.stdout and "--include-unknown-consent" in done.stdout
    assert read_csv(out)[0][:5] == ["firstName", "lastName", "cell", "zip", "external_id"]
    done = cli("export", "--db", db_arg, str(tmp_path / "all.vcf"), "--format", "vcard")
    assert done.returncode == 0, done.stderr and (tmp_path / "all.vcf").exists()
    bad = cli("export", "--db", db_arg, str(tmp_path / "all.csv"), "--format", "vcard")
    assert bad.returncode != 0 and "ending in .vcf" in bad.stderr
    lists = cli("export", "--db", db_arg, str(tmp_path / "l.csv"), "--format", "google", "--call-list", "Everyone")
    assert lists.returncode == 0, lists.stderr


def test_roster_export_button_with_the_spoke_format_chosen_in_the_save_dialog(qtbot, context, people, tmp_path,
                                                                              monkeypatch):
    """Press Export on the roster, pick "Spoke" in the save dialog's type list with the keyboard,
    type a name, press Enter; tick "also unknown consent" on the warning, press Export."""
    from ui.roster.page import RosterPage

    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page._loading, timeout=15000)
    monkeypatch.setattr(context.settings, "last_folder", lambda _kind: str(tmp_path))
    seen: dict[str, str] = {}

    def in_save_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, in_save_dialog)
            return
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        types.setFocus()
        while "Spoke" not in types.currentText():
            qtbot.keyClick(types, Qt.Key.Key_Down)
        seen["filter"] = types.currentText()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, "texting")
        QTimer.singleShot(0, on_warning)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    def on_warning() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == "exportWarning"):
            QTimer.singleShot(20, on_warning)
            return
        tick = box.findChild(QCheckBox, "includeUnknownConsent")
        seen["checkbox"] = tick.text()
        qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
        go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", _widget_save_dialog)
    QTimer.singleShot(0, in_save_dialog)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "texting.csv"
    qtbot.waitUntil(out.exists, timeout=15000)
    assert seen["filter"] == "Spoke (texting) (*.csv)" and "not known" in seen["checkbox"]
    rows = read_csv(out)
    assert rows[0][:3] == ["firstName", "lastName", "cell"]
    assert sorted(r[2] for r in rows[1:]) == ["+16085550101", "+16085550103", "+16085550105"]  # unknown included
    qtbot.waitUntil(lambda: any(w.objectName() == "exportDone" and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=15000)
    done = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "exportDone")
    assert "Left out 2 people: said no, or do not contact." in done.text()
    done.close()


_REAL_SAVE = QFileDialog.getSaveFileName


def _widget_save_dialog(parent, caption, directory, filters):
    """The static dialog, always Qt's own widgets (no platform dialog to press in a test)."""
    return _REAL_SAVE(parent, caption, directory, filters, "", QFileDialog.Option.DontUseNativeDialog)


def test_event_page_exports_its_people_as_vcard(qtbot, context, people, tmp_path, monkeypatch):
    """Mobilizations > an event's turnout tab > Export people…, vCard chosen: the file holds the
    people on the event's call list, and imports back as them."""
    from ui.mobilization.page import MobilizationsPage

    event = mobilization.save_event(context.db, mobilization.EventInput(name="Picket", kind="picket",
                                                                        starts_at=datetime(2030, 5, 1, 12)))
    stewards = mobilization.ListCriteria(tags=["steward"], include_consent_unknown=True)
    mobilization.create_call_list(context.db, event, "Stewards", stewards)
    page = MobilizationsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.tabs.setCurrentWidget(page.turnout)
    qtbot.waitUntil(lambda: page.turnout.report is not None, timeout=15000)
    out = tmp_path / "picket"
    asked = []

    def save_dialog(parent, caption, directory, filters):
        asked.append((Path(directory).name, filters.split(";;")))
        return str(out), "vCard contacts (.vcf) (*.vcf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)

    def press_export() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == "exportWarning"):
            QTimer.singleShot(20, press_export)
            return
        assert box.checkBox() is None  # an address book: no consent question
        go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_export)
    qtbot.mouseClick(page.turnout.people_button, Qt.MouseButton.LeftButton)
    written = out.with_suffix(".vcf")
    qtbot.waitUntil(written.exists, timeout=15000)
    assert asked[0][0] == "Picket people.xlsx" and len(asked[0][1]) == 6
    table = importing.read_table(written)
    assert [cells[:2] for _n, cells in table.rows] == [["Ana", "García"]]


def test_vcard_round_trip_keeps_the_address_and_second_email(db, people, tmp_path):
    from models.core.db import Database

    out = tmp_path / "few.vcf"
    _set(db, people["unknown"], name_order="family_first")  # written 王李, read back family first
    export_presets.export_preset(db, Preset.VCARD, out, [people["ana"], people["unknown"]])
    assert "FN:王李\r\n".encode() in out.read_bytes()
    other = Database.create(tmp_path / "other.cdesk", "another long passphrase 42!", organization="Other")
    try:
        importing.import_file(other, out)
        with other.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT first_name, last_name, email, email2, street, city, region, "
                                        "postal_code, country, name_order FROM people ORDER BY id").all()
    finally:
        other.close()
    assert [tuple(r) for r in rows] == [
        ("Ana", "García", "ana@example.org", "ana.home@example.org", "12 Main St", "Madison", "WI", "53703", "USA",
         "given_first"),
        ("李", "王", "wang@example.org", "", "", "", "", "", "", "family_first")]
