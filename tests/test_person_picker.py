"""The one person picker (ui/widgets/person_picker.py): typing searches the in-memory roster index
in the background; Enter or a double-click picks. Driven through the dialogs that use it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from models.roster.people import PersonInput, create_person


def _people(db) -> dict[str, int]:
    names = [("Ana", "García"), ("Anita", "Gómez"), ("Bruno", "Díaz"), ("Carla", "Ruiz")]
    return {f"{first} {last}": create_person(db, PersonInput(first_name=first, last_name=last)) for first, last in names}


def _shown(results) -> list[str]:
    return [results.item(i).text() for i in range(results.count())]


def test_committee_members_are_picked_from_a_search(qtbot, context, db):
    from ui.organization.committees import CommitteeDialog
    from ui.widgets.person_picker import PersonPickerDialog

    ids = _people(db)
    dialog = CommitteeDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict = {}

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, PersonPickerDialog):
            QTimer.singleShot(20, pick)
            return
        search, results = picker.findChild(type(picker.search), "pickerSearch"), picker.results
        qtbot.waitUntil(lambda: results.count() == 4, timeout=10000)  # everyone, by name
        seen["all"] = _shown(results)
        qtbot.keyClicks(search, "gar")
        qtbot.waitUntil(lambda: _shown(results) == ["Ana García"], timeout=10000)
        qtbot.keyClick(search, Qt.Key.Key_Return)  # selects the first one, as before
        picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(dialog.findChild(QPushButton, "addMembers"), Qt.MouseButton.LeftButton)
    assert seen["all"] == ["Bruno Díaz", "Ana García", "Anita Gómez", "Carla Ruiz"]
    assert [m.person_id for m in dialog.members] == [ids["Ana García"]]


def test_trainer_picked_with_enter_after_typing(qtbot, context, db):
    from models.trainings import sessions as T
    from ui.trainings.page import SessionDialog

    ids = _people(db)
    T.ensure_starter_topics(db)
    dialog = SessionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.picker
    assert picker.results.count() == 0  # no trainers yet: the empty search suggests nobody
    qtbot.keyClicks(picker.search, "ruiz")
    qtbot.waitUntil(lambda: _shown(picker.results) == ["Carla Ruiz"], timeout=10000)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert [dialog.trainers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.trainers.count())] \
        == [ids["Carla Ruiz"]]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "nobody like this")
    qtbot.waitUntil(lambda: picker.results.count() == 0, timeout=10000)
