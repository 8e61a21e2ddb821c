"""The unlock screen under faults (issue 21): a remembered passphrase is forgotten only when
SQLCipher says the key is wrong (never for a full or read-only disk or a busy file), and an
empty or truncated file offers its good backup, restored with one click."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from conftest import PASSPHRASE
from models.core import backup, demo
from models.core.db import Database
from models.core.instance_lock import InstanceLock
from models.core.keystore import KeyStore
from ui.app import AppController
from ui.settings import Settings


def unlock_screen() -> AppController:
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock(0)
    return controller


def click_unlock(qtbot, controller: AppController, path: Path, passphrase: str = "") -> None:
    unlock = controller.unlock_window
    qtbot.keyClicks(unlock.open_path, str(path))
    if passphrase:
        qtbot.keyClicks(unlock.open_passphrase, passphrase)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(unlock.open_error.text()), timeout=20000)


def close_app(controller: AppController) -> None:
    if controller.main_window is not None:
        controller.main_window.close()
    controller._stop_watching_idle()
    if controller.unlock_window is not None:
        controller.unlock_window.close()


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    yield mount
    subprocess.run(["mount", "-o", "remount,rw", str(mount)], capture_output=True)
    subprocess.run(["umount", str(mount)], capture_output=True)


def _fill(folder: Path) -> None:
    import os

    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 512):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_full_or_read_only_disk_keeps_the_remembered_passphrase(qtbot, small_disk, fault):
    path = small_disk / "local.cdesk"
    db = Database.create(path, PASSPHRASE, organization="Test local")
    demo.generate(db, people=10, seed=4)
    db.close()
    assert KeyStore().remember(path, PASSPHRASE)
    if fault == "full":
        _fill(small_disk)
        expected = "The disk holding the database is full"
    else:
        done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {done.stderr.strip()}")
        expected = "read-only disk or in a read-only folder"
    before = sorted(p.name for p in small_disk.iterdir())
    controller = unlock_screen()
    click_unlock(qtbot, controller, path)  # the remembered passphrase (the field left empty)
    unlock = controller.unlock_window
    assert controller.main_window is None
    assert expected in unlock.open_error.text()
    assert "passphrase" not in unlock.open_error.text()
    assert KeyStore().get(path) == PASSPHRASE  # not forgotten: the key was never the problem
    assert sorted(p.name for p in small_disk.iterdir()) == before  # no -wal, -shm or lock left
    close_app(controller)


def test_a_busy_file_keeps_the_remembered_passphrase(qtbot, db, db_path):
    db.close()
    assert KeyStore().remember(db_path, PASSPHRASE)
    other_app = InstanceLock(db_path, "app").acquire()
    try:
        controller = unlock_screen()
        click_unlock(qtbot, controller, db_path)
        assert "This database is open in the Committee Desk app" in controller.unlock_window.open_error.text()
        assert KeyStore().get(db_path) == PASSPHRASE
        close_app(controller)
    finally:
        other_app.release()


def test_a_remembered_passphrase_sqlcipher_rejects_is_forgotten(qtbot, db, db_path):
    db.close()
    assert KeyStore().remember(db_path, "an old passphrase that changed")
    controller = unlock_screen()
    click_unlock(qtbot, controller, db_path)
    assert "the passphrase is wrong" in controller.unlock_window.open_error.text()
    assert KeyStore().get(db_path) is None
    close_app(controller)


@pytest.mark.parametrize("how", ["empty", "truncated"])
def test_empty_or_truncated_file_offers_its_backup_in_the_unlock_screen(qtbot, db, db_path, how):
    demo.generate(db, people=30, seed=1)
    good = backup.make_backup(db)
    db.close()
    if how == "empty":
        db_path.write_bytes(b"")
    else:
        with db_path.open("r+b") as handle:
            handle.truncate(2 * 4096 + 300)
    damaged = db_path.read_bytes()
    controller = unlock_screen()
    click_unlock(qtbot, controller, db_path, PASSPHRASE)
    unlock = controller.unlock_window
    qtbot.waitUntil(lambda: unlock.restore_button.isVisible(), timeout=15000)
    assert controller.main_window is None
    assert "A good backup from" in unlock.open_error.text()
    when = backup.list_backups(db_path)[0].when_text
    assert backup.list_backups(db_path)[0].path == good
    assert unlock.restore_button.text() == f"Restore the backup from {when}"
    assert db_path.read_bytes() == damaged
    qtbot.mouseClick(unlock.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20000)
    db = controller.main_window.context.db
    assert db.check().ok and db.check().counts["people"] == 30
    aside = list(db_path.parent.glob("local.cdesk.replaced-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    close_app(controller)
