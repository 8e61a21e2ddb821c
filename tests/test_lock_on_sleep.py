"""Issue #21 item 6: the app locks when the laptop sleeps or the screen locks.

* The wall clock: the idle timer's monotonic clock does not count sleep, so a jump of the wall
  clock past the auto-lock time locks, on the next tick or on the first key after waking.
* D-Bus (Linux): logind's PrepareForSleep(true), our session's Lock, the ScreenSaver's
  ActiveChanged(true), sent on a private dbus-daemon (Debian package: dbus).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from conftest import PASSPHRASE
from models.core import demo
from models.core.keystore import KeyStore
from ui.app import AppController
from ui.settings import Settings
from ui.safety.system_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SystemLockWatcher,
    session_object_path,
    windows_lock_reason,
)


@pytest.fixture
def closed_db(db, db_path):
    demo.generate(db, people=20, seed=2)
    db.close()
    return db_path


def unlock(qtbot, controller: AppController, path: Path) -> None:
    window = controller.unlock_window
    window.open_path.setText(str(path))
    window.open_passphrase.clear()
    qtbot.keyClicks(window.open_passphrase, PASSPHRASE)
    qtbot.keyClick(window.open_passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)


def open_app(qtbot, path: Path, factory=None) -> AppController:
    controller = AppController(Settings(), KeyStore())
    controller.system_lock_factory = factory
    controller.show_unlock(0)
    unlock(qtbot, controller, path)
    return controller


def close_app(controller: AppController) -> None:
    if controller.main_window is not None:
        controller.main_window.close()
    controller._stop_watching_idle()
    controller._stop_watching_system_lock()
    if controller.unlock_window is not None:
        controller.unlock_window.close()


def asleep_for(watcher, seconds: float) -> None:
    """What waking up looks like to the app: the wall clock moved on, the monotonic one did not."""
    start = time.time()
    watcher.wall_clock = lambda: time.time() - start + watcher._input_wall + seconds


def test_a_wall_clock_jump_past_the_limit_locks_on_the_next_tick(qtbot, closed_db):
    controller = open_app(qtbot, closed_db)
    db = controller.main_window.context.db
    watcher = controller.idle_watcher
    assert watcher.minutes == 10 and watcher.tick.isActive()
    watcher.tick.setInterval(50)
    asleep_for(watcher, 9 * 60)  # less than the limit: nothing happens
    qtbot.wait(300)
    assert controller.main_window is not None
    asleep_for(watcher, 11 * 60)
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)
    assert not db.is_open and db._passphrase is None
    assert controller.unlock_window.isVisible()
    close_app(controller)


def test_the_first_key_after_waking_locks_and_types_nothing(qtbot, closed_db):
    controller = open_app(qtbot, closed_db)
    main = controller.main_window
    db = main.context.db
    search = main.current_page().findChild(QLineEdit, "rosterSearch")
    search.setFocus()
    qtbot.keyClicks(search, "a")  # input before the sleep is ordinary activity
    assert search.text() == "a" and controller.main_window is main
    asleep_for(controller.idle_watcher, 60 * 60)  # tick far away: the key press notices
    qtbot.keyClick(search, Qt.Key.Key_B)
    assert controller.main_window is None and not db.is_open
    close_app(controller)


def test_coming_back_to_the_app_after_a_sleep_locks_before_any_input(qtbot, closed_db):
    from PySide6.QtWidgets import QApplication

    controller = open_app(qtbot, closed_db)
    watcher = controller.idle_watcher
    watcher.tick.stop()  # neither the tick nor a key: the platform says the app is active again
    asleep_for(watcher, 2 * 3600)
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert controller.main_window is None
    close_app(controller)


def test_auto_lock_never_is_not_overridden_by_the_clock(qtbot, closed_db):
    settings = Settings()
    settings.auto_lock_minutes = 0
    controller = open_app(qtbot, closed_db)
    watcher = controller.idle_watcher
    assert watcher.minutes == 0 and not watcher.tick.isActive()
    asleep_for(watcher, 24 * 3600)
    qtbot.keyClick(controller.main_window, Qt.Key.Key_Shift)
    assert controller.main_window is not None
    close_app(controller)


def test_windows_messages_and_logind_paths():
    assert windows_lock_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "sleep"
    assert windows_lock_reason(WM_POWERBROADCAST, 0x12) is None  # PBT_APMRESUMEAUTOMATIC
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "screen-lock"
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # WTS_SESSION_UNLOCK
    assert session_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_object_path("c1") == "/org/freedesktop/login1/session/c1"
    assert session_object_path("12") == "/org/freedesktop/login1/session/_312"


# ---------------------------------------------------------------------------------- D-Bus
OUR_SESSION = "/org/freedesktop/login1/session/_32"


@pytest.fixture
def private_bus():
    """A private dbus-daemon standing in for both the system and the session bus."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon not installed (Debian package: dbus)")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = proc.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


