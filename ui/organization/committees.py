"""Committees: list and editor (kind, workplace, local, members with roles and joined/left dates)."""

from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QCoreApplication, QDate, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.organization import structure as organization
from models.roster import people as roster
from models.core.changes import Kind
from models.core.entities import COMMITTEE_KINDS, COMMITTEE_ROLES
from models.organization.structure import CommitteeInput, MemberRow

from ui.widgets import conflict, labels
from ui.context import AppContext
from ui.widgets.forms import error_label, save_cancel
from ui.widgets.list_page import ListPage
from ui.widgets.person_picker import PersonPickerDialog
from ui.sections import SectionSpec
from ui.widgets.table import Column


class CommitteesPage(ListPage):
    translation_context = "Committees"
    change_kinds = (Kind.COMMITTEES, Kind.PEOPLE, Kind.WORKPLACES)
    columns = (
        Column(QT_TRANSLATE_NOOP("Committees", "Name"), lambda c: c.name),
        Column(QT_TRANSLATE_NOOP("Committees", "Kind"), lambda c: labels.label(labels.COMMITTEE_KINDS, c.kind)),
        Column(QT_TRANSLATE_NOOP("Committees", "Workplace"), lambda c: c.workplace),
        Column(QT_TRANSLATE_NOOP("Committees", "Union local"), lambda c: c.union_local),
        Column(QT_TRANSLATE_NOOP("Committees", "Active members"), lambda c: c.active_members, None, True),
    )

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(context, parent)
        self.page_button = self.add_row_action(
            self.tr("Committee page…"), self.tr("Members by role, meetings, tasks and attendance"),
            "Ctrl+Shift+O", "committeePageButton", self._committee_page)

    def _committee_page(self, row) -> QWidget:
        """The committee page (ui/organization/committee_life.py) of the selected committee."""
        # lazy: the committee page (~13 ms) loads when opened; every page module loads at start
        from .committee_life import CommitteePageDialog

        self.committee_page = CommitteePageDialog(self.context, row.id, self)
        return self.committee_page

    def load(self):
        return organization.list_committees(self.context.db)

    def open_editor(self, row) -> None:
        dialog = CommitteeDialog(self.context, row.id if row else None, self)
        dialog.open()

    def delete_rows(self, rows) -> None:
        for row in rows:
            organization.delete_committee(self.context.db, row.id)

    def describe(self, row) -> str:
        return row.name


