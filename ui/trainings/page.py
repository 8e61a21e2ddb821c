"""The Trainings section: sessions with registration and fast keyboard attendance, the topics
catalog, a trainer's "My sessions", and coverage by department x shift.

All data goes through models.trainings.sessions (no SQL here); files are written by reports/ in the
background with progress (ui/tasks.py via context.run).
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.organization import structure as organization
from models.trainings import sessions as T
from models.core.changes import Changes, Kind
from models.core.text import fold

from ui.context import AppContext
from ui.roles import may
from models.core import errors
from ui.widgets import conflict
from ui.widgets.forms import choice_combo, save_cancel, save_shortcut, select_data, try_save
from ui.widgets.flow import FlowLayout
from ui.i18n import translator, ui_language
from ui.widgets.labels import language_name, languages_text, parse_languages
from ui.widgets.messages import confirm, show_error
from ui.widgets.person_picker import PersonPicker
from ui.sections import SectionSpec
from ui.widgets.table import ROW_ROLE, Column, RowsTableModel, current_row, fit_columns, make_table, selected_rows
from ui.widgets.walk_in import WalkInDialog
from ui.tasks import Cancelled
from reports.core.labels import safe_file_name

tr = translator("Trainings")


def topic_name(name: str, name_es: str) -> str:
    """A training topic as the UI language calls it: its Spanish name in Spanish, when it has one."""
    return name_es.strip() if ui_language() == "es" and name_es and name_es.strip() else name


def topic_names(db) -> dict[int, str]:
    """Topic id -> name in the UI language (safe off the UI thread)."""
    return {i: topic_name(name, es) for i, name, es in T.topic_titles(db)}


def topic_items(db) -> list[tuple[int, str]]:
    """(id, name in the UI language) for topic choosers, in alphabetical order."""
    return sorted(topic_names(db).items(), key=lambda item: fold(item[1]))


def localized_sessions(db, sessions: list) -> list:
    """Sessions (SessionSummary) with their topic named in the UI language."""
    names = topic_names(db)
    for s in sessions:
        s.topic = names.get(s.topic_id, s.topic)
    return sessions


def localized_followups(db, followups: list) -> list:
    """Follow-ups (FollowupRow) with the topic of their session named in the UI language."""
    by_name = {name: topic_name(name, es) for _i, name, es in T.topic_titles(db)}
    for f in followups:
        f.session_topic = by_name.get(f.session_topic, f.session_topic)
    return followups


def followup_session(f: T.FollowupRow) -> str:
    """The session a follow-up came from, as sessions are named everywhere ("" for none)."""
    return T.session_label(f.session_topic, f.session_starts) if f.session_starts else ""


STATUS_LABELS = {
    "registered": lambda: tr("Registered"),
    "attended": lambda: tr("Attended"),
    "no-show": lambda: tr("No-show"),
}
STATUS_COLORS = {"attended": "#d9f0d3", "no-show": "#f8d7d3", "registered": None}
# One key per row in the attendance table; the row below gets the focus.
STATUS_KEYS = {Qt.Key.Key_A: "attended", Qt.Key.Key_N: "no-show", Qt.Key.Key_R: "registered"}


def _fmt_dt(value: Optional[datetime]) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _fmt_date(value: Optional[date]) -> str:
    return value.isoformat() if value else ""


# =====================================================================  table models
class SessionsModel(RowsTableModel):
    COL_DATE, COL_TOPIC, COL_PLACE, COL_TRAINERS, COL_REGISTERED, COL_ATTENDED, COL_CAPACITY = range(7)
    columns = (
        Column(lambda: tr("Date"), lambda s: _fmt_dt(s.starts_at), lambda s: s.starts_at.isoformat()),
        Column(lambda: tr("Topic"), lambda s: s.topic),
        Column(lambda: tr("Place"), lambda s: s.place),
        Column(lambda: tr("Trainers"), lambda s: s.trainers),
        Column(lambda: tr("Registered"), lambda s: s.registered, align_right=True),
        Column(lambda: tr("Attended"), lambda s: s.attended, align_right=True),
        Column(lambda: tr("Capacity"), lambda s: s.capacity or "", lambda s: s.capacity or 0, align_right=True),
    )


class AttendanceModel(RowsTableModel):
    COL_NAME, COL_PHONE, COL_DEPARTMENT, COL_SHIFT, COL_STATUS, COL_WALK_IN, COL_EVALUATION, COL_FOLLOWUPS = range(8)
    columns = (
        Column(lambda: tr("Name"), lambda r: r.name),
        Column(lambda: tr("Phone"), lambda r: r.phone),
        Column(lambda: tr("Department"), lambda r: r.department),
        Column(lambda: tr("Shift"), lambda r: r.shift),
        Column(lambda: tr("Attendance"), lambda r: STATUS_LABELS[r.status](), lambda r: r.status),
        Column(lambda: tr("Walk-in"), lambda r: tr("yes") if r.walk_in else ""),
        Column(lambda: tr("Evaluation"), lambda r: r.evaluation or "", lambda r: r.evaluation or 0, align_right=True),
        Column(lambda: tr("Open follow-ups"), lambda r: r.open_followups or "", lambda r: r.open_followups, align_right=True),
    )

    def background(self, row, column):
        return STATUS_COLORS.get(row.status) if column == self.COL_STATUS else None


class TopicsModel(RowsTableModel):
    COL_NAME, COL_NAME_ES, COL_MINUTES, COL_REFRESH, COL_SESSIONS, COL_TRAINED = range(6)
    columns = (
        Column(lambda: tr("Topic"), lambda t: t.name),
        Column(lambda: tr("Spanish name"), lambda t: t.name_es),
        Column(lambda: tr("Length (min)"), lambda t: t.expected_minutes or "", lambda t: t.expected_minutes or 0, align_right=True),
        Column(lambda: tr("Refresh after (months)"), lambda t: t.refresh_months or "", lambda t: t.refresh_months or 0, align_right=True),
        Column(lambda: tr("Sessions"), lambda t: t.sessions, align_right=True),
        Column(lambda: tr("People trained"), lambda t: t.trained, align_right=True),
    )


class FollowupsModel(RowsTableModel):
    COL_PERSON, COL_KIND, COL_DUE, COL_SESSION, COL_NOTE = range(5)
    columns = (
        Column(lambda: tr("Person"), lambda f: f.person),
        Column(lambda: tr("Follow-up"), lambda f: followup_label(f.kind)),
        Column(lambda: tr("Due"), lambda f: _fmt_date(f.due), lambda f: _fmt_date(f.due) or "9999"),
        Column(lambda: tr("From session"), followup_session),
        Column(lambda: tr("Note"), lambda f: f.note),
    )


class UntrainedModel(RowsTableModel):
    """(person id, name, department id, shift id) rows; the names of departments and shifts are
    set with the coverage they come from."""

    COL_NAME, COL_DEPARTMENT, COL_SHIFT = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__((
            Column(lambda: tr("Not trained yet"), lambda u: u[1]),
            Column(lambda: tr("Department"), lambda u: self.departments.get(u[2], "")),
            Column(lambda: tr("Shift"), lambda u: self.shifts.get(u[3], "")),
        ), parent=parent)
        self.departments: dict = {}
        self.shifts: dict = {}


def followup_label(kind: str) -> str:
    return {T.FOLLOWUP_JOIN: tr("Wants to join the committee"), T.FOLLOWUP_TRAIN: tr("Can train others")}.get(kind, kind)


# =====================================================================  attendance view
class AttendanceView(QTableView):
    """The attendance list: A = attended, N = no-show, R = registered; the next row gets focus."""

    mark = Signal(object, str)  # RegistrationRow, status

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        status = STATUS_KEYS.get(Qt.Key(event.key()))
        if status and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            index = self.currentIndex()
            if index.isValid():
                row = self.model().data(self.model().index(index.row(), 0), ROW_ROLE)
                self.mark.emit(row, status)
                below = self.model().index(min(index.row() + 1, self.model().rowCount() - 1), index.column())
                self.setCurrentIndex(below)
                self.selectRow(below.row())
            event.accept()
            return
        super().keyPressEvent(event)


# =====================================================================  dialogs
class TopicDialog(QDialog):
    def __init__(self, data: Optional[T.TopicInput] = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Training topic"))
        data = data or T.TopicInput()
        self.name = QLineEdit(data.name)
        self.name.setObjectName("topicName")
        self.name_es = QLineEdit(data.name_es)
        self.description = QPlainTextEdit(data.description)
        self.description_es = QPlainTextEdit(data.description_es)
        for box in (self.description, self.description_es):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 4)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSpecialValueText(self.tr("not set"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(data.expected_minutes or 0)
        self.refresh = QSpinBox()
        self.refresh.setRange(0, 120)
        self.refresh.setSpecialValueText(self.tr("never"))
        self.refresh.setSuffix(self.tr(" months"))
        self.refresh.setValue(data.refresh_months or 0)
        form = QFormLayout()
        form.addRow(self.tr("&Name (English):"), self.name)
        form.addRow(self.tr("Name (&Spanish):"), self.name_es)
        form.addRow(self.tr("&Description (English):"), self.description)
        form.addRow(self.tr("Description (Spa&nish):"), self.description_es)
        form.addRow(self.tr("Expected &length:"), self.minutes)
        form.addRow(self.tr("&Refresh after:"), self.refresh)
        buttons = save_cancel(self, self.accept)
        save_shortcut(self, buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> T.TopicInput:
        return T.TopicInput(self.name.text(), self.name_es.text(), self.description.toPlainText(),
                            self.description_es.toPlainText(), self.minutes.value() or None, self.refresh.value() or None)


class SessionDialog(QDialog):
    def __init__(self, context: AppContext, detail: Optional[T.SessionDetail] = None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Training session"))
        data = detail.data if detail else T.SessionInput()
        self.topic = choice_combo(topic_items(context.db))
        self.topic.setObjectName("sessionTopic")
        select_data(self.topic, data.topic_id)
        self.when = QDateTimeEdit()
        self.when.setObjectName("sessionWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = data.starts_at or datetime.now().replace(hour=18, minute=0, second=0, microsecond=0)
        self.when.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)))
        self.workplace = choice_combo(organization_workplaces(context), self.tr("— not at a workplace —"))
        select_data(self.workplace, data.place_workplace_id)
        self.place = QLineEdit(data.place_text)
        self.place.setPlaceholderText(self.tr("e.g. Union hall, break room, online"))
        self.languages = QLineEdit(languages_text(data.languages))
        self.languages.setObjectName("sessionLanguages")
        self.languages.setPlaceholderText(self.tr("e.g. Spanish, English"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setValue(data.capacity or 0)
        self.notes = QPlainTextEdit(data.notes)
        self.materials = QPlainTextEdit(data.materials)
        self.materials.setPlaceholderText(self.tr("File names or links, one per line"))
        for box in (self.notes, self.materials):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3)

        self.trainers = QListWidget()
        self.trainers.setObjectName("sessionTrainers")
        for pid, name in (detail.trainer_names if detail else []):
            self._add_trainer(pid, name)
        self.picker = PersonPicker(context, T.trainer_candidates(context.db))
        self.picker.picked.connect(self._add_trainer)
        remove = QPushButton(self.tr("Remove trainer"))
        remove.clicked.connect(lambda: [self.trainers.takeItem(self.trainers.row(i)) for i in self.trainers.selectedItems()])
        trainer_box = QGroupBox(self.tr("Trainers (double-click a person to add; people with the trainer role are listed first)"))
        tlayout = QHBoxLayout(trainer_box)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Chosen:")))
        left.addWidget(self.trainers, 1)
        left.addWidget(remove)
        tlayout.addLayout(left, 1)
        tlayout.addWidget(self.picker, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("&Date and time:"), self.when)
        form.addRow(self.tr("&Workplace:"), self.workplace)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Languages:"), self.languages)
        form.addRow(self.tr("&Capacity:"), self.capacity)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("&Materials:"), self.materials)
        buttons = save_cancel(self, self.accept)
        save_shortcut(self, buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(trainer_box, 1)
        layout.addWidget(buttons)

    def _add_trainer(self, pid: int, name: str) -> None:
        if any(self.trainers.item(i).data(Qt.ItemDataRole.UserRole) == pid for i in range(self.trainers.count())):
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, pid)
        self.trainers.addItem(item)

    def differences(self, theirs: T.SessionInput, mine: T.SessionInput, names: dict[int, str]) -> list[tuple[str, str, str]]:
        """The fields where someone else's saved session and this form differ, in words
        (``names``: trainers' names by id)."""
        def chosen(box: QComboBox) -> Callable[[Any], str]:
            return lambda value: box.itemText(max(0, box.findData(value)))

        return conflict.field_rows(theirs, mine, [
            (self.tr("&Topic:"), "topic_id", chosen(self.topic)),
            (self.tr("&Date and time:"), "starts_at", lambda when: when.strftime("%Y-%m-%d %H:%M") if when else ""),
            (self.tr("&Workplace:"), "place_workplace_id", chosen(self.workplace)),
            (self.tr("&Place:"), "place_text", None), (self.tr("&Languages:"), "languages", languages_text),
            (self.tr("&Capacity:"), "capacity", None), (self.tr("&Notes:"), "notes", None),
            (self.tr("&Materials:"), "materials", None),
            (self.tr("Trainers (double-click a person to add; people with the trainer role are listed first)"),
             "trainer_ids", lambda ids: sorted(names.get(pid, "") for pid in ids))])

    def trainer_names(self) -> dict[int, str]:
        return {self.trainers.item(i).data(Qt.ItemDataRole.UserRole): self.trainers.item(i).text()
                for i in range(self.trainers.count())}

    def value(self) -> T.SessionInput:
        when = self.when.dateTime().toPython()
        return T.SessionInput(
            topic_id=self.topic.currentData(), starts_at=when, place_workplace_id=self.workplace.currentData(),
            place_text=self.place.text(), languages=parse_languages(self.languages.text()),
            capacity=self.capacity.value() or None, notes=self.notes.toPlainText(), materials=self.materials.toPlainText(),
            trainer_ids=[self.trainers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.trainers.count())],
        )