def test_dbus_sleep_session_lock_and_screensaver_lock(qtbot, closed_db, private_bus):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    system = QDBusConnection.connectToBus(private_bus, "test-system")
    session = QDBusConnection.connectToBus(private_bus, "test-session")
    assert system.isConnected() and session.isConnected()
    watchers: list[SystemLockWatcher] = []

    def factory(parent):
        watcher = SystemLockWatcher(parent, system_bus=system, session_bus=session, session_path=OUR_SESSION)
        watchers.append(watcher)
        return watcher

    # logind, played by a connection that owns its name.
    logind = QDBusConnection.connectToBus(private_bus, "test-logind")
    assert logind.registerService("org.freedesktop.login1")

    def send(path: str, interface: str, name: str, *args) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        if args:
            message.setArguments(list(args))
        assert logind.send(message)

    controller = open_app(qtbot, closed_db, factory)
    assert sorted(watchers[-1].listening) == sorted([
        "logind PrepareForSleep", "logind session Lock",
        "org.freedesktop.ScreenSaver ActiveChanged", "org.gnome.ScreenSaver ActiveChanged"])

    # Waking up (PrepareForSleep false) and another session's lock leave this window alone.
    send("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
    send("/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session", "Lock")
    qtbot.wait(400)
    assert controller.main_window is not None

    # Going to sleep: locked, the key dropped.
    db = controller.main_window.context.db
    send("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)
    assert not db.is_open and db._passphrase is None
    assert watchers[0].listening == []  # stopped with the window

    # loginctl lock-session (our session's Lock): locked.
    unlock(qtbot, controller, closed_db)
    send(OUR_SESSION, "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)

    # The screen saver turning on (sent by another program with dbus-send): locked.
    unlock(qtbot, controller, closed_db)
    if shutil.which("dbus-send"):
        subprocess.run(["dbus-send", f"--bus={private_bus}", "--type=signal", "/org/freedesktop/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True, timeout=10)
    else:
        screensaver = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                                "ActiveChanged")
        screensaver.setArguments([True])
        assert session.send(screensaver)
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)
    close_app(controller)


# ------------------------------------------------------------- lock and unlock by keyboard
def test_ctrl_l_then_typing_and_enter_returns_to_the_same_section(qtbot, closed_db, tmp_path):
    """Issue #22: after Lock the passphrase box has the focus, and unlocking returns to the
    section you were in (not Roster)."""
    from PySide6.QtWidgets import QApplication

    controller = open_app(qtbot, closed_db)
    main = controller.main_window
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # View > third section
    section = main.sidebar.currentItem().data(Qt.ItemDataRole.UserRole)
    assert section != "roster"
    page_type = type(main.current_page())

    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.main_window is None
    window = controller.unlock_window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.open_passphrase, timeout=3000)
    assert window.open_path.text() == str(closed_db)
    # Type into whatever has the focus, as a person does, then Enter.
    for ch in PASSPHRASE:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    again = controller.main_window
    assert again.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == section
    assert type(again.current_page()) is page_type

    # Opening another database is not a lock: it starts at the first section.
    other = tmp_path / "other.cdesk"
    from models.core.db import Database

    Database.create(other, PASSPHRASE).close()
    again.findChild(type(again.lock_action), "actionOpenDatabase").trigger()
    assert controller.main_window is None
    unlock(qtbot, controller, other)
    assert controller.main_window.sidebar.currentRow() == 0
    close_app(controller)
