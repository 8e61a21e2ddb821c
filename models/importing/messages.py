"""What the import stages tell their caller: messages about rows (translated by the UI, context
"Importing") and the progress callback they all take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from models.core.errors import QT_TRANSLATE_NOOP

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Problem:
    """A message about one row: an English template (context "Importing") and its values."""

    template: str
    values: tuple = ()
    warning: bool = False

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.values)) if self.values else self.template


def _problem(template: str, warning: bool = False, **values: Any) -> Problem:
    return Problem(template, tuple(sorted(values.items())), warning)


MSG_NO_NAME = QT_TRANSLATE_NOOP("Importing", "No name (first, last or full name).")
MSG_BAD_PHONE = QT_TRANSLATE_NOOP(
    "Importing", "The phone in column \"{column}\" cannot be read as a phone number: kept as written, marked unreadable.")
MSG_BAD_EMAIL = QT_TRANSLATE_NOOP("Importing", "The email address does not look right.")
MSG_BAD_ASSESSMENT = QT_TRANSLATE_NOOP("Importing", "The assessment is not a number from 1 to 5.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Importing", "Some characters could not be read (the file's encoding is mixed); they show as \ufffd."
)
MSG_MEMBERSHIP = QT_TRANSLATE_NOOP("Importing", "Membership \"{value}\" is not known; imported as non-member.")
MSG_NAME_ORDER = QT_TRANSLATE_NOOP("Importing", "Name order \"{value}\" is not known; given name first was kept.")
MSG_DEPT_NO_WORKPLACE = QT_TRANSLATE_NOOP("Importing", "Department or shift without a workplace: kept in the notes.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Importing", "A value in column \"{column}\" was too long and was cut.")
MSG_CP1252 = QT_TRANSLATE_NOOP(
    "Importing",
    "This file is not UTF-8 text; it was read as Windows text (cp1252). Check that accented letters look right.",
)
