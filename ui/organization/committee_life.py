"""The committee page: members by role, next meeting, open tasks and attendance history; meetings
(date, place, agenda, minutes, attendance checkboxes for the members plus guests) and follow-up
tasks (owner, due date, done). Opened from the Committees section ("Committee page…")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from PySide6.QtCore import QDate, QDateTime, Qt, QT_TRANSLATE_NOOP, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.organization import committee_life as CL
from models.core.changes import Changes, Kind

from ui.widgets import labels
from ui.context import AppContext
from ui.widgets.forms import error_label, save_cancel, try_save
from ui.widgets.messages import show_error
from ui.widgets.person_picker import PersonPickerDialog
from ui.widgets.table import Column, RowsTableModel, make_table, selected_rows



def _fmt_dt(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CommitteePageDialog(QDialog):
    """One committee's page, with Overview, Meetings and Tasks tabs."""

    MEETING_COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Date"), lambda m: _fmt_dt(m.starts_at), lambda m: m.starts_at),
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Place"), lambda m: m.place),
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Members present"),
               lambda m: f"{m.members_present} / {m.members_total}", lambda m: m.members_present, True),
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Guests"), lambda m: m.guests, None, True),
    )
    TASK_COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Done"), lambda t: "✓" if t.done else "", lambda t: t.done),
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Task"), lambda t: t.title),
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Owner"), lambda t: t.owner_name),
        Column(QT_TRANSLATE_NOOP("CommitteePage", "Due"), lambda t: t.due_on.isoformat() if t.due_on else "",
               lambda t: t.due_on or date.max),
    )

    def __init__(self, context: AppContext, committee_id: int, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.committee_id = committee_id
        self.page: Optional[CL.CommitteePage] = None
        self.setObjectName("committeePage")
        self.setWindowTitle(self.tr("Committee page"))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("committeeTabs")

        # overview
        self.overview = QTextBrowser()
        self.overview.setObjectName("overview")
        self.overview.setOpenLinks(False)
        self.tabs.addTab(self.overview, self.tr("Overview"))

        # meetings
        self.meetings_model = RowsTableModel(self.MEETING_COLUMNS, "CommitteePage", self)
        self.meetings_view, self.meetings_proxy = make_table(self.meetings_model, self, "meetingsTable")
        self.meetings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.meetings_view.doubleClicked.connect(lambda _i: self.edit_meeting())
        new_meeting = QPushButton(self.tr("New meeting…"))
        new_meeting.setObjectName("newMeeting")
        new_meeting.clicked.connect(lambda: self.open_meeting(None))
        edit_meeting = QPushButton(self.tr("Open"))
        edit_meeting.clicked.connect(self.edit_meeting)
        delete_meeting = QPushButton(self.tr("Delete…"))
        delete_meeting.clicked.connect(self.delete_meeting)
        meetings = QWidget()
        ml = QVBoxLayout(meetings)
        mb = QHBoxLayout()
        for b in (new_meeting, edit_meeting, delete_meeting):
            mb.addWidget(b)
        mb.addStretch(1)
        ml.addLayout(mb)
        ml.addWidget(self.meetings_view, 1)
        self.tabs.addTab(meetings, self.tr("Meetings"))

        # tasks
        self.tasks_model = RowsTableModel(self.TASK_COLUMNS, "CommitteePage", self)
        self.tasks_view, self.tasks_proxy = make_table(self.tasks_model, self, "tasksTable")
        self.tasks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks_view.doubleClicked.connect(lambda _i: self.edit_task())
        new_task = QPushButton(self.tr("New task…"))
        new_task.setObjectName("newTask")
        new_task.clicked.connect(lambda: self.open_task(None))
        edit_task = QPushButton(self.tr("Open"))
        edit_task.clicked.connect(self.edit_task)
        self.toggle_done = QPushButton(self.tr("Mark done / not done"))
        self.toggle_done.setObjectName("toggleDone")
        self.toggle_done.setToolTip(self.tr("Ctrl+D"))
        self.toggle_done.clicked.connect(self.toggle_task)
        delete_task = QPushButton(self.tr("Delete…"))
        delete_task.clicked.connect(self.delete_task)
        self.show_done = QCheckBox(self.tr("Show done tasks"))
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(lambda _on: self.reload())
        tasks = QWidget()
        tl = QVBoxLayout(tasks)
        tb = QHBoxLayout()
        for b in (new_task, edit_task, self.toggle_done, delete_task):
            tb.addWidget(b)
        tb.addStretch(1)
        tb.addWidget(self.show_done)
        tl.addLayout(tb)
        tl.addWidget(self.tasks_view, 1)
        self.tabs.addTab(tasks, self.tr("Tasks"))
        QShortcut(QKeySequence("Ctrl+D"), tasks, activated=self.toggle_task)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._new_in_tab)
        context.data_changed.connect(self._changed)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 36)
        self.reload()

    # ------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.COMMITTEE_LIFE, Kind.COMMITTEES, Kind.PEOPLE):
            self.reload()

    def _new_in_tab(self) -> None:
        if self.tabs.currentIndex() == 2:
            self.open_task(None)
        else:
            self.open_meeting(None)

    def reload(self) -> None:
        cid, db, show_done = self.committee_id, self.context.db, self.show_done.isChecked()

        def load():
            return CL.committee_page(db, cid), CL.list_meetings(db, cid), CL.list_tasks(db, cid, open_only=not show_done)

        self.context.run(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result) -> None:
        page, meetings, tasks = result
        self.page = page
        self.setWindowTitle(self.tr("Committee page: {name}").format(name=page.name))
        self.title.setText(page.name)
        self.meetings_model.set_rows(meetings)
        self.tasks_model.set_rows(tasks)
        for view in (self.meetings_view, self.tasks_view):
            view.resizeColumnsToContents()
        self.overview.setHtml(self.overview_html(page))

    def overview_html(self, page: CL.CommitteePage) -> str:
        # Every text is a literal self.tr() outside any f-string, so lupdate files it under this class.
        def heading(text: str) -> str:
            return f"<h3>{_esc(text)}</h3>"

        def para(text: str, style: str = "") -> str:
            return (f"<p style='{style}'>" if style else "<p>") + _esc(text) + "</p>"

        summary = [_esc(labels.label(labels.COMMITTEE_KINDS, page.kind))]
        summary += [_esc(x) for x in (page.workplace, page.union_local) if x]
        summary.append(_esc(self.tr("%n active members", "", page.active_members)))
        parts = ["<p>" + " · ".join(summary) + "</p>", heading(self.tr("Next meeting"))]
        if page.next_meeting:
            m = page.next_meeting
            parts.append(f"<p><b>{_fmt_dt(m.starts_at)}</b> {_esc(m.place)}</p>")
        else:
            parts.append(para(self.tr("None planned yet.")))
        parts.append(heading(self.tr("Members by role")))
        history = len(page.history)
        for role, members in page.members_by_role.items():
            names = ", ".join(
                _esc(m.name) + (f" <span style='color:#666'>({m.meetings_attended}/{history})</span>" if history else "")
                for m in members)
            parts.append(f"<p><b>{_esc(labels.label(labels.ROLES, role))}:</b> {names}</p>")
        if history:
            parts.append(para(self.tr("(n/m) = meetings attended of the last %n.", "", history), "color:#666"))
        parts.append(heading(self.tr("Open tasks")))
        if page.open_tasks:
            parts.append("<ul>")
            for t in page.open_tasks:
                due = ""
                if t.due_on:
                    style = "color:#b00020; font-weight:bold" if t.overdue() else ""
                    due_text = _esc(self.tr("due {date}").format(date=t.due_on.isoformat()))
                    due = f" — <span style='{style}'>{due_text}</span>"
                owner = f" ({_esc(t.owner_name)})" if t.owner_name else ""
                parts.append(f"<li>{_esc(t.title)}{owner}{due}</li>")
            parts.append("</ul>")
        else:
            parts.append(para(self.tr("No open tasks.")))
        parts.append(heading(self.tr("Attendance history")))
        if page.history:
            parts.append("<table cellpadding='3'>")
            for m in page.history:
                share = m.attendance_share or 0
                bar = "█" * round(share * 20) + "░" * (20 - round(share * 20))
                present = self.tr("{present} of %n members", "", m.members_total).format(present=m.members_present)
                if m.guests:
                    present += self.tr("; guests: {n}").format(n=m.guests)
                parts.append(f"<tr><td>{_fmt_dt(m.starts_at)}</td><td style='color:#1a7a3a'>{bar}</td>"
                             f"<td>{_esc(present)}</td></tr>")
            parts.append("</table>")
        else:
            parts.append(para(self.tr("No meetings held yet.")))
        return "".join(parts)

    # meetings -----------------------------------------------------------
    def _selected(self, view: QTableView):
        rows = selected_rows(view)
        return rows[0] if rows else None

    def open_meeting(self, meeting_id: Optional[int]) -> None:
        dialog = MeetingDialog(self.context, self.committee_id, meeting_id, self)
        dialog.open()
        self.last_dialog = dialog

    def edit_meeting(self) -> None:
        row = self._selected(self.meetings_view)
        if row:
            self.open_meeting(row.id)

    def delete_meeting(self) -> None:
        row = self._selected(self.meetings_view)
        if row is None:
            return
        if QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the meeting of {date} and its attendance?").format(
                date=_fmt_dt(row.starts_at))) != QMessageBox.StandardButton.Yes:
            return
        CL.delete_meeting(self.context.db, row.id)

    # tasks ------------------------------------------------------------------
    def open_task(self, task: Optional[CL.TaskRow]) -> None:
        dialog = TaskDialog(self.context, self.committee_id, task, self)
        dialog.open()
        self.last_dialog = dialog

    def edit_task(self) -> None:
        row = self._selected(self.tasks_view)
        if row:
            self.open_task(row)

    def toggle_task(self) -> None:
        row = self._selected(self.tasks_view)
        if row is None:
            return
        CL.set_task_done(self.context.db, row.id, not row.done)

    def delete_task(self) -> None:
        row = self._selected(self.tasks_view)
        if row is None:
            return
        if QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the task “{title}”?").format(title=row.title)) \
                != QMessageBox.StandardButton.Yes:
            return
        CL.delete_task(self.context.db, row.id)


