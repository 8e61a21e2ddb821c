"""Shared test set-up: headless Qt, a private home folder, an in-memory keyring, real databases."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COMMITTEE_DESK_PASSPHRASE", None)
# Tests only: a cheap key derivation for every database the tests (and their subprocesses) make
# (models/core/db.py, TEST_FAST_KDF_ENV); test_database.py proves the app itself keeps the full one.
os.environ["COMMITTEE_DESK_TEST_FAST_KDF"] = "1"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402

PASSPHRASE = "correct horse battery staple"
CANARY_FIRST = "Zyxwquanda"
CANARY_LAST = "Qorvellini"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real-looking system store that lives in memory (priority > 0)."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


# The keystore accepts only backends known to encrypt (an allow-list); its test hook lets this
# in-memory store count as one (models/core/keystore.py, allow_backend_for_tests).
from models.core import keystore as _keystore  # noqa: E402

_keystore.allow_backend_for_tests(MemoryKeyring)


def key_connection(conn, passphrase: str = PASSPHRASE) -> None:
    """``PRAGMA key`` on a raw sqlcipher3 connection, with the key derivation models/core/db.py uses
    under the tests (a file made here must open in Database.open, and the other way round)."""
    from models.core.db import _test_kdf

    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    _test_kdf(conn)


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch):
    """Every test gets its own config/data/log folders and a fresh in-memory keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COMMITTEE_DESK_HOME", str(home))
    monkeypatch.delenv("COMMITTEE_DESK_PASSPHRASE", raising=False)
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield home
    keyring.set_keyring(MemoryKeyring())


@pytest.fixture
def memory_keyring():
    return keyring.get_keyring()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "local.cdesk"


def _copy_database(source: Path, target: Path) -> None:
    """A file copy of a closed database (its mode too: 0600), opened later as any file is."""
    shutil.copy(source, target)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """One new encrypted database (migrated to all heads), made once per session and closed."""
    from models.core.db import Database

    path = tmp_path_factory.mktemp("template") / "template.cdesk"
    Database.create(path, PASSPHRASE, organization="Test local").close()
    return path


# ---------------------------------------------------------------- the committee server
# `pytest --store=postgresql` (make test's second pass) runs the same tests with ``db`` on a
# throwaway PostgreSQL server (tests/pg_server.py) instead of an encrypted file. Tests of what
# only a file has (its encryption, its bytes, backups) are marked ``file_only`` and skip there.
SERVER_PASSWORD = "owner password for tests"


def store_option(config) -> str:
    return config.getoption("--store")


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the session (skips, saying why, when none can start)."""
    import pg_server as server_module

    reason = server_module.unavailable()
    if reason:
        pytest.skip(f"PostgreSQL not tested: {reason}")
    server = server_module.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """A database set up the way ``committee-desk server init`` sets one up, used as the
    template of every test's database: (name, owner)."""
    from models.core import server_setup

    name, owner, _password = pg_server.new_database(owner_password=SERVER_PASSWORD)
    server_setup.init(pg_server.address(owner, name), SERVER_PASSWORD, organization="Test local")
    return name, owner


