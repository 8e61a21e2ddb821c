"""The first screen: open (unlock) a database, create a new one, or connect to a committee server.

The passphrase is the root of trust. "Remember on this computer" is offered only when a real
system keyring answers; a remembered passphrase is used only if it still unlocks the file.
Unlocking runs in the background (key derivation and migrations take a moment).

A committee server (issue 25) is reached by its address, built from the form's fields
(models/core/server_session.py): the same text names it in the recent servers (settings) and
keys the remembered password (keyring). The password is never in the settings. Connecting runs
in the background too; the server's refusals show as their plain messages (models/core/server.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core import backup, demo, errors, paths
from models.core import passphrase as passphrase_rule
from models.core.db import MIN_PASSPHRASE_LENGTH, Database, DatabaseDamaged
from models.core.instance_lock import InstanceLock
from models.core.keystore import KeyStore
from models.core.server import ServerDatabase, parse_address
from models.core.server_session import DEFAULT_PORT, address_fields, address_of, make_address

from ui.widgets.messages import translated, user_error_for, report_unexpected
from ui.settings import Settings
from ui.tasks import run_in_background

DEMO_PASSPHRASE = "committee-desk-demo"

OPEN_TAB, CREATE_TAB, SERVER_TAB = range(3)


def hold(db: Database) -> Database:
    """Take the app's instance lock on a database opened without it (create, demo)."""
    if db.instance_lock is None:
        try:
            db.instance_lock = InstanceLock(db.path, "app").acquire()
        except BaseException:
            db.close()
            raise
    return db


