"""Shared test set-up: headless Qt, a private home folder, an in-memory keyring, real databases."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COMMITTEE_DESK_PASSPHRASE", None)

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


@pytest.fixture
def db(db_path):
    """A new, real, encrypted database (migrated to all heads); closed after the test."""
    from models.core.db import Database

    database = Database.create(db_path, PASSPHRASE, organization="Test local")
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """The encrypted database filled with the small fictional demo roster."""
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
    """cli("list", "people", "--db", str(path)) runs the real CLI with this test's home folder."""

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


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: minutes long (100,000 people); run with --run-slow")


def pytest_collection_modifyitems(config, items):
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
