"""Start the GUI: QApplication, translations, the exception hook, then unlock -> main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from models import __version__, paths
from models.db import Database
from models.keystore import KeyStore

from . import i18n
from .messages import install_excepthook
from .settings import Settings


class AppController(QObject):
    """Switches between the unlock screen and the main window; locking drops the key."""

    def __init__(self, settings: Settings, keystore: KeyStore) -> None:
        super().__init__()
        self.settings = settings
        self.keystore = keystore
        self.unlock_window = None
        self.main_window = None

    def show_unlock(self, tab: int | None = None) -> None:
        from .unlock import UnlockWindow

        self.unlock_window = UnlockWindow(self.settings, self.keystore)
        self.unlock_window.unlocked.connect(self.show_main)
        if tab is not None:
            self.unlock_window.tabs.setCurrentIndex(tab)
        self.unlock_window.show()

    def show_main(self, db: Database) -> None:
        from .context import AppContext
        from .main_window import MainWindow

        context = AppContext(db, self.settings)
        self.main_window = MainWindow(context, self.keystore)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.switch_requested.connect(self.switch_database)
        self.main_window.show()
        if self.unlock_window is not None:
            self.unlock_window.close()
            self.unlock_window.deleteLater()
            self.unlock_window = None

    def lock(self) -> None:
        self.switch_database(0)

    def switch_database(self, tab: int) -> None:
        window = self.main_window
        self.main_window = None
        if window is not None:
            window.close_for_lock()
            window.deleteLater()
        self.show_unlock(tab)


def _icon() -> QIcon:
    path = paths.resources_dir() / "icons" / "committee-desk.png"
    return QIcon(str(path)) if path.exists() else QIcon()


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="committee-desk")
    parser.add_argument("--demo", action="store_true", help="open (creating if needed) a demo database")
    parser.add_argument("--db", type=Path, help="database to offer on the unlock screen")
    options, qt_args = parser.parse_known_args(argv)

    QCoreApplication.setOrganizationName("CommitteeDesk")
    QCoreApplication.setApplicationName("Committee Desk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(_icon())
    settings = Settings()
    i18n.install(app, settings.language)
    install_excepthook()

    controller = AppController(settings, KeyStore())
    controller.show_unlock()
    if options.db:
        controller.unlock_window.tabs.setCurrentIndex(0)
        controller.unlock_window.open_path.setText(str(options.db))
    if options.demo:
        controller.unlock_window.open_demo()
    app._controller = controller  # keep alive
    return app.exec()
