"""Errors the user can do something about.

Each carries a short message written for the person at the keyboard, with no personal data in it.
The GUI shows ``user_message``; the CLI prints it to stderr and exits with code 2.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a message for translation without importing Qt; the UI translates it at display.

    Write messages as ``QT_TRANSLATE_NOOP("Errors", "Row {row} has no name.")`` and pass the
    values as keyword arguments to the error, so the translated template gets them too.
    """
    return text


class UserError(Exception):
    """An expected problem with a plain-language message (no traceback for the user).

    ``message`` and ``hint`` are English templates (marked with QT_TRANSLATE_NOOP("Errors", ...));
    ``values`` fill their ``{placeholders}``. Never put personal data in them.
    """

    def __init__(self, message: str, hint: str = "", **values: Any) -> None:
        self.message = message
        self.hint = hint
        self.values = values
        super().__init__(self.user_message)

    @property
    def user_message(self) -> str:
        text = self.message.format(**self.values) if self.values else self.message
        if self.hint:
            text += "\n" + (self.hint.format(**self.values) if self.values else self.hint)
        return text


class WrongPassphrase(UserError):
    pass


class NotADatabase(UserError):
    pass


class NewerSchema(UserError):
    pass


class DatabaseMissing(UserError):
    pass


class DiskFull(UserError):
    pass


class ReadOnly(UserError):
    pass


class PermissionDenied(UserError):
    """The operating system's permissions forbid reading or writing the file or its folder."""


class NoEncryption(UserError):
    """The database driver cannot encrypt (SQLite without SQLCipher): nothing is opened or created."""


class DatabaseBusy(UserError):
    pass


class ValidationError(UserError):
    """Input that cannot be saved; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str = "", hint: str = "", **values: Any) -> None:
        self.field = field
        super().__init__(message, hint, **values)


class NotFound(UserError):
    pass


class Conflict(UserError):
    """Someone else saved the row after the form loaded it (issue 25, no lost updates): nothing
    was written. Structured, so the editor can show both versions and let the person choose:

    * ``kind``: what the row is ("person", "workplace", "committee", "event", ...);
    * ``row_id``: its id;
    * ``version``: the version saved now (saving again with it means "keep mine, over theirs");
    * ``current``: the values saved now, in the same plain input class the form edits (for a
      person a ``PersonInput``), so the editor can compare them field by field with its own.
    """

    def __init__(self, kind: str, row_id: int, version: int, current: Any = None,
                 message: str = "", hint: str = "") -> None:
        self.kind = kind
        self.row_id = row_id
        self.version = version
        self.current = current
        super().__init__(
            message or QT_TRANSLATE_NOOP("Errors", "Someone else changed this while you were editing."),
            hint or QT_TRANSLATE_NOOP("Errors", "Nothing was saved. Close the form and open it again to see "
                                                "their changes, then make yours again."),
        )