class MeetingDialog(QDialog):
    """Date, place, agenda, minutes; attendance: a checkbox per member, plus guests."""

    def __init__(self, context: AppContext, committee_id: int, meeting_id: Optional[int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.committee_id = committee_id
        self.meeting_id = meeting_id
        self.setObjectName("meetingDialog")
        detail = CL.get_meeting(context.db, meeting_id) if meeting_id else None
        self.setWindowTitle(self.tr("Meeting") if detail else self.tr("New meeting"))
        when = detail.starts_at if detail else datetime.now().replace(hour=18, minute=0, second=0, microsecond=0)
        self.when = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)))
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit(detail.place if detail else "")
        self.place.setObjectName("place")
        self.agenda = QPlainTextEdit(detail.agenda if detail else "")
        self.agenda.setObjectName("agenda")
        self.agenda.setTabChangesFocus(True)
        self.minutes = QPlainTextEdit(detail.minutes if detail else "")
        self.minutes.setObjectName("minutes")
        self.minutes.setTabChangesFocus(True)

        present = {a.person_id for a in detail.attendees if a.person_id} if detail else set()
        self.attendance = QListWidget()
        self.attendance.setObjectName("attendance")
        member_ids = set()
        for pid, name in CL.member_choices(context.db, committee_id, when.date()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in present else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
            member_ids.add(pid)
        # roster guests (not members) stay listed, checked
        for a in detail.attendees if detail else []:
            if a.person_id and a.person_id not in member_ids:
                self._add_roster_guest(a.person_id, a.name)
        add_guest = QPushButton(self.tr("Add a guest from the roster…"))
        add_guest.setObjectName("addRosterGuest")
        add_guest.clicked.connect(self.pick_guests)
        self.guests = QPlainTextEdit("\n".join(a.name for a in detail.attendees if not a.person_id) if detail else "")
        self.guests.setObjectName("guests")
        self.guests.setPlaceholderText(self.tr("Guests not on the roster, one per line"))
        self.guests.setTabChangesFocus(True)
        self.guests.setMaximumHeight(self.fontMetrics().height() * 5)

        self.error = error_label()
        buttons = save_cancel(self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Date and time:"), self.when)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Agenda:"), self.agenda)
        form.addRow(self.tr("Minutes:"), self.minutes)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Present (members and roster guests):")))
        right.addWidget(self.attendance, 1)
        right.addWidget(add_guest)
        right.addWidget(QLabel(self.tr("Other guests:")))
        right.addWidget(self.guests)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)

    def _add_roster_guest(self, pid: int, name: str) -> None:
        item = QListWidgetItem(self.tr("{name} (guest)").format(name=name))
        item.setData(Qt.ItemDataRole.UserRole, pid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.attendance.addItem(item)

    def pick_guests(self) -> None:
        picker = PersonPickerDialog(self.context, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        listed = {self.attendance.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attendance.count())}
        for pid, name in picker.chosen():
            if pid not in listed:
                self._add_roster_guest(pid, name)

    def value(self) -> CL.MeetingInput:
        ids = [self.attendance.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attendance.count())
               if self.attendance.item(i).checkState() == Qt.CheckState.Checked]
        return CL.MeetingInput(self.committee_id, self.when.dateTime().toPython(), self.place.text(),
                               self.agenda.toPlainText(), self.minutes.toPlainText(), ids,
                               self.guests.toPlainText().splitlines())

    def save(self) -> None:
        def op() -> None:
            self.meeting_id = CL.save_meeting(self.context.db, self.value(), self.meeting_id)

        if try_save(self, self.error, op):
            self.accept()