@pytest.fixture
def server_address(pg_server, pg_template):
    """A new database copied from the template; its address (the owner's login, no password)."""
    import secrets

    template, owner = pg_template
    name = "t_" + secrets.token_hex(5)
    pg_server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER "{owner}"')
    yield pg_server.address(owner, name)
    pg_server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db(request, db_path, template_db):
    """A new, real database migrated to the head: a copy of the session's encrypted template
    opened through Database.open, as the app opens a file; with ``--store=postgresql`` a new
    database on the throwaway server, opened as its owner. Closed after the test."""
    if store_option(request.config) == "postgresql":
        from models.core.server import ServerDatabase

        address = request.getfixturevalue("server_address")
        database = ServerDatabase.open(address, SERVER_PASSWORD)
    else:
        from models.core.db import Database

        _copy_database(template_db, db_path)
        database = Database.open(db_path, PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def db_arg(request, db, db_path, monkeypatch) -> str:
    """What the CLI's ``--db`` takes for the ``db`` fixture's store: the file's path, or with
    ``--store=postgresql`` the server's address (the owner's login; its password is then in
    COMMITTEE_DESK_PASSWORD, where the CLI reads it: cli/core.py, server_password_for)."""
    if db.is_server:
        from cli.core import SERVER_PASSWORD_ENV

        monkeypatch.setenv(SERVER_PASSWORD_ENV, SERVER_PASSWORD)
        return request.getfixturevalue("server_address")
    return str(db_path)


@pytest.fixture
def reopen_db(request, db, db_path):
    """``reopen_db()``: the ``db`` fixture's store opened again (after the test closed it to let
    the CLI in); the caller closes what it gets."""

    def reopen():
        if db.is_server:
            from models.core.server import ServerDatabase

            return ServerDatabase.open(request.getfixturevalue("server_address"), SERVER_PASSWORD, listen=False)
        from models.core.db import Database

        return Database.open(db_path, PASSPHRASE)

    return reopen


@pytest.fixture
def demo_db(db):
    """The encrypted database filled with the small fictional demo roster. (Generated per test:
    ~0.07 s; a session template of it saved only ~3 s over the 35 tests that use it.)"""
    from models.core import demo

    demo.generate(db, people=200, seed=7)
    return db


def run_cli(*args: str, passphrase: str | None = PASSPHRASE, home: Path | None = None, timeout: int = 300):
    """Run the real console entry point in a subprocess; returns CompletedProcess (text)."""
    import subprocess

    env = dict(os.environ)
    env.pop("COMMITTEE_DESK_PASSPHRASE", None)
    if passphrase is not None:
        env["COMMITTEE_DESK_PASSPHRASE"] = passphrase
    if home is not None:
        env["COMMITTEE_DESK_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def cli(app_home):
    """cli("list", "people", "--db", str(path)) runs the CLI's entry function (main.main) in this
    process, as a fresh process would (tests/cli_in_process.py); returns a CompletedProcess."""
    from cli_in_process import run_in_process

    def call(*args: str, passphrase: str | None = PASSPHRASE, timeout: int = 300, stdin: str | None = None):
        return run_in_process(*args, passphrase=passphrase, home=app_home, stdin=stdin)

    return call


@pytest.fixture
def cli_process(app_home):
    """Like ``cli`` but spawns ``python main.py ...`` (smoke tests of the real program)."""

    def call(*args: str, passphrase: str | None = PASSPHRASE, timeout: int = 300):
        return run_cli(*args, passphrase=passphrase, home=app_home, timeout=timeout)

    return call


@pytest.fixture
def context(qtbot, db):
    """The service object every UI page receives, over a real encrypted database."""
    from ui.context import AppContext
    from ui.settings import Settings

    ctx = AppContext(db=db, settings=Settings())
    yield ctx
    ctx.shutdown()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person, accents included (QTest.keyClicks aborts on non-ASCII characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


# ---------------------------------------------------------------- the Spanish translation
SPANISH_TS = ROOT / "resources" / "i18n" / "committee_desk_es.ts"


@pytest.fixture(scope="session")
def spanish_qm(tmp_path_factory) -> Path:
    """The Spanish .qm compiled from the .ts as it is now (so a test sees an edit of the .ts)."""
    import subprocess

    out = tmp_path_factory.mktemp("qm") / "committee_desk_es.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(SPANISH_TS), "-qm", str(out)], check=True)
    return out


def install_spanish(qapp, spanish_qm: Path, tmp_path_factory, monkeypatch) -> None:
    """Spanish installed the way the app installs it (ui/i18n.py: our translation, Qt's own, and
    the translator of Qt's missing words), from the .ts as it is now."""
    import shutil

    from ui import i18n

    resources = tmp_path_factory.mktemp("resources")
    (resources / "i18n").mkdir()
    shutil.copy(spanish_qm, resources / "i18n" / "committee_desk_es.qm")
    monkeypatch.setattr(i18n, "resources_dir", lambda: resources)
    assert i18n.install(qapp, "es") == "es"


@pytest.fixture
def spanish(qapp, spanish_qm, tmp_path_factory, monkeypatch):
    """Spanish for one test, installed as the app installs it (see install_spanish)."""
    from ui import i18n

    install_spanish(qapp, spanish_qm, tmp_path_factory, monkeypatch)
    yield
    i18n.uninstall(qapp)


# Slow tests (the 100,000-person round trips: minutes each) run only when asked:
# `pytest --run-slow` or COMMITTEE_DESK_SLOW_TESTS=1.
def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", default=False, help="also run tests marked slow")
    parser.addoption("--store", choices=("sqlcipher", "postgresql"), default="sqlcipher",
                     help="where the db fixture lives: an encrypted file, or a throwaway PostgreSQL server")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: minutes long (100,000 people); run with --run-slow (make test does)")
    config.addinivalue_line("markers", "file_only: tests what only the encrypted file has (skipped with --store=postgresql)")


def pytest_report_header(config):
    if store_option(config) != "postgresql":
        return None
    import pg_server as server_module

    reason = server_module.unavailable()
    return f"store: PostgreSQL NOT TESTED: {reason}" if reason else "store: a throwaway PostgreSQL server"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if store_option(config) != "postgresql":
        return
    import pg_server as server_module

    reason = server_module.unavailable()
    if reason:
        terminalreporter.write_line(f"PostgreSQL was NOT tested: {reason}.", red=True, bold=True)


def pytest_collection_modifyitems(config, items):
    if store_option(config) == "postgresql":
        only_file = pytest.mark.skip(reason="the encrypted file only")
        for item in items:
            if "file_only" in item.keywords:
                item.add_marker(only_file)
    if config.getoption("--run-slow") or os.environ.get("COMMITTEE_DESK_SLOW_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# ---------------------------------------------------------------- the import wizard on a file
@pytest.fixture
def wizard_on_file(qtbot, context):
    """``wizard_on_file(path)``: the import wizard shown, the path typed into its file box and
    Enter pressed, as a person would (the file page then reads the file in the background)."""
    from PySide6.QtCore import Qt

    from ui.importing import wizard as ui_imports

    def open_file(path):
        wizard = ui_imports.ImportWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.file_page.path_edit, str(path))
        qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
        return wizard

    return open_file
