"""Names in their own order (issue 23): a person's name is written family name first or given name
first, and every list, sheet, dialog, export and import keeps it."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
import sqlcipher3
from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

from conftest import PASSPHRASE, type_text
from models import importing
from models.core import migrate
from models.roster import people as roster
from models.mobilization import operations as mob
from models.trainings import sessions as T
from models.core.db import Database
from models.organization.structure import CommitteeInput, MemberRow, save_committee
from models.roster.people import PersonInput, PhoneInput, create_person, get_person, update_person
from models.roster.index import NAME, RosterFilter, RosterIndex, load_rows, make_rows
from models.core.text import FAMILY_FIRST, GIVEN_FIRST, display_name, is_cjk
from reports.roster import export as roster_export


# ------------------------------------------------------------------ display_name
@pytest.mark.parametrize("first, last, preferred, order, shown", [
    # Chinese, Japanese, Korean: family name first and no space between
    ("小明", "王", "", FAMILY_FIRST, "王小明"),
    ("太郎", "山田", "", FAMILY_FIRST, "山田太郎"),
    ("민준", "김", "", FAMILY_FIRST, "김민준"),
    # ... unless the parts are not both CJK
    ("Ming", "王", "", FAMILY_FIRST, "王 Ming"),
    ("小明", "王", "Tony", FAMILY_FIRST, "王 Tony"),
    # Vietnamese and Hungarian: family name first, with a space
    ("Thị Lan", "Trần", "", FAMILY_FIRST, "Trần Thị Lan"),
    ("Lan", "Trần Thị", "", FAMILY_FIRST, "Trần Thị Lan"),
    ("Anna", "Kovács", "", FAMILY_FIRST, "Kovács Anna"),
    ("Anna", "Kovács", "Panni", FAMILY_FIRST, "Kovács Panni"),
    # Spanish, given name first; a preferred name replaces the given name
    ("Ana", "García", "", GIVEN_FIRST, "Ana García"),
    ("María José", "Ibáñez Muñoz", "Majo", GIVEN_FIRST, "Majo Ibáñez Muñoz"),
    # one part only, either order
    ("小明", "", "", FAMILY_FIRST, "小明"),
    ("", "王", "", FAMILY_FIRST, "王"),
    ("Ana", "", "", GIVEN_FIRST, "Ana"),
    # the default (and anything unknown) is given name first: how every name showed before
    ("小明", "王", "", "", "小明 王"),
])
def test_display_name(first, last, preferred, order, shown):
    assert display_name(first, last, preferred, order) == shown


def test_display_name_default_is_given_first():
    assert display_name("Ana", "García", "") == "Ana García"
    assert is_cjk("王小明") and is_cjk("김민준") and is_cjk("やまだ") and is_cjk("ヤマダ")
    assert not is_cjk("") and not is_cjk("王 小明") and not is_cjk("Trần")


# ------------------------------------------------------------------ roster and lookups
def _person(db, first, last, order=GIVEN_FIRST, phone="", preferred="", **kw) -> int:
    kw.setdefault("ok_to_call", True)  # on call lists (unknown consent is left out)
    phones = [PhoneInput(phone)] if phone else []
    return create_person(db, PersonInput(first_name=first, last_name=last, preferred_name=preferred,
                                         name_order=order, phones=phones, **kw))


def test_saved_and_read_back_and_validated(db):
    pid = _person(db, "小明", "王", FAMILY_FIRST)
    detail = get_person(db, pid)
    assert detail.data.name_order == FAMILY_FIRST and detail.display_name == "王小明"
    data = detail.data
    data.name_order = GIVEN_FIRST
    update_person(db, pid, data)
    assert get_person(db, pid).display_name == "小明 王"
    assert get_person(db, _person(db, "Ana", "García")).data.name_order == GIVEN_FIRST
    problems = roster.validate(PersonInput(first_name="Ana", name_order="backwards"))
    assert [p.field for p in problems] == ["name_order"]


def test_roster_index_names_and_sorts_by_family_name(db):
    ids = {
        _person(db, "小明", "王", FAMILY_FIRST, "(773) 555-0103"): "王小明",
        _person(db, "Thị Lan", "Trần", FAMILY_FIRST): "Trần Thị Lan",
        _person(db, "Anna", "Kovács", FAMILY_FIRST, preferred="Panni"): "Kovács Panni",
        _person(db, "Ana", "García", preferred="Anita"): "Anita García",
        _person(db, "Beto", "Álvarez"): "Beto Álvarez",
    }
    bulk = load_rows(db)  # the JSON column read (the roster page's path)
    plain = make_rows(roster.load_roster_rows(db))  # the row-by-row path (single-person refresh)
    for rows in (bulk, plain):
        assert {row.id: row.cells[NAME] for row in rows} == ids
        # Sorted by family name whichever way the name is written.
        assert [row.cells[NAME] for row in rows] == ["Beto Álvarez", "Anita García", "Kovács Panni",
                                                     "Trần Thị Lan", "王小明"]
    index = RosterIndex(bulk)
    found = index.filter(RosterFilter(text="tran thi lan"))
    assert [index.rows[i].cells[NAME] for i in found] == ["Trần Thị Lan"]
    found = index.filter(RosterFilter(text="王小明"))  # typed as written, no space
    assert [index.rows[i].cells[NAME] for i in found] == ["王小明"]
    # The person picker (ui/widgets/person_picker.py) searches this index too.
    from ui.widgets.person_picker import matches

    assert dict(matches(index, "王")) == {next(k for k, v in ids.items() if v == "王小明"): "王小明"}


def test_sql_person_name_in_training_lists(db):
    """Queries that name people in SQL (trainings) use the same rule (person_name())."""
    trainer = _person(db, "Anna", "Kovács", FAMILY_FIRST)
    people = [_person(db, "小明", "王", FAMILY_FIRST), _person(db, "Ana", "García")]
    topic = next(t.id for t in T.list_topics(db))
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 5, 1, 18), place_text="Sala",
                                            trainer_ids=[trainer]))
    T.register_people(db, sid, people)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT person_name('小明', '王', '', 'family_first'), "
                                    "person_name(NULL, NULL, NULL, NULL)").one() == ("王小明", None)
    assert sorted(r.name for r in T.list_registrations(db, sid)) == ["Ana García", "王小明"]
    assert T.get_session(db, sid).trainer_names == [(trainer, "Kovács Anna")]


# ------------------------------------------------------------------ the person dialog
# The offscreen platform cannot raise a popup or grab the keyboard for it (it opens all the same).
@pytest.mark.qt_log_ignore("This plugin does not support raise.*", "This plugin does not support grabbing.*")
def test_person_dialog_choice_set_by_clicks_and_saved(qtbot, context):
    from ui.roster.person_editor import PersonDialog

    dialog = PersonDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_order.currentData() == GIVEN_FIRST  # the default
    type_text(qtbot, dialog.first, "小明")
    type_text(qtbot, dialog.last, "王")
    assert dialog.name_shown.text() == "Shown as: 小明 王"
    # Open the list and click "Family name first".
    combo = dialog.name_order
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # the combo ignores a release sooner than that
    rect = view.visualRect(combo.model().index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == "Family name first (王小明, Trần Thị Lan)"
    assert dialog.name_shown.text() == "Shown as: 王小明"
    save = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    pid = saved.args[0]
    assert get_person(context.db, pid).data.name_order == FAMILY_FIRST

    # Opened again: the choice shows, the title names them in their order; typing changes it back.
    again = PersonDialog(context, pid)
    qtbot.addWidget(again)
    again.show()
    assert again.windowTitle() == "王小明"
    assert again.name_order.currentData() == FAMILY_FIRST
    again.name_order.setFocus()
    qtbot.keyClicks(again.name_order, "Given")
    assert again.name_order.currentData() == GIVEN_FIRST
    save = again.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert get_person(context.db, pid).data.name_order == GIVEN_FIRST


def test_check_in_finds_and_names_them_as_written(db):
    event = mob.save_event(db, mob.EventInput(name="Rally", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    _person(db, "小明", "王", FAMILY_FIRST)
    _person(db, "Thị Lan", "Trần", FAMILY_FIRST)
    rows = mob.load_checkin_rows(db, event)
    for typed, shown in (("王小明", "王小明"), ("tran thi lan", "Trần Thị Lan"), ("小明", "王小明")):
        assert [rows[i].name for i in mob.search_checkin_rows(rows, typed)] == [shown], typed


def test_walk_in_keeps_the_default(db):
    pid = mob.add_walk_in(db, mob.save_event(db, mob.EventInput(name="Rally", kind="march",
                                                                 starts_at=datetime(2030, 5, 1, 12))),
                          PersonInput(first_name="Rosa", last_name="Parra"))
    assert get_person(db, pid).data.name_order == GIVEN_FIRST


# ------------------------------------------------------------------ printouts
FAMILY_FIRST_PEOPLE = [("小明", "王", "(773) 555-0103", "王小明"), ("Thị Lan", "Trần", "(773) 555-0104", "Trần Thị Lan")]


@pytest.fixture
def family_committee(db):
    ids = [_person(db, first, last, FAMILY_FIRST, phone, languages=["es"]) for first, last, phone, _ in FAMILY_FIRST_PEOPLE]
    ids.append(_person(db, "Ana", "García", GIVEN_FIRST, "(773) 555-0105", languages=["es"]))
    caller = _person(db, "Anna", "Kovács", FAMILY_FIRST, "(773) 555-0199", languages=["es", "en"])
    cid = save_committee(db, CommitteeInput(name="Comité", kind="rapid-response", members=[
        MemberRow(None, caller, "", "caller"), *(MemberRow(None, pid, "", "member") for pid in ids)]))
    return dict(committee=cid, caller=caller, ids=ids)


def test_call_sheet_prints_names_in_their_order(db, family_committee, tmp_path):
    from reports.mobilization.call_sheets import write_call_sheets
    from tests.test_print_scripts import pdf_text

    event = mob.save_event(db, mob.EventInput(name="Marcha", kind="march", starts_at=datetime(2030, 5, 1, 12),
                                              place="Plaza", committee_ids=[family_committee["committee"]]))
    built = mob.create_call_list(db, event, "Todos", mob.ListCriteria())
    mob.assign_callers(db, built.list_id, [family_committee["caller"]])
    out = tmp_path / "sheets.pdf"
    write_call_sheets(db, event, out)
    text = pdf_text(out)
    for *_rest, shown in FAMILY_FIRST_PEOPLE:
        assert shown in text, shown
    assert "小明 王" not in text and "Thị Lan Trần" not in text
    assert "Ana García" in text and "Kovács Anna" in text  # given-first person; the caller


def test_sign_in_sheet_prints_names_in_their_order(db, family_committee, tmp_path):
    from reports.trainings.sign_in import write_sign_in
    from tests.test_print_scripts import pdf_text

    topic = next(t.id for t in T.list_topics(db))
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2030, 5, 1, 18), place_text="Sala",
                                            trainer_ids=[family_committee["caller"]]))
    T.register_people(db, sid, family_committee["ids"])
    out = tmp_path / "sign-in.pdf"
    write_sign_in(db, sid, out)
    text = pdf_text(out)
    for *_rest, shown in FAMILY_FIRST_PEOPLE:
        assert shown in text, shown
    assert "小明 王" not in text and "Thị Lan Trần" not in text
    assert "Ana García" in text and "Kovács Anna" in text  # given-first person; the trainer


# ------------------------------------------------------------------ export and import
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_round_trip_keeps_the_order(db, tmp_path, suffix):
    _person(db, "小明", "王", FAMILY_FIRST, "(773) 555-0103")
    _person(db, "Thị Lan", "Trần", FAMILY_FIRST, "(773) 555-0104")
    _person(db, "Ana", "García", GIVEN_FIRST, "(773) 555-0105")
    out = tmp_path / f"people{suffix}"
    roster_export.export_people(db, out)
    if suffix == ".csv":
        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
        at = rows[0].index("Name order")  # (columns added later follow it)
        assert sorted(r[at] for r in rows[1:]) == ["family first", "family first", "given first"]
    other = Database.create(tmp_path / "other.cdesk", PASSPHRASE)
    try:
        plan, result = importing.import_file(other, out)
        assert (result.added, result.invalid) == (3, 0)
        assert "name_order" in plan.mapping.columns
        with other.engine.connect() as conn:
            got = dict(conn.exec_driver_sql("SELECT last_name, name_order FROM people").all())
        assert got == {"王": FAMILY_FIRST, "Trần": FAMILY_FIRST, "García": GIVEN_FIRST}
    finally:
        other.close()


def test_import_reads_name_order_values_and_warns_on_unknown_ones(db, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "First name,Last name,Phone,Orden del nombre\n"
        "小明,王,(773) 555-0110,Family name first\n"
        "Anna,Kovács,(773) 555-0111,apellido primero\n"
        "Ana,García,(773) 555-0112,given_first\n"
        "Beto,Luna,(773) 555-0113,\n"
        "Rosa,Parra,(773) 555-0114,sideways\n", encoding="utf-8")
    plan, result = importing.import_file(db, path)
    assert result.added == 5 and result.invalid == 0
    with db.engine.connect() as conn:
        got = dict(conn.exec_driver_sql("SELECT first_name, name_order FROM people").all())
    assert got == {"小明": FAMILY_FIRST, "Anna": FAMILY_FIRST, "Ana": GIVEN_FIRST, "Beto": GIVEN_FIRST,
                   "Rosa": GIVEN_FIRST}
    # The unknown value was not dropped silently: the row carries a warning naming it.
    warnings = [p for row in plan.rows for p in row.problems]
    assert [(p.warning, p.text) for p in warnings] == [
        (True, 'Name order "sideways" is not known; given name first was kept.')]


def test_import_merge_sets_the_order_and_undo_takes_it_back(db, tmp_path):
    pid = _person(db, "小明", "王", GIVEN_FIRST, "(773) 555-0120")
    path = tmp_path / "fix.csv"
    path.write_text("First name,Last name,Phone,Name order\n小明,王,(773) 555-0120,family first\n", encoding="utf-8")
    _plan, result = importing.import_file(db, path)
    assert result.merged == 1
    assert get_person(db, pid).display_name == "王小明"
    assert importing.display_names(db, [pid]) == {pid: "王小明"}  # the import preview's matched names
    importing.undo_import(db, importing.list_batches(db)[0].id)
    assert get_person(db, pid).data.name_order == GIVEN_FIRST


# ------------------------------------------------------------------ migration
def test_a_database_made_before_name_order_is_migrated(tmp_path):
    """A file at the heads before 0012_name_order, with people in it: opening it copies it aside,
    adds the column, and everyone is "given_first" (as they were shown before)."""
    path = tmp_path / "before.cdesk"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    engine = create_engine("sqlite://", creator=lambda: conn, module=sqlcipher3.dbapi2, poolclass=StaticPool)
    older = ["0002_imports", "0003_resolutions", "0004_trainings", "0006_leaflets", "0007_audit", "0008_caller_index"]
    with engine.begin() as c:
        for head in ["0010_phones_e164_index", *older]:  # the heads of the release before 0012
            command.upgrade(migrate.config(c), head)
        assert "name_order" not in {row[1] for row in c.exec_driver_sql("PRAGMA table_info(people)")}
        c.execute(text("INSERT INTO app_meta (key, value) VALUES ('app', 'committee-desk')"))
        for first, last in (("小明", "王"), ("Ana", "García")):
            c.execute(text(
                "INSERT INTO people (first_name, last_name, preferred_name, email, languages, job_title, membership, "
                "notes, ok_to_call, ok_to_text, do_not_contact, created_at, updated_at) VALUES "
                "(:f, :l, '', '', '', '', 'member', '', 1, 1, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"),
                {"f": first, "l": last})
    engine.dispose()
    conn.close()

    db = Database.open(path, PASSPHRASE)
    try:
        assert set(db.schema_versions()) == migrate.known_heads()
        with db.engine.connect() as c:
            rows = c.exec_driver_sql("SELECT id, last_name, name_order FROM people ORDER BY id").all()
        assert [(last, order) for _, last, order in rows] == [("王", GIVEN_FIRST), ("García", GIVEN_FIRST)]
        wang = rows[0][0]
        assert get_person(db, wang).display_name == "小明 王"
        data = get_person(db, wang).data
        data.name_order = FAMILY_FIRST
        update_person(db, wang, data)
        assert get_person(db, wang).display_name == "王小明"
        assert [r.cells[NAME] for r in load_rows(db)] == ["Ana García", "王小明"]
    finally:
        db.close()
    assert len(list(tmp_path.glob("before.cdesk.before-upgrade-*.bak"))) == 1
