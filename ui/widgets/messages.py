"""Telling the user what happened: expected problems get their plain message; anything else gets
one "unexpected error" dialog (logged by type and place only, never with personal data)."""

from __future__ import annotations

import logging
import sys
from typing import Optional

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from models.core import errors
from models.core.db import translate_dbapi_error
from models.core.logsetup import log_exception_safely

from ui.i18n import translator

log = logging.getLogger(__name__)


tr = translator("Messages")


def user_error_for(exc: BaseException) -> Optional[errors.UserError]:
    if isinstance(exc, errors.UserError):
        return exc
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return errors.DiskFull(QT_TRANSLATE_NOOP("Errors", "The disk is full, so nothing was saved."),
                               QT_TRANSLATE_NOOP("Errors", "Free some space and try again."))
    if isinstance(exc, PermissionError):
        return errors.ReadOnly(QT_TRANSLATE_NOOP("Errors", "Committee Desk may not write there."),
                               QT_TRANSLATE_NOOP("Errors", "Choose another folder."))
    if _from_server(exc):
        from models.core.server import translate_server_error  # lazy: only a server's errors need it

        return translate_server_error(exc)
    return translate_dbapi_error(exc)


def _from_server(exc: BaseException) -> bool:
    """An error of the committee server's driver (psycopg), raw or wrapped by SQLAlchemy: a read
    the server refused (a role's limits), a lost network."""
    orig = getattr(exc, "orig", exc)
    return type(orig).__module__.split(".")[0] == "psycopg"


def translated(err: errors.UserError) -> str:
    """Model messages are English; the Errors context of the translations carries them."""
    message = QCoreApplication.translate("Errors", err.message).format(**err.values)
    hint = QCoreApplication.translate("Errors", err.hint).format(**err.values) if err.hint else ""
    return f"{message}\n\n{hint}" if hint else message


def show_error(parent: Optional[QWidget], exc: BaseException, title: str = "") -> None:
    err = user_error_for(exc)
    if err is None:
        report_unexpected(exc, parent)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Committee Desk"), translated(err), parent=parent)
    box.setObjectName("errorBox")
    box.open() if _testing() else box.exec()


def report_unexpected(exc: BaseException, parent: Optional[QWidget] = None) -> None:
    log_exception_safely(log, exc)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("Unexpected error"),
        tr("Something went wrong inside Committee Desk ({kind}). Your saved data is safe. "
           "If it happens again, please report what you were doing.").format(kind=type(exc).__name__),
        parent=parent,
    )
    box.setObjectName("unexpectedErrorBox")
    if _testing():
        box.open()
        raise exc
    box.exec()


def _testing() -> bool:
    return "pytest" in sys.modules


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(kind, value, tb):
        if _testing():
            previous(kind, value, tb)
            return
        err = user_error_for(value)
        if err is not None:
            show_error(QApplication.activeWindow(), value)
        else:
            report_unexpected(value, QApplication.activeWindow())

    sys.excepthook = hook


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask Yes / Cancel (Cancel by default, so Enter does nothing harmful); True for Yes."""
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
