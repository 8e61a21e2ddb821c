"""The one "Add a walk-in" dialog, used by check-in at an action (ui/mobilization/checkin.py) and by training
attendance (ui/trainings/page.py).

A walk-in is someone not on the roster yet: the dialog collects a new person (names, phone,
languages, workplace / department / shift, consent to call and text: unknown unless asked) and hands it to ``save``, the caller's model function
(``models.mobilization.operations.add_walk_in`` or ``models.trainings.sessions.add_walk_in``, bound to the event or
session), which creates the person and marks them present. ``run()`` keeps the dialog, filled in,
open until the save succeeds or the person cancels.

The translations live in the ``WalkInDialog`` context (both former copies had this class name).
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP
from models.roster import consent
from models.organization import structure as organization
from models.roster.people import PersonInput, PhoneInput, workplace_choices

from .consent import ConsentEditor
from ui.context import AppContext
from ui.roles import may
from .forms import save_cancel, save_shortcut
from .messages import show_error
from .labels import parse_languages


class WalkInDialog(QDialog):
    """A walk-in not on the roster yet: a new person, marked attended (by ``save``)."""

    def __init__(
        self,
        context: AppContext,
        save: Callable[[PersonInput], int],
        workplace_id: Optional[int] = None,
        parent: Optional[QWidget] = None,
        title: Optional[str] = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.save = save
        self.setObjectName("walkInDialog")
        self.setWindowTitle(title or self.tr("Add a walk-in"))
        self.first = QLineEdit()
        self.first.setObjectName("walkInFirst")
        self.last = QLineEdit()
        self.last.setObjectName("walkInLast")
        self.phone = QLineEdit()
        self.phone.setObjectName("walkInPhone")
        self.languages = QLineEdit()
        self.languages.setObjectName("walkInLanguages")
        self.languages.setPlaceholderText(self.tr("e.g. es, en"))
        self.workplace = QComboBox()
        self.workplace.setObjectName("walkInWorkplace")
        self.workplace.addItem(self.tr("— none —"), None)
        for wid, name in workplace_choices(context.db):  # names only (a trainer may not count people)
            self.workplace.addItem(name, wid)
        self.department = QComboBox()
        self.department.setObjectName("walkInDepartment")
        self.shift = QComboBox()
        self.shift.setObjectName("walkInShift")
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        index = self.workplace.findData(workplace_id) if workplace_id is not None else -1
        if index >= 0:
            self.workplace.setCurrentIndex(index)
        self._workplace_changed()
        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first)
        form.addRow(self.tr("&Last name:"), self.last)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Lan&guages:"), self.languages)
        form.addRow(self.tr("&Workplace:"), self.workplace)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("&Shift:"), self.shift)
        # Asked at the door, or left unknown: never ticked for them.
        self.consent = ConsentEditor(fields=("ok_to_call", "ok_to_text"), changed_source=consent.WALK_IN)
        form.addRow(self.tr("Consent:"), self.consent)
        self.buttons = save_cancel(self, self.accept)
        save_shortcut(self, self.buttons)  # Ctrl+S saves
        note = QLabel(self.tr("They are added to the roster and marked as attended."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def _workplace_changed(self) -> None:
        wp = self.workplace.currentData()
        depts, shifts = organization.departments_and_shifts(self.context.db, wp) if wp is not None else ([], [])
        for combo, items in ((self.department, depts), (self.shift, shifts)):
            combo.clear()
            combo.addItem(self.tr("— none —"), None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setEnabled(wp is not None)

    def prefill_name(self, text: str) -> None:
        """"Ana María Ruiz" typed in a search box -> first "Ana", last "María Ruiz"."""
        words = text.split()
        if words:
            self.first.setText(words[0])
            self.last.setText(" ".join(words[1:]))

    def value(self) -> PersonInput:
        phone = self.phone.text().strip()
        return PersonInput(
            first_name=self.first.text().strip(),
            last_name=self.last.text().strip(),
            phones=[PhoneInput(phone, "cell")] if phone else [],
            languages=parse_languages(self.languages.text()),
            workplace_id=self.workplace.currentData(),
            department_id=self.department.currentData(),
            shift_id=self.shift.currentData(),
            **self.consent.values(),
        )

    def run(self) -> Optional[int]:
        """Show the dialog until ``save`` succeeds (returns the new person's id) or it is cancelled
        (None). A refused save (no name, disk full, ...) says why and shows the dialog again,
        still filled in."""
        while self.exec() == QDialog.DialogCode.Accepted:
            try:
                if self.workplace.currentData() is None and not may(self.context.role, "person_without_workplace"):
                    raise errors.ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "Choose one of your committees' workplaces: you see the people of those "
                        "workplaces, so a new person without one would not be yours to see."), field="workplace_id")
                return self.save(self.value())
            except Exception as exc:  # noqa: BLE001 - shown to the user
                show_error(self.parentWidget() or self, exc)
        return None
