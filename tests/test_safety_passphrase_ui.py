"""File > Change passphrase driven through the real dialog on a real encrypted database: the
re-encryption runs off the UI thread (the window keeps answering), the dialog shows it is busy and
cannot be closed meanwhile, the keyring follows only a successful change, and errors change nothing."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from models.core import audit, errors
from models.core.db import Database
from models.core.keystore import KeyStore
from models.roster.people import PersonInput, create_person
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"


@pytest.fixture
def dialog(qtbot, context):
    from ui.safety.page import ChangePassphraseDialog

    create_person(context.db, PersonInput(first_name="Rosa", last_name="Keeper"))
    keystore = KeyStore()
    assert keystore.remember(context.db.path, PASSPHRASE)
    widget = ChangePassphraseDialog(context, keystore)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(qtbot, dialog, old: str, new: str = NEW, again: str | None = None) -> None:
    qtbot.keyClicks(dialog.old, old)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.new2, new if again is None else again)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def opens_with(path, passphrase: str) -> bool:
    try:
        Database.open(path, passphrase).close()
    except errors.WrongPassphrase:
        return False
    return True


def error_box(dialog) -> QMessageBox | None:
    boxes = [b for b in dialog.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    return boxes[0] if boxes else None


def test_change_runs_in_background_and_new_passphrase_opens(qtbot, context, dialog, tmp_path):
    db, path = context.db, context.db.path
    fill(qtbot, dialog, PASSPHRASE)
    # A timer on the UI thread keeps firing while the database is re-encrypted: the window answers.
    ticks: list[bool] = []
    timer = QTimer(dialog)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(dialog.busy))
    timer.start()
    with qtbot.waitSignal(dialog.finished, timeout=30000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        # Busy at once: fields and buttons disabled, the busy bar shown.
        assert dialog.busy and dialog.busy_bar.isVisible() and dialog.busy_label.isVisible()
        assert not dialog.buttons.isEnabled() and not dialog.old.isEnabled() and not dialog.new.isEnabled()
        dialog.grab().save(str(tmp_path / "busy.png"))
        # Escape, Cancel or a lock (which rejects every dialog) cannot close it meanwhile.
        dialog.reject()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible() and dialog.busy
        # A second click cannot start a second change.
        dialog._check()
    timer.stop()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.busy
    assert ticks.count(True) >= 2, ticks  # the UI thread ran while the change was running
    # The keyring follows the successful change; the open database keeps working.
    assert KeyStore().get(path) == NEW
    assert [e.action for e in audit.entries(db, action="passphrase_changed")] == ["passphrase_changed"]
    db.close()
    assert opens_with(path, NEW)
    assert not opens_with(path, PASSPHRASE)


def test_wrong_current_passphrase_shows_message_and_changes_nothing(qtbot, context, dialog):
    path = context.db.path
    before = path.read_bytes()
    fill(qtbot, dialog, "not the passphrase")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and error_box(dialog) is not None, timeout=10000)
    box = error_box(dialog)
    assert "The current passphrase is not correct." in box.text() and "Nothing was changed." in box.text()
    box.close()
    # The dialog stays open, usable again, to correct the current passphrase.
    assert dialog.isVisible() and dialog.buttons.isEnabled() and dialog.old.isEnabled()
    assert not dialog.busy_bar.isVisible()
    assert dialog.old.hasFocus() or dialog.old.selectedText() == "not the passphrase"
    assert KeyStore().get(path) == PASSPHRASE
    assert path.read_bytes() == before
    context.db.close()
    assert opens_with(path, PASSPHRASE) and not opens_with(path, NEW)


def test_disk_full_shows_message_and_changes_nothing(qtbot, context, dialog, monkeypatch):
    db, path = context.db, context.db.path

    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db, "export_copy", no_space)
    fill(qtbot, dialog, PASSPHRASE)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and error_box(dialog) is not None, timeout=10000)
    assert "The disk is full" in error_box(dialog).text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert KeyStore().get(path) == PASSPHRASE
    assert not list(path.parent.glob(".*.rekey"))
    db.close()
    assert opens_with(path, PASSPHRASE) and not opens_with(path, NEW)


def test_checks_before_starting(qtbot, context, dialog):
    fill(qtbot, dialog, PASSPHRASE, new="short", again="short")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.busy and "at least 8 characters" in dialog.error.text()
    dialog.new.clear()
    dialog.new2.clear()
    fill(qtbot, dialog, "", new=NEW, again=NEW + "x")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.error.text() == "The two new passphrases differ."
    # Cancel still closes while nothing runs.
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
