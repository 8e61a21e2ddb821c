"""Small pieces every editor dialog uses: the inline error label, the Save / Cancel buttons, the
one save helper (``try_save``) and combo boxes of (value, text) choices."""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from .messages import show_error, translated, user_error_for

ERROR_COLOR = "#b00020"


def colored_label(color: str) -> QLabel:
    """A label whose text is ``color``: set in its palette, not a style sheet (a style sheet makes
    Qt polish the widget through its style-sheet engine: a twelfth of opening a person)."""
    label = QLabel()
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)
    return label


def error_label(hidden: bool = False) -> QLabel:
    """A red, wrapping label for "what is wrong and what to do" under a form."""
    label = colored_label(ERROR_COLOR)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label


def save_cancel(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName("buttons")
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_shortcut(dialog: QDialog, buttons: QDialogButtonBox) -> QShortcut:
    """Ctrl+S (the platform's Save key) presses the dialog's Save button, as the README promises."""
    shortcut = QShortcut(QKeySequence.StandardKey.Save, dialog)
    shortcut.activated.connect(lambda: _press_save(buttons))
    return shortcut


def _press_save(buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    if button is not None and button.isEnabled():
        button.click()


def try_save(dialog: QWidget, error: Optional[QLabel], op: Callable[[], object]) -> bool:
    """Run a dialog's save; True when saved. An expected problem (no name, disk full, ...) goes to
    its inline ``error`` label, or to a message box when it has none; anything else to the
    unexpected-error dialog."""
    try:
        op()
    except Exception as exc:  # noqa: BLE001 - shown to the user
        err = user_error_for(exc) if error is not None else None
        if err is None:
            show_error(dialog, exc)
        else:
            error.setText(translated(err))
            error.show()
        return False
    return True


def choice_combo(items: Sequence[tuple[Any, str]], none_text: Optional[str] = None) -> QComboBox:
    """A combo box of (value, text) choices, first ``none_text`` (value None) when given."""
    box = QComboBox()
    if none_text is not None:
        box.addItem(none_text, None)
    for value, text in items:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: Any) -> None:
    """Choose the item whose value is ``value`` (nothing changes when there is none)."""
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
