"""A list page: quick filter, New / Open / Delete, a sortable table; rows load in the background.

Subclasses give ``columns``, ``load()`` (runs off the UI thread, returns rows), ``open_editor(row)``
(row None = new), ``delete_rows(rows)`` and ``describe(row)`` (for the confirmation).
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.changes import Changes, Kind

from ui.context import AppContext
from ui.i18n import translator
from .messages import confirm, show_error
from .table import Column, RowsTableModel, make_table, selected_rows


# For plural texts: from a subclass page, PySide self.tr() misses the plural texts of this base
# class (its subclass lookup takes the filled-in %n for a translation).
tr = translator("ListPage")


class ListPage(QWidget):
    columns: Sequence[Column] = ()
    translation_context = "ListPage"
    change_kinds: tuple[Kind, ...] = ()  # refresh when a write touches one of these

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row_windows: list[QWidget] = []
        self.model = RowsTableModel(self.columns, self.translation_context, self)
        self.table, self.proxy = make_table(self.model, self, "listTable")

        self.search = QLineEdit()
        self.search.setObjectName("listSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter… (Ctrl+F)"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("Create a new one (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self._delete_selected)

        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.status = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.status)

        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.open_editor(None))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self._open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self._delete_selected)
        context.data_changed.connect(self._changed)
        self.reload()

    # subclass API ------------------------------------------------------------
    def load(self) -> list[Any]:
        raise NotImplementedError

    def open_editor(self, row: Any) -> None:
        raise NotImplementedError

    def delete_rows(self, rows: list[Any]) -> None:
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(row)

    # ------------------------------------------------------------------------
    def reload(self) -> None:
        self.context.run(self.load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        for column in range(len(self.columns) - 1):
            self.table.resizeColumnToContents(column)
        self.status.setText(tr("%n shown", "", len(rows)))

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*self.change_kinds):
            self.reload()

    def selected_rows(self) -> list[Any]:
        return selected_rows(self.table)

    def _open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_editor(rows[0])

    def _delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete {name}? This cannot be undone.").format(name=self.describe(rows[0]))
        else:
            question = tr("Delete these %n? This cannot be undone.", "", len(rows))
        if not confirm(self, self.tr("Delete"), question):
            return
        try:
            self.delete_rows(rows)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return

    def add_row_action(self, text: str, tooltip: str, shortcut: str, name: str,
                       opener: Callable[[Any], QWidget]) -> QPushButton:
        """A button (and shortcut) that opens a window for the selected row, e.g. a wall chart."""

        def open_selected() -> None:
            rows = self.selected_rows()
            if rows:
                window = opener(rows[0])
                window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                window.show()
                self.row_windows.append(window)
                window.destroyed.connect(lambda *_: self.row_windows.remove(window) if window in self.row_windows else None)

        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(f"{tooltip} ({shortcut})")
        button.clicked.connect(open_selected)
        self.layout_.itemAt(0).layout().insertWidget(3, button)
        QShortcut(QKeySequence(shortcut), self, activated=open_selected)
        return button

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
