"""Start the GUI: QApplication, translations, the exception hook, then unlock -> main window."""

from __future__ import annotations

import logging

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from models import __version__
from models.core import paths
from models.core.db import Database
from models.core.keystore import KeyStore

from ui import i18n
from ui.widgets.messages import install_excepthook, translated, user_error_for
from .settings import Settings
from ui.safety.system_lock import SystemLockWatcher
from models.core import backup
from .tasks import run_in_background, wait_for_all
from ui import style


log = logging.getLogger(__name__)


class AppController(QObject):
    """Switches between the unlock screen and the main window; locking drops the key."""

    def __init__(self, settings: Settings, keystore: KeyStore) -> None:
        super().__init__()
        self.settings = settings
        self.keystore = keystore
        self.unlock_window = None
        self.main_window = None
        self.idle_watcher = None
        self.system_lock_watcher = None
        # Tests pass a factory for a watcher on a private D-Bus; None = the real system.
        self.system_lock_factory = None
        # (database path, section key) at the last lock: unlocking that database returns there.
        self._resume: tuple[str, str] | None = None
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._application_state_changed)

    def show_unlock(self, tab: int | None = None) -> None:
        # lazy: the unlock window brings the models and phonenumbers (~85 ms): loaded when first shown
        from ui.safety.unlock import UnlockWindow

        self.unlock_window = UnlockWindow(self.settings, self.keystore)
        self.unlock_window.unlocked.connect(self.show_main)
        if tab is not None:
            self.unlock_window.tabs.setCurrentIndex(tab)
        self.unlock_window.show()
        if self.unlock_window.tabs.currentIndex() == 2:  # the committee server's form
            self.unlock_window.activateWindow()
            self.unlock_window.focus_server_form()
        elif self.unlock_window.tabs.currentIndex() == 0:
            # Ready to type the passphrase (Ctrl+L, typing, Enter): not the tab bar.
            self.unlock_window.activateWindow()
            field = self.unlock_window.open_passphrase if self.unlock_window.open_path.text() else self.unlock_window.open_path
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_main(self, db: Database) -> None:
        # lazy: the main window and its context (~50 ms, phonenumbers) load only after unlocking
        from .context import AppContext
        from .main_window import MainWindow

        context = AppContext(db, self.settings)
        self.main_window = MainWindow(context, self.keystore)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.switch_requested.connect(self.switch_database)
        self.main_window.damage_found.connect(self.lock_damaged)
        self.main_window.restore_requested.connect(self.restore)
        self.main_window.preferences_changed.connect(self._watch_idle)
        self.main_window.restart_requested.connect(self.restart)
        self.main_window.show()
        log.info("main window shown")
        resume, self._resume = self._resume, None
        if resume is not None and resume[0] == store_key(db):
            try:
                self.main_window.show_section(resume[1])  # back where the lock found you
            except StopIteration:  # that section is not there any more
                pass
        if self.unlock_window is not None:
            self.unlock_window.close()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        self._watch_idle()
        self._watch_system_lock()

    # ---------------------------------------------------------------- auto-lock
    def _watch_idle(self) -> None:
        """Lock after ``auto_lock_minutes`` without keyboard or mouse input (0 = never)."""
        # lazy: ui.safety.page brings phonenumbers (~58 ms): loaded with the main window, not by import ui.app
        from ui.safety.page import IdleWatcher

        app = QCoreApplication.instance()
        if self.idle_watcher is None:
            self.idle_watcher = IdleWatcher(self.settings.auto_lock_minutes, self)
            self.idle_watcher.idle.connect(self._idle_lock)
            app.installEventFilter(self.idle_watcher)
        else:
            self.idle_watcher.set_minutes(self.settings.auto_lock_minutes)

    def _stop_watching_idle(self) -> None:
        if self.idle_watcher is not None:
            self.idle_watcher.stop()
            QCoreApplication.instance().removeEventFilter(self.idle_watcher)
            self.idle_watcher.deleteLater()
            self.idle_watcher = None

    def _idle_lock(self) -> None:
        if self.main_window is not None:
            self.lock()

    def _watch_system_lock(self) -> None:
        """Lock when the computer goes to sleep or its screen locks (whatever auto-lock says)."""
        self._stop_watching_system_lock()
        factory = self.system_lock_factory or (lambda parent: SystemLockWatcher(parent))
        self.system_lock_watcher = factory(self)
        self.system_lock_watcher.lock_now.connect(self._system_lock)
        self.system_lock_watcher.start(self.main_window)

    def _stop_watching_system_lock(self) -> None:
        if self.system_lock_watcher is not None:
            self.system_lock_watcher.stop()
            self.system_lock_watcher.deleteLater()
            self.system_lock_watcher = None

    def _system_lock(self, reason: str) -> None:
        if self.main_window is not None:
            log.info("locking: %s", reason)
            self.lock()

    def _application_state_changed(self, state) -> None:
        # System sleep (where the platform tells Qt) locks at once.
        if state == Qt.ApplicationState.ApplicationSuspended and self.main_window is not None:
            self.lock()
        elif state == Qt.ApplicationState.ApplicationActive and self.idle_watcher is not None:
            self.idle_watcher.check_clock()  # the window comes back after a sleep: ask the clock now

    def lock(self) -> None:
        window = self.main_window
        if window is not None:
            item = window.sidebar.currentItem()
            if item is not None:
                self._resume = (store_key(window.context.db), item.data(Qt.ItemDataRole.UserRole))
        server = window is not None and window.context.db.is_server
        self.switch_database(2 if server else 0)
        if window is not None and self.main_window is None and self.unlock_window is not None:
            if server:  # disconnected: the server's password is asked again
                self.unlock_window.fill_server(store_key(window.context.db))
                self.unlock_window.focus_server_form()
            else:
                self.unlock_window.open_path.setText(str(window.context.db.path))  # the file just locked

    def lock_damaged(self, message: str) -> None:
        """The open database failed its integrity check: lock, and say so on the unlock screen."""
        path = self.main_window.context.db.path if self.main_window is not None else None
        self.switch_database(0)
        if path is not None:
            self.unlock_window.open_path.setText(str(path))
        self.unlock_window.open_error.setText(message)

    def switch_database(self, tab: int) -> None:
        # lazy: ui.safety.page brings phonenumbers (~58 ms): loaded with the main window, not by import ui.app
        from ui.safety.page import passphrase_change_running

        if self.main_window is not None and passphrase_change_running(self.main_window.context.db.path):
            # Lock, sleep or switch during a passphrase change: never close the database while it
            # is being re-encrypted; try again once the change has finished.
            QTimer.singleShot(500, lambda: self.switch_database(tab))
            return
        self._stop_watching_idle()
        self._stop_watching_system_lock()
        window = self.main_window
        self.main_window = None
        if window is not None:
            window.close_for_lock()
            window.deleteLater()
        self.show_unlock(tab)

    def restart(self) -> None:
        """Close the database cleanly (as Lock does), then start the app again (a new language)."""
        # lazy: ui.safety.page brings phonenumbers (~58 ms): loaded with the main window, not by import ui.app
        from ui.safety.page import passphrase_change_running

        if self.main_window is not None and passphrase_change_running(self.main_window.context.db.path):
            QTimer.singleShot(500, self.restart)
            return
        self._stop_watching_idle()
        window, self.main_window = self.main_window, None
        if window is not None:
            window.close_for_lock()
            window.deleteLater()
        if not relaunch():
            self.show_unlock(0)  # could not start a new one: carry on here

    # ------------------------------------------------------------------ restore
    def restore(self, backup_path, passphrase: str) -> None:
        """Close the open database, restore the backup over it (the current file is kept aside),
        then open the restored database."""
        window = self.main_window
        if window is None:
            return
        db = window.context.db
        user = window.context.user_name
        wait_for_all()
        self._stop_watching_idle()
        self._stop_watching_system_lock()
        self.main_window = None
        # Clear the views without dropping the key: restore needs it, then closes the file itself.
        window.close_for_restore()
        window.deleteLater()
        self.show_unlock(0)
        unlock = self.unlock_window
        unlock.open_path.setText(str(db.path))
        unlock._set_busy(True)

        def done(result) -> None:
            new_db, _aside = result
            unlock._set_busy(False)
            unlock._finish(new_db)

        def failed(exc: BaseException) -> None:
            db.close()
            unlock._set_busy(False)
            err = user_error_for(exc)
            unlock.open_error.setText(translated(err) if err else type(exc).__name__)

        run_in_background(lambda: backup.restore_open_database(db, backup_path, passphrase, user), done, failed)


