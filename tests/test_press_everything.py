"""Press everything, as a new user would: on the demo database, every section, every tab, the first
row of every list, every enabled button and every menu action (except quit, lock, delete, restore
and passphrase change), with file dialogs answered and message boxes closed. The test fails on
the unexpected-error dialog, a log line saying "unexpected", or an uncaught exception (pytest-qt
captures exceptions raised in Qt's event loop and fails the test)."""

from __future__ import annotations

import csv
import logging
import os
import re
import time

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

# What a person must not press in a run over their data (the list), by object name or text.
SKIP = re.compile(r"delete|remove|restore|lock|quit|passphrase|undo.*import|eliminar|quitar", re.IGNORECASE)


TRACE = bool(os.environ.get("PRESS_TRACE"))


class DialogCloser(QObject):
    """Closes whatever modal window opens (rejects dialogs, presses a message box's escape
    button) and remembers the unexpected-error dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.unexpected: list[str] = []
        self.closed = 0
        self.timer = QTimer(self)
        self.timer.setInterval(25)
        self.timer.timeout.connect(self.close_modals)
        self.timer.start()

    def close_modals(self) -> None:
        for widget in [QApplication.activeModalWidget(), *QApplication.topLevelWidgets()]:
            if widget is None or not isValid(widget) or not widget.isVisible():
                continue
            if widget.objectName() == "unexpectedErrorBox":
                self.unexpected.append(widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle())
            if isinstance(widget, QMenu):  # a button's menu (New from template): close it
                widget.close()
                self.closed += 1
            elif isinstance(widget, QMessageBox):
                button = widget.escapeButton() or widget.button(QMessageBox.StandardButton.Cancel) \
                    or widget.button(QMessageBox.StandardButton.No) or widget.button(QMessageBox.StandardButton.Ok)
                if button is not None:
                    button.click()
                else:
                    widget.reject()
                self.closed += 1
            elif isinstance(widget, QDialog) and widget.isModal():
                widget.reject()
                self.closed += 1


@pytest.fixture
def answered_dialogs(monkeypatch, tmp_path):
    """File dialogs answer with a path in tmp_path; input dialogs are cancelled."""
    people = tmp_path / "people.csv"
    with people.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["First name", "Last name", "Phone"])
        writer.writerow(["Nadia", "Fictional", "(773) 555-0177"])
    saved = iter(range(10_000))

    def save_name(*args, **kwargs):
        patterns = args[3] if len(args) > 3 else kwargs.get("filter", "")
        ext = ".xlsx" if "xlsx" in patterns else ".csv" if "csv" in patterns and "xlsx" not in patterns else ".pdf"
        return str(tmp_path / f"out-{next(saved)}{ext}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(people), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(people)], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    return tmp_path


@pytest.fixture
def explored_dialogs(monkeypatch, qtbot):
    """A dialog that opens (exec() or open()) is shown, its own buttons are pressed (not its
    Save / OK / Cancel row, nor anything in SKIP), then it is cancelled. Dialogs it opens in
    turn are explored the same way, two levels deep."""
    explored: list[str] = []
    depth = [0]
    real_exec, real_open = QDialog.exec, QDialog.open

    def explore(dialog: QDialog) -> None:
        dialog.show()
        settle(qtbot)
        if depth[0] < 2:
            depth[0] += 1
            try:
                for button in list(dialog.findChildren(QAbstractButton)):
                    if not pressable(button) or isinstance(button.parentWidget(), QDialogButtonBox):
                        continue
                    if not isValid(dialog) or not dialog.isVisible():
                        break
                    explored.append(f"{type(dialog).__name__}:{button.objectName() or button.text()}")
                    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                    settle(qtbot)
            finally:
                depth[0] -= 1
        if isValid(dialog):
            dialog.reject()

    def fake_exec(dialog: QDialog) -> int:
        if isinstance(dialog, (QMessageBox, QFileDialog, QProgressDialog)) or type(dialog).__module__.startswith("PySide6"):
            return real_exec(dialog)
        explore(dialog)
        return int(QDialog.DialogCode.Rejected)

    def fake_open(dialog: QDialog) -> None:
        if isinstance(dialog, (QMessageBox, QFileDialog, QProgressDialog)) or type(dialog).__module__.startswith("PySide6"):
            return real_open(dialog)
        QTimer.singleShot(0, lambda: explore(dialog) if isValid(dialog) else None)
        return None

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "open", fake_open)
    return explored


def settle(qtbot, timeout: float = 20.0) -> None:
    """Let background work (ui/tasks.py) finish and its results arrive."""
    from ui import tasks

    deadline = time.monotonic() + timeout
    qtbot.wait(15)
    while tasks._running and time.monotonic() < deadline:
        qtbot.wait(15)
    qtbot.wait(10)


def pressable(button: QAbstractButton) -> bool:
    if not isValid(button) or not button.isVisible() or not button.isEnabled():
        return False
    if isinstance(button, (QCheckBox, QRadioButton)):
        return False
    parent = button.parentWidget()
    while parent is not None:  # scroll arrows, spin box arrows, the line edits' clear buttons, calendars
        if isinstance(parent, (QTabBar, QScrollBar, QAbstractSpinBox, QLineEdit, QCalendarWidget, QComboBox)):
            return False
        parent = parent.parentWidget()
    text = f"{button.objectName()} {button.text()} {button.toolTip()}"
    return not SKIP.search(text)


class Presser:
    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.pressed: list[str] = []
        self.rows = 0
        self.tabs = 0

    def first_rows(self, root: QWidget) -> None:
        for view in root.findChildren(QAbstractItemView):
            if not isValid(view) or not view.isVisible() or view.model() is None or view.model().rowCount() == 0:
                continue
            if isinstance(view.parentWidget(), QComboBox) or type(view).__name__ == "QCalendarView":
                continue
            index = view.model().index(0, 0)
            rect = view.visualRect(index)
            if rect.isValid():
                self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                self.rows += 1
                settle(self.qtbot)

    def buttons(self, root: QWidget, seen: set) -> None:
        for button in list(root.findChildren(QAbstractButton)):
            if not pressable(button) or id(button) in seen:
                continue
            seen.add(id(button))
            before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            label = button.objectName() or button.text()
            if TRACE:
                print("press", type(button.window()).__name__, repr(label), flush=True)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            self.pressed.append(label)
            settle(self.qtbot)
            # A window it opened (wall chart, committee page, resolution editor): press its
            # buttons too, then close it.
            for window in [w for w in QApplication.topLevelWidgets()
                           if w.isVisible() and id(w) not in before and w is not self.window and not isinstance(w, QMenu)]:
                if isValid(window):
                    self.first_rows(window)
                    self.buttons(window, seen)
                if isValid(window):
                    window.close()
                    settle(self.qtbot)

    def page(self, page: QWidget) -> None:
        seen: set = set()
        self.first_rows(page)
        self.buttons(page, seen)
        for tabs in page.findChildren(QTabWidget):
            if not isValid(tabs) or not tabs.isVisible():
                continue
            bar = tabs.tabBar()
            for index in range(tabs.count()):
                if not tabs.isTabEnabled(index):
                    continue
                self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                self.tabs += 1
                settle(self.qtbot)
                current = tabs.currentWidget()
                self.first_rows(current)
                self.buttons(current, seen)

    def menus(self) -> None:
        def actions(menu_or_bar) -> list[QAction]:
            found = []
            for action in menu_or_bar.actions():
                if action.menu() is not None:
                    found.extend(actions(action.menu()))
                elif not action.isSeparator():
                    found.append(action)
            return found

        for action in actions(self.window.menuBar()):
            name = f"{action.objectName()} {action.text()}"
            if not action.isEnabled() or SKIP.search(name) or re.search(r"restore|quit|lock|passphrase", name, re.I):
                continue
            if TRACE:
                print("trigger", repr(name), flush=True)
            action.trigger()
            self.pressed.append(action.objectName() or action.text())
            settle(self.qtbot)
            for window in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window]:
                if isinstance(window, QDialog):
                    window.close()
            settle(self.qtbot)


# The offscreen platform cannot raise a window or grab the keyboard for a popup menu.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_press_everything_on_the_demo_database(qtbot, demo_db, context, answered_dialogs, explored_dialogs, caplog):
    from models.core.keystore import KeyStore
    from ui.main_window import MainWindow

    caplog.set_level(logging.WARNING)
    closer = DialogCloser()
    window = MainWindow(context, KeyStore())
    qtbot.addWidget(window)
    switches = []
    window.switch_requested.connect(switches.append)  # New / Open another database: the app would lock
    window.resize(1280, 740)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    presser = Presser(qtbot, window)
    started = time.monotonic()
    for row in range(window.sidebar.count()):
        sidebar = window.sidebar
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center())
        settle(qtbot)
        presser.page(window.current_page())
    presser.menus()
    settle(qtbot)
    closer.timer.stop()
    elapsed = time.monotonic() - started
    print(f"pressed {len(presser.pressed)} controls (buttons and menu actions) and {len(explored_dialogs)} buttons "
          f"inside the dialogs they opened, {presser.tabs} tabs, {presser.rows} first rows, closed {closer.closed} "
          f"message boxes and dialogs, in {elapsed:.0f} s")
    assert not closer.unexpected, closer.unexpected
    unexpected = [r.getMessage() for r in caplog.records if "unexpected" in r.getMessage().lower()]
    assert not unexpected, unexpected
    assert len(presser.pressed) >= 90, presser.pressed
    window.close()
