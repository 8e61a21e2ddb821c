"""Check-in at the action: search as you type over the whole roster (people on the list first),
Enter marks the highlighted person present (when several people of that name match, it asks
which, showing what tells them apart), Ctrl+Z undoes the last check-in (even while typing in the
search box), Ctrl+W adds a walk-in."""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.mobilization import operations as mob
from models.roster.people import PersonInput
from models.core.text import fold

from ui.context import AppContext
from ui.widgets.messages import show_error
from ui.widgets.walk_in import WalkInDialog

NAME, WORKPLACE, DEPARTMENT, PHONE, ON_LIST, PRESENT = range(6)


class CheckinModel(QAbstractTableModel):
    HEADERS = (  # translated in headerData with self.tr (context "CheckinModel")
        QT_TRANSLATE_NOOP("CheckinModel", "Name"),
        QT_TRANSLATE_NOOP("CheckinModel", "Workplace"),
        QT_TRANSLATE_NOOP("CheckinModel", "Department"),
        QT_TRANSLATE_NOOP("CheckinModel", "Phone"),
        QT_TRANSLATE_NOOP("CheckinModel", "On the list"),
        QT_TRANSLATE_NOOP("CheckinModel", "Present"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[mob.CheckinRow] = []
        self.shown: list[int] = []

    def set_rows(self, rows: list[mob.CheckinRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.shown = []
        self.endResetModel()

    def show_positions(self, positions: list[int]) -> None:
        self.beginResetModel()
        self.shown = positions
        self.endResetModel()

    def row_at(self, view_row: int) -> Optional[mob.CheckinRow]:
        return self.rows[self.shown[view_row]] if 0 <= view_row < len(self.shown) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.name
            if column == WORKPLACE:
                return row.workplace
            if column == DEPARTMENT:
                return row.department
            if column == PHONE:
                return row.phone
            if column == ON_LIST:
                return self.tr("said yes") if row.said_yes else (self.tr("on list") if row.on_list else "")
            if column == PRESENT:
                return "✔ " + self.tr("present") if row.checked_in else ""
        if role == Qt.ItemDataRole.FontRole and row.checked_in:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def refresh_row(self, position: int) -> None:
        try:
            view_row = self.shown.index(position)
        except ValueError:
            return
        self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, self.columnCount() - 1))


class SearchBox(QLineEdit):
    """The check-in search box: leaves Ctrl+Z / Ctrl+Shift+Z to the page (undo the last
    check-in) instead of undoing its own typing, which the clear button or Backspace do."""

    def event(self, event) -> bool:  # noqa: A003 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()  # not ours: the window's shortcut runs
            return False
        return super().event(event)


def tells_apart(row: mob.CheckinRow) -> str:
    """Department · shift · the phone's last four digits · workplace, what is known."""
    digits = "".join(c for c in row.phone if c.isdigit())
    parts = [row.department, row.shift, f"…{digits[-4:]}" if digits else "", row.workplace]
    return " · ".join(p for p in parts if p)


class ChoosePersonDialog(QDialog):
    """Several people of the same name match: which one is here?"""

    def __init__(self, rows: list[mob.CheckinRow], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("choosePersonDialog")
        self.setWindowTitle(self.tr("Which one?"))
        self.rows = rows
        note = QLabel(self.tr("%n people match this name. Ask which department, shift or phone number is theirs:", "",
                              len(rows)))
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("choosePersonList")
        for row in rows:
            known = tells_apart(row) or self.tr("nothing else known")
            text = f"{row.name} — {known}"
            if row.checked_in:
                text += "  (" + self.tr("already present") + ")"
            item = QListWidgetItem(text)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        widest = max((self.list.fontMetrics().horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count())),
                     default=0)
        self.list.setMinimumWidth(widest + 4 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width() + 8)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        mark = buttons.addButton(self.tr("Mark present"), QDialogButtonBox.ButtonRole.AcceptRole)
        mark.setObjectName("choosePersonOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def chosen(self) -> Optional[mob.CheckinRow]:
        return self.rows[self.list.currentRow()] if 0 <= self.list.currentRow() < len(self.rows) else None


class CheckinWidget(QWidget):
    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id: Optional[int] = None
        self.last_checked: list[int] = []
        self.model = CheckinModel(self)
        self.search = SearchBox()
        self.search.setObjectName("checkinSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name or phone, then Enter to mark present"))
        self.search.textChanged.connect(self._search_soon)
        self.search.returnPressed.connect(self.mark_present)
        self.search.installEventFilter(self)
        self.table = QTableView()
        self.table.setObjectName("checkinTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.mark_present(chosen=True))
        self.table.clicked.connect(lambda _i: setattr(self, "_moved", True))
        self._moved = False  # the person at check-in moved to a row themselves (arrows, a click)
        self.count = QLabel()
        self.count.setObjectName("checkinCount")
        present = QPushButton(self.tr("Mark present [Enter]"))
        present.clicked.connect(lambda _checked=False: self.mark_present())
        undo = QPushButton(self.tr("Undo last [Ctrl+Z]"))
        undo.clicked.connect(lambda _checked=False: self.undo_last())
        walk_in = QPushButton(self.tr("Add walk-in… [Ctrl+W]"))
        walk_in.setObjectName("walkInButton")
        walk_in.clicked.connect(lambda _checked=False: self.add_walk_in())
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.add_walk_in)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._apply_search)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(present)
        bar.addWidget(undo)
        bar.addWidget(walk_in)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def set_event(self, event_id: Optional[int]) -> None:
        self.event_id = event_id
        self.last_checked.clear()
        self.reload()

    def reload(self) -> None:
        event_id = self.event_id
        if event_id is None:
            self.model.set_rows([])
            return
        self.context.run(lambda: mob.load_checkin_rows(self.context.db, event_id), self._loaded,
                         lambda exc: show_error(self, exc))

    def _loaded(self, rows: list[mob.CheckinRow]) -> None:
        self.model.set_rows(rows)
        self._apply_search()

    def _search_soon(self) -> None:
        self._moved = False
        self._timer.start()

    def _apply_search(self) -> None:
        self.model.show_positions(mob.search_checkin_rows(self.model.rows, self.search.text()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _update_count(self) -> None:
        present = sum(1 for r in self.model.rows if r.checked_in)
        self.count.setText(self.tr("%n checked in", "", present))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - arrows move through results while typing

        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.table.currentIndex().row()
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            target = max(0, min(self.model.rowCount() - 1, current + step))
            self.table.selectRow(target)
            self._moved = True
            return True
        return super().eventFilter(obj, event)

    def mark_present(self, chosen: bool = False) -> None:
        """The highlighted person; when others of the same name are among the results and the
        highlight was not moved to them on purpose, ask which one (``chosen``: double-clicked)."""
        if self.event_id is None:
            return
        if self._timer.isActive():  # Enter typed faster than the search: search first, then mark
            self._timer.stop()
            self._apply_search()
        view_row = self.table.currentIndex().row()
        row = self.model.row_at(view_row if view_row >= 0 else 0)
        if row is None:
            return
        if not (chosen or self._moved):
            key = fold(row.name)
            same = [r for r in (self.model.row_at(i) for i in range(self.model.rowCount())) if r and fold(r.name) == key]
            if len(same) > 1:
                dialog = ChoosePersonDialog(same, self)
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
                    return
                row = dialog.chosen()
                view_row = next(i for i in range(self.model.rowCount()) if self.model.row_at(i) is row)
        try:
            mob.check_in(self.context.db, self.event_id, row.person_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        row.checked_in = True
        self.last_checked.append(row.person_id)
        self.model.refresh_row(self.model.shown[view_row if view_row >= 0 else 0])
        self._update_count()
        self.search.clear()
        self.search.setFocus()

    def undo_last(self) -> None:
        if not self.last_checked or self.event_id is None:
            return
        person_id = self.last_checked.pop()
        mob.undo_check_in(self.context.db, self.event_id, person_id)
        for position, row in enumerate(self.model.rows):
            if row.person_id == person_id:
                row.checked_in = False
                self.model.refresh_row(position)
        self._update_count()

    def add_walk_in(self) -> None:
        if self.event_id is None:
            return
        db, event_id = self.context.db, self.event_id
        dialog = WalkInDialog(self.context, lambda person: mob.add_walk_in(db, event_id, person), parent=self)
        dialog.prefill_name(self.search.text())
        person_id = dialog.run()
        if person_id is not None:
            self._walked_in(person_id)

    def save_walk_in(self, data: PersonInput) -> Optional[int]:
        try:
            person_id = mob.add_walk_in(self.context.db, self.event_id, data)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self._walked_in(person_id)
        return person_id

    def _walked_in(self, person_id: int) -> None:
        self.last_checked.append(person_id)
        self.reload()
