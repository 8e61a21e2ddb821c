"""The main window: a sidebar of sections, the current page, menus and a status bar.

On a committee server (``db.is_server``) the window shows only the sections of the login's role
(ui/roles.py), says in the status bar who is connected to what, and hides what only a file has
(backups, restore, passphrase, the integrity check): ``db.path`` is None there."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from models import __version__
from models.core import audit, backup, demo
from models.core.db import DatabaseDamaged
from models.core.keystore import KeyStore
from models.core.server_session import server_place

from .context import AppContext
from ui.widgets.messages import show_error, translated, user_error_for
from .navigation import RosterPlace
from .roles import may, role_name, sees
from .sections import SectionSpec, sections
from ui.safety.page import AuditDialog, ChangePassphraseDialog, passphrase_change_running, PreferencesDialog
from .tasks import Cancelled


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_requested = Signal(int)  # unlock-screen tab: 0 open, 1 create
    damage_found = Signal(str)  # the background integrity check failed: lock and say why
    restore_requested = Signal(object, str)  # backup path, its passphrase
    backup_finished = Signal(object)  # the backup's path (or the exception)
    preferences_changed = Signal()
    restart_requested = Signal()  # the language changed and the user wants it now

    def __init__(self, context: AppContext, keystore: KeyStore, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        context.navigator = self  # typed navigation between pages (ui/navigation.py)
        self.keystore = keystore
        self.setObjectName("mainWindow")
        self._locking = False
        self.server = bool(context.db.is_server)
        self._specs: list[SectionSpec] = [spec for spec in sections() if sees(context.role, spec.key)]
        self._pages: dict[str, QWidget] = {}
        self._refused: dict[str, QLabel] = {}  # sections whose page the server refused to fill

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        for spec in self._specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; background: palette(window); font-size: 11pt; }"
            "QListWidget#sidebar::item { padding: 8px 10px; border-radius: 4px; }"
            "QListWidget#sidebar::item:selected { background: #2f5d8a; color: white; }"
        )
        # Measured in the style sheet's font (polish applies it), so the longest title (often the
        # Spanish one) fits without a horizontal scroll bar: text, the items' padding, some air.
        self.sidebar.ensurePolished()
        metrics = QFontMetrics(self.sidebar.font())
        width = max((metrics.horizontalAdvance(spec.title()) for spec in self._specs), default=metrics.averageCharWidth() * 12)
        self.sidebar.setFixedWidth(width + 2 * 10 + metrics.averageCharWidth() * 4
                                   + 2 * self.sidebar.frameWidth())
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_section)
        if not self._specs:  # a server login without a role yet
            nothing = QLabel(self.tr("Your login has no role on this committee server yet, so there is nothing to show. "
                                     "Ask the server's admin to give you one."))
            nothing.setObjectName("noRoleLabel")
            nothing.setWordWrap(True)
            nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(nothing)

        self.status_count = QLabel()
        self.status_count.setObjectName("statusCount")
        self.statusBar().addPermanentWidget(self.status_count)
        self.status_connection = QLabel()
        self.status_connection.setObjectName("statusConnection")
        if self.server:
            self.status_connection.setText(self.tr("Connected to {server} as {user} ({role})").format(
                server=server_place(context.db), user=context.db.user, role=role_name(context.role)))
            self.statusBar().addPermanentWidget(self.status_connection)
        context.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))

        self._build_menus()
        self._update_title()
        geometry = context.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * 170, metrics.height() * 45)
        self.sidebar.setCurrentRow(0)

        audit.set_default_user(context.settings.user_name)
        self._backup_running = False
        # Automatic backups: shortly after opening (when the newest is not recent) and every N hours.
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(lambda: self.back_up(auto=True))
        # The full integrity check reads every page (seconds on a big file), so it runs in the
        # background once the window is up; the first automatic backup follows a passing check.
        # A committee server keeps (and checks) its own files: neither runs there.
        self.integrity_checked = False
        if not self.server:
            self.backup_timer.start(context.settings.backup_every_hours * 3_600_000)
            QTimer.singleShot(2000, self, self._check_integrity)

    def _check_integrity(self) -> None:
        if self._locking or not self.context.db.is_open or self.server:
            return
        db, folder = self.context.db, self._backup_folder()

        def done(_result) -> None:
            self.integrity_checked = True
            self.context.settings.set_verify_on_open(db.path, False)
            if not self._locking and backup.due(db.path, folder, 0.25):
                self.back_up(auto=True)

        def failed(exc: BaseException) -> None:
            err = user_error_for(exc)
            if not isinstance(err, DatabaseDamaged):
                if not self._locking:
                    show_error(self, exc)
                return
            # Next unlock checks before opening, and offers the newest good backup.
            self.context.settings.set_verify_on_open(db.path, True)
            self.damage_found.emit(
                translated(err).splitlines()[0] + "\n" + self.tr("Enter the passphrase to restore the newest good backup.")
            )

        self.context.run(lambda: db.quick_check(folder), done, failed)

    # -------------------------------------------------------------- sections
    def page(self, key: str) -> QWidget:
        """The page of a section, created on first use."""
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            refused = self._refused.pop(key, None)
            if refused is not None:  # tried again
                self.stack.removeWidget(refused)
                refused.deleteLater()
            try:
                widget = spec.factory(self.context)
            except Exception as exc:  # noqa: BLE001 - e.g. the committee server refused what the page reads
                err = user_error_for(exc)
                if err is None:
                    raise
                widget = QLabel(translated(err))  # the plain message where the page would be
                widget.setWordWrap(True)
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
                widget.setObjectName(f"refused_{key}")
                self.stack.addWidget(widget)
                self._refused[key] = widget  # the page is tried again when next shown
                return widget
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.sidebar.setCurrentRow(row)
        return self.stack.currentWidget()

    def show_roster(self, wanted: RosterPlace) -> None:
        """The roster, in front, showing the people of a workplace cell (the wall chart asks)."""
        if not sees(self.context.role, "roster"):
            return
        page = self.page("roster")
        if hasattr(page, "show_place"):  # not the server's refusal in its place
            page.show_place(wanted)
        self.show_section("roster")

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self._specs[row].key)
        self.stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # ----------------------------------------------------------------- menus
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, s=slot: s())  # triggered(bool) must not reach slot
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New database…"), lambda: self._switch(1), name="actionNewDatabase"))
        file_menu.addAction(self._action(self.tr("&Open another database…"), lambda: self._switch(0), QKeySequence.StandardKey.Open, "actionOpenDatabase"))
        if not self.server:
            file_menu.addSeparator()
        # What only the encrypted file has (a committee server keeps its own backups and has
        # logins, not a passphrase; fictional people have no place on a shared server).
        file_only = [
            self._action(self.tr("&Back up now"), lambda: self.back_up(auto=False), "Ctrl+Shift+B", "actionBackupNow"),
            self._action(self.tr("&Restore from backup…"), self.restore_from_backup, name="actionRestore"),
            None,
            self._action(self.tr("Change &passphrase…"), self.change_passphrase, name="actionChangePassphrase"),
            self._action(self.tr("Add fictional &demo people…"), self.add_demo_people, name="actionDemo"),
        ]
        for action in file_only:
            if action is None:
                if not self.server:
                    file_menu.addSeparator()
            elif self.server:
                action.setVisible(False)
                action.setEnabled(False)
            else:
                file_menu.addAction(action)
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L", "actionLock")
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit"))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._action(self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, "actionFind"))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, spec in enumerate(self._specs[:9]):
            view_menu.addAction(
                self._action(spec.title(), lambda _=False, k=spec.key: self.show_section(k), f"Ctrl+{index + 1}")
            )

        audit_trail = self._action(self.tr("&Audit trail"), self.show_audit_trail, "Ctrl+Shift+A", "actionAuditTrail")
        if may(self.context.role, "audit_trail"):
            view_menu.addSeparator()
            view_menu.addAction(audit_trail)
        else:  # everyone's history: the owner's and the admins'
            audit_trail.setVisible(False)
            audit_trail.setEnabled(False)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action(self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences, "actionPreferences"))
        settings_menu.addAction(self._action(self.tr("Your &name…"), self.set_user_name, name="actionUserName"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        languages = QActionGroup(self)
        languages.setExclusive(True)
        for code, name in (("", self.tr("Follow the system")), ("en", "English"), ("es", "Español")):
            action = self._action(name, lambda c=code: self.set_language(c), name=f"actionLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(self.context.settings.language == code)
            languages.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Committee Desk"), self.about))

    def _focus_search(self) -> None:
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def _update_title(self) -> None:
        db = self.context.db
        self.setWindowTitle(self.tr("{name} — Committee Desk").format(name=db.location if self.server else db.path.name))

    # --------------------------------------------------------------- actions
    def lock(self) -> None:
        self.lock_requested.emit()

    def _switch(self, tab: int) -> None:
        self.switch_requested.emit(tab)

    def close_for_lock(self) -> None:
        """Clear every view, dispose the engine and drop the key; then close the window."""
        self._locking = True
        self.backup_timer.stop()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.context.settings.set_geometry("main", self.saveGeometry())
        for widget in list(self._pages.values()):
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self.context.shutdown()
        self.close()

    def close_for_restore(self) -> None:
        """Like close_for_lock, but the database is closed by the restore itself."""
        self._locking = True
        self.backup_timer.stop()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.context.settings.set_geometry("main", self.saveGeometry())
        for widget in list(self._pages.values()):
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)

        if not self._locking and passphrase_change_running(self.context.db.path):
            # Closing now would close the database in the middle of re-encrypting it.
            event.ignore()
            self.context.status_message.emit(self.tr("Please wait until the passphrase change has finished."))
            return
        if not self._locking:
            self.context.settings.set_geometry("main", self.saveGeometry())
            self.context.shutdown()
        super().closeEvent(event)

    def change_passphrase(self) -> None:
        if self.server:  # the file's only
            return
        dialog = ChangePassphraseDialog(self.context, self.keystore, self)
        dialog.succeeded.connect(lambda: self.context.status_message.emit(self.tr("Passphrase changed.")))
        dialog.exec()

    def add_demo_people(self) -> None:
        if self.server:  # the file's only
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("Add fictional demo people"),
            self.tr("How many fictional people should be added to this database?"), 300, 1, 200000, 100,
        )
        if not ok:
            return
        progress = QProgressDialog(self.tr("Adding fictional people…"), self.tr("Cancel"), 0, count, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = None

        def work(report):
            return demo.generate(self.context.db, people=count, progress=report)

        def done(_result) -> None:
            progress.close()
            self.context.status_message.emit(self.tr("Added %n fictional people.", "", count))

        def failed(exc: BaseException) -> None:
            progress.close()

            if not isinstance(exc, Cancelled):
                show_error(self, exc)

        job = self.context.run(work, done, failed, with_progress=True)
        job.progressed.connect(lambda d, _t: progress.setValue(d))
        progress.canceled.connect(job.cancel)

    def set_user_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"),
            self.tr("Your name as it should appear in assessments and the history:"),
            text=self.context.settings.user_name,
        )
        if ok:
            self.context.settings.user_name = name.strip()
            audit.set_default_user(name.strip())

    # ------------------------------------------------------------- safety
    def _backup_folder(self):
        return backup.folder_for(self.context.db.path, self.context.settings.backup_folder or None)

    def back_up(self, auto: bool = False) -> None:
        """Write a verified encrypted backup in the background (File > Back up now, and timers)."""
        if self._backup_running or self._locking or not self.context.db.is_open or self.server:
            return
        self._backup_running = True
        settings = self.context.settings
        db, user, root = self.context.db, self.context.user_name, settings.backup_folder or None
        daily, weekly = settings.backup_keep_daily, settings.backup_keep_weekly

        def work():
            return backup.make_backup(db, root=root, user=user, keep_daily=daily, keep_weekly=weekly)

        def done(path) -> None:
            self._backup_running = False
            self.context.status_message.emit(self.tr("Backup written and verified: {name}").format(name=path.name))
            self.backup_finished.emit(path)

        def failed(exc: BaseException) -> None:
            self._backup_running = False
            self.backup_finished.emit(exc)
            if auto:
                err = user_error_for(exc)
                text = translated(err).splitlines()[0] if err else type(exc).__name__
                self.context.status_message.emit(self.tr("The automatic backup failed: {reason}").format(reason=text))
            else:
                show_error(self, exc)

        self.context.run(work, done, failed)

    def restore_from_backup(self) -> None:
        if self.server:  # the file's only
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(self._backup_folder()),
            self.tr("Committee Desk backups (*.cdesk);;All files (*)"),
        )
        if name:
            self.confirm_restore(Path(name))

    def confirm_restore(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore from a backup"),
            self.tr("Replace the open database with the backup “{name}”?\n\nChanges made after the backup "
                    "will no longer be in the database. The current file is kept aside, unchanged, beside it.")
            .format(name=path.name),
            QMessageBox.StandardButton.Cancel, self,
        )
        box.setObjectName("confirmRestore")
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        passphrase = ""  # "" = the current passphrase
        try:
            self.context.db.verify_copy(path)
            current_works = True
        except Exception:  # noqa: BLE001 - another passphrase, or not a good backup
            current_works = False
        if not current_works:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Backup passphrase"),
                self.tr("This backup does not open with the current passphrase (a backup keeps the passphrase "
                        "it was made with). Enter the backup's passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
            if not backup.is_good(path, passphrase):
                QMessageBox.warning(self, self.tr("Restore from a backup"),
                                    self.tr("The backup does not open with that passphrase, or it is damaged. Nothing was changed."))
                return
        self.restore_requested.emit(path, passphrase)

    def show_audit_trail(self) -> None:
        dialog = AuditDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.context.settings, self.context.db.path, self)
        dialog.setObjectName("preferencesDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            dialog.save()
            self.backup_timer.start(self.context.settings.backup_every_hours * 3_600_000)
            self.preferences_changed.emit()

        dialog.accepted.connect(accepted)
        dialog.open()

    def set_language(self, code: str) -> None:
        """Remember the language and offer to restart now (Qt and the pages translate at start)."""
        if code == self.context.settings.language:
            return
        self.context.settings.language = code
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("The new language is used when Committee Desk starts again. Restart now? "
                                  "The database is closed first; you unlock it again with your passphrase."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restartOffer")
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        restart.setObjectName("restartNow")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setEscapeButton(later)
        box.exec()
        if box.clickedButton() is restart:
            self.restart_requested.emit()

    def about(self) -> None:
        if self.server:
            text = self.tr("Committee Desk {version}\n\nRecords for union committees. Connected to the committee's own "
                           "server: the data stays on a machine the committee controls, and each person sees what "
                           "their role allows.")
        else:
            text = self.tr("Committee Desk {version}\n\nEncrypted, local-first records for union committees. "
                           "Your data stays on this computer, encrypted with your passphrase.")
        QMessageBox.about(self, self.tr("About Committee Desk"), text.format(version=__version__))
