"""The one person picker: search the roster by name (phone or email work too) and pick people.

It searches the in-memory roster index (models/roster/index.py, as the roster page does), read
once when the picker opens; the index is read and each search runs off the UI thread through
``context.run``, a short pause after the last keystroke. One search runs at a time (the index
remembers the last filter, so it is not shared between threads); text typed meanwhile is searched
when it returns.

``PersonPicker`` is the widget (embedded in the training session and Register dialogs);
``PersonPickerDialog`` puts it in an OK / Cancel dialog (committee members, meeting guests,
resolution sponsors).
"""

from __future__ import annotations

from typing import Optional, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.gc_pause import gc_paused
from models.roster.index import NAME, RosterFilter, RosterIndex, load_rows

from ui.context import AppContext

from .messages import show_error

LIMIT = 200  # people listed at most
PAUSE_MS = 150  # after the last keystroke


def load_index(db) -> RosterIndex:
    """Runs in the background: everyone, as the roster page's index holds them."""
    with gc_paused():  # 100,000s of new tuples at bench size, as for the roster page
        return RosterIndex(load_rows(db))


def matches(index: RosterIndex, text: str, limit: int = LIMIT) -> list[tuple[int, str]]:
    """(person id, name as shown) of the first ``limit`` people matching ``text``, by name."""
    rows = index.rows
    return [(rows[i].id, rows[i].cells[NAME]) for i in index.filter(RosterFilter(text=text))[:limit]]


class PersonPicker(QWidget):
    """A search box over a list of people. With ``suggestions`` (possibly empty) an empty search
    shows them (e.g. trainers first), else everyone by name. ``picked(id, name)`` on double-click
    or Enter in the list; Enter in the search box picks the current person (``enter_picks``) or
    selects the first one and moves to the list."""

    picked = Signal(int, str)

    def __init__(self, context: AppContext, suggestions: Optional[Sequence[tuple[int, str]]] = None,
                 multi: bool = False, parent: Optional[QWidget] = None, enter_picks: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.suggestions = None if suggestions is None else list(suggestions)
        self.enter_picks = enter_picks
        self.index: Optional[RosterIndex] = None
        self._busy = False  # a search (or the index read) is running
        self._shown: Optional[str] = None  # the text whose results the list shows
        self.search = QLineEdit()
        self.search.setObjectName("personSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the roster by name…"))
        self.results = QListWidget()
        self.results.setObjectName("personResults")
        if multi:
            self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS, timeout=self._search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(lambda item: self.picked.emit(item.data(Qt.ItemDataRole.UserRole), item.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        if self.suggestions is not None:
            self._show("", self.suggestions)
        self._busy = True
        db = context.db
        context.run(lambda: load_index(db), self._index_loaded, self._failed)

    # ---------------------------------------------------------------- searching
    def _index_loaded(self, index: RosterIndex) -> None:
        if not shiboken6.isValid(self):
            return
        self.index = index
        self._busy = False
        self._search()

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._busy = False
            show_error(self, exc)

    def _search(self) -> None:
        text = self.search.text().strip()
        if self._busy or self.index is None or text == self._shown:
            return  # searched when the running search (or the index read) returns
        if not text and self.suggestions is not None:
            self._show(text, self.suggestions)
            return
        self._busy = True
        index = self.index
        self.context.run(lambda: matches(index, text), lambda rows: self._found(text, rows), self._failed)

    def _found(self, text: str, rows: list[tuple[int, str]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._show(text, rows)
        self._search()  # the text changed meanwhile: search again

    def _show(self, text: str, rows: Sequence[tuple[int, str]]) -> None:
        self._shown = text
        self.results.clear()
        for pid, name in rows:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.results.addItem(item)
        if self.enter_picks and self.results.count():
            self.results.setCurrentRow(0)

    # ---------------------------------------------------------------- picking
    def _enter(self) -> None:
        if self.enter_picks:
            item = self.results.currentItem()
            if item is not None:
                self.picked.emit(item.data(Qt.ItemDataRole.UserRole), item.text())
            return
        if self.results.count() and not self.results.selectedItems():
            self.results.setCurrentRow(0)
        self.results.setFocus()

    def selected(self) -> list[tuple[int, str]]:
        return [(i.data(Qt.ItemDataRole.UserRole), i.text()) for i in self.results.selectedItems()]


class PersonPickerDialog(QDialog):
    """Search the roster by name and pick one or more people (OK, or double-click one)."""

    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPicker")
        # Its texts keep the translation context of the picker dialog they come from.
        self.setWindowTitle(QCoreApplication.translate("PersonPicker", "Add people"))
        self.picker = PersonPicker(context, multi=True, parent=self, enter_picks=False)
        self.search, self.results = self.picker.search, self.picker.results
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(False)
        self.search.setPlaceholderText(QCoreApplication.translate("PersonPicker", "Type a name…"))
        self.results.setObjectName("pickerResults")
        self.picker.picked.connect(lambda _pid, _name: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 50, self.fontMetrics().height() * 25)

    def chosen(self) -> list[tuple[int, str]]:
        return self.picker.selected()
