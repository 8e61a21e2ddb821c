"""Errors the user can do something about.

Each carries a short message written for the person at the keyboard, with no personal data in it.
The GUI shows ``user_message``; the CLI prints it to stderr and exits with code 2.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected problem with a plain-language message (no traceback for the user)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    @property
    def user_message(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


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


class DatabaseBusy(UserError):
    pass


class ValidationError(UserError):
    """Input that cannot be saved; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str = "", hint: str = "") -> None:
        super().__init__(message, hint)
        self.field = field


class NotFound(UserError):
    pass