def organization_workplaces(context: AppContext) -> list[tuple[int, str]]:
    return [(w.id, w.name) for w in organization.list_workplaces(context.db)]


class AddPeopleDialog(QDialog):
    """Register people: pick from a roster search, or a whole committee / workplace / department / shift."""

    def __init__(self, context: AppContext, default_workplace: Optional[int] = None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Register people"))
        self.tabs = QTabWidget()
        self.picker = PersonPicker(context, (), multi=True)
        self.tabs.addTab(self.picker, self.tr("Search the roster"))

        group = QWidget()
        self.committee = choice_combo([(c.id, c.name) for c in organization.list_committees(context.db)], self.tr("— any —"))
        self.workplace = choice_combo(organization_workplaces(context), self.tr("— any —"))
        self.department = QComboBox()
        self.shift = QComboBox()
        self.committee.setObjectName("groupCommittee")
        self.workplace.setObjectName("groupWorkplace")
        self.department.setObjectName("groupDepartment")
        self.shift.setObjectName("groupShift")
        self.count = QLabel()
        form = QFormLayout(group)
        form.addRow(self.tr("&Committee:"), self.committee)
        form.addRow(self.tr("&Workplace:"), self.workplace)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("&Shift:"), self.shift)
        form.addRow("", self.count)
        self.tabs.addTab(group, self.tr("A whole group"))
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        for combo in (self.committee, self.department, self.shift):
            combo.currentIndexChanged.connect(self._count)
        select_data(self.workplace, default_workplace)
        self._workplace_changed()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("registerButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Register is enabled only when someone is chosen; the hint says what to do otherwise.
        self.hint = QLabel()
        self.hint.setObjectName("registerHint")
        self.hint.setWordWrap(True)
        self.picker.results.itemSelectionChanged.connect(self._update_ok)
        self.tabs.currentChanged.connect(lambda _i: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._update_ok()

    def _workplace_changed(self) -> None:
        wp = self.workplace.currentData()
        depts, shifts = organization.departments_and_shifts(self.context.db, wp) if wp is not None else ([], [])
        for combo, items in ((self.department, depts), (self.shift, shifts)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— any —"), None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setEnabled(wp is not None)
            combo.blockSignals(False)
        self._count()

    def group(self) -> dict:
        return dict(committee_id=self.committee.currentData(), workplace_id=self.workplace.currentData(),
                    department_id=self.department.currentData(), shift_id=self.shift.currentData())

    def _count(self) -> None:
        if all(value is None for value in self.group().values()):
            self.count.clear()  # the hint under the tabs says what to choose
        else:
            n = len(T.people_for_group(self.context.db, **self.group()))
            self.count.setText(self.tr("%n people in this group", "", n))
        if hasattr(self, "ok"):
            self._update_ok()

    def _update_ok(self) -> None:
        if self.tabs.currentIndex() == 0:
            n = len(self.picker.selected())
            self.hint.setText(self.tr("%n people chosen.", "", n) if n else
                              self.tr("Search the roster and choose people (Ctrl+click or Shift+click for several)."))
        elif all(value is None for value in self.group().values()):
            n = 0  # "any" everywhere is not a group: nobody is registered by accident
            self.hint.setText(self.tr("A whole group needs a committee or a workplace."))
        else:
            n = len(T.people_for_group(self.context.db, **self.group()))
            self.hint.setText("" if n else self.tr("Nobody is in this group."))
        self.ok.setEnabled(n > 0)

    def person_ids(self) -> list[int]:
        if self.tabs.currentIndex() == 0:
            return [pid for pid, _ in self.picker.selected()]
        return T.people_for_group(self.context.db, **self.group())


class EvaluationDialog(QDialog):
    """Evaluation (1-5 and a comment) and follow-ups for one attendee."""

    def __init__(self, context: AppContext, row: T.RegistrationRow, owner_choices: Sequence[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Evaluation and follow-up"))
        self.score = QSpinBox()
        self.score.setObjectName("evaluationScore")
        self.score.setRange(0, 5)
        self.score.setSpecialValueText(self.tr("not given"))
        self.score.setValue(row.evaluation or 0)
        self.comment = QPlainTextEdit(row.comment)
        self.comment.setObjectName("evaluationComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(self.comment.fontMetrics().lineSpacing() * 3)
        self.join = QCheckBox(self.tr("Wants to join the committee"))
        self.join.setObjectName("followupJoin")
        self.train = QCheckBox(self.tr("Can train others"))
        self.train.setObjectName("followupTrain")
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Another follow-up (free text)"))
        self.owner = choice_combo(owner_choices, self.tr("— nobody yet —"))
        if owner_choices:
            self.owner.setCurrentIndex(1)
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        existing = T.list_followups(context.db, registration_id=row.id)
        self.existing = QLabel("\n".join(
            ("✓ " if f.done else "• ") + followup_label(f.kind) + (f" ({_fmt_date(f.due)})" if f.due else "") for f in existing
        ) or self.tr("No follow-ups yet."))
        self.existing.setWordWrap(True)
        done_kinds = {f.kind for f in existing}
        self.join.setChecked(T.FOLLOWUP_JOIN in done_kinds)
        self.join.setEnabled(T.FOLLOWUP_JOIN not in done_kinds)
        self.train.setChecked(T.FOLLOWUP_TRAIN in done_kinds)
        self.train.setEnabled(T.FOLLOWUP_TRAIN not in done_kinds)
        form = QFormLayout()
        form.addRow(self.tr("&Evaluation (1–5):"), self.score)
        form.addRow(self.tr("&Comment:"), self.comment)
        followups = QGroupBox(self.tr("Follow-up"))
        flayout = QFormLayout(followups)
        flayout.addRow(self.existing)
        flayout.addRow(self.join)
        flayout.addRow(self.train)
        flayout.addRow(self.tr("&Other:"), self.other)
        flayout.addRow(self.tr("&Who follows up:"), self.owner)
        flayout.addRow(self.tr("D&ue:"), self.due)
        buttons = save_cancel(self, self.accept)
        save_shortcut(self, buttons)
        layout = QVBoxLayout(self)
        title = QLabel(row.name)
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(followups)
        layout.addWidget(buttons)

    def values(self) -> tuple[Optional[int], str, list[str], Optional[int], date]:
        kinds = []
        if self.join.isChecked() and self.join.isEnabled():
            kinds.append(T.FOLLOWUP_JOIN)
        if self.train.isChecked() and self.train.isEnabled():
            kinds.append(T.FOLLOWUP_TRAIN)
        if self.other.text().strip():
            kinds.append(self.other.text().strip())
        return self.score.value() or None, self.comment.toPlainText(), kinds, self.owner.currentData(), self.due.date().toPython()


class PersonTrainingsWidget(QWidget):
    """A person's trainings (newest first) and the refreshes due; embeddable in a person page."""

    def __init__(self, context: AppContext, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("personTrainings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        names = topic_names(context.db)
        for t in T.person_trainings(context.db, person_id):
            text = f"{_fmt_dt(t.starts_at)}  {names.get(t.topic_id, t.topic)} — {STATUS_LABELS[t.status]()}"
            if t.refresh_due:
                text += "  · " + (tr("refresh due since {d}") if t.is_due else tr("refresh by {d}")).format(d=_fmt_date(t.refresh_due))
            item = QListWidgetItem(text)
            if t.is_due:
                item.setForeground(QBrush(QColor("#b03a2e")))
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(tr("No trainings yet."))


# =====================================================================  tabs
class SessionsTab(QWidget):
    def __init__(self, page: "TrainingsPage") -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.session: Optional[T.SessionDetail] = None
        # A trainer (on a committee server) runs their own sessions: attendance, walk-ins,
        # evaluations; planning sessions and registering people from the roster are the organizers'.
        self.planner = may(self.context.role, "plan_trainings")
        # The attendance keys' statuses not yet written, in the order typed: saved one at a time by
        # one background job (so a later key on the same row is never overtaken by an earlier
        # one) and laid over any reload of the list meanwhile (see mark and load_attendance).
        self._unsaved_lock = threading.Lock()
        self._unsaved: list[tuple[int, str]] = []  # (registration id, status)
        self._saving = False

        self.filter = QLineEdit()
        self.filter.setObjectName("sessionFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter sessions… (Ctrl+F)"))
        self.sessions_model = SessionsModel(parent=self)
        self.sessions, self.sessions_proxy = make_table(self.sessions_model, self, "sessionsTable")
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.sortByColumn(SessionsModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.filter.textChanged.connect(self.sessions_proxy.setFilterFixedString)
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_: self._session_selected())
        self.sessions.doubleClicked.connect(lambda _i: self.edit_session())
        new = QPushButton(self.tr("New session…"))
        new.setObjectName("newSession")
        new.setToolTip(self.tr("Ctrl+N"))
        new.clicked.connect(lambda: self.edit_session(new=True))
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(lambda: self.edit_session())
        delete = QPushButton(self.tr("Delete…"))
        delete.clicked.connect(self.delete_session)
        left = QWidget()
        lbar = QHBoxLayout()
        lbar.addWidget(new)
        lbar.addWidget(edit)
        lbar.addWidget(delete)
        lbar.addStretch(1)
        for planning in (new, edit, delete):
            planning.setVisible(self.planner)
        llayout = QVBoxLayout(left)
        llayout.setContentsMargins(0, 0, 0, 0)
        llayout.addWidget(self.filter)
        llayout.addLayout(lbar)
        llayout.addWidget(self.sessions, 1)

        self.title = QLabel(self.tr("Choose a session on the left."))
        self.title.setObjectName("sessionTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        self.counts.setObjectName("attendanceCounts")
        self.attendance_model = AttendanceModel(parent=self)
        self.attendance, self.attendance_proxy = make_table(self.attendance_model, self, "attendanceTable",
                                                            view=AttendanceView(self))
        self.attendance.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # by last name until a heading is clicked
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attendance.mark.connect(self.mark)
        self.attendance.doubleClicked.connect(lambda _i: self.evaluate())
        hint = QLabel(self.tr("Keys: A attended · N no-show · R registered (then the next row) · "
                              "E evaluation and follow-up · Delete removes"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid)")

        self.buttons: list[QPushButton] = []

        def button(text: str, slot, name: str, tip: str = "") -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _checked=False, s=slot: s())  # clicked(bool) must not reach slot
            if tip:
                b.setToolTip(tip)
            self.buttons.append(b)
            return b

        row1 = FlowLayout()  # wraps when the window is narrow (the Spanish labels are long)
        row1.addWidget(button(self.tr("Register people…"), self.add_people, "addPeople", self.tr("Ctrl+R")))
        row1.addWidget(button(self.tr("Walk-in…"), self.walk_in, "walkIn", self.tr("Ctrl+W")))
        row1.addWidget(button(self.tr("Evaluation / follow-up…"), self.evaluate, "evaluate", "E"))
        row1.addWidget(button(self.tr("Person's trainings…"), self.person_trainings, "personTrainings"))
        row1.addWidget(button(self.tr("Remove…"), self.remove, "removeRegistration"))
        row1.addWidget(button(self.tr("Print sign-in sheet…"), self.page.print_sign_in_preview, "printSignIn", self.tr("Ctrl+P")))
        row1.addWidget(button(self.tr("Sign-in sheet as PDF…"), self.page.print_sign_in, "saveSignInPdf"))
        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        rlayout.addWidget(self.title)
        rlayout.addWidget(self.details)
        rlayout.addWidget(self.counts)
        rlayout.addLayout(row1)
        rlayout.addWidget(self.attendance, 1)
        rlayout.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("sessionsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        em = self.fontMetrics().horizontalAdvance("M")
        splitter.setSizes([em * 34, em * 60])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.edit_session(new=True))
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.add_people)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.walk_in)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.page.print_sign_in_preview)
        QShortcut(QKeySequence(Qt.Key.Key_E), self.attendance, activated=self.evaluate)
        QShortcut(QKeySequence.StandardKey.Delete, self.attendance, activated=self.remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.sessions, activated=self.delete_session)
        if not self.planner:
            # the schedule, the roster, other sessions, removing a registration: not a trainer's
            for b in (new, edit, delete, *(self.findChild(QPushButton, name)
                                           for name in ("addPeople", "personTrainings", "removeRegistration"))):
                b.hide()
            hint.setText(self.tr("Keys: A attended · N no-show · R registered (then the next row) · "
                                 "E evaluation and follow-up"))
        # Columns this login may not read (a trainer on a committee server: names only) are not shown.
        db = self.context.db
        for column, readable in ((AttendanceModel.COL_PHONE, db.may_read("phones")),
                                 (AttendanceModel.COL_DEPARTMENT, db.may_read("people", "department_id")),
                                 (AttendanceModel.COL_SHIFT, db.may_read("people", "shift_id"))):
            self.attendance.setColumnHidden(column, not readable)
        self._enable()

    # ------------------------------------------------------------ sessions
    def reload(self, select_id: Optional[int] = None) -> None:
        keep = select_id if select_id is not None else (self.session.id if self.session else None)

        def loaded(rows):
            self.sessions_model.set_rows(rows)
            fit_columns(self.sessions)
            if keep is not None:
                self.select_session(keep)
            elif not rows:
                self._show(None)

        db = self.context.db
        self.context.run(lambda: localized_sessions(db, T.list_sessions(db)), loaded, lambda exc: show_error(self, exc))

    def select_session(self, session_id: int) -> None:
        for r in range(self.sessions_proxy.rowCount()):
            row = self.sessions_proxy.data(self.sessions_proxy.index(r, 0), ROW_ROLE)
            if row.id == session_id:
                self.sessions.selectRow(r)
                self.sessions.setCurrentIndex(self.sessions_proxy.index(r, 0))
                self._session_selected()
                return

    def _session_selected(self) -> None:
        row = current_row(self.sessions)
        if row is None:
            self._show(None)
            return
        try:
            detail = T.get_session(self.context.db, row.id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile
            show_error(self, exc)
            return
        self._show(detail)

    def _show(self, detail: Optional[T.SessionDetail]) -> None:
        self.session = detail
        if detail is None:
            self.title.setText(self.tr("Choose a session on the left."))
            self.details.clear()
            self.counts.clear()
            self.attendance_model.set_rows([])
        else:
            self.title.setText(T.session_label(topic_name(detail.topic, detail.topic_es), detail.data.starts_at))
            d = detail.data
            parts = [self.tr("Place: {p}").format(p=detail.place or "—"),
                     self.tr("Trainers: {t}").format(t=", ".join(n for _, n in detail.trainer_names) or "—")]
            if d.languages:
                parts.append(self.tr("Languages: {l}").format(l=languages_text(d.languages)))
            if d.capacity:
                parts.append(self.tr("Capacity: {n}").format(n=d.capacity))
            if d.materials:
                parts.append(self.tr("Materials: {m}").format(m="; ".join(d.materials.splitlines())))
            self.details.setText("  ·  ".join(parts))
            self.load_attendance()
        self._enable()

    def _enable(self) -> None:
        for b in self.buttons:
            b.setEnabled(self.session is not None)

    def edit_session(self, new: bool = False) -> None:
        if not self.planner:
            return
        detail = None if new else self.session
        if not new and detail is None:
            return
        dialog = SessionDialog(self.context, detail, self)
        saved: list[int] = []
        version = None if new else detail.version  # the one shown: refused if someone else saved since
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        while accepted:
            conflicts: list[errors.Conflict] = []

            def op() -> None:
                try:
                    saved.append(T.save_session(self.context.db, dialog.value(), None if new else detail.id, version=version))
                except errors.Conflict as exc:  # nothing written: the person chooses below
                    conflicts.append(exc)

            if not try_save(self, None, op):
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
                continue
            if conflicts:
                choice, version = self._session_conflict(dialog, conflicts[0], version)
                if choice == conflict.USE_THEIRS:
                    self.reload(select_id=detail.id)
                    break
                if choice == conflict.CANCEL:  # back to the edits
                    accepted = dialog.exec() == QDialog.DialogCode.Accepted
                continue  # KEEP_MINE: saved again at once, over their version
            self.reload(select_id=saved[0])
            break

    def _session_conflict(self, dialog: "SessionDialog", found: errors.Conflict, version: Optional[int]) -> tuple[str, Optional[int]]:
        """Someone else saved the session since it was shown: both versions, field by field, and
        the choice (modal). Returns (choice, the version to save with next)."""
        names = dialog.trainer_names()
        try:
            names.update(T.get_session(self.context.db, found.row_id).trainer_names)
        except errors.NotFound:
            pass
        rows = dialog.differences(found.current, dialog.value(), names)
        if not rows:
            return conflict.KEEP_MINE, found.version
        ask = conflict.ConflictDialog(QCoreApplication.translate("Errors", found.message), rows, self)
        ask.exec()
        return ask.choice, (found.version if ask.choice == conflict.KEEP_MINE else version)

    def delete_session(self) -> None:
        if not self.planner:
            return
        if self.session is None:
            return
        if not confirm(self, self.tr("Delete session"),
                        self.tr("Delete the session {s} with its %n registrations? This cannot be undone.", "",
                                self.attendance_model.rowCount()).format(s=self.session.label)):
            return
        T.delete_session(self.context.db, self.session.id)
        self.session = None
        self.reload()

    # ------------------------------------------------------------ attendance
    def load_attendance(self) -> None:
        if self.session is None:
            return
        with self._unsaved_lock:  # taken before the read: a status written after it is still here
            typed = dict(self._unsaved)
        rows = T.list_registrations(self.context.db, self.session.id)
        for row in rows:  # what the keys set and the background has not written yet
            row.status = typed.get(row.id, row.status)
        current = self.attendance.currentIndex()
        self.attendance_model.set_rows(rows)
        fit_columns(self.attendance)
        if rows:
            target = self.attendance_proxy.index(min(max(current.row(), 0), len(rows) - 1), 0)
            self.attendance.setCurrentIndex(target)
        self._update_counts()
        self._update_session_counts()

    def _update_counts(self) -> None:
        rows = self.attendance_model.rows
        att = sum(r.status == "attended" for r in rows)
        ns = sum(r.status == "no-show" for r in rows)
        text = self.tr("%n registered · {a} attended · {x} no-show · {w} walk-ins", "", len(rows)).format(
            a=att, x=ns, w=sum(r.walk_in for r in rows))
        if self.session and self.session.data.capacity and len(rows) > self.session.data.capacity:
            text += "  " + self.tr("(over capacity by {n})").format(n=len(rows) - self.session.data.capacity)
        self.counts.setText(text)

    def mark(self, row: T.RegistrationRow, status: str) -> None:
        """Show the new status at once, save it in the background."""
        if row is None or row.status == status:
            return
        row.status = status
        self.attendance_model.row_changed(self.attendance_model.rows.index(row))
        self._update_counts()
        self._update_session_counts()
        with self._unsaved_lock:
            self._unsaved.append((row.id, status))
            start, self._saving = not self._saving, True
        if start:
            self.context.run(self._save_statuses, None, self._statuses_failed)

    def _save_statuses(self) -> None:
        """Background: the typed statuses, oldest first, until none is left. Each leaves the
        list only once written, so a reload meanwhile still shows it (load_attendance)."""
        db = self.context.db
        while True:
            with self._unsaved_lock:
                if not self._unsaved:
                    self._saving = False
                    return
                registration, status = self._unsaved[0]
            try:
                T.set_status(db, [registration], status)
            except BaseException:
                with self._unsaved_lock:  # not written: the list shows what the database holds
                    self._unsaved.clear()
                    self._saving = False
                raise
            with self._unsaved_lock:
                self._unsaved.pop(0)

    def _statuses_failed(self, exc: BaseException) -> None:
        self.load_attendance()
        show_error(self, exc)

    def _update_session_counts(self) -> None:
        if self.session is None:
            return
        rows = self.attendance_model.rows
        for number, summary in enumerate(self.sessions_model.rows):
            if summary.id == self.session.id:
                summary.registered = len(rows)
                summary.attended = sum(r.status == "attended" for r in rows)
                summary.no_show = sum(r.status == "no-show" for r in rows)
                self.sessions_model.row_changed(number)
                return

    def add_people(self) -> None:
        if not self.planner:
            return
        if self.session is None:
            return
        dialog = AddPeopleDialog(self.context, self.session.data.place_workplace_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ids = dialog.person_ids()
        if not ids:
            return
        try:
            result = T.register_people(self.context.db, self.session.id, ids)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        message = self.tr("%n registered ({k} were already registered).", "", result.added).format(k=result.already)
        if result.over_capacity:
            message += " " + self.tr("The session is now over capacity by {n}.").format(n=result.over_capacity)
        self.context.status_message.emit(message)
        self.load_attendance()

    def walk_in(self) -> None:
        if self.session is None:
            return
        db, session_id = self.context.db, self.session.id
        dialog = WalkInDialog(self.context, lambda person: T.add_walk_in(db, session_id, person),
                              self.session.data.place_workplace_id, self)
        if dialog.run() is None:
            return
        self.load_attendance()

    def evaluate(self) -> None:
        row = current_row(self.attendance)
        if row is None or self.session is None:
            return
        dialog = EvaluationDialog(self.context, row, self.session.trainer_names, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        score, comment, kinds, owner, due = dialog.values()
        try:
            T.set_evaluation(self.context.db, row.id, score, comment)
            for kind in kinds:
                T.add_followup(self.context.db, row.person_id, kind, registration_id=row.id, owner_id=owner, due=due)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.load_attendance()

    def person_trainings(self) -> None:
        if not self.planner:
            return
        row = current_row(self.attendance)
        if row is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Trainings of {name}").format(name=row.name))
        layout = QVBoxLayout(dialog)
        layout.addWidget(PersonTrainingsWidget(self.context, row.person_id, dialog))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.resize(dialog.fontMetrics().horizontalAdvance("M") * 50, dialog.sizeHint().height())
        dialog.exec()

    def remove(self) -> None:
        if not self.planner:
            return
        rows = selected_rows(self.attendance)
        if not rows:
            return
        if not confirm(self, self.tr("Remove registration"),
                        self.tr("Remove %n people from this session? Their attendance and follow-ups here are deleted.", "", len(rows))):
            return
        T.unregister(self.context.db, [r.id for r in rows])
        self.load_attendance()


class TopicsTab(QWidget):
    def __init__(self, page: "TrainingsPage") -> None:
        super().__init__(page)
        self.context = page.context
        self.model = TopicsModel(parent=self)
        self.view, self.proxy = make_table(self.model, self, "topicsTable")
        self.view.sortByColumn(TopicsModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._describe())
        bar = QHBoxLayout()
        for text, slot, name in ((self.tr("New topic…"), lambda: self.edit(new=True), "newTopic"),
                                 (self.tr("Edit…"), self.edit, "editTopic"), (self.tr("Delete…"), self.delete, "deleteTopic")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _checked=False, s=slot: s())  # clicked(bool) must not reach slot
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.description)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.edit(new=True))
        QShortcut(QKeySequence.StandardKey.Delete, self.view, activated=self.delete)

    def reload(self) -> None:
        def loaded(rows):
            self.model.set_rows(rows)
            fit_columns(self.view)

        self.context.run(lambda: T.list_topics(self.context.db), loaded, lambda exc: show_error(self, exc))

    def _describe(self) -> None:
        row = current_row(self.view)
        if row is None:
            self.description.clear()
            return
        topic = T.get_topic(self.context.db, row.id)
        self.description.setText("\n".join(x for x in (topic.description, topic.description_es) if x))

    def edit(self, new: bool = False) -> None:
        row = None if new else current_row(self.view)
        if not new and row is None:
            return
        dialog = TopicDialog(None if new else T.get_topic(self.context.db, row.id), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if try_save(self, None, lambda: T.save_topic(self.context.db, dialog.value(), None if new else row.id)):
                break

    def delete(self) -> None:
        row = current_row(self.view)
        if row is None:
            return
        if not confirm(self, self.tr("Delete topic"), self.tr("Delete the topic {t}?").format(t=row.name)):
            return
        try:
            T.delete_topic(self.context.db, row.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return


class MySessionsTab(QWidget):
    """The trainer's log: their sessions with attendance counts, and open follow-ups."""

    def __init__(self, page: "TrainingsPage") -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.trainer = QComboBox()
        self.trainer.setObjectName("trainerChoice")
        self.trainer.currentIndexChanged.connect(lambda _i: self.reload_log())
        self.summary = QLabel()
        self.summary.setObjectName("trainerSummary")
        self.sessions_model = SessionsModel(parent=self)
        self.sessions, _ = make_table(self.sessions_model, self, "trainerSessions")
        self.sessions.sortByColumn(SessionsModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.sessions.doubleClicked.connect(self._open_session)
        self.followups_model = FollowupsModel(parent=self)
        self.followups, _ = make_table(self.followups_model, self, "trainerFollowups")
        self.followups.sortByColumn(FollowupsModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        done = QPushButton(self.tr("Mark follow-up done"))
        done.setObjectName("followupDone")
        done.clicked.connect(self.mark_done)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Trainer:")))
        top.itemAt(0).widget().setBuddy(self.trainer)
        top.addWidget(self.trainer, 1)
        top.addWidget(self.summary, 2)
        fbar = QHBoxLayout()
        fbar.addWidget(QLabel(self.tr("Open follow-ups")))
        fbar.addStretch(1)
        fbar.addWidget(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.sessions, 3)
        layout.addLayout(fbar)
        layout.addWidget(self.followups, 2)

    def reload(self) -> None:
        current = self.trainer.currentData()
        trainers = {pid: name for pid, name in T.trainer_candidates(self.context.db)}
        for total in T.trainer_totals(self.context.db):
            trainers.setdefault(total.person_id, total.name)
        self.trainer.blockSignals(True)
        self.trainer.clear()
        for pid, name in sorted(trainers.items(), key=lambda kv: kv[1].casefold()):
            self.trainer.addItem(name, pid)
        if current is None:  # "my" sessions: the trainer named like the app's user (Settings > Your name)
            me = fold(self.context.user_name.strip())
            current = next((pid for pid, name in trainers.items() if me and fold(name) == me), None)
        select_data(self.trainer, current)
        self.trainer.blockSignals(False)
        self.reload_log()

    def reload_log(self) -> None:
        pid = self.trainer.currentData()
        if pid is None:
            self.sessions_model.set_rows([])
            self.followups_model.set_rows([])
            self.summary.setText(self.tr("No trainers yet: give someone sessions or the trainer role."))
            return
        log = T.trainer_log(self.context.db, pid)
        self.sessions_model.set_rows(localized_sessions(self.context.db, log.sessions))
        self.followups_model.set_rows(localized_followups(self.context.db, log.open_followups))
        fit_columns(self.sessions)
        fit_columns(self.followups)
        self.summary.setText(self.tr("%n sessions · {r} registered · {a} attended · {f} open follow-ups", "",
                                     len(log.sessions)).format(r=log.registered, a=log.attended, f=len(log.open_followups)))

    def _open_session(self, index) -> None:
        row = self.sessions.model().data(index, ROW_ROLE)
        if row is not None:
            self.page.open_session(row.id)

    def mark_done(self) -> None:
        for row in selected_rows(self.followups):
            T.set_followup_done(self.context.db, row.id)
        self.reload_log()


def share_color(share: Optional[float]) -> Optional[str]:
    """Red (nobody trained) through amber to green (everyone)."""
    if share is None:
        return None
    stops = [(0.0, (0xF4, 0xC7, 0xC3)), (0.5, (0xFF, 0xE6, 0x99)), (1.0, (0xB7, 0xE1, 0xA1))]
    for (s0, c0), (s1, c1) in zip(stops, stops[1:]):
        if share <= s1:
            t = (share - s0) / (s1 - s0)
            return "#%02x%02x%02x" % tuple(round(a + (b - a) * t) for a, b in zip(c0, c1))
    return "#b7e1a1"


class CoverageModel(QAbstractTableModel):
    """Departments (rows, plus a total) x shifts (columns, plus a total): "trained/people (share)"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.coverage: Optional[T.Coverage] = None

    def set_coverage(self, coverage: Optional[T.Coverage]) -> None:
        self.beginResetModel()
        self.coverage = coverage
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.coverage else len(self.coverage.departments) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.coverage else len(self.coverage.shifts) + 1

    def keys(self, row: int, column: int) -> tuple:
        """(department id or ..., shift id or ...) where ... means "all" (the total row/column)."""
        c = self.coverage
        dept = c.departments[row][0] if row < len(c.departments) else ...
        shift = c.shifts[column][0] if column < len(c.shifts) else ...
        return dept, shift

    def cell(self, row: int, column: int) -> T.CoverageCell:
        dept, shift = self.keys(row, column)
        c = self.coverage
        if dept is ... and shift is ...:
            return c.total
        if dept is ...:
            return c.shift_total(shift)
        if shift is ...:
            return c.department_total(dept)
        return c.cell(dept, shift)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or not self.coverage:
            return None
        names = self.coverage.shifts if orientation == Qt.Orientation.Horizontal else self.coverage.departments
        if section < len(names):
            name = names[section][1]
            return QCoreApplication.translate("Errors", name) if names[section][0] is None else name
        return tr("All")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.coverage:
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if not cell.total:
                return "—"
            return f"{cell.trained}/{cell.total}  ({cell.share:.0%})"
        if role == Qt.ItemDataRole.BackgroundRole:
            color = share_color(cell.share)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and cell.total:
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (index.row() == len(self.coverage.departments)
                                                   or index.column() == len(self.coverage.shifts)):
            font = QCoreApplication.instance().font()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and cell.total:
            return tr("{u} not trained yet — click to list them").format(u=cell.total - cell.trained)
        return None


class CoverageTab(QWidget):
    def __init__(self, page: "TrainingsPage") -> None:
        super().__init__(page)
        self.context = page.context
        self.workplace = QComboBox()
        self.workplace.setObjectName("coverageWorkplace")
        self.topic = QComboBox()
        self.topic.setObjectName("coverageTopic")
        self.total = QLabel()
        self.total.setObjectName("coverageTotal")
        self.model = CoverageModel(parent=self)
        self.grid = QTableView()
        self.grid.setObjectName("coverageGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.clicked.connect(self.show_untrained)
        self.grid.selectionModel().currentChanged.connect(lambda index, _p: self.show_untrained(index))
        self.untrained_title = QLabel()
        self.untrained_model = UntrainedModel(parent=self)
        self.untrained, _ = make_table(self.untrained_model, self, "untrainedList")
        self.untrained.sortByColumn(UntrainedModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        top = QHBoxLayout()
        for label, combo in ((self.tr("&Workplace:"), self.workplace), (self.tr("&Topic:"), self.topic)):
            text = QLabel(label)
            text.setBuddy(combo)
            top.addWidget(text)
            top.addWidget(combo, 1)
        top.addWidget(self.total, 1)
        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        rlayout.addWidget(self.untrained_title)
        rlayout.addWidget(self.untrained, 1)
        left = QWidget()
        llayout = QVBoxLayout(left)
        llayout.setContentsMargins(0, 0, 0, 0)
        llayout.addWidget(self.grid, 1)
        legend = QLabel(self.tr("Each cell: trained / people (share). Red: nobody trained yet; green: everyone. "
                                "Click a cell to list who is not trained yet."))
        legend.setWordWrap(True)
        llayout.addWidget(legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.workplace.currentIndexChanged.connect(lambda _i: self.recompute())
        self.topic.currentIndexChanged.connect(lambda _i: self.recompute())

    def reload(self) -> None:
        for combo, items in ((self.workplace, organization_workplaces(self.context)),
                             (self.topic, topic_items(self.context.db))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            select_data(combo, current)
            combo.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        wp, topic = self.workplace.currentData(), self.topic.currentData()
        if wp is None or topic is None:
            self.model.set_coverage(None)
            self.untrained_model.set_rows([])
            self.total.setText(self.tr("Choose a workplace and a topic."))
            return

        def done(cov: T.Coverage) -> None:
            if (self.workplace.currentData(), self.topic.currentData()) != (wp, topic):
                return  # the choice changed meanwhile
            self.model.set_coverage(cov)
            self.untrained_model.departments = {d: n for d, n in cov.departments}
            self.untrained_model.shifts = {s: n for s, n in cov.shifts}
            total = cov.total
            self.total.setText(self.tr("{t} of {n} trained ({p:.0%})").format(
                t=total.trained, n=total.total, p=total.share or 0))
            self.grid.resizeRowsToContents()
            self.show_untrained(self.model.index(len(cov.departments), len(cov.shifts)))

        self.context.run(lambda: T.coverage(self.context.db, wp, topic), done, lambda exc: show_error(self, exc))

    def show_untrained(self, index) -> None:
        cov = self.model.coverage
        if cov is None or not index.isValid():
            return
        dept, shift = self.model.keys(index.row(), index.column())
        rows = cov.untrained_in(dept, shift)
        self.untrained_model.set_rows(rows)
        fit_columns(self.untrained)
        where = " × ".join(str(self.model.headerData(i, o)) for i, o, k in
                           ((index.row(), Qt.Orientation.Vertical, dept), (index.column(), Qt.Orientation.Horizontal, shift))
                           if k is not ...) or self.tr("the whole workplace")
        self.untrained_title.setText(self.tr("Not trained yet in {where}: {n}").format(where=where, n=len(rows)))


# =====================================================================  the page
class TrainingsPage(QWidget):
    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setObjectName("trainingsTabs")
        self.sessions_tab = SessionsTab(self)
        self.topics_tab = TopicsTab(self)
        self.my_tab = MySessionsTab(self)
        self.coverage_tab = CoverageTab(self)
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        # A trainer sees their sessions alone (the rest reads the whole roster and every session).
        self.planner = may(context.role, "plan_trainings")
        if self.planner:
            self.tabs.addTab(self.my_tab, self.tr("My sessions"))
            self.tabs.addTab(self.coverage_tab, self.tr("Coverage"))
            self.tabs.addTab(self.topics_tab, self.tr("Topics"))
        else:
            for tab in (self.my_tab, self.coverage_tab, self.topics_tab):
                tab.hide()
        report = QPushButton(self.tr("Training report…"))
        report.setObjectName("trainingReport")
        report.setToolTip(self.tr("Excel workbook: sessions, attendance, coverage, trainer totals"))
        report.clicked.connect(lambda: self.training_report())
        print_report = QPushButton(self.tr("Print report…"))
        print_report.setObjectName("printTrainingReport")
        print_report.setToolTip(self.tr("The training report on paper: print preview, then the print dialog"))
        print_report.clicked.connect(lambda: self.print_report())
        report_pdf = QPushButton(self.tr("Report as PDF…"))
        report_pdf.setObjectName("saveTrainingReportPdf")
        report_pdf.clicked.connect(lambda: self.report_pdf())
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        for button in (report, print_report, report_pdf):
            corner_row.addWidget(button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        corner.setVisible(self.planner)  # the reports read every session and the whole roster
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        context.data_changed.connect(self._changed)
        self._stale = set()
        self._progress: Optional[QProgressDialog] = None
        T.ensure_starter_topics(context.db)
        self.refresh()

    def refresh(self) -> None:
        """Called when the section is shown."""
        self._stale = {0, 1, 2, 3}
        self._refresh_tab()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.sessions_tab)
        self.sessions_tab.filter.setFocus()
        self.sessions_tab.filter.selectAll()

    def _refresh_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._stale:
            self._stale.discard(index)
            self.tabs.widget(index).reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SESSIONS, Kind.REGISTRATIONS, Kind.PEOPLE, Kind.WORKPLACES, Kind.COMMITTEES):
            self._stale = {0, 1, 2, 3}
            if changes.kinds <= {Kind.REGISTRATIONS, Kind.AUDIT} and not changes.elsewhere:
                # This app writes registrations only from the sessions tab, which already shows them
                # (a status key, Register, Walk-in, Remove: SessionsTab.mark / load_attendance);
                # another app's (on the committee server) are not shown yet.
                self._stale.discard(self.tabs.indexOf(self.sessions_tab))
            self._refresh_tab()

    def open_session(self, session_id: int) -> None:
        self.tabs.setCurrentWidget(self.sessions_tab)
        self.sessions_tab.select_session(session_id)

    # ------------------------------------------------------------ files
    def _ask_path(self, purpose: str, suggested: str, filter_text: str) -> Optional[Path]:
        folder = self.context.settings.last_folder(purpose)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path(folder) / suggested), filter_text)
        if not name:
            return None
        self.context.settings.set_last_folder(purpose, Path(name).parent)
        return Path(name)

    def _run_file_job(self, label: str, work, done_text: str) -> None:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("trainingsProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        self._progress = progress

        def finished(result) -> None:
            progress.close()
            self.context.status_message.emit(done_text)
            self.last_result = result

        def failed(exc: BaseException) -> None:
            progress.close()

            if not isinstance(exc, Cancelled):
                show_error(self, exc)

        job = self.context.run(work, finished, failed, with_progress=True)
        job.progressed.connect(lambda d, t: (progress.setMaximum(t), progress.setValue(d)))
        progress.canceled.connect(job.cancel)
        self.last_job = job

    def print_sign_in(self, path: Optional[Path] = None) -> None:
        session = self.sessions_tab.session
        if session is None:
            return
        if path is None:
            topic = topic_name(session.topic, session.topic_es)
            safe = "".join(ch if ch.isalnum() else "-" for ch in topic.lower()).strip("-")[:40]
            suggested = safe_file_name(self.tr("sign-in-{topic}-{date}.pdf").format(
                topic=safe, date=f"{session.data.starts_at:%Y-%m-%d}"), "sign-in.pdf")
            path = self._ask_path("sign-in", suggested, self.tr("PDF (*.pdf)"))
            if path is None:
                return
        from reports.trainings.sign_in import write_sign_in  # lazy: reportlab loads only when printing

        sid, language = session.id, ui_language()  # the topic's Spanish name first in Spanish
        self._run_file_job(self.tr("Writing the sign-in sheet…"),
                           lambda progress: write_sign_in(self.context.db, sid, path, progress=progress,
                                                          topic_language=language),
                           self.tr("Sign-in sheet saved: {p}").format(p=path))

    def print_sign_in_preview(self) -> None:
        """Print…: the sign-in sheet in the print preview (the system print dialog from there)."""
        session = self.sessions_tab.session
        if session is None:
            return
        # lazy: reportlab loads only when printing
        from reports.trainings.sign_in import write_sign_in

        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        sid, language, db = session.id, ui_language(), self.context.db
        print_with_preview(self, self.context, lambda path: write_sign_in(db, sid, path, topic_language=language),
                           self.tr("Sign-in sheet"))

    def report_labels(self):
        """The words in the training report, translated (reports/ has no Qt; the CLI writes English)."""
        # lazy: openpyxl loads only when a workbook is written
        from reports.trainings.workbook import TrainingReportLabels

        return TrainingReportLabels(
            sheets=(self.tr("Sessions"), self.tr("Attendance"), self.tr("Coverage"), self.tr("Trainers")),
            session_headers=(self.tr("Session ID"), self.tr("Topic"), self.tr("Starts"), self.tr("Place"),
                             self.tr("Languages"), self.tr("Trainers"), self.tr("Capacity"), self.tr("Registered"),
                             self.tr("Attended"), self.tr("No-show"), self.tr("Walk-ins"), self.tr("Attendance rate")),
            attendance_headers=(self.tr("Session ID"), self.tr("Session"), self.tr("Starts"), self.tr("Topic"),
                                self.tr("Person ID"), self.tr("Name"), self.tr("Workplace"), self.tr("Department"),
                                self.tr("Shift"), self.tr("Status"), self.tr("Walk-in"), self.tr("Evaluation (1-5)"),
                                self.tr("Comment")),
            coverage_headers=(self.tr("Topic"), self.tr("Workplace"), self.tr("Department"), self.tr("Shift"),
                              self.tr("People"), self.tr("Trained"), self.tr("Share trained")),
            trainer_headers=(self.tr("Trainer"), self.tr("Person ID"), self.tr("Sessions"), self.tr("Registered"),
                             self.tr("Attended"), self.tr("No-show")),
            statuses={code: text() for code, text in STATUS_LABELS.items()},
            yes=self.tr("yes"), chart_title=self.tr("People trained per trainer (attended)"),
            chart_y=self.tr("Attended"), chart_x=self.tr("Trainer"), chart_sheet=self.tr("Chart", "sheet name"),
            confidential=self.tr("Confidential — shred after use"), page=self.tr("Page {page} of {pages}"),
            title=self.tr("Training report"),
            generated=self.tr("Made with Committee Desk on {when}. Confidential: contains personal data."),
            continued=self.tr("{heading} (continued)"))

    def _report_pdf_writer(self):
        from reports.trainings.pdf import write_training_pdf  # lazy: reportlab and openpyxl load only when printing

        db, labels, language = self.context.db, self.report_labels(), ui_language()
        return lambda path, progress=None: write_training_pdf(db, path, labels=labels, topic_language=language,
                                                              progress=progress)

    def print_report(self) -> None:
        """Print report…: the training report's PDF in the print preview."""
        from ui.widgets.printing import print_with_preview  # lazy: QtPrintSupport loads only when printing

        print_with_preview(self, self.context, self._report_pdf_writer(), self.tr("Training report"))

    def report_pdf(self) -> None:
        """Report as PDF…: the training report's PDF, where the person says."""
        from ui.widgets.printing import save_pdf  # lazy: QtPrintSupport loads only when printing

        suggested = safe_file_name(self.tr("trainings-{date}.pdf").format(date=f"{date.today():%Y-%m-%d}"), "trainings.pdf")
        save_pdf(self, self.context, self._report_pdf_writer(), suggested, "reports", self.tr("Writing the training report…"))

    def training_report(self, path: Optional[Path] = None) -> None:
        if path is None:
            suggested = safe_file_name(self.tr("trainings-{date}.xlsx").format(date=f"{date.today():%Y-%m-%d}"),
                                       "trainings.xlsx")
            path = self._ask_path("reports", suggested, self.tr("Excel workbook (*.xlsx)"))
            if path is None:
                return
        # lazy: openpyxl loads only when a workbook is written
        from reports.trainings.workbook import write_training_report

        labels, language = self.report_labels(), ui_language()  # topics by their Spanish names in Spanish
        self._run_file_job(self.tr("Writing the training report…"),
                           lambda progress: write_training_report(self.context.db, path, progress=progress,
                                                                  labels=labels, topic_language=language),
                           self.tr("Training report saved: {p}").format(p=path))


def _title() -> str:
    return QCoreApplication.translate("Sections", "Trainings")


SECTION = SectionSpec("trainings", _title, lambda context: TrainingsPage(context))
