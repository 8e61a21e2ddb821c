"""The choice after a save found that someone else saved the same row meanwhile (issue 25).

The model refused the save (errors.Conflict, nothing written) and handed back what is saved now;
this dialog shows, field by field, their saved value beside the editor's own (only the fields
that differ) and asks: Keep mine (save mine over theirs, now knowingly), Use theirs (drop my
edits and show theirs) or Cancel (back to my edits, nothing saved).
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import errors

from .forms import try_save

_EMPTY = QT_TRANSLATE_NOOP("ConflictDialog", "(empty)")

KEEP_MINE = "keep-mine"
USE_THEIRS = "use-theirs"
CANCEL = "cancel"


class ConflictDialog(QDialog):
    """``rows``: (field, their saved value, your value) as display texts. Open it with open()
    and read ``choice`` (KEEP_MINE, USE_THEIRS or CANCEL) when ``finished`` is emitted."""

    def __init__(self, message: str, rows: Sequence[tuple[str, str, str]], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = CANCEL
        heading = QLabel(message)
        heading.setObjectName("conflictMessage")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explain = QLabel(self.tr("Nothing has been saved yet. These fields differ between the version saved "
                                 "by someone else and yours:"))
        explain.setWordWrap(True)
        self.fields = QTreeWidget()
        self.fields.setObjectName("conflictFields")
        self.fields.setHeaderLabels([self.tr("Field"), self.tr("Saved by someone else"), self.tr("Yours")])
        self.fields.setRootIsDecorated(False)
        self.fields.setWordWrap(True)
        self.fields.setUniformRowHeights(False)
        for field, theirs, mine in rows:
            item = QTreeWidgetItem([field, theirs, mine])
            for column, text in ((1, theirs), (2, mine)):
                item.setToolTip(column, text)
            self.fields.addTopLevelItem(item)
        header = self.fields.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox()
        buttons.setObjectName("conflictButtons")
        self.keep_mine = buttons.addButton(self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.setToolTip(self.tr("Save your version over theirs"))
        self.use_theirs = buttons.addButton(self.tr("&Use theirs"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.use_theirs.setObjectName("useTheirs")
        self.use_theirs.setToolTip(self.tr("Drop your changes and show the saved version"))
        self.cancel = buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setObjectName("cancelConflict")
        self.cancel.setToolTip(self.tr("Go back to your changes without saving"))
        for button in (self.keep_mine, self.use_theirs):
            button.setAutoDefault(False)  # Enter never overwrites or drops anybody's work...
        self.cancel.setDefault(True)  # ...it goes back to the edits
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.use_theirs.clicked.connect(lambda: self._choose(USE_THEIRS))
        self.cancel.clicked.connect(lambda: self._choose(CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        self.cancel.setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * (10 + 2 * min(len(rows), 12)))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == CANCEL:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button too
        if self.choice not in (KEEP_MINE, USE_THEIRS):
            self.choice = CANCEL
        super().reject()


def ask(parent: QWidget, conflict: errors.Conflict, rows: Sequence[tuple[str, str, str]],
        keep_mine: Callable[[int], None], use_theirs: Callable[[], None]) -> ConflictDialog:
    """Open the choice (window-modal, not blocking); ``keep_mine(conflict.version)`` or
    ``use_theirs()`` runs when chosen, nothing on Cancel."""
    dialog = ConflictDialog(QCoreApplication.translate("Errors", conflict.message), rows, parent)

    def answered(_result: int) -> None:
        if dialog.choice == KEEP_MINE:
            keep_mine(conflict.version)
        elif dialog.choice == USE_THEIRS:
            use_theirs()

    dialog.finished.connect(answered)
    dialog.open()
    return dialog


def save_checked(dialog: QWidget, error: Optional[QLabel], save: Callable[[Optional[int]], object],
                 version: Optional[int], differences: Callable[[errors.Conflict], Sequence[tuple[str, str, str]]],
                 saved: Callable[[], None], use_theirs: Callable[[], None]) -> None:
    """An editor's Save: ``save(version)`` through try_save, then ``saved()``. When someone else
    saved the row meanwhile, the conflict dialog with ``differences(conflict)``: Keep mine saves
    again with their version, Use theirs calls ``use_theirs()``, Cancel goes back to the edits."""
    conflicts: list[errors.Conflict] = []

    def op() -> None:
        try:
            save(version)
        except errors.Conflict as exc:  # nothing written
            conflicts.append(exc)

    if not try_save(dialog, error, op):
        return
    if not conflicts:
        saved()
        return
    conflict = conflicts[0]
    again = lambda newer: save_checked(dialog, error, save, newer, differences, saved, use_theirs)  # noqa: E731
    rows = differences(conflict)
    if not rows:  # they saved what we have: saving ours loses nothing
        again(conflict.version)
        return
    ask(dialog, conflict, rows, again, use_theirs)


def _comparable(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return [_comparable(v) for v in value if not (isinstance(v, str) and not v.strip())]
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if not (isinstance(v, str) and not v.strip())}
    return value


def _words(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(_words(v) for v in value if _words(v))
    return str(value).strip()


def empty_text() -> str:
    """What the dialog shows for an empty value."""
    return QCoreApplication.translate("ConflictDialog", _EMPTY)


def field_rows(theirs: Any, mine: Any, fields: Sequence[tuple[str, str, Optional[Callable[[Any], Any]]]]
               ) -> list[tuple[str, str, str]]:
    """Rows for the dialog from two values of an editor's input class: ``fields`` are (label,
    attribute, shown) where ``shown(value)`` gives what the editor shows (a name for an id, a
    label for a code; default the value itself). A field shows when what is shown differs."""
    rows = []
    empty = empty_text()
    for label, name, shown in fields:
        their_value, my_value = getattr(theirs, name), getattr(mine, name)
        if shown is not None:
            their_value, my_value = shown(their_value), shown(my_value)
        if _comparable(their_value) != _comparable(my_value):
            name_shown = label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip().rstrip(":").rstrip()
            rows.append((name_shown, _words(their_value) or empty, _words(my_value) or empty))
    return rows
