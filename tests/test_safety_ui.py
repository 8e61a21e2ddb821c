"""Safety in the app: auto-lock, one instance, backups and restore, damaged files, audit trail,
preferences; and no network, ever (GUI and CLI under a guard that fails on any connect)."""

from __future__ import annotations

import os
import socket
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from conftest import PASSPHRASE
from models.core import audit, backup, demo
from models.core.db import Database
from models.core.keystore import KeyStore
from models.roster.people import PersonInput, create_person
from ui.app import AppController
from ui.settings import Settings


def open_through_unlock(qtbot, path: Path, passphrase: str = PASSPHRASE) -> AppController:
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock(0)
    unlock = controller.unlock_window
    unlock.open_path.setText(str(path))
    qtbot.keyClicks(unlock.open_passphrase, passphrase)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(unlock.open_error.text()), timeout=15000)
    return controller


@pytest.fixture
def closed_db(db, db_path):
    demo.generate(db, people=30, seed=1)
    db.close()
    return db_path


def close_app(controller: AppController) -> None:
    if controller.main_window is not None:
        controller.main_window.close()
    controller._stop_watching_idle()
    if controller.unlock_window is not None:
        controller.unlock_window.close()


def test_idle_auto_lock_and_suspend_lock_drop_the_key(qtbot, closed_db):
    controller = open_through_unlock(qtbot, closed_db)
    main = controller.main_window
    db = main.context.db
    watcher = controller.idle_watcher
    assert watcher is not None and watcher.minutes == 10 and watcher.timer.isActive()
    # Input anywhere restarts the countdown.
    watcher.set_interval_ms(400)
    qtbot.wait(250)
    QApplication.sendEvent(main, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
    assert watcher.timer.remainingTime() > 300
    # Then no input: the window goes, the engine is disposed and the key dropped.
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)
    assert not db.is_open and db._passphrase is None
    assert controller.unlock_window.isVisible() and controller.unlock_window.open_passphrase.text() == ""
    assert controller.idle_watcher is None
    # Unlock again, then the system goes to sleep: locked at once.
    qtbot.keyClicks(controller.unlock_window.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(controller.unlock_window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    db = controller.main_window.context.db
    controller._application_state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert controller.main_window is None and not db.is_open
    close_app(controller)


def test_second_app_on_the_same_file_is_refused(qtbot, closed_db):
    first = Database.open(closed_db, PASSPHRASE, exclusive=True)
    try:
        controller = open_through_unlock(qtbot, closed_db)
        assert controller.main_window is None
        assert "open in the Committee Desk app" in controller.unlock_window.open_error.text()
        close_app(controller)
    finally:
        first.close()


def test_back_up_now_preferences_audit_trail_and_restore(qtbot, closed_db, tmp_path, monkeypatch):
    controller = open_through_unlock(qtbot, closed_db)
    main = controller.main_window
    # Preferences: the user's name, auto-lock minutes and the backup folder.
    main.findChild(type(main.lock_action), "actionPreferences").trigger()
    from ui.safety.page import PreferencesDialog

    dialog = main.findChild(PreferencesDialog, "preferencesDialog")
    assert dialog is not None
    dialog.user_name.clear()
    qtbot.keyClicks(dialog.user_name, "Rosa")
    dialog.auto_lock.setValue(5)
    folder = tmp_path / "my backups"
    folder.mkdir()
    dialog.folder.setText(str(folder))
    dialog.grab().save(str(tmp_path / "preferences.png"))
    assert str(folder / "local") in dialog.where.text()
    dialog.accept()
    settings = main.context.settings
    assert settings.user_name == "Rosa" and settings.auto_lock_minutes == 5
    assert controller.idle_watcher.minutes == 5
    # Back up now (File menu): a verified encrypted backup in the chosen folder.
    with qtbot.waitSignal(main.backup_finished, timeout=15000) as blocker:
        main.findChild(type(main.lock_action), "actionBackupNow").trigger()
    made = blocker.args[0]
    assert isinstance(made, Path) and made.parent == folder / "local" and backup.is_good(made, PASSPHRASE)
    # The audit trail shows it, with the user's name, and filters.
    create_person(main.context.db, PersonInput(first_name="Ana"))
    main.findChild(type(main.lock_action), "actionAuditTrail").trigger()
    from ui.safety.page import AuditDialog, AuditModel

    trail = main.findChild(AuditDialog, "auditDialog")
    model = trail.model
    assert model.rowCount() == 2
    whats = {model.data(model.index(r, AuditModel.COL_ACTION)) for r in range(2)}
    assert whats == {"backup made", "created"}
    assert {model.data(model.index(r, AuditModel.COL_USER)) for r in range(2)} == {"Rosa"}
    trail.action.setCurrentIndex(trail.action.findData("backup_made"))
    assert model.rowCount() == 1
    trail.resize(900, 300)
    trail.grab().save(str(tmp_path / "audit.png"))
    trail.reject()
    # Restore from backup (File menu): confirmation, current file kept aside, the backup reopened.
    monkeypatch.setattr("ui.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(made), ""))

    original_exec = QMessageBox.exec

    def fake_exec(box):
        if box.objectName() == "confirmRestore":
            restore = next(b for b in box.buttons() if b.text() == "Restore")
            restore.click()
            box.done(0)
            return 0
        return original_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    old_db = main.context.db
    main.findChild(type(main.lock_action), "actionRestore").trigger()
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window is not main, timeout=20000)
    assert not old_db.is_open
    new_db = controller.main_window.context.db
    assert new_db.instance_lock is not None and new_db.instance_lock.held
    with new_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 30  # Ana came later
    assert [e.action for e in audit.entries(new_db)][:1] == ["restored"]
    assert len(list(closed_db.parent.glob("local.cdesk.replaced-*"))) == 1
    close_app(controller)


def test_damaged_file_offers_the_newest_good_backup(qtbot, closed_db):
    db = Database.open(closed_db, PASSPHRASE)
    good = backup.make_backup(db)
    db.checkpoint()
    db.close()
    with closed_db.open("r+b") as handle:
        handle.seek(5 * 4096 + 100)
        handle.write(b"\x00\x01\x02\x03")
    damaged = closed_db.read_bytes()
    # A later page is damaged: the file opens (the full check would delay every start), the
    # background check finds the damage, locks, and says so; the next unlock checks first.
    controller = open_through_unlock(qtbot, closed_db)
    qtbot.waitUntil(lambda: controller.main_window is None and controller.unlock_window is not None, timeout=20000)
    unlock = controller.unlock_window
    assert "damaged" in unlock.open_error.text()
    assert closed_db.read_bytes() == damaged
    qtbot.keyClicks(unlock.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock.restore_button.isVisible(), timeout=15000)
    assert controller.main_window is None
    assert "damaged" in unlock.open_error.text()
    when = backup.list_backups(closed_db)[0].when_text
    assert backup.list_backups(closed_db)[0].path == good
    assert unlock.restore_button.isVisible() and unlock.restore_button.text() == f"Restore the backup from {when}"
    unlock.grab().save(str(closed_db.parent / "damaged.png"))
    assert closed_db.read_bytes() == damaged
    qtbot.mouseClick(unlock.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20000)
    assert controller.main_window.context.db.check().ok
    aside = list(closed_db.parent.glob("local.cdesk.replaced-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    close_app(controller)


# ------------------------------------------------------------------ no network
GUARD = textwrap.dedent(
    """
    import socket

    def _refuse(*args, **kwargs):
        raise AssertionError("network connection attempted")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    """
)


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] if args else kwargs)
        raise AssertionError("network connection attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_gui_and_cli_make_no_network_connection(qtbot, no_network, closed_db, tmp_path, cli_process, monkeypatch):
    # The GUI: unlock, every section, a backup, the audit trail, lock.
    controller = open_through_unlock(qtbot, closed_db)
    main = controller.main_window
    for spec in main._specs:
        main.show_section(spec.key)
    with qtbot.waitSignal(main.backup_finished, timeout=15000):
        main.back_up()
    main.show_audit_trail()
    controller.lock()
    close_app(controller)
    assert no_network == []
    # The CLI in subprocesses, with a sitecustomize that installs the same guard.
    site = tmp_path / "guard"
    site.mkdir()
    (site / "sitecustomize.py").write_text(GUARD)
    monkeypatch.setenv("PYTHONPATH", str(site) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    probe = cli_process("list", "people", "--db", str(closed_db))
    assert probe.returncode == 0, probe.stderr
    for args in (
        ("demo", "--db", str(closed_db), "--people", "10"),
        ("check", "--db", str(closed_db)),
        ("backup", "--db", str(closed_db), str(tmp_path)),
    ):
        result = cli_process(*args)
        assert result.returncode == 0, result.stderr
        assert "network connection attempted" not in result.stderr
    import subprocess

    check = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
                           capture_output=True, text=True, env=dict(os.environ))
    assert "network connection attempted" in check.stderr  # the guard is active in subprocesses