class TaskDialog(QDialog):
    def __init__(self, context: AppContext, committee_id: int, task: Optional[CL.TaskRow], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.committee_id = committee_id
        self.task = task
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("Task") if task else self.tr("New task"))
        self.title = QLineEdit(task.title if task else "")
        self.title.setObjectName("taskTitle")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("(nobody yet)"), None)
        for pid, name in CL.member_choices(context.db, committee_id):
            self.owner.addItem(name, pid)
        if task and task.owner_person_id:
            if self.owner.findData(task.owner_person_id) < 0:
                self.owner.addItem(task.owner_name, task.owner_person_id)
            self.owner.setCurrentIndex(self.owner.findData(task.owner_person_id))
        self.due = QDateEdit()
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(QDate(1900, 1, 1))
        self.due.setSpecialValueText(self.tr("no date"))
        due = task.due_on if task else None
        self.due.setDate(QDate(due.year, due.month, due.day) if due else self.due.minimumDate())
        self.done_box = QCheckBox(self.tr("Done"))
        self.done_box.setObjectName("done")
        self.done_box.setChecked(bool(task and task.done))
        self.notes = QPlainTextEdit(task.notes if task else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.error = error_label()
        buttons = save_cancel(self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Task:"), self.title)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow("", self.done_box)
        form.addRow(self.tr("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def value(self) -> CL.TaskInput:
        due = None if self.due.date() == self.due.minimumDate() else self.due.date().toPython()
        return CL.TaskInput(self.committee_id, self.title.text(), self.owner.currentData(), due, self.done_box.isChecked(),
                            self.notes.toPlainText(), self.task.meeting_id if self.task else None)

    def save(self) -> None:
        if try_save(self, self.error, lambda: CL.save_task(self.context.db, self.value(), self.task.id if self.task else None)):
            self.accept()


__all__ = ["CommitteePageDialog", "MeetingDialog", "TaskDialog"]