def store_key(db) -> str:
    """What names an open store across a lock: a file's path, a committee server's address."""
    if db.is_server:
        # lazy: SQLAlchemy's URL; import ui.app stays light (the first screen loads it)
        from models.core.server_session import address_of

        return address_of(db)
    return str(db.path)


def relaunch() -> bool:
    """Start a new Committee Desk with the same arguments and quit this one (after the caller
    closed the database). False when the new process could not be started."""
    if getattr(sys, "frozen", False):  # the packaged app: the executable is the program
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, sys.argv
    started = QProcess.startDetached(program, list(arguments))
    if isinstance(started, tuple):
        started = started[0]
    if started:
        log.info("restarting")
        QCoreApplication.quit()
    return bool(started)


def _icon() -> QIcon:
    path = paths.resources_dir() / "icons" / "committee-desk.png"
    return QIcon(str(path)) if path.exists() else QIcon()


def register_window_fonts() -> list[str]:
    """Make the fonts shipped for the PDFs (resources/fonts) available to the windows too, so
    names in Chinese, Arabic and other scripts show on a machine without such system fonts
    (Qt falls back to them for glyphs the default font lacks). Returns the families added.
    Cheap: Qt maps the files and reads glyphs only when it draws them."""
    families: list[str] = []
    for path in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def offer_database(unlock, target: str) -> None:
    """``--db``: a file path fills the Open tab; a server address fills the connect form (the
    password is asked for, or the keyring's is used when Connect is pressed)."""
    # lazy: SQLAlchemy; import ui.app stays light (the first screen loads it)
    from models.core.server import is_server_address

    if is_server_address(target):
        unlock.tabs.setCurrentIndex(2)
        unlock.fill_server(target)
        unlock.focus_server_form()
    else:
        unlock.tabs.setCurrentIndex(0)
        unlock.open_path.setText(str(Path(target)))


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="committee-desk")
    parser.add_argument("--demo", action="store_true", help="open (creating if needed) a demo database")
    parser.add_argument("--db", help="database file, or committee server address postgresql://user@host:port/db, "
                                     "to offer on the first screen")
    options, qt_args = parser.parse_known_args(argv)

    QCoreApplication.setOrganizationName("CommitteeDesk")
    QCoreApplication.setApplicationName("Committee Desk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(_icon())

    style.install(app)  # tabs keep the accents of capital letters (ui/style.py)
    register_window_fonts()
    settings = Settings()
    i18n.install(app, settings.language)
    install_excepthook()

    controller = AppController(settings, KeyStore())
    controller.show_unlock()
    if options.db:
        offer_database(controller.unlock_window, options.db)
    if options.demo:
        controller.unlock_window.open_demo()
    app._controller = controller  # keep alive
    return app.exec()
