"""The one table model for lists of rows (workplaces, committees, events, training sessions, ...).

``Column(title, value, sort_key=None, align_right=False)`` describes a column; ``set_rows(rows)``
swaps the rows in one reset, ``row_changed(n)`` repaints one row changed in place. ``ROW_ROLE``
returns the row object, ``SORT_ROLE`` the sort key; a subclass may colour cells with
``background(row, column)``. ``make_table(model, parent, name)`` gives the usual read-only view with
``make_proxy(model)`` for sorting and quick filtering (fine for hundreds or thousands of rows; the
100k-person roster uses its own index instead); ``selected_rows``, ``current_row`` and
``fit_columns`` work on such a view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence, Union

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    # A text marked with QT_TRANSLATE_NOOP(context, ...) (translated in the model's context), or
    # a function giving the title already translated (e.g. ``lambda: tr("Date")``).
    title: Union[str, Callable[[], str]]
    value: Callable[[Any], Any]
    sort_key: Optional[Callable[[Any], Any]] = None
    align_right: bool = False


class RowsTableModel(QAbstractTableModel):
    """Rows shown through named columns: given to the constructor, or a subclass's ``columns``."""

    columns: Sequence[Column] = ()

    def __init__(self, columns: Sequence[Column] = (), context: str = "", parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns or type(self).columns)
        self.context = context
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_changed(self, row_number: int) -> None:
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, len(self.columns) - 1))

    def background(self, row: Any, column: int) -> Optional[str]:
        """A cell's background colour ("#rrggbb"), or None for the default."""
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            title = self.columns[section].title
            return title() if callable(title) else QCoreApplication.translate(self.context, title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            key = column.sort_key(row) if column.sort_key else column.value(row)
            return "" if key is None else key
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = self.background(row, index.column())
            return QBrush(QColor(color)) if color else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def make_proxy(model: QAbstractTableModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    proxy.setSortLocaleAware(True)
    return proxy


def make_table(model: QAbstractTableModel, parent, name: str, sortable: bool = True,
               view: Optional[QTableView] = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only view of whole rows over ``make_proxy(model)`` (``view``: a QTableView subclass
    already made, e.g. one with its own keys)."""
    proxy = make_proxy(model, parent)
    view = view if view is not None else QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


def selected_rows(view: QTableView) -> list[Any]:
    """The row objects of the selected rows, in the view's order."""
    model = view.model()
    return [model.data(i, ROW_ROLE) for i in view.selectionModel().selectedRows()]


def current_row(view: QTableView) -> Any:
    """The row object of the current row (else the first selected one), or None."""
    index = view.currentIndex()
    if not index.isValid():
        rows = selected_rows(view)
        return rows[0] if rows else None
    return view.model().data(view.model().index(index.row(), 0), ROW_ROLE)


def fit_columns(view: QTableView, max_chars: int = 28) -> None:
    """Every column but the last as wide as its contents, at most ``max_chars`` wide."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), view.fontMetrics().horizontalAdvance("M" * max_chars)))
