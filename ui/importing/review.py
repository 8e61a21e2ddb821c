"""The import preview's review of possible duplicates: rows that share an email or a phone with
someone whose name does not fit. Each is shown beside the person it may be (in the roster, or an
earlier row of the file): name, phones, email, workplace. The person decides, row by row (or for
the selected rows at once): merge, keep both (the default) or skip. Nothing is merged unasked.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import importing

from .choices import ACTION_TEXT, MATCH_TEXT, ActionDelegate, tr

# What a side shows, in this order: (field, its label).
SIDE_FIELDS = ("name", "phones", "email", "workplace")


def _side_of_row(row: importing.PlanRow) -> dict[str, str]:
    rec = row.record
    return {"name": rec.display_name, "phones": ", ".join(p[0] for p in rec.phones), "email": rec.email,
            "workplace": rec.workplace}


def other_side(plan: importing.ImportPlan, row: importing.PlanRow) -> dict[str, str]:
    """The person a possible duplicate may be: someone in the roster, or an earlier row."""
    if row.match_person is not None:
        found = plan.person_details.get(row.match_person)
        if found is None:
            return {"name": plan.person_names.get(row.match_person, ""), "phones": "", "email": "", "workplace": ""}
        return {"name": found.name, "phones": ", ".join(found.phones), "email": found.email,
                "workplace": found.workplace}
    if row.match_row is not None:
        return _side_of_row(plan.rows[row.match_row])
    return dict.fromkeys(SIDE_FIELDS, "")


class DuplicatesModel(QAbstractTableModel):
    """One line per possible duplicate: its row, both names, what they share, the decision."""

    ROW, IN_FILE, THERE, SAME, ACTION = range(5)
    COLUMN_COUNT = 5
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: Optional[importing.ImportPlan] = None
        self.indexes: list[int] = []  # plan row index of each line

    def set_plan(self, plan: Optional[importing.ImportPlan]) -> None:
        self.beginResetModel()
        self.plan = plan
        self.indexes = plan.possible_duplicates() if plan is not None else []
        self.endResetModel()

    def plan_row(self, line: int) -> importing.PlanRow:
        assert self.plan is not None
        return self.plan.rows[self.indexes[line]]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.indexes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("In the file"), tr("Already there"), tr("Same"), tr("Decision"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        row = self.plan_row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ROW:
                return row.source_row
            if col == self.IN_FILE:
                return row.record.display_name
            if col == self.THERE:
                there = other_side(self.plan, row)["name"]
                if row.match_person is None and row.match_row is not None:
                    return tr("{name} (row {row})").format(name=there, row=self.plan.rows[row.match_row].source_row)
                return there
            if col == self.SAME:
                return tr(MATCH_TEXT.get(row.match_on, row.match_on))
            if col == self.ACTION:
                return tr(ACTION_TEXT[row.action])
        if role == Qt.ItemDataRole.EditRole and col == self.ACTION:
            return row.action
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.ACTION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.plan is None or index.column() != self.ACTION:
            return False
        return self.decide([index.row()], value)

    def decide(self, lines: list[int], action: Any) -> bool:
        if self.plan is None or action not in importing.DUPLICATE_ACTIONS or not lines:
            return False
        for line in lines:
            self.plan_row(line).action = importing.Action(action)
        self.dataChanged.emit(self.index(min(lines), self.ACTION), self.index(max(lines), self.ACTION))
        self.changed.emit()
        return True


class DuplicatesPanel(QWidget):
    """The list of possible duplicates, the selected one side by side, and the three decisions."""

    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.model = DuplicatesModel(self)
        self.model.changed.connect(self.changed)
        self.model.changed.connect(self.show_selected)
        self.view = QTableView()
        self.view.setObjectName("possibleDuplicates")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setItemDelegateForColumn(DuplicatesModel.ACTION, ActionDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._side_by_side())
        layout.addLayout(self._buttons())

    def _side_by_side(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.file_title, self.there_title = QLabel(tr("In the file")), QLabel(tr("Already there"))
        for column, title in ((1, self.file_title), (2, self.there_title)):
            title.setStyleSheet("font-weight: bold")
            grid.addWidget(title, 0, column)
        names = {"name": tr("Name"), "phones": tr("Phones"), "email": tr("Email"), "workplace": tr("Workplace")}
        self.file_cells: dict[str, QLabel] = {}
        self.there_cells: dict[str, QLabel] = {}
        for line, key in enumerate(SIDE_FIELDS, 1):
            grid.addWidget(QLabel(names[key]), line, 0)
            for column, cells in ((1, self.file_cells), (2, self.there_cells)):
                cell = cells[key] = QLabel()
                cell.setObjectName(f"{'file' if column == 1 else 'there'}_{key}")
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setWordWrap(True)
                grid.addWidget(cell, line, column)
        return grid

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("For the selected rows:")))
        self.buttons: dict[str, QPushButton] = {}
        for action, text, name in ((importing.MERGE, tr("&Merge into that person"), "mergeDuplicate"),
                                   (importing.KEEP, tr("&Keep both"), "keepDuplicate"),
                                   (importing.SKIP, tr("&Skip the row"), "skipDuplicate")):
            button = self.buttons[action] = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, action=action: self.decide_selected(action))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def set_plan(self, plan: Optional[importing.ImportPlan]) -> None:
        self.model.set_plan(plan)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.view.resizeColumnsToContents()
        self.show_selected()

    def selected_lines(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def show_selected(self) -> None:
        lines = self.selected_lines()
        current = self.view.currentIndex().row()
        line = current if current in lines else (lines[0] if lines else -1)
        for button in self.buttons.values():
            button.setEnabled(bool(lines))
        if line < 0 or self.model.plan is None:
            for cell in (*self.file_cells.values(), *self.there_cells.values()):
                cell.clear()
            return
        row = self.model.plan_row(line)
        mine, theirs = _side_of_row(row), other_side(self.model.plan, row)
        for key in SIDE_FIELDS:
            self.file_cells[key].setText(mine[key] or "—")
            self.there_cells[key].setText(theirs[key] or "—")
        self.there_title.setText(tr("Already in the roster") if row.match_person is not None
                                 else tr("Row {row} of the file").format(row=self.model.plan.rows[row.match_row].source_row))

    def decide_selected(self, action: importing.Action) -> None:
        """The decision for every selected row; then the next row is selected, to go on reviewing."""
        lines = self.selected_lines()
        if not self.model.decide(lines, action):
            return
        following = max(lines) + 1
        if len(lines) == 1 and following < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(following, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