class CommitteeDialog(QDialog):
    PERSON, ROLE, JOINED, LEFT = range(4)

    def __init__(self, context: AppContext, committee_id: Optional[int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.committee_id = committee_id
        self.setObjectName("committeeDialog")
        data = organization.get_committee(context.db, committee_id) if committee_id else CommitteeInput()
        self.version = data.version  # a save refuses it if someone else saved since (errors.Conflict)
        self.setWindowTitle(data.name or self.tr("New committee"))
        self.members: list[MemberRow] = list(data.members)

        self.name = QLineEdit(data.name)
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in COMMITTEE_KINDS:
            self.kind.addItem(labels.label(labels.COMMITTEE_KINDS, code), code)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.workplace = QComboBox()
        self.workplace.setObjectName("workplace")
        self.workplace.addItem(self.tr("(the whole local)"), None)
        for wid, wname in roster.workplace_choices(context.db):
            self.workplace.addItem(wname, wid)
        if data.workplace_id:
            self.workplace.setCurrentIndex(max(0, self.workplace.findData(data.workplace_id)))
        self.local = QLineEdit(data.union_local)
        self.local.setObjectName("unionLocal")
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("membersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role"), self.tr("Joined"), self.tr("Left")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(self.PERSON, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for member in self.members:
            self._append_row(member)
        add = QPushButton(self.tr("Add members…"))
        add.setObjectName("addMembers")
        add.clicked.connect(self.add_members)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setObjectName("removeMembers")
        remove.clicked.connect(self.remove_selected)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(add)
        member_buttons.addWidget(remove)
        member_buttons.addStretch(1)
        hint = QLabel(self.tr("Someone who steps down keeps their history: set the date they left instead of removing them."))
        hint.setWordWrap(True)

        self.error = error_label()
        buttons = save_cancel(self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Workplace:"), self.workplace)
        form.addRow(self.tr("Union local:"), self.local)
        form.addRow(self.tr("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Members:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(member_buttons)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 36)

    def _date_edit(self, value: Optional[date], allow_empty: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        if allow_empty:
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setSpecialValueText(self.tr("—"))
        edit.setDate(QDate(value.year, value.month, value.day) if value else (edit.minimumDate() if allow_empty else QDate.currentDate()))
        return edit

    def _append_row(self, member: MemberRow) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(member.person_name)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, self.PERSON, item)
        role = QComboBox()
        for code in COMMITTEE_ROLES:
            role.addItem(labels.label(labels.ROLES, code), code)
        role.setCurrentIndex(role.findData(member.role))
        self.table.setCellWidget(row, self.ROLE, role)
        self.table.setCellWidget(row, self.JOINED, self._date_edit(member.joined_on, allow_empty=False))
        self.table.setCellWidget(row, self.LEFT, self._date_edit(member.left_on, allow_empty=True))

    def add_members(self) -> None:
        picker = PersonPickerDialog(self.context, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        present = {(m.person_id, m.role) for m in self._collect()}
        for pid, name in picker.chosen():
            if (pid, "member") not in present:
                member = MemberRow(None, pid, name, "member", date.today(), None)
                self.members.append(member)
                self._append_row(member)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self.members[row]

    def _collect(self) -> list[MemberRow]:
        result = []
        for row, member in enumerate(self.members):
            role = self.table.cellWidget(row, self.ROLE).currentData()
            joined = self.table.cellWidget(row, self.JOINED).date().toPython()
            left_edit = self.table.cellWidget(row, self.LEFT)
            left = None if left_edit.date() == left_edit.minimumDate() else left_edit.date().toPython()
            result.append(MemberRow(member.id, member.person_id, member.person_name, role, joined, left))
        return result

    def value(self) -> CommitteeInput:
        return CommitteeInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            workplace_id=self.workplace.currentData(),
            union_local=self.local.text(),
            notes=self.notes.toPlainText(),
            members=self._collect(),
        )

    def save(self) -> None:
        data = self.value()

        def op(version: Optional[int]) -> None:
            self.committee_id = organization.save_committee(self.context.db, data, self.committee_id, version=version)

        conflict.save_checked(self, self.error, op, self.version, lambda c: self.differences(c.current, data),
                              self.accept, self.reopen)

    def differences(self, theirs: CommitteeInput, mine: CommitteeInput) -> list[tuple[str, str, str]]:
        """The fields where someone else's saved committee and this form differ, in words."""
        def workplace(wid: Optional[int]) -> str:
            return self.workplace.itemText(max(0, self.workplace.findData(wid))) if wid else self.workplace.itemText(0)

        def members(rows: list[MemberRow]) -> list[str]:
            return sorted(f"{m.person_name} ({labels.label(labels.ROLES, m.role)}"
                          + (f", {m.joined_on:%Y-%m-%d}" if m.joined_on else "")
                          + (f" – {m.left_on:%Y-%m-%d}" if m.left_on else "") + ")" for m in rows)

        return conflict.field_rows(theirs, mine, [
            (self.tr("Name:"), "name", None),
            (self.tr("Kind:"), "kind", lambda code: labels.label(labels.COMMITTEE_KINDS, code)),
            (self.tr("Workplace:"), "workplace_id", workplace), (self.tr("Union local:"), "union_local", None),
            (self.tr("Notes:"), "notes", None), (self.tr("Members:"), "members", members)])

    def reopen(self) -> None:
        """Use theirs: this form closes, edits dropped, and opens again on what is saved now."""
        fresh = type(self)(self.context, self.committee_id, self.parentWidget())
        fresh.open()
        self.reject()


SECTION = SectionSpec("committees", lambda: QCoreApplication.translate("Sections", "Committees"), CommitteesPage, "committees.png")
