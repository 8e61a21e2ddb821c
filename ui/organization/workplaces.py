"""Workplaces: list and editor (employer, address, local, unit size, departments, shifts)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from models.organization import structure as organization
from ui.widgets import conflict
from models.core.changes import Kind
from models.organization.structure import WorkplaceInput, WorkplaceSummary

from ui.context import AppContext
from ui.widgets.forms import error_label, save_cancel
from ui.widgets.list_page import ListPage
from ui.sections import SectionSpec
from ui.widgets.table import Column


class WorkplacesPage(ListPage):
    translation_context = "Workplaces"
    change_kinds = (Kind.WORKPLACES, Kind.PEOPLE)
    columns = (
        Column(QT_TRANSLATE_NOOP("Workplaces", "Name"), lambda w: w.name),
        Column(QT_TRANSLATE_NOOP("Workplaces", "Employer"), lambda w: w.employer),
        Column(QT_TRANSLATE_NOOP("Workplaces", "Union local"), lambda w: w.union_local),
        Column(QT_TRANSLATE_NOOP("Workplaces", "Unit size"), lambda w: w.unit_size, lambda w: w.unit_size or 0, True),
        Column(QT_TRANSLATE_NOOP("Workplaces", "On the roster"), lambda w: w.people, None, True),
        Column(QT_TRANSLATE_NOOP("Workplaces", "Departments"), lambda w: w.departments, None, True),
        Column(QT_TRANSLATE_NOOP("Workplaces", "Shifts"), lambda w: w.shifts, None, True),
    )

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(context, parent)
        self.wall_chart_button = self.add_row_action(
            self.tr("Wall chart…"), self.tr("Departments × shifts, committee coverage and health checks"),
            "Ctrl+Shift+M", "wallChartButton", self._wall_chart)

    def _wall_chart(self, row) -> QWidget:
        """The wall chart (ui/organization/wallchart.py) of the selected workplace."""
        # lazy: the wall chart view (7-13 ms) loads when opened; every page module loads at start
        from .wallchart import WallChartView

        self.wall_chart = WallChartView(self.context, row.id, self)
        return self.wall_chart

    def load(self):
        return organization.list_workplaces(self.context.db)

    def open_editor(self, row: Optional[WorkplaceSummary]) -> None:
        dialog = WorkplaceDialog(self.context, row.id if row else None, self)
        dialog.open()

    def delete_rows(self, rows) -> None:
        for row in rows:
            organization.delete_workplace(self.context.db, row.id)

    def describe(self, row) -> str:
        return row.name


class WorkplaceDialog(QDialog):
    def __init__(self, context: AppContext, workplace_id: Optional[int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workplace_id = workplace_id
        self.setObjectName("workplaceDialog")
        data = organization.get_workplace(context.db, workplace_id) if workplace_id else WorkplaceInput(shifts=[self.tr("Day"), self.tr("Evening"), self.tr("Night")])
        self.version = data.version  # a save refuses it if someone else saved since (errors.Conflict)
        self.setWindowTitle(data.name or self.tr("New workplace"))
        self.name = QLineEdit(data.name)
        self.name.setObjectName("name")
        self.employer = QLineEdit(data.employer)
        self.employer.setObjectName("employer")
        self.address = QLineEdit(data.address)
        self.address.setObjectName("address")
        self.local = QLineEdit(data.union_local)
        self.local.setObjectName("unionLocal")
        self.unit_size = QSpinBox()
        self.unit_size.setObjectName("unitSize")
        self.unit_size.setRange(0, 1_000_000)
        self.unit_size.setSpecialValueText(self.tr("unknown"))
        self.unit_size.setValue(data.unit_size or 0)
        self.departments = QPlainTextEdit("\n".join(data.departments))
        self.departments.setObjectName("departments")
        self.departments.setTabChangesFocus(True)
        self.shifts = QPlainTextEdit("\n".join(data.shifts))
        self.shifts.setObjectName("shifts")
        self.shifts.setTabChangesFocus(True)
        lists = QHBoxLayout()
        for title, edit in ((self.tr("Departments (one per line)"), self.departments), (self.tr("Shifts (one per line, in order)"), self.shifts)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(edit)
            lists.addLayout(column)
        self.error = error_label()
        buttons = save_cancel(self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Employer:"), self.employer)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Union local:"), self.local)
        form.addRow(self.tr("Bargaining-unit size:"), self.unit_size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)

    def value(self) -> WorkplaceInput:
        return WorkplaceInput(
            name=self.name.text(),
            employer=self.employer.text(),
            address=self.address.text(),
            union_local=self.local.text(),
            unit_size=self.unit_size.value() or None,
            departments=self.departments.toPlainText().splitlines(),
            shifts=self.shifts.toPlainText().splitlines(),
        )

    def save(self) -> None:
        data = self.value()

        def op(version: Optional[int]) -> None:
            self.workplace_id = organization.save_workplace(self.context.db, data, self.workplace_id, version=version)

        conflict.save_checked(self, self.error, op, self.version, lambda c: self.differences(c.current, data),
                              self.accept, self.reopen)

    def differences(self, theirs: WorkplaceInput, mine: WorkplaceInput) -> list[tuple[str, str, str]]:
        """The fields where someone else's saved workplace and this form differ, in words."""
        return conflict.field_rows(theirs, mine, [
            (self.tr("Name:"), "name", None), (self.tr("Employer:"), "employer", None),
            (self.tr("Address:"), "address", None), (self.tr("Union local:"), "union_local", None),
            (self.tr("Bargaining-unit size:"), "unit_size", None),
            (self.tr("Departments (one per line)"), "departments", None),
            (self.tr("Shifts (one per line, in order)"), "shifts", None)])

    def reopen(self) -> None:
        """Use theirs: this form closes, edits dropped, and opens again on what is saved now."""
        fresh = type(self)(self.context, self.workplace_id, self.parentWidget())
        fresh.open()
        self.reject()


SECTION = SectionSpec("workplaces", lambda: QCoreApplication.translate("Sections", "Workplaces"), WorkplacesPage, "workplaces.png")
