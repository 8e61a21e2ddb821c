"""What the import preview and its duplicates review both show: the names of the actions a
duplicate row can take and of what it matched on, and the combo that chooses the action (shared
by ui/importing/wizard.py and ui/importing/review.py, so neither imports the other)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from models import importing

from ui.i18n import tr_any


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return tr_any("Imports", text, n)


# Shown through tr() (context "Imports"), so lupdate must see them marked in that context.
ACTION_TEXT = {
    importing.MERGE: QT_TRANSLATE_NOOP("Imports", "Merge"),
    importing.KEEP: QT_TRANSLATE_NOOP("Imports", "Keep both"),
    importing.SKIP: QT_TRANSLATE_NOOP("Imports", "Skip"),
    importing.ADD: QT_TRANSLATE_NOOP("Imports", "Add"),
}
MATCH_TEXT = {  # what a duplicate matched on (PlanRow.match_on)
    "external_id": QT_TRANSLATE_NOOP("Imports", "external ID"),
    "phone": QT_TRANSLATE_NOOP("Imports", "phone"),
    "email": QT_TRANSLATE_NOOP("Imports", "email"),
}


class ActionDelegate(QStyledItemDelegate):
    """A combo (Merge / Keep both / Skip) for a duplicate row's action."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for action in importing.DUPLICATE_ACTIONS:
            combo.addItem(tr(ACTION_TEXT[action]), action)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
