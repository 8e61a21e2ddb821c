"""The one shared "Add a walk-in" dialog (ui/widgets/walk_in.py), driven like a person would from both
places that use it: check-in at an action (Ctrl+W) and training attendance (the Walk-in… button)."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from models.mobilization import operations as mob
from models.trainings import sessions as T
from models.organization.structure import WorkplaceInput, departments_and_shifts, save_workplace
from models.roster.people import PersonInput, PhoneInput, create_person, get_person


def when_shown(qtbot, steps: list[Callable]) -> list[str]:
    """Run ``steps`` one per showing of the modal walk-in dialog (each exec() of it)."""
    from ui.widgets.walk_in import WalkInDialog

    done: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, WalkInDialog) and dialog.isVisible() and steps:
            done.append(dialog.windowTitle())
            steps.pop(0)(dialog)
            if steps:
                QTimer.singleShot(20, poll)
            return
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.fixture
def event(db):
    ids = [create_person(db, PersonInput(first_name=f"P{i}", last_name=f"Person{i}", phones=[PhoneInput(f"(773) 555-{i:04d}")]))
           for i in range(3)]
    event_id = mob.save_event(db, mob.EventInput(name="March", kind="march", starts_at=datetime(2030, 5, 1, 12)))
    return dict(ids=ids, event=event_id)


def test_checkin_walk_in_through_shared_dialog(qtbot, context, event, tmp_path):
    from ui.mobilization.checkin import CheckinWidget

    widget = CheckinWidget(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_event(event["event"])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    # Nobody matches the name typed at the door: Ctrl+W offers a walk-in with that name filled in.
    qtbot.keyClicks(widget.search, "Nadia Newcomer")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0)
    seen = {}

    def fill(dialog) -> None:
        seen["names"] = (dialog.first.text(), dialog.last.text())
        seen["workplace"] = dialog.workplace.currentData()
        qtbot.keyClicks(dialog.phone, "(312) 555-0142")
        qtbot.keyClicks(dialog.languages, "Spanish, en")
        dialog.grab().save(str(tmp_path / "walk_in_checkin.png"))
        save(qtbot, dialog)

    titles = when_shown(qtbot, [fill])
    widget.search.setFocus()
    qtbot.keyClick(widget.search, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["Add a walk-in"]
    assert seen == {"names": ("Nadia", "Newcomer"), "workplace": None}
    # Created, checked in as a walk-in, and undoable like any check-in.
    assert mob.checked_in_count(context.db, event["event"]) == 1
    person_id = widget.last_checked[-1]
    data = get_person(context.db, person_id).data
    assert (data.first_name, data.last_name, data.languages) == ("Nadia", "Newcomer", ["es", "en"])
    assert [p.raw for p in data.phones] == ["(312) 555-0142"]
    with context.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT walk_in FROM checkins WHERE person_id = ?", (person_id,)).scalar() == 1
    widget.undo_last()
    assert mob.checked_in_count(context.db, event["event"]) == 0


@pytest.fixture
def session(db):
    wp = save_workplace(db, WorkplaceInput(name="Plant", departments=["Deboning", "Sanitation"], shifts=["Day", "Night"]))
    depts, shifts = departments_and_shifts(db, wp)
    trainer = create_person(db, PersonInput(first_name="Rosa", last_name="Trainer"))
    topic = next(t.id for t in T.list_topics(db) if t.name == "Know your rights at work")
    sid = T.save_session(db, T.SessionInput(topic_id=topic, starts_at=datetime(2025, 5, 1, 18), place_workplace_id=wp,
                                            trainer_ids=[trainer]))
    return dict(wp=wp, session=sid, depts=depts, shifts=shifts)


def test_training_walk_in_through_shared_dialog(qtbot, context, session, tmp_path):
    from ui.trainings.page import TrainingsPage

    page = TrainingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.sessions_tab.sessions_model.rowCount() == 1)
    page.open_session(session["session"])
    qtbot.waitUntil(lambda: page.sessions_tab.session is not None)
    seen = {}

    def save_without_name(dialog) -> None:
        # The session's workplace is proposed, with its departments and shifts.
        seen["workplace"] = dialog.workplace.currentData()
        seen["departments"] = [dialog.department.itemText(i) for i in range(dialog.department.count())]
        qtbot.keyClicks(dialog.phone, "(773) 555-0199")
        dialog.department.setCurrentIndex(dialog.department.findData(session["depts"][1][0]))
        dialog.grab().save(str(tmp_path / "walk_in_training.png"))
        save(qtbot, dialog)  # no name: refused, and the dialog comes back still filled in

    def add_name(dialog) -> None:
        boxes = [b for b in page.sessions_tab.findChildren(QMessageBox, "errorBox") if b.isVisible()]
        seen["error"] = boxes[0].text() if boxes else ""
        for box in boxes:
            box.close()
        seen["kept"] = (dialog.phone.text(), dialog.department.currentData())
        qtbot.keyClicks(dialog.first, "Walter")
        qtbot.keyClicks(dialog.last, "Walkin")
        save(qtbot, dialog)

    titles = when_shown(qtbot, [save_without_name, add_name])
    qtbot.mouseClick(page.sessions_tab.findChild(type(page.sessions_tab.buttons[0]), "walkIn"), Qt.MouseButton.LeftButton)
    assert titles == ["Add a walk-in", "Add a walk-in"]
    assert seen["workplace"] == session["wp"] and seen["departments"][1:] == ["Deboning", "Sanitation"]
    assert "Enter a first or last name." in seen["error"]
    assert seen["kept"] == ("(773) 555-0199", session["depts"][1][0])
    rows = {r.name: r for r in T.list_registrations(context.db, session["session"])}
    assert list(rows) == ["Walter Walkin"]
    assert rows["Walter Walkin"].walk_in and rows["Walter Walkin"].status == "attended"
    assert page.sessions_tab.attendance_model.rowCount() == 1
    data = get_person(context.db, rows["Walter Walkin"].person_id).data
    assert (data.workplace_id, data.department_id) == (session["wp"], session["depts"][1][0])
    assert [(p.raw, p.label) for p in data.phones] == [("(773) 555-0199", "cell")]


def test_both_places_use_the_one_dialog():
    import ui.mobilization.checkin
    import ui.trainings.page
    import ui.widgets.walk_in

    assert ui.mobilization.checkin.WalkInDialog is ui.widgets.walk_in.WalkInDialog is ui.trainings.page.WalkInDialog
