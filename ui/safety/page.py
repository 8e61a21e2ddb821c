"""Safety in the window: auto-lock on idle or suspend, Preferences, the Audit trail, backups.

* ``IdleWatcher``: an application-wide event filter on input events; after
  ``settings.auto_lock_minutes`` without keyboard/mouse input (0 = never) it emits ``idle``; it
  also checks the wall clock, which (unlike its timer) counts time asleep. The app also locks
  when the system sleeps or the screen locks (ui/safety/system_lock.py). The controller (ui/app.py)
  locks: the window clears its views, the engine is disposed and the passphrase dropped.
* ``PreferencesDialog``: your name (audit trail), auto-lock minutes, backup folder and rotation.
* ``AuditDialog``: the audit trail, filterable by action, kind and user; codes, ids and counts only.
* ``ChangePassphraseDialog``: File > Change passphrase. The re-encryption (copy, re-key, verify,
  rename: seconds on a big file) runs in the background through ``context.run``; the dialog shows
  that it is busy and cannot be closed or started again until it has finished.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
import phonenumbers
from shiboken6 import isValid

from models.core import audit, paths
from models.core import passphrase as passphrase_rule
from models.core.db import MIN_PASSPHRASE_LENGTH
from models.core.keystore import KeyStore
from models.core.logsetup import log_exception_safely
from models.core.text import region_names, set_default_region

from ui.i18n import ui_language
from ui.widgets.messages import show_error
from ui.settings import Settings
from .unlock import strength_hint, weak_ok_text, weak_refused_text

log = logging.getLogger(__name__)

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without user input anywhere in the application.

    The timer runs on a monotonic clock, which stops while the computer sleeps. So every
    ``TICK_MS``, and before any input counts as activity, the wall clock is asked too: when it
    says the limit has passed since the last input (the computer slept, or the clock jumped),
    ``idle`` is emitted at once, and the input that woke the window is not delivered."""

    idle = Signal()
    TICK_MS = 2000
    # The two clocks (tests move the wall clock forward as a sleep does).
    wall_clock = staticmethod(time.time)
    monotonic_clock = staticmethod(time.monotonic)

    def __init__(self, minutes: int, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.tick = QTimer(self)
        self.tick.setInterval(self.TICK_MS)
        self.tick.timeout.connect(self.check_clock)
        self._mark()
        self.set_minutes(minutes)

    def _mark(self) -> None:
        self._input_wall, self._input_mono = self.wall_clock(), self.monotonic_clock()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.set_interval_ms(self.minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.interval_ms = ms
        self._mark()
        if ms > 0:
            self.timer.start(ms)
            self.tick.start()
        else:
            self.timer.stop()
            self.tick.stop()

    def check_clock(self) -> bool:
        """Emit ``idle`` (and say True) when the wall clock shows the limit passed since the
        last input, although the monotonic timer has not fired (it did not count a sleep)."""
        if self.interval_ms <= 0:
            return False
        idle_wall = self.wall_clock() - self._input_wall
        if idle_wall * 1000 < self.interval_ms:
            return False
        jump = idle_wall - (self.monotonic_clock() - self._input_mono)
        log.info("auto-lock: the wall clock moved %d s more than the monotonic clock", int(jump))
        self._fire()
        return True

    def _fire(self) -> None:
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in INPUT_EVENTS and self.interval_ms > 0:
            if self.check_clock():
                return True  # the key or click that woke the window locks it; it does nothing else
            self._mark()
            self.timer.start(self.interval_ms)
        return False

    def stop(self) -> None:
        self.timer.stop()
        self.tick.stop()


def backup_root(settings: Settings) -> Optional[str]:
    return settings.backup_folder or None


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, database_path, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setObjectName("prefUserName")
        self.user_name.setPlaceholderText(self.tr("e.g. Rosa M."))
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("prefAutoLock")
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.folder = QLineEdit(settings.backup_folder)
        self.folder.setObjectName("prefBackupFolder")
        self.folder.setPlaceholderText(str(paths.backup_dir()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.every = QSpinBox()
        self.every.setObjectName("prefBackupEvery")
        self.every.setRange(1, 168)
        self.every.setSuffix(self.tr(" h"))
        self.every.setValue(settings.backup_every_hours)
        self.daily = QSpinBox()
        self.daily.setObjectName("prefKeepDaily")
        self.daily.setRange(1, 60)
        self.daily.setValue(settings.backup_keep_daily)
        self.weekly = QSpinBox()
        self.weekly.setObjectName("prefKeepWeekly")
        self.weekly.setRange(0, 52)
        self.weekly.setValue(settings.backup_keep_weekly)
        self.phone_region = phone_region_combo(settings.phone_region)
        self.database_path = database_path
        self.where = where = QLabel()
        where.setObjectName("prefBackupWhere")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.textChanged.connect(self._show_where)
        self._show_where()
        note = QLabel(self.tr("Backups are encrypted with the passphrase in use when they are made. "
                              "Keep a copy on another drive."))
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Your name (for the audit trail):"), self.user_name)
        form.addRow(self.tr("Lock after this long without use:"), self.auto_lock)
        form.addRow(self.tr("Phone numbers without +country are from:"), self.phone_region)
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Back up every:"), self.every)
        form.addRow(self.tr("Keep daily backups:"), self.daily)
        form.addRow(self.tr("Keep weekly backups:"), self.weekly)
        if database_path is None:  # a committee server: it keeps its own backups
            for field in (folder_row, self.every, self.daily, self.weekly):
                form.setRowVisible(field, False)
            note.setText(self.tr("The committee server keeps its own backups: ask its admin."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _show_where(self) -> None:
        if self.database_path is None:  # a committee server: no backups on this computer
            self.where.setText("")
            self.where.setVisible(False)
            return
        root = Path(self.folder.text().strip() or paths.backup_dir())
        self.where.setText(self.tr("Backups of this database go to: {folder}").format(
            folder=str(root / Path(self.database_path).stem)))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text() or str(paths.backup_dir()))
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        s = self.settings
        s.user_name = self.user_name.text().strip()
        s.auto_lock_minutes = self.auto_lock.value()
        s.backup_folder = self.folder.text().strip()
        s.backup_every_hours = self.every.value()
        s.backup_keep_daily = self.daily.value()
        s.backup_keep_weekly = self.weekly.value()
        s.phone_region = set_default_region(self.phone_region.currentData())
        audit.set_default_user(s.user_name)


def phone_region_combo(current: str) -> QComboBox:
    """The countries phone numbers can be read for, named in the interface's language."""
    combo = QComboBox()
    combo.setObjectName("prefPhoneRegion")
    combo.setToolTip(QCoreApplication.translate(
        "PreferencesDialog", "Numbers written with + or 00 and a country code are read whatever this says."))
    for code, name in region_names(ui_language()):
        combo.addItem(f"{name} (+{phonenumbers.country_code_for_region(code)})", code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def action_label(code: str) -> str:
    return QCoreApplication.translate("Audit", audit.ACTIONS.get(code, code))


def kind_label(code: str) -> str:
    return QCoreApplication.translate("Audit", audit.KINDS.get(code, code))


class AuditModel(QAbstractTableModel):
    COL_WHEN, COL_USER, COL_ACTION, COL_KIND, COL_ID, COL_COUNT = range(6)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.rows: list[audit.AuditRow] = []

    def set_rows(self, rows: list[audit.AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Kind"), self.tr("Id"), self.tr("Count")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == self.SORT_ROLE:
            return [row.at.isoformat(), row.user.casefold(), row.action, row.kind, row.object_id or 0, row.count or 0][col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_WHEN:
                return _local(row.at).strftime("%Y-%m-%d %H:%M:%S")
            if col == self.COL_USER:
                return row.user or self.tr("(no name)")
            if col == self.COL_ACTION:
                return action_label(row.action)
            if col == self.COL_KIND:
                return kind_label(row.kind)
            if col == self.COL_ID:
                return "" if row.object_id is None else str(row.object_id)
            if col == self.COL_COUNT:
                return "" if row.count is None else str(row.count)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        key = [lambda r: r.at, lambda r: r.user.casefold(), lambda r: r.action, lambda r: r.kind,
               lambda r: r.object_id or 0, lambda r: r.count or 0][column]
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


class AuditDialog(QDialog):
    """View > Audit trail: who did what and when; filter by action, kind and user."""

    def __init__(self, context, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for code in audit.ACTIONS:
            self.action.addItem(action_label(code), code)
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("All kinds"), "")
        for code in audit.KINDS:
            self.kind.addItem(kind_label(code), code)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.addItem(self.tr("Everyone"), "")
        for name in audit.users(context.db):
            self.user.addItem(name, name)
        for combo in (self.action, self.kind, self.user):
            combo.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.action)
        filters.addWidget(self.kind)
        filters.addWidget(self.user)
        filters.addStretch(1)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        note = QLabel(self.tr("The trail keeps ids and counts only, never names or contact details."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 30)
        self.refresh()

    def refresh(self) -> None:
        rows = audit.entries(self.context.db, action=self.action.currentData() or "",
                             kind=self.kind.currentData() or "", user=self.user.currentData() or "")
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%n entries", "", len(rows)))


# ------------------------------------------------------------------ passphrase change
_changing: set[str] = set()  # database paths whose passphrase change is running


def passphrase_change_running(database_path=None) -> bool:
    """True while a passphrase change runs (for ``database_path``, or any). The window must not
    lock or close the database meanwhile."""
    if database_path is None:
        return bool(_changing)
    return str(database_path) in _changing


class ChangePassphraseDialog(QDialog):
    """File > Change passphrase. ``Database.change_passphrase`` runs through ``context.run``; the
    fields and buttons are disabled and a busy bar shows until it has finished. The keyring entry
    (when there is one) is replaced only after the change succeeded. Errors (wrong current
    passphrase, disk full, ...) are shown over the dialog, which stays open with nothing changed."""

    succeeded = Signal()

    def __init__(self, context, keystore: Optional[KeyStore] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keystore = keystore if keystore is not None else KeyStore()
        self.job = None
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.new2 = QLineEdit()
        for field, name in ((self.old, "oldPassphrase"), (self.new, "newPassphrase"), (self.new2, "newPassphrase2")):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setObjectName(name)
        # How strong the new one is; a weak one needs the "I understand" box (shown while weak).

        self.strength = QLabel()
        self.strength.setObjectName("newPassphraseStrength")
        self.strength.setWordWrap(True)
        self.weak_ok = QCheckBox(weak_ok_text())
        self.weak_ok.setObjectName("newPassphraseWeakOk")
        self.weak_ok.setVisible(False)
        self.new.textChanged.connect(self._update_strength)
        self.error = QLabel()
        self.error.setObjectName("changePassphraseError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.busy_label = QLabel(self.tr("Re-encrypting the database with the new passphrase… "
                                         "This can take a few seconds; please wait."))
        self.busy_label.setObjectName("changePassphraseBusy")
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("changePassphraseProgress")
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving "busy" bar
        self.busy_bar.setTextVisible(False)
        for widget in (self.busy_label, self.busy_bar):
            widget.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Current passphrase:"), self.old)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("New passphrase again:"), self.new2)
        form.addRow("", self.strength)
        form.addRow("", self.weak_ok)
        form.addRow(self.error)
        form.addRow(self.busy_label)
        form.addRow(self.busy_bar)
        form.addRow(self.buttons)
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 60)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _context_words(self) -> list[str]:
        return passphrase_rule.context_words(Path(self.context.db.path))

    def _update_strength(self, text: str) -> None:
        self.weak_ok.setChecked(False)  # a new passphrase: insisting on the old one does not carry over
        score = passphrase_rule.strength(text, self._context_words())
        self.strength.setText(strength_hint(text, score) if text else "")
        self.weak_ok.setVisible(len(text) >= MIN_PASSPHRASE_LENGTH and score < passphrase_rule.STRONG_ENOUGH)
        self._fit_height()

    def _check(self) -> None:
        if self.busy:
            return

        if len(self.new.text()) < MIN_PASSPHRASE_LENGTH:
            self.error.setText(self.tr("The new passphrase must be at least {n} characters long.").format(n=MIN_PASSPHRASE_LENGTH))
        elif self.new.text() != self.new2.text():
            self.error.setText(self.tr("The two new passphrases differ."))
        elif passphrase_rule.is_weak(self.new.text(), self._context_words()) and not self.weak_ok.isChecked():
            self.weak_ok.setVisible(True)
            self.error.setText(weak_refused_text())
            self._fit_height()
            self.new.setFocus()
        else:
            self.error.clear()
            self._start(self.old.text(), self.new.text())

    def values(self) -> tuple[str, str]:
        return self.old.text(), self.new.text()

    def _start(self, old: str, new: str) -> None:
        db, keystore, user = self.context.db, self.keystore, self.context.user_name
        key = str(db.path)
        if key in _changing:  # another dialog is already changing this database's passphrase
            return

        def work() -> None:
            db.change_passphrase(old, new, user=user)
            # Only after the change succeeded, and only where the keyring already remembered it.
            # Here (not on the UI thread) because the keyring may take seconds to answer.
            if keystore.get(db.path) is not None:
                keystore.remember(db.path, new)

        def done(_result) -> None:
            _changing.discard(key)
            self.job = None
            if not isValid(self):  # the window was closed meanwhile: the change itself is complete
                return
            self.context.status_message.emit(QCoreApplication.translate("MainWindow", "Passphrase changed."))
            self._set_busy(False)
            self.succeeded.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            _changing.discard(key)
            self.job = None
            if not isValid(self):
                log_exception_safely(log, exc)
                return
            self._set_busy(False)
            self.old.selectAll()
            self.old.setFocus()
            show_error(self, exc)

        _changing.add(key)
        self._set_busy(True)
        log.info("passphrase change started")
        self.job = self.context.run(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.old, self.new, self.new2, self.weak_ok, self.buttons):
            widget.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:  # make room for the wrapped busy text
            self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show wrapped texts whole (the busy note, the strength hint, an error) and the
        "I understand" box (the explicit minimum width would otherwise cut it)."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), layout.minimumSize().width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height() or width > self.width():
            self.resize(width, max(needed, self.height()))

    def reject(self) -> None:
        if self.busy:  # Escape, Cancel, the window's close button or a lock: not while re-encrypting
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
