"""The choice after a save found that someone else saved the same row meanwhile (issue 25).

The model refused the save (errors.Conflict, nothing written) and handed back what is saved now;
this dialog shows, field by field, their saved value beside the editor's own (only the fields
that differ) and asks: Keep mine (save mine over theirs, now knowingly), Use theirs (drop my
edits and show theirs) or Cancel (back to my edits, nothing saved).
"""

from __future__ import annotations

from typing import Optional, Sequence

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
        self.cancel.setDefault(True)  # Enter overwrites nobody's work
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.use_theirs.clicked.connect(lambda: self._choose(USE_THEIRS))
        self.cancel.clicked.connect(lambda: self._choose(CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
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
