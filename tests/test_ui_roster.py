"""The app driven like a person would: first run, the roster, the person editor, lock and unlock."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from conftest import PASSPHRASE, type_text
from models.roster import people as roster
from models.core.keystore import KeyStore
from models.roster.people import PersonInput, PhoneInput
from models.roster.index import NAME, RosterFilter, RosterIndex, make_rows
from ui.app import AppController
from ui.navigation import RosterPlace
from ui.roster.page import RosterPage, RosterTableModel
from ui.settings import Settings


def wait_loaded(qtbot, page: RosterPage) -> None:
    qtbot.waitUntil(lambda: not page._loading, timeout=15000)


def test_roster_model_passes_qtmodeltester(qtmodeltester, demo_db):
    model = RosterTableModel()
    model.set_index(RosterIndex(make_rows(roster.load_roster_rows(demo_db))))
    assert model.rowCount() == 200
    qtmodeltester.check(model)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    model.apply(RosterFilter(text="a"))
    qtmodeltester.check(model)


def test_search_is_accent_and_case_insensitive_and_matches_phones(demo_db):
    roster.create_person(demo_db, PersonInput(first_name="José", last_name="Ñúñez", phones=[PhoneInput("(773) 555-0142")]))
    index = RosterIndex(make_rows(roster.load_roster_rows(demo_db)))
    names = lambda q: {index.rows[i].cells[NAME] for i in index.filter(RosterFilter(text=q))}  # noqa: E731
    assert "José Ñúñez" in names("jose nunez")
    assert "José Ñúñez" in names("JOSÉ")
    for phone in ("773.555.0142", "7735550142", "+1 773 555 0142", "555-0142"):
        assert "José Ñúñez" in names(phone), phone
    assert names("zzzz-nobody") == set()


def create_through_first_run(qtbot, tmp_path, with_keyring=True) -> AppController:
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock()
    window = controller.unlock_window
    assert window.tabs.currentIndex() == 1  # no recent databases: the create tab comes first
    assert window.create_remember.isVisibleTo(window) == with_keyring
    window.create_folder.setText(str(tmp_path))
    window.create_name.setText("local")
    qtbot.keyClicks(window.create_pass, PASSPHRASE)
    qtbot.keyClicks(window.create_pass2, "mismatch")
    assert "differ" in window.strength_label.text()
    window.create_pass2.clear()
    qtbot.keyClicks(window.create_pass2, PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    return controller


def test_first_run_add_find_lock_unlock(qtbot, tmp_path):
    controller = create_through_first_run(qtbot, tmp_path)
    main = controller.main_window
    db_file = tmp_path / "local.cdesk"
    assert db_file.exists() and db_file.read_bytes()[:16] != b"SQLite format 3\x00"
    page = main.current_page()
    assert isinstance(page, RosterPage)
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 0

    # Add a person through the editor.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QDialog, "personDialog")
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.first, "María José")
    type_text(qtbot, dialog.last, "Ibáñez Muñoz")
    qtbot.keyClicks(dialog.phone_rows[0].number, "773.555.0142")
    qtbot.keyClicks(dialog.email, "mjose@example.org")
    qtbot.keyClicks(dialog.languages, "Spanish, English")
    dialog.assessment.setCurrentIndex(dialog.assessment.findData(2))
    assert dialog.assessment_note.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.assessment_note, "wants to help with the petition")
    save = dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Find her by typing without accents, and see her in the table.
    page.search.clear()
    qtbot.keyClicks(page.search, "maria jose ibanez")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, NAME)) == "María José Ibáñez Muñoz"
    assert page.model.data(page.model.index(0, 1)) == "773.555.0142"
    assert "1 of 1" not in page.status.text()
    qtbot.keyClicks(page.search, " nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "Showing 0 of 1" in page.status.text()

    # Her assessment history was recorded with the note.
    person_id = page.model.index_data.rows[0].id
    detail = roster.get_person(main.context.db, person_id)
    assert detail.data.languages == ["es", "en"]
    assert [(a.value, a.note) for a in detail.assessments] == [(2, "wants to help with the petition")]
    assert detail.data.phones[0].raw == "773.555.0142"

    # Lock with Ctrl+L: the window goes, the key is dropped, the unlock screen returns.
    db = main.context.db
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.unlock_window is not None and controller.main_window is None)
    assert not db.is_open
    unlock = controller.unlock_window
    assert unlock.tabs.currentIndex() == 0
    assert unlock.open_path.text() == str(db_file.resolve())

    # A wrong passphrase is refused with a message, then the right one opens it again.
    qtbot.keyClicks(unlock.open_passphrase, "wrong passphrase")
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase is wrong" in unlock.open_error.text(), timeout=10000)
    unlock.open_passphrase.clear()
    qtbot.keyClicks(unlock.open_passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.open_passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)
    page = controller.main_window.current_page()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 1
    controller.main_window.close()


def test_remember_is_offered_only_with_a_real_keyring(qtbot, tmp_path):
    keyring.set_keyring(fail.Keyring())
    controller = create_through_first_run(qtbot, tmp_path, with_keyring=False)
    controller.main_window.close()


def test_remembered_passphrase_unlocks_with_empty_field(qtbot, tmp_path):
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock()
    window = controller.unlock_window
    window.create_folder.setText(str(tmp_path))
    window.create_name.setText("kept")
    window.create_pass.setText(PASSPHRASE)
    window.create_pass2.setText(PASSPHRASE)
    window.create_remember.setChecked(True)
    window.create_database()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    assert KeyStore().get(tmp_path / "kept.cdesk") == PASSPHRASE
    controller.lock()
    unlock = controller.unlock_window
    assert "remembered" in unlock.remembered_label.text()
    unlock.open_database()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    controller.main_window.close()


@pytest.fixture
def roster_page(qtbot, context):
    from models.core import demo

    demo.generate(context.db, people=150, seed=3)
    page = RosterPage(context)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    return page


def test_editor_shows_inline_validation_and_does_not_save(qtbot, roster_page):
    roster_page.add_person()
    dialog = roster_page.findChild(QDialog, "personDialog")
    type_text(qtbot, dialog.first, "Tomás")
    qtbot.keyClicks(dialog.phone_rows[0].number, "12")
    qtbot.keyClicks(dialog.email, "tomas-at-example")
    assert dialog.phone_rows[0].error.isVisibleTo(dialog)
    assert dialog.email_error.isVisibleTo(dialog)
    dialog.save()
    assert dialog.isVisible()
    assert "red" in dialog.error.text()
    assert roster.count_people(roster_page.context.db) == 150
    dialog.phone_rows[0].number.setText("(312) 555-0100")
    dialog.email.setText("tomas@example.org")
    dialog.save()
    assert not dialog.isVisible()
    assert roster.count_people(roster_page.context.db) == 151


def test_filters_sort_and_delete_with_confirmation(qtbot, roster_page, monkeypatch):
    page = roster_page
    total = page.model.rowCount()
    page.workplace_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    workplace = page.workplace_box.currentText()
    assert all(page.model.data(page.model.index(r, 3)) == workplace for r in range(page.model.rowCount()))
    page.assessment_box.setCurrentIndex(page.assessment_box.findText("1–2 (supporters)"))
    qtbot.waitUntil(lambda: all(page.model.data(page.model.index(r, 7)) in ("1", "2") for r in range(page.model.rowCount())))
    page.clear_filters()
    assert page.model.rowCount() == total
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    first = page.model.index_data.rows[page.model.positions[0]].sort_name
    last = page.model.index_data.rows[page.model.positions[-1]].sort_name
    assert first >= last

    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)
    chosen = set(page.selected_ids())
    assert len(chosen) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.delete_selected()
    assert roster.count_people(page.context.db) == total
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert roster.count_people(page.context.db) == total - 2
    assert page.model.rowCount() == total - 2
    assert not chosen & {row.id for row in page.model.index_data.rows}


def test_roster_filter_request_from_another_page(qtbot, roster_page):
    from models.organization.structure import departments_and_shifts

    page = roster_page
    workplace_id = page.workplace_box.itemData(1)
    departments, shifts = departments_and_shifts(page.context.db, workplace_id)
    page.show_place(RosterPlace(workplace_id, departments[0][0], shifts[0][0]))
    assert page.workplace_box.currentData() == workplace_id
    assert page.department_box.currentData() == departments[0][0]
    assert page.shift_box.currentData() == shifts[0][0]
    rows = [page.model.index_data.rows[p] for p in page.model.positions]
    assert all(r.workplace_id == workplace_id and r.department_id == departments[0][0] and r.shift_id == shifts[0][0] for r in rows)


def test_no_department_cell_from_the_wall_chart(qtbot, roster_page):
    page = roster_page
    workplace_id = page.workplace_box.itemData(1)
    person = roster.create_person(page.context.db, PersonInput(first_name="Nodept", workplace_id=workplace_id))
    page.reload()
    wait_loaded(qtbot, page)
    page.show_place(RosterPlace(workplace_id, 0, None))
    ids = [page.model.index_data.rows[p].id for p in page.model.positions]
    assert person in ids
    assert all(page.model.index_data.rows[p].department_id is None for p in page.model.positions)


def test_import_and_export_open_from_the_roster(qtbot, roster_page, monkeypatch):
    calls = []
    monkeypatch.setattr("ui.importing.wizard.export_people", lambda parent, context, ids: calls.append(ids))
    roster_page.table.selectRow(0)
    roster_page.export_people()
    assert calls and len(calls[0]) == roster_page.model.rowCount()  # one selected: everyone shown
    roster_page.import_people()
    wizard = roster_page.findChild(QDialog, "importWizard")
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_person_page_shows_their_trainings(qtbot, context):
    from PySide6.QtWidgets import QListWidget

    from models.core import demo
    from models.trainings import sessions as trainings
    from ui.roster.person_editor import PersonDialog

    demo.generate(context.db, people=300, seed=11)
    topic_id, topic_name = next(
        (t.id, t.name) for t in trainings.list_topics(context.db) if trainings.trained_person_ids(context.db, t.id)
    )
    person_id = sorted(trainings.trained_person_ids(context.db, topic_id))[0]
    dialog = PersonDialog(context, person_id)
    qtbot.addWidget(dialog)
    listing = dialog.findChild(QListWidget, "personTrainings")
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert any(topic_name in text for text in texts), texts


def test_editor_dialogs_show_save_problems_inline(qtbot, context):
    from models.organization.structure import CommitteeInput, WorkplaceInput, save_committee, save_workplace
    from ui.organization.committees import CommitteeDialog
    from ui.organization.workplaces import WorkplaceDialog

    save_committee(context.db, CommitteeInput(name="Rapid Response Team", kind="rapid-response"))
    save_workplace(context.db, WorkplaceInput(name="Harbor Hotel"))
    for dialog in (CommitteeDialog(context, None), WorkplaceDialog(context, None)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.name.setText("Rapid Response Team" if isinstance(dialog, CommitteeDialog) else "Harbor Hotel")
        dialog.save()
        assert dialog.isVisible()
        assert "already has that name" in dialog.error.text()
        dialog.name.setText("Something new")
        dialog.save()
        assert not dialog.isVisible()


def _row_key(row):
    return (row.id, row.cells, row.workplace_id, row.department_id, row.shift_id, row.do_not_contact, row.haystack,
            row.sort_name)


@pytest.mark.parametrize("chunk", [10000, 7])
def test_load_rows_reads_the_same_rows_as_the_plain_path(demo_db, monkeypatch, chunk):
    """load_rows (one connection read on a second thread, chunked, built as it reads) gives
    exactly the rows of load_roster_rows + make_rows (phones in order, tags, places), in the
    same order, however many chunks the people come in."""
    from models.roster import index as roster_index

    monkeypatch.setattr(roster_index, "PEOPLE_CHUNK", chunk)

    pid = roster.create_person(demo_db, PersonInput(first_name="Zoë", last_name="Ñúñez", preferred_name="Zo",
                                                    email="zo@example.org", languages=["es", "vi"],
                                                    phones=[PhoneInput("312-555-0177", "cell"),
                                                            PhoneInput("(773) 555-0142", "home")],
                                                    tags=["leader", "night shift"]))
    loaded = roster_index.load_rows(demo_db)
    plain = make_rows(roster.load_roster_rows(demo_db))
    assert len(loaded) == len(plain) == 201
    assert [_row_key(r) for r in loaded] == [_row_key(r) for r in plain]
    zoe = next(r for r in loaded if r.id == pid)
    assert zoe.cells[1] == "312-555-0177" and "7735550142" in zoe.haystack


def test_roster_read_ahead_raises_the_readers_error_and_stops_when_left_early():
    import time

    from models.roster.index import _Prefetch

    def failing():
        yield 1
        raise ValueError("disk went away")

    with _Prefetch(failing()) as read:
        assert read() == 1
        with pytest.raises(ValueError, match="disk went away"):
            read()
    assert not read._thread.is_alive()

    produced: list[int] = []

    def endless():
        while True:
            produced.append(len(produced))
            yield produced[-1]

    with _Prefetch(endless()) as read:
        assert read() == 0 and next(iter(read)) == 1
    assert not read._thread.is_alive()  # left early: the reader stopped instead of blocking forever
    made = len(produced)
    time.sleep(0.05)
    assert len(produced) == made <= 5  # at most a few items ahead


def test_load_rows_of_an_empty_roster(tmp_path):
    from models.roster import index as roster_index
    from models.core.db import Database

    db = Database.create(tmp_path / "empty.cdesk", "correct horse battery")
    try:
        assert roster_index.load_rows(db) == []
    finally:
        db.close()


def test_search_ignores_bidi_controls_in_names(qtbot, context):
    """A name stored with invisible bidi controls (pasted from a chat, or planted) is found when
    typed without them, in Latin and in Arabic script."""
    roster.create_person(context.db, PersonInput(first_name="\u202eAna\u202c", last_name="Ru\u200eiz"))
    roster.create_person(context.db, PersonInput(first_name="\u2067فاطمة\u2069", last_name="\u200fالزهراء"))
    roster.create_person(context.db, PersonInput(first_name="Otro", last_name="Nombre"))
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "ana ruiz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Ana" in page.model.data(page.model.index(0, NAME))
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    type_text(qtbot, page.search, "فاطمة")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "فاطمة" in page.model.data(page.model.index(0, NAME))