def strength_hint(text: str, score: int) -> str:
    """The line under a new passphrase (here and in Change passphrase): how strong it is, what
    would make it stronger."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return QCoreApplication.translate(
            "Passphrase", "Too short: use at least {n} characters. A few unrelated words work well."
        ).format(n=MIN_PASSPHRASE_LENGTH)
    if score <= 1:
        return QCoreApplication.translate(
            "Passphrase", "Very weak: a common password or pattern, guessed in moments. Use four or more unrelated words.")
    if score == 2:
        return QCoreApplication.translate("Passphrase", "Weak: make it longer (four or more words is best).")
    if score == 3:
        return QCoreApplication.translate("Passphrase", "Good.")
    return QCoreApplication.translate("Passphrase", "Strong.")


def weak_ok_text() -> str:
    """The box to tick to use a weak passphrase anyway."""
    return QCoreApplication.translate("Passphrase", "I understand the risk: use this weak passphrase anyway")


def weak_refused_text() -> str:
    return QCoreApplication.translate(
        "Passphrase", "This passphrase is weak: anyone who gets a copy of the file could guess it and read every "
                      "name in it. Choose a stronger one (four or more unrelated words), or tick “I understand the "
                      "risk” to use it anyway.")



def _lay_out_page(page: QWidget, parts: list, buttons: list[QPushButton], stretch: bool = True) -> None:
    """A tab of the first screen: ``parts`` (widgets and layouts) top to bottom, then (after a
    stretch) ``buttons`` at the right."""
    layout = QVBoxLayout(page)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    if stretch:
        layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)

class UnlockWindow(QWidget):
    """Emits ``unlocked(db)`` once a database is open."""

    unlocked = Signal(object)

    def __init__(self, settings: Settings, keystore: KeyStore, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.keystore = keystore
        self.keyring_available = keystore.is_real()
        self._busy = False
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Committee Desk — Unlock"))

        title = QLabel(self.tr("Committee Desk"))
        title.setObjectName("appTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = subtitle = QLabel()
        subtitle.setObjectName("unlockSubtitle")
        subtitle.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_open_tab(), self.tr("Open a database"))
        self.tabs.addTab(self._build_create_tab(), self.tr("Create a new database"))
        self.tabs.addTab(self._build_server_tab(), self.tr("Connect to a committee server"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)

        self.demo_button = QPushButton(self.tr("Try it with fictional demo data"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.open_demo)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.demo_button)
        layout.addLayout(row)

        if self.settings.last_store_kind == "server" and self.settings.recent_servers:
            self.tabs.setCurrentIndex(SERVER_TAB)
        elif not self.settings.recent_databases:
            self.tabs.setCurrentIndex(CREATE_TAB)
        self._tab_changed(self.tabs.currentIndex())
        geometry = settings.geometry("unlock")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 32)
        QShortcut(QKeySequence.StandardKey.Quit, self, activated=self.close)

    # ------------------------------------------------------------------ open
    def _build_open_tab(self) -> QWidget:
        page = QWidget()
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        for path in self.settings.recent_databases:
            item = QListWidgetItem(Path(path).name + "  —  " + str(Path(path).parent))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_list.currentItemChanged.connect(self._recent_chosen)
        self.recent_list.itemActivated.connect(lambda _item: self.open_database())

        self.open_path = QLineEdit()
        self.open_path.setObjectName("openPath")
        self.open_path.setPlaceholderText(self.tr("Database file (.cdesk)"))
        self.open_path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_open)
        path_row = QHBoxLayout()
        path_row.addWidget(self.open_path, 1)
        path_row.addWidget(browse)

        self.open_passphrase = QLineEdit()
        self.open_passphrase.setObjectName("openPassphrase")
        self.open_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_passphrase.returnPressed.connect(self.open_database)
        self.remembered_label = QLabel()
        self.remembered_label.setObjectName("rememberedLabel")
        self.open_remember = QCheckBox(self.tr("Remember the passphrase on this computer"))
        self.open_remember.setObjectName("openRemember")
        self.open_remember.setVisible(self.keyring_available)
        self.open_error = QLabel()
        self.open_error.setObjectName("openError")
        self.open_error.setWordWrap(True)
        self.open_error.setStyleSheet("color: #b00020;")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore_offered_backup)
        self._offered: Optional[tuple[Path, Path, str]] = None  # backup, database, passphrase
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.open_database)

        form = QFormLayout()
        form.addRow(self.tr("Recent databases:"), self.recent_list)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Passphrase:"), self.open_passphrase)
        form.addRow("", self.remembered_label)
        form.addRow("", self.open_remember)
        _lay_out_page(page, [form, self.open_error], [self.restore_button, self.unlock_button], stretch=False)
        if self.recent_list.count():
            self.recent_list.setCurrentRow(0)
        return page

    def _recent_chosen(self, item: Optional[QListWidgetItem], _previous=None) -> None:
        if item is not None:
            self.open_path.setText(item.data(Qt.ItemDataRole.UserRole))
            self.open_passphrase.setFocus()

    def _path_changed(self, text: str) -> None:
        self.open_error.clear()
        self._offer_backup(None)
        remembered = bool(text) and self.keyring_available and self.keystore.get(text) is not None
        self.remembered_label.setText(
            self.tr("The passphrase is remembered on this computer: leave it empty to unlock.") if remembered else ""
        )
        self.open_remember.setChecked(remembered)

    def _browse_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Committee Desk database"),
            self.settings.last_folder("database"),
            self.tr("Committee Desk databases (*.cdesk);;All files (*)"),
        )
        if name:
            self.settings.set_last_folder("database", name)
            self.open_path.setText(name)

    def open_database(self) -> None:
        if self._busy:
            return
        text = self.open_path.text().strip()
        if not text:
            self.open_error.setText(self.tr("Choose a database file first."))
            return
        path = Path(text).expanduser()
        passphrase, used_keyring = self._typed_or_remembered(self.open_passphrase, path)
        if not passphrase:
            self.open_error.setText(self.tr("Enter the passphrase."))
            self.open_passphrase.setFocus()
            return
        remember = self.open_remember.isChecked() and self.keyring_available

        def damaged(err: errors.UserError) -> bool:
            if not isinstance(err, DatabaseDamaged):
                return False
            self.open_error.setText(translated(err))
            if err.backup is not None:
                self._offer_backup((Path(err.backup), path, passphrase), err.values.get("when", ""))
            return True

        self._offer_backup(None)
        folder = backup.folder_for(path, self.settings.backup_folder or None)
        verify = self.settings.verify_on_open(path)  # the full check otherwise runs after unlocking
        self._open_store(
            lambda: Database.open(path, passphrase, exclusive=True, verify=verify, backup_folder=folder),
            path, passphrase, used_keyring, remember, self.open_error, self.open_passphrase, handled=damaged)

    def _offer_backup(self, offer: Optional[tuple[Path, Path, str]], when: str = "") -> None:
        """A damaged file: offer its newest good backup (the damaged file is kept aside)."""
        self._offered = offer
        self.restore_button.setVisible(offer is not None)
        if offer is not None:
            self.restore_button.setText(self.tr("Restore the backup from {when}").format(when=when))

    def restore_offered_backup(self) -> None:
        if self._offered is None or self._busy:
            return
        backup_path, path, passphrase = self._offered
        self._offer_backup(None)

        def work() -> Database:
            backup.restore(backup_path, path, passphrase)
            db = Database.open(path, passphrase, exclusive=True, verify=True)
            self.settings.set_verify_on_open(path, False)
            return db

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            err = user_error_for(exc)
            if err is None:
                report_unexpected(exc, self)
                return
            self.open_error.setText(translated(err))

        self._set_busy(True)
        self.open_error.clear()
        run_in_background(work, self._finish, failed)

    # ---------------------------------------------------------------- create
    def _build_create_tab(self) -> QWidget:
        page = QWidget()
        self.create_folder = QLineEdit(str(paths.data_dir()))
        self.create_folder.setObjectName("createFolder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.create_folder, 1)
        folder_row.addWidget(browse)
        self.create_name = QLineEdit("committee.cdesk")
        self.create_name.setObjectName("createName")
        self.create_org = QLineEdit()
        self.create_org.setObjectName("createOrganization")
        self.create_org.setPlaceholderText(self.tr("e.g. Local 1546 Committee to Defend Immigrant Co-workers"))
        self.create_pass = QLineEdit()
        self.create_pass.setObjectName("createPassphrase")
        self.create_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_pass.textChanged.connect(self._update_strength)
        self.create_pass.textChanged.connect(lambda _text: self.create_weak_ok.setChecked(False))
        self.create_pass2 = QLineEdit()
        self.create_pass2.setObjectName("createPassphrase2")
        self.create_pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_pass2.textChanged.connect(self._update_strength)
        self.create_pass2.returnPressed.connect(self.create_database)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.strength_label.setWordWrap(True)
        # A weak passphrase is refused unless this is ticked (shown only while it is weak).
        self.create_weak_ok = QCheckBox(weak_ok_text())
        self.create_weak_ok.setObjectName("createWeakOk")
        self.create_weak_ok.setVisible(False)
        self.create_remember = QCheckBox(self.tr("Remember the passphrase on this computer"))
        self.create_remember.setObjectName("createRemember")
        self.create_remember.setVisible(self.keyring_available)
        self.create_demo = QCheckBox(self.tr("Fill it with fictional demo people (to try the app)"))
        self.create_demo.setObjectName("createDemo")
        warning = QLabel(
            self.tr("Write the passphrase down and keep it safe. Without it nobody — not even you — "
                    "can open the database: there is no recovery.")
        )
        warning.setWordWrap(True)
        self.create_error = QLabel()
        self.create_error.setObjectName("createError")
        self.create_error.setWordWrap(True)
        self.create_error.setStyleSheet("color: #b00020;")
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setObjectName("createButton")
        self.create_button.clicked.connect(self.create_database)

        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("File name:"), self.create_name)
        form.addRow(self.tr("Organization:"), self.create_org)
        form.addRow(self.tr("Passphrase:"), self.create_pass)
        form.addRow(self.tr("Passphrase again:"), self.create_pass2)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow("", self.create_weak_ok)
        form.addRow("", self.create_remember)
        form.addRow("", self.create_demo)
        _lay_out_page(page, [form, warning, self.create_error], [self.create_button])
        self._update_strength()
        return page

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.create_folder.text())
        if folder:
            self.create_folder.setText(folder)

    def _context_words(self) -> list[str]:
        return passphrase_rule.context_words(self.create_org.text(), Path(self.create_name.text() or "committee"))

    def _update_strength(self) -> None:
        text = self.create_pass.text()
        score = passphrase_rule.strength(text, self._context_words())
        self.strength_bar.setValue(score)
        message = strength_hint(text, score)
        if self.create_pass2.text() and self.create_pass2.text() != text:
            message += " " + self.tr("The two passphrases differ.")
        self.strength_label.setText(message)
        self.create_weak_ok.setVisible(len(text) >= MIN_PASSPHRASE_LENGTH and score < passphrase_rule.STRONG_ENOUGH)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show the wrapped hint, the "I understand" box and an error whole."""
        layout = self.layout()
        if layout is None:  # still being built
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def create_database(self) -> None:
        if self._busy:
            return
        passphrase = self.create_pass.text()
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self.create_error.setText(self.tr("The passphrase must be at least {n} characters long.").format(n=MIN_PASSPHRASE_LENGTH))
            return
        if passphrase != self.create_pass2.text():
            self.create_error.setText(self.tr("The two passphrases differ."))
            return
        if passphrase_rule.is_weak(passphrase, self._context_words()) and not self.create_weak_ok.isChecked():
            self.create_weak_ok.setVisible(True)
            self.create_error.setText(weak_refused_text())
            self._fit_height()
            self.create_pass.setFocus()
            return
        name = self.create_name.text().strip() or "committee.cdesk"
        if not name.endswith(".cdesk"):
            name += ".cdesk"
        path = Path(self.create_folder.text().strip() or ".").expanduser() / name
        organization = self.create_org.text().strip()
        with_demo = self.create_demo.isChecked()
        remember = self.create_remember.isChecked() and self.keyring_available

        def work() -> Database:
            db = hold(Database.create(path, passphrase, organization=organization))
            if with_demo:
                try:
                    demo.generate(db, people=300)
                except BaseException:
                    db.close()
                    raise
            return db

        def succeeded(db: Database) -> None:
            if remember:
                self.keystore.remember(path, passphrase)
            self._finish(db)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            err = user_error_for(exc)
            if err is None:
                report_unexpected(exc, self)
            else:
                self.create_error.setText(translated(err))

        self._set_busy(True)
        self.create_error.clear()
        run_in_background(work, succeeded, failed)

    def open_demo(self) -> None:
        """Create (once) and open a demo database of fictional people with a known passphrase."""
        if self._busy:
            return
        path = paths.data_dir() / "demo.cdesk"

        def work() -> Database:
            if path.exists():
                return Database.open(path, DEMO_PASSPHRASE, exclusive=True, verify=False)
            db = hold(Database.create(path, DEMO_PASSPHRASE, organization="Demo local (fictional people)"))
            try:
                demo.generate(db, people=500)
            except BaseException:
                db.close()
                path.unlink(missing_ok=True)
                raise
            return db

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            err = user_error_for(exc)
            if err is None:
                report_unexpected(exc, self)
            else:
                self.open_error.setText(translated(err))

        self._set_busy(True)
        run_in_background(work, self._finish, failed)

    # ---------------------------------------------------------------- server
    def _build_server_tab(self) -> QWidget:
        page = QWidget()
        about = QLabel(self.tr("A committee server keeps the committee's records on a machine the committee controls "
                               "(for example at the union hall), shared by its organizers, trainers and callers. "
                               "Its admin gives you the server's name, the database and your user name."))
        about.setWordWrap(True)
        self.server_recent = QListWidget()
        self.server_recent.setObjectName("serverRecentList")
        for address in self.settings.recent_servers:
            try:
                fields = address_fields(address)
            except errors.UserError:  # not an address any more (edited by hand): not offered
                continue
            item = QListWidgetItem(f"{fields.user}@{fields.host}:{fields.port}/{fields.database}")
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.server_recent.addItem(item)
        self.server_recent.currentItemChanged.connect(self._server_chosen)
        self.server_recent.itemActivated.connect(lambda _item: self.connect_to_server())
        # A few lines: the form below stays the main thing.
        self.server_recent.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 2 * self.server_recent.frameWidth() + 8)

        self.server_host = QLineEdit()
        self.server_host.setObjectName("serverHost")
        self.server_host.setPlaceholderText(self.tr("e.g. hall.local or 192.168.1.20"))
        self.server_port = QLineEdit(str(DEFAULT_PORT))
        self.server_port.setObjectName("serverPort")
        self.server_port.setValidator(QIntValidator(1, 65535, self.server_port))
        self.server_port.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.server_database = QLineEdit()
        self.server_database.setObjectName("serverDatabase")
        self.server_user = QLineEdit()
        self.server_user.setObjectName("serverUser")
        self.server_password = QLineEdit()
        self.server_password.setObjectName("serverPassword")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.server_host, self.server_port, self.server_database, self.server_user):
            field.textChanged.connect(self._server_fields_changed)
        for field in (self.server_host, self.server_port, self.server_database, self.server_user, self.server_password):
            field.returnPressed.connect(self.connect_to_server)
        self.server_remembered_label = QLabel()
        self.server_remembered_label.setObjectName("serverRememberedLabel")
        self.server_remember = QCheckBox(self.tr("&Remember the password on this computer"))
        self.server_remember.setObjectName("serverRemember")
        if not self.keyring_available:  # only an encrypting keyring remembers (models/core/keystore.py)
            self.server_remember.hide()
        self.server_error = QLabel()
        self.server_error.setObjectName("serverError")
        self.server_error.setWordWrap(True)
        self.server_error.setStyleSheet("color: #b00020;")
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.clicked.connect(self.connect_to_server)

        form = QFormLayout()
        form.addRow(self.tr("Rece&nt servers:"), self.server_recent)
        form.setRowVisible(self.server_recent, self.server_recent.count() > 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.server_host, 1)
        port_label = QLabel(self.tr("P&ort:"))
        port_label.setBuddy(self.server_port)
        host_row.addWidget(port_label)
        host_row.addWidget(self.server_port)
        host_label = QLabel(self.tr("&Server:"))
        host_label.setBuddy(self.server_host)
        form.addRow(host_label, host_row)
        form.addRow(self.tr("&Database:"), self.server_database)
        form.addRow(self.tr("&User name:"), self.server_user)
        form.addRow(self.tr("&Password:"), self.server_password)
        form.addRow("", self.server_remembered_label)
        form.addRow("", self.server_remember)
        _lay_out_page(page, [about, form, self.server_error], [self.connect_button])
        if self.server_recent.count():
            self.server_recent.setCurrentRow(0)
        return page

    def _server_chosen(self, item: Optional[QListWidgetItem], _previous=None) -> None:
        if item is not None:
            self.fill_server(item.data(Qt.ItemDataRole.UserRole))

    def fill_server(self, address: str) -> None:
        """The form filled in from an address (a recent server, ``--db``, the server just locked);
        the password is left to type (or to the keyring)."""
        self.server_error.clear()
        try:
            fields = address_fields(address)
        except errors.UserError as err:
            self.server_error.setText(translated(err))
            return
        self.server_host.setText(fields.host)
        self.server_port.setText(str(fields.port))
        self.server_database.setText(fields.database)
        self.server_user.setText(fields.user)
        self.server_password.clear()

    def server_address(self) -> str:
        """The address of the form's fields ("" while the server, database or user is missing)."""
        host, database, user = (f.text().strip() for f in (self.server_host, self.server_database, self.server_user))
        if not (host and database and user):
            return ""
        return make_address(host, self.server_port.text().strip() or DEFAULT_PORT, database, user)

    def _server_fields_changed(self, _text: str = "") -> None:
        self.server_error.clear()
        address = self.server_address() if self.server_port.hasAcceptableInput() or not self.server_port.text() else ""
        remembered = bool(address) and self.keyring_available and self.keystore.get(address) is not None
        self.server_remembered_label.setText(
            self.tr("The password is remembered on this computer: leave it empty to connect.") if remembered else "")
        self.server_remember.setChecked(remembered)

    def focus_server_form(self) -> None:
        """The cursor in the first empty field (the password once the rest is filled in)."""
        for field in (self.server_host, self.server_database, self.server_user, self.server_password):
            if not field.text():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.connect_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def connect_to_server(self) -> None:
        if self._busy:
            return
        if self.server_port.text() and not self.server_port.hasAcceptableInput():
            self.server_error.setText(self.tr("The port is a number from 1 to 65535 (usually 5432)."))
            self.server_port.setFocus()
            return
        address = self.server_address()
        if not address:
            self.server_error.setText(self.tr("Fill in the server, the database and your user name."))
            self.focus_server_form()
            return
        try:
            parse_address(address)  # e.g. another machine without a verified TLS connection
        except errors.UserError as err:
            self.server_error.setText(translated(err))
            return
        password, used_keyring = self._typed_or_remembered(self.server_password, address)
        if not password:
            self.server_error.setText(self.tr("Enter your password."))
            self.server_password.setFocus()
            return
        remember = self.server_remember.isChecked() and self.keyring_available
        self._open_store(lambda: ServerDatabase.open(address, password), address, password, used_keyring, remember,
                         self.server_error, self.server_password, forgotten=self._server_fields_changed)

    # ---------------------------------------------------------------- common
    def _typed_or_remembered(self, field: QLineEdit, key) -> tuple[str, bool]:
        """The secret typed into ``field``, else the one the keyring remembers under ``key`` (a
        file's path or a server's address); and whether it came from the keyring."""
        typed = field.text()
        if typed or not self.keyring_available:
            return typed, False
        remembered = self.keystore.get(key) or ""
        return remembered, bool(remembered)

    def _open_store(self, opener, key, secret: str, used_keyring: bool, remember: bool, error_label: QLabel,
                    secret_field: QLineEdit, handled=None, forgotten=None) -> None:
        """``opener()`` in the background: the file's unlock and the server's connect. Opened: the
        secret (passphrase or password) is remembered under ``key`` when asked, else forgotten
        unless it came from the keyring, and the window finishes. Refused: ``handled(err)`` may
        take the error itself (a damaged file); otherwise its plain message goes under the form,
        a remembered secret the store calls wrong is forgotten (only that: a full or read-only
        disk, a busy or missing file, a server that is down keep it; then ``forgotten()``), and
        the secret is selected for another try."""

        def succeeded(db) -> None:
            if remember:
                self.keystore.remember(key, secret)
            elif not used_keyring:
                self.keystore.forget(key)
            self._finish(db)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            err = user_error_for(exc)
            if err is None:
                report_unexpected(exc, self)
                return
            if handled is not None and handled(err):
                return
            if used_keyring and isinstance(err, errors.WrongPassphrase):
                self.keystore.forget(key)
                if forgotten is not None:
                    forgotten()
            error_label.setText(translated(err))
            secret_field.selectAll()
            secret_field.setFocus()

        self._set_busy(True)
        error_label.clear()
        run_in_background(opener, succeeded, failed)

    def _tab_changed(self, index: int) -> None:
        if index == SERVER_TAB:
            self.subtitle.setText(self.tr("Your committee's records on the committee's own server, shared with the "
                                          "people it has given a login."))
        else:
            self.subtitle.setText(self.tr("Your committee's records, encrypted on this computer. Nothing is sent anywhere."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.unlock_button, self.create_button, self.connect_button, self.demo_button, self.tabs):
            widget.setEnabled(not busy)

    def _finish(self, db: Database) -> None:
        self._set_busy(False)
        self._offered = None
        self.open_passphrase.clear()
        self.create_pass.clear()
        self.create_pass2.clear()
        self.server_password.clear()
        if db.is_server:
            self.settings.add_recent_server(address_of(db))
            self.settings.last_store_kind = "server"
        else:
            self.settings.add_recent_database(db.path)
            self.settings.last_store_kind = "file"
        self.unlocked.emit(db)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.settings.set_geometry("unlock", self.saveGeometry())
        super().closeEvent(event)
