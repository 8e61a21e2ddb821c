"""Consent as three-way choices, Yes / No / Unknown, with where and when it came from.

Used by the person editor (ui/roster/person_editor.py) and the walk-in dialog (ui/widgets/walk_in.py). Nothing
is pre-chosen as yes: a new person starts at Unknown (models/roster/consent.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from models.roster import consent

# Field -> (label, object name prefix of its buttons: "okToCallYes", "okToCallNo", "okToCallUnknown").
FIELD_LABELS = {
    "ok_to_call": (QT_TRANSLATE_NOOP("Consent", "OK to call"), "okToCall"),
    "ok_to_text": (QT_TRANSLATE_NOOP("Consent", "OK to text"), "okToText"),
    "ok_to_email": (QT_TRANSLATE_NOOP("Consent", "OK to email"), "okToEmail"),
    "do_not_contact": (QT_TRANSLATE_NOOP("Consent", "Do not contact"), "doNotContact"),
}
_CHOICES = ((True, "Yes"), (False, "No"), (None, "Unknown"))
_IDS = {True: 0, False: 1, None: 2}


def field_label(name: str) -> str:
    return QCoreApplication.translate("Consent", FIELD_LABELS[name][0])


def value_label(value: Optional[bool]) -> str:
    """"Yes", "No" or "Unknown", translated."""
    return QCoreApplication.translate("Consent", consent.WORD_LABELS[value])


def source_label(source: str) -> str:
    """A stored source in words: "entered by hand", "walk-in", "import of members.csv"."""
    if source.startswith(consent.IMPORT_PREFIX):
        return QCoreApplication.translate("Consent", "import of {file}").format(file=source[len(consent.IMPORT_PREFIX):])
    if source in consent.SOURCE_LABELS:
        return QCoreApplication.translate("Consent", consent.SOURCE_LABELS[source])
    return source


def provenance(source: str, when: Optional[datetime], any_known: bool) -> str:
    """The line under the choices: where the answers came from and when."""
    if source:
        text = source_label(source)
        if when is not None:
            return QCoreApplication.translate("Consent", "Recorded from {source} on {date}.").format(
                source=text, date=when.strftime("%Y-%m-%d"))
        return QCoreApplication.translate("Consent", "Recorded from {source}.").format(source=text)
    if any_known:
        return QCoreApplication.translate(
            "Consent", "Where these answers came from was not recorded (saved before Committee Desk kept it).")
    return QCoreApplication.translate("Consent", "Nobody has recorded an answer yet: ask before calling or texting.")


class ConsentEditor(QWidget):
    """One row per consent field: a label and Yes / No / Unknown radio buttons; the source below.

    ``changed_source`` is what a change will be saved as ("entered by hand", "walk-in"): once a
    choice changes, the line below says so."""

    changed = Signal()

    def __init__(self, values: Optional[dict[str, Optional[bool]]] = None, source: str = "",
                 when: Optional[datetime] = None, fields: Iterable[str] = consent.FIELDS,
                 changed_source: str = consent.BY_HAND, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentEditor")
        values = values or {}
        self.fields = list(fields)
        self.groups: dict[str, QButtonGroup] = {}
        self._initial = {name: values.get(name) for name in self.fields}
        self._source, self._when, self._changed_source = source, when, changed_source
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, name in enumerate(self.fields):
            prefix = FIELD_LABELS[name][1]
            grid.addWidget(QLabel(field_label(name) + ":"), row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for column, (value, word) in enumerate(_CHOICES, start=1):
                button = QRadioButton(value_label(value))
                button.setObjectName(prefix + word)
                group.addButton(button, _IDS[value])
                grid.addWidget(button, row, column)
            group.button(_IDS[self._initial[name]]).setChecked(True)
            group.idClicked.connect(self._clicked)
            self.groups[name] = group
        grid.setColumnStretch(len(_CHOICES) + 1, 1)
        self.source_line = QLabel()
        self.source_line.setObjectName("consentSource")
        self.source_line.setWordWrap(True)
        grid.addWidget(self.source_line, len(self.fields), 0, 1, len(_CHOICES) + 2)
        self._show_source()

    def value(self, name: str) -> Optional[bool]:
        checked = self.groups[name].checkedId()
        return {0: True, 1: False}.get(checked)

    def values(self) -> dict[str, Optional[bool]]:
        return {name: self.value(name) for name in self.fields}

    def set_value(self, name: str, value: Optional[bool]) -> None:
        self.groups[name].button(_IDS[value]).setChecked(True)
        self._show_source()

    def reset(self, values: dict[str, Optional[bool]], source: str = "", when: Optional[datetime] = None) -> None:
        """Show other saved values as the starting point (the editor took someone else's version)."""
        self._initial = {name: values.get(name) for name in self.fields}
        self._source, self._when = source, when
        for name in self.fields:
            self.groups[name].button(_IDS[self._initial[name]]).setChecked(True)
        self._show_source()

    def is_changed(self) -> bool:
        return self.values() != self._initial

    def _clicked(self, _id: int) -> None:
        self._show_source()
        self.changed.emit()

    def _show_source(self) -> None:
        if self.is_changed():
            self.source_line.setText(QCoreApplication.translate("Consent", "Will be recorded as {source}, today.").format(
                source=source_label(self._changed_source)))
        else:
            self.source_line.setText(provenance(self._source, self._when,
                                                any(v is not None for v in self._initial.values())))
