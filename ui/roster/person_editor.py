"""Add or edit one person: every field, inline validation, assessment history, delete with confirm."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import errors
from models.organization import structure as organization
from models.roster import people as roster
from models.core.entities import MEMBERSHIP_STATUSES
from models.roster.people import PersonInput, PhoneInput
from models.core.text import (
    FAMILY_FIRST,
    GIVEN_FIRST,
    default_region,
    display_name,
    is_valid_email,
    normalize_phone,
    parse_date,
    region_name,
    split_list,
)

from ui.widgets import labels
from ui.widgets.consent import ConsentEditor
from ui.context import AppContext
from ui.i18n import ui_language
from ui.roles import may
from ui.trainings.page import PersonTrainingsWidget
from ui.widgets import conflict as conflict_ui
from ui.widgets.forms import colored_label, error_label, save_cancel, try_save
from ui.widgets.messages import confirm, show_error, translated

WARNING_COLOR = "#8a4b00"


ADDRESS_FIELDS = ("street", "city", "region", "postal_code", "country")


class PhoneRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)
    move_requested = Signal(object, int)

    def __init__(self, phone: PhoneInput, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit(phone.raw)
        self.number.setObjectName("phoneNumber")
        self.number.setPlaceholderText(self.tr("(773) 555-0142"))
        self.label = QComboBox()
        self.label.setObjectName("phoneLabel")
        self.label.setEditable(True)
        self.label.setToolTip(self.tr("Choose a label or type your own"))
        for key in labels.PHONE_LABELS:  # shown translated, saved as the key (see value())
            self.label.addItem(labels.phone_label_text(key), key)
        self.label.setCurrentText(labels.phone_label_text(phone.label or "cell"))
        self.error = colored_label(WARNING_COLOR)  # a warning: an unreadable number is kept as typed, never refused
        self.error.setObjectName("phoneWarning")
        self.error.setWordWrap(True)
        up = QPushButton("↑")
        up.setToolTip(self.tr("Call this number earlier"))
        up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        down = QPushButton("↓")
        down.setToolTip(self.tr("Call this number later"))
        down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for button in (up, down):
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("↑↑") + 16)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 3)
        row.addWidget(self.label, 1)
        row.addWidget(up)
        row.addWidget(down)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.error.hide()
        self.number.textChanged.connect(self.validate)
        self.number.textChanged.connect(self.changed)
        self.validate()

    def validate(self) -> bool:
        """Show a warning when the number cannot be read. Always True: it is saved as typed."""
        text = self.number.text().strip()
        readable = not text or normalize_phone(text) is not None
        self.error.setText("" if readable else self.tr(
            "This cannot be read as a phone number ({country} unless it starts with + or 00). It is kept as "
            "typed, but calls and texts cannot use it until it is corrected.").format(country=region_name(default_region(), ui_language())))
        self.error.setVisible(not readable)
        return True

    def value(self) -> PhoneInput:
        return PhoneInput(self.number.text().strip(), labels.phone_label_key(self.label.currentText()))


class PersonDialog(QDialog):
    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, context: AppContext, person_id: Optional[int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self.setObjectName("personDialog")
        # The person and the form's choices in one read (models.roster.people.person_form).
        self.detail, choices = roster.person_form(context.db, person_id)
        # The version this form shows: a save refuses it if someone else saved since (errors.Conflict).
        self.version = self.detail.version if self.detail else None
        data = self.detail.data if self.detail else PersonInput()
        self.original_assessment = data.assessment
        self.setWindowTitle(self.detail.display_name if self.detail else self.tr("New person"))

        self.first = self._line("firstName", data.first_name)
        self.last = self._line("lastName", data.last_name)
        self.preferred = self._line("preferredName", data.preferred_name)
        self.name_error = error_label(hidden=True)
        # How the name is written, and how it will then show everywhere (lists, sheets, dialogs).
        self.name_order = QComboBox()
        self.name_order.setObjectName("nameOrder")
        self.name_order.addItem(self.tr("Given name first (Ana García)"), GIVEN_FIRST)
        self.name_order.addItem(self.tr("Family name first (王小明, Trần Thị Lan)"), FAMILY_FIRST)
        self.name_order.setCurrentIndex(max(0, self.name_order.findData(data.name_order)))
        self.name_shown = QLabel()
        self.name_shown.setObjectName("nameShown")
        for edit in (self.first, self.last, self.preferred):
            edit.textChanged.connect(self._show_name)
        self.name_order.currentIndexChanged.connect(self._show_name)
        self._show_name()

        self.phone_rows: list[PhoneRow] = []
        self.phones_box = QVBoxLayout()
        add_phone = QPushButton(self.tr("Add phone"))
        add_phone.setObjectName("addPhone")
        add_phone.clicked.connect(lambda: self._add_phone(PhoneInput(""), focus=True))
        for phone in data.phones or [PhoneInput("")]:
            self._add_phone(phone)
        phones_widget = QWidget()
        phones_layout = QVBoxLayout(phones_widget)
        phones_layout.setContentsMargins(0, 0, 0, 0)
        phones_layout.addLayout(self.phones_box)
        phones_layout.addWidget(add_phone, 0, Qt.AlignmentFlag.AlignLeft)

        self.email = self._line("email", data.email)
        self.email.setPlaceholderText("name@example.org")
        self.email_error = error_label(hidden=True)
        self.email.textChanged.connect(self._validate_email)
        self.email2 = self._line("email2", data.email2)
        self.email2_error = error_label(hidden=True)
        self.email2.textChanged.connect(self._validate_email)
        self.languages = self._line("languages", ", ".join(labels.language_name(c) for c in data.languages))
        self.languages.setPlaceholderText(self.tr("e.g. Spanish, English (in order of preference)"))

        self.workplace = QComboBox()
        self.workplace.setObjectName("workplace")
        self.workplace.addItem(self.tr("(none)"), None)
        for wid, name in choices.workplaces:
            self.workplace.addItem(name, wid)
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.shift = QComboBox()
        self.shift.setObjectName("shift")
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(data.workplace_id)) if data.workplace_id else 0)
        if self.workplace.currentData() is not None and self.workplace.currentData() == choices.workplace_id:
            self._fill_departments(choices.departments, choices.shifts)  # (read with the person)
        else:
            self._workplace_changed()  # once (connected after the index is set, or it would run twice)
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        if data.department_id is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(data.department_id)))
        if data.shift_id is not None:
            self.shift.setCurrentIndex(max(0, self.shift.findData(data.shift_id)))
        # An organizer on a committee server sees the people of their committees' workplaces (and
        # their committees' members): a new person needs one of those workplaces, or would vanish.
        self.needs_workplace = self.person_id is None and not may(context.role, "person_without_workplace")
        self.workplace_error = error_label(hidden=True)
        self.workplace_error.setObjectName("workplaceError")
        self.job_title = self._line("jobTitle", data.job_title)
        self.external_id = self._line("externalId", data.external_id)
        self.external_id.setToolTip(self.tr("An employee number or another tool's ID: the next import of "
                                            "that list updates this person instead of adding a new one."))
        # Typed (2019-04-01, or as the country writes dates); empty when not known.
        self.hire_date = self._line("hireDate", data.hire_date.isoformat() if data.hire_date else "")
        self.hire_date.setPlaceholderText(self.tr("YYYY-MM-DD (empty if not known)"))
        self.hire_date_error = error_label(hidden=True)
        self.hire_date.textChanged.connect(self._validate_hire_date)
        self.address = {name: self._line(name, getattr(data, name)) for name in ADDRESS_FIELDS}

        self.membership = QComboBox()
        self.membership.setObjectName("membership")
        for code in MEMBERSHIP_STATUSES:
            self.membership.addItem(labels.label(labels.MEMBERSHIP, code), code)
        self.membership.setCurrentIndex(self.membership.findData(data.membership))

        self.assessment = QComboBox()
        self.assessment.setObjectName("assessment")
        self.assessment.addItem(self.tr("Not assessed"), None)
        for value in range(1, 6):
            self.assessment.addItem(labels.label(labels.ASSESSMENT, value), value)
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(data.assessment)) if data.assessment else 0)
        self.assessment_note = self._line("assessmentNote", "")
        self.assessment_note.setPlaceholderText(self.tr("What did they say? (optional, kept in the history)"))
        self.assessment_note_label = QLabel(self.tr("Assessment note:"))
        self.assessment.currentIndexChanged.connect(self._assessment_changed)
        self._assessment_changed()

        self.tags = self._line("tags", ", ".join(data.tags))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. volunteer, has a car"))
        completer = QCompleter(choices.tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)

        # Yes / No / Unknown each; a new person starts at Unknown (nothing is assumed).
        self.consent = ConsentEditor(
            {name: getattr(data, name) for name in ("ok_to_call", "ok_to_text", "ok_to_email", "do_not_contact")},
            data.consent_source, data.consent_date)

        form = QFormLayout()
        form.addRow(self.tr("First name:"), self.first)
        form.addRow(self.tr("Last name:"), self.last)
        form.addRow(self.tr("Preferred name:"), self.preferred)
        form.addRow(self.tr("Name order:"), self.name_order)
        form.addRow("", self.name_shown)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Phones:"), phones_widget)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow("", self.email_error)
        form.addRow(self.tr("Second email:"), self.email2)
        form.addRow("", self.email2_error)
        form.addRow(self.tr("Street:"), self.address["street"])
        form.addRow(self.tr("City:"), self.address["city"])
        form.addRow(self.tr("State / region:"), self.address["region"])
        form.addRow(self.tr("Postal code:"), self.address["postal_code"])
        form.addRow(self.tr("Country (postal):"), self.address["country"])
        form.addRow(self.tr("Languages:"), self.languages)
        form.addRow(self.tr("Workplace:"), self.workplace)
        form.addRow("", self.workplace_error)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Shift:"), self.shift)
        form.addRow(self.tr("Job title:"), self.job_title)
        form.addRow(self.tr("Employee / external ID:"), self.external_id)
        form.addRow(self.tr("Hire date:"), self.hire_date)
        form.addRow("", self.hire_date_error)
        form.addRow(self.tr("Membership:"), self.membership)
        form.addRow(self.tr("Assessment:"), self.assessment)
        form.addRow(self.assessment_note_label, self.assessment_note)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Consent:"), self.consent)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        if self.detail is not None:
            body_layout.addWidget(self._history_box())
            body_layout.addWidget(self._trainings_box())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.error = error_label(hidden=True)
        buttons = save_cancel(self, self.save)
        if self.detail is not None:
            delete = buttons.addButton(self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.setObjectName("deleteButton")
            delete.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        geometry = context.settings.geometry("person_dialog")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self.fontMetrics().averageCharWidth() * 95, self.fontMetrics().height() * 42)
        self.first.setFocus()

    # ----------------------------------------------------------------- parts
    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        return edit

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Assessment history and committees"))
        tree = QTreeWidget()
        tree.setObjectName("assessmentHistory")
        tree.setHeaderLabels([self.tr("When"), self.tr("Assessment"), self.tr("By"), self.tr("Note")])
        tree.setRootIsDecorated(False)
        for record in self.detail.assessments:
            tree.addTopLevelItem(QTreeWidgetItem([
                record.assessed_at.strftime("%Y-%m-%d %H:%M"),
                labels.label(labels.ASSESSMENT, record.value),
                record.assessed_by,
                record.note,
            ]))
        for column in (0, 1, 2):  # when, the assessment's label and who show whole; the note gets the rest
            tree.resizeColumnToContents(column)
        tree.setMinimumHeight(self.fontMetrics().height() * 6)
        committees = QLabel(
            ", ".join(f"{name} ({labels.label(labels.ROLES, role)})" for name, role in self.detail.committees)
            or self.tr("Not on any committee.")
        )
        committees.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(tree)
        layout.addWidget(committees)
        return box

    def _trainings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trainings (refreshes due in red)"))
        widget = PersonTrainingsWidget(self.context, self.person_id)
        widget.setMinimumHeight(self.fontMetrics().height() * 5)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _add_phone(self, phone: PhoneInput, focus: bool = False) -> None:
        row = PhoneRow(phone)
        row.remove_requested.connect(self._remove_phone)
        row.move_requested.connect(self._move_phone)
        self.phone_rows.append(row)
        self.phones_box.addWidget(row)
        if focus:
            row.number.setFocus()

    def _remove_phone(self, row: PhoneRow) -> None:
        self.phone_rows.remove(row)
        self.phones_box.removeWidget(row)
        row.deleteLater()

    def _move_phone(self, row: PhoneRow, step: int) -> None:
        index = self.phone_rows.index(row)
        target = index + step
        if 0 <= target < len(self.phone_rows):
            self.phone_rows.insert(target, self.phone_rows.pop(index))
            self.phones_box.removeWidget(row)
            self.phones_box.insertWidget(target, row)

    def _workplace_changed(self) -> None:
        workplace_id = self.workplace.currentData()
        departments, shifts = ([], []) if workplace_id is None else organization.departments_and_shifts(self.context.db, workplace_id)
        self._fill_departments(departments, shifts)

    def _fill_departments(self, departments: list[tuple[int, str]], shifts: list[tuple[int, str]]) -> None:
        for box, items in ((self.department, departments), (self.shift, shifts)):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for value, text in items:
                box.addItem(text, value)

    def _assessment_changed(self) -> None:
        changed = self.assessment.currentData() != self.original_assessment and self.assessment.currentData() is not None
        self.assessment_note.setVisible(changed)
        self.assessment_note_label.setVisible(changed)

    def _show_name(self) -> None:
        name = display_name(self.first.text().strip(), self.last.text().strip(), self.preferred.text().strip(),
                            self.name_order.currentData())
        self.name_shown.setText(self.tr("Shown as: {name}").format(name=name) if name else "")

    def _validate_email(self) -> bool:
        result = True
        for edit, error in ((self.email, self.email_error), (self.email2, self.email2_error)):
            ok = is_valid_email(edit.text().strip())
            error.setText("" if ok else self.tr("The email address does not look right (name@example.org)."))
            error.setVisible(not ok)
            result = result and ok
        return result

    # ------------------------------------------------------------------ data
    def value(self) -> PersonInput:
        return PersonInput(
            first_name=self.first.text().strip(),
            last_name=self.last.text().strip(),
            preferred_name=self.preferred.text().strip(),
            phones=[row.value() for row in self.phone_rows if row.value().raw],
            email=self.email.text().strip(),
            languages=labels.parse_languages(self.languages.text()),
            workplace_id=self.workplace.currentData(),
            department_id=self.department.currentData(),
            shift_id=self.shift.currentData(),
            job_title=self.job_title.text().strip(),
            membership=self.membership.currentData(),
            assessment=self.assessment.currentData(),
            tags=split_list(self.tags.text()),
            notes=self.notes.toPlainText(),
            name_order=self.name_order.currentData(),
            email2=self.email2.text().strip(),
            external_id=self.external_id.text().strip(),
            hire_date=parse_date(self.hire_date.text()) if self.hire_date.text().strip() else None,
            **{name: edit.text().strip() for name, edit in self.address.items()},
            **self.consent.values(),
        )

    def _validate_hire_date(self) -> bool:
        text = self.hire_date.text().strip()
        ok = not text or parse_date(text) is not None
        self.hire_date_error.setText("" if ok else self.tr("Write the date as 2019-04-01, or leave it empty."))
        self.hire_date_error.setVisible(not ok)
        return ok

    def validate(self) -> bool:
        ok = all([row.validate() for row in self.phone_rows]) & self._validate_email() & self._validate_hire_date()
        has_name = any(w.text().strip() for w in (self.first, self.last, self.preferred))
        self.name_error.setText("" if has_name else self.tr("Enter a first or last name."))
        self.name_error.setVisible(not has_name)
        has_workplace = not self.needs_workplace or self.workplace.currentData() is not None
        self.workplace_error.setText("" if has_workplace else self.tr(
            "Choose one of your committees' workplaces: you see the people of those workplaces (and your "
            "committees' members), so a new person without one would not be yours to see."))
        self.workplace_error.setVisible(not has_workplace)
        return ok and has_name and has_workplace

    def save(self) -> None:
        if not self.validate():
            self.error.setText(self.tr("Please correct the fields marked in red."))
            self.error.show()
            return
        data = self.value()
        note = self.assessment_note.text().strip()
        user = self.context.user_name

        conflicts: list[errors.Conflict] = []

        def op() -> None:
            if self.person_id is None:
                self.person_id = roster.create_person(self.context.db, data, assessed_by=user, assessment_note=note)
            else:
                try:
                    roster.update_person(self.context.db, self.person_id, data, assessed_by=user,
                                         assessment_note=note, version=self.version)
                except errors.Conflict as exc:  # nothing written: the person chooses (see _resolve)
                    conflicts.append(exc)

        if not try_save(self, self.error, op):
            return
        if conflicts:
            self._resolve(conflicts[0], data)
            return
        self.context.settings.set_geometry("person_dialog", self.saveGeometry())
        self.saved.emit(self.person_id)
        self.accept()

    # ------------------------------------------------------------- conflicts
    def _resolve(self, conflict: errors.Conflict, mine: PersonInput) -> None:
        """Someone else saved this person after the form loaded: show both versions, field by
        field, and let the person choose (ui/widgets/conflict.py)."""
        from ui.roster.person_conflict import differences  # lazy: only after a conflict

        rows = differences(self.context.db, conflict.current, mine)
        if not rows:  # they saved the very values we have: saving ours loses nothing
            self.version = conflict.version
            self.save()
            return
        self.conflict_dialog = conflict_ui.ask(self, conflict, rows, self._keep_mine, self._use_theirs)
        self.conflict_dialog.setObjectName("personConflict")

    def _keep_mine(self, version: int) -> None:
        """Knowingly over theirs: save again with their version (asked again if it moved on)."""
        self.version = version
        self.save()

    def _use_theirs(self) -> None:
        """Drop the edits: show the person as saved now."""
        try:
            detail = roster.get_person(self.context.db, self.person_id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile, disk trouble...
            show_error(self, exc)
            return
        self._show(detail)
        self.error.hide()

    def _show(self, detail: roster.PersonDetail) -> None:
        """Fill every field with ``detail`` (the saved version), as the dialog opened with it."""
        data = detail.data
        self.detail, self.version = detail, detail.version
        self.setWindowTitle(detail.display_name)
        for edit, text in ((self.first, data.first_name), (self.last, data.last_name),
                           (self.preferred, data.preferred_name), (self.email, data.email),
                           (self.email2, data.email2), (self.job_title, data.job_title),
                           (self.external_id, data.external_id), (self.tags, ", ".join(data.tags)),
                           (self.languages, ", ".join(labels.language_name(c) for c in data.languages)),
                           (self.hire_date, data.hire_date.isoformat() if data.hire_date else "")):
            edit.setText(text)
        for name, edit in self.address.items():
            edit.setText(getattr(data, name))
        self.name_order.setCurrentIndex(max(0, self.name_order.findData(data.name_order)))
        for row in list(self.phone_rows):
            self._remove_phone(row)
        for phone in data.phones or [PhoneInput("")]:
            self._add_phone(phone)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(data.workplace_id)) if data.workplace_id else 0)
        self._workplace_changed()
        self.department.setCurrentIndex(max(0, self.department.findData(data.department_id)))
        self.shift.setCurrentIndex(max(0, self.shift.findData(data.shift_id)))
        self.membership.setCurrentIndex(self.membership.findData(data.membership))
        self.original_assessment = data.assessment
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(data.assessment)) if data.assessment else 0)
        self.assessment_note.clear()
        self._assessment_changed()
        self.notes.setPlainText(data.notes)
        self.consent.reset({name: getattr(data, name) for name in self.consent.fields},
                           data.consent_source, data.consent_date)

    def delete(self) -> None:
        if self.person_id is None:
            return
        if not confirm(self, self.tr("Delete"),
                       self.tr("Delete {name} from the roster? This cannot be undone.").format(name=self.detail.display_name)):
            return
        try:
            roster.delete_people(self.context.db, [self.person_id])
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.deleted.emit(self.person_id)
        self.accept()

    def reject(self) -> None:
        self.context.settings.set_geometry("person_dialog", self.saveGeometry())
        super().reject()
