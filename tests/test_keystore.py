"""The keyring wrapper: only a real, answering store counts; the passphrase always works without it."""

from __future__ import annotations

import time

import keyring
import keyring.backend
import pytest
from keyring.backends import fail, null

from conftest import PASSPHRASE, MemoryKeyring
from models.core import keystore
from models.core.keystore import KeyStore


class Exploding(keyring.backend.KeyringBackend):
    priority = 5

    def get_password(self, service, username):
        raise RuntimeError("the secret service crashed")

    def set_password(self, service, username, password):
        raise RuntimeError("the secret service crashed")

    def delete_password(self, service, username):
        raise RuntimeError("the secret service crashed")


class Hanging(MemoryKeyring):
    def get_password(self, service, username):
        time.sleep(5)
        return None

    def set_password(self, service, username, password):
        time.sleep(5)


class Forgetful(MemoryKeyring):
    """Accepts the secret but gives back something else (a broken store)."""

    def get_password(self, service, username):
        value = super().get_password(service, username)
        return value[:-1] if value else value


# These stand-ins for a system store must count as one for their tests to mean anything.
keystore.allow_backend_for_tests(Exploding, Hanging, Forgetful)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_fail_and_null_backends_mean_no_keyring(backend, tmp_path):
    store = KeyStore(backend)
    assert not store.is_real()
    assert store.get(tmp_path / "x.cdesk") is None
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE) is False


def test_memory_backend_round_trip(tmp_path):
    store = KeyStore(MemoryKeyring())
    path = tmp_path / "x.cdesk"
    assert store.is_real()
    assert store.remember(path, PASSPHRASE)
    assert store.get(path) == PASSPHRASE
    store.forget(path)
    assert store.get(path) is None


def test_exception_means_no_keyring(tmp_path):
    store = KeyStore(Exploding())
    assert store.get(tmp_path / "x.cdesk") is None
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE) is False


def test_no_answer_within_timeout_means_no_keyring(tmp_path, monkeypatch):
    monkeypatch.setattr(keystore, "TIMEOUT_SECONDS", 0.3)
    store = KeyStore(Hanging())
    started = time.monotonic()
    assert store.get(tmp_path / "x.cdesk") is None
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE) is False
    assert time.monotonic() - started < 3


def test_read_back_mismatch_is_not_kept(tmp_path):
    backend = Forgetful()
    store = KeyStore(backend)
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE) is False
    assert backend.store == {}


def test_cli_falls_back_to_passphrase_when_keyring_fails(db_path, cli):
    """With the system's fail backend (no keyring on this machine) the env passphrase still works."""
    result = cli("init", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    result = cli("check", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    result = cli("check", "--db", str(db_path), passphrase=None)
    assert result.returncode == 2
    assert "No passphrase given" in result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------ only encrypting stores count (issue 21.1)
@pytest.fixture
def plaintext_keyring(tmp_path, monkeypatch):
    """keyrings.alt's PlaintextKeyring (priority 0.5) as the system keyring, its file in tmp_path."""
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "python_keyring" / "keyring_pass.cfg")
    assert ring.priority > 0  # what the old priority check took for a real store
    keyring.set_keyring(ring)
    return ring


def test_plaintext_keyring_is_not_a_keyring(plaintext_keyring, tmp_path, db_path, db):
    from pathlib import Path

    store = KeyStore()
    assert not store.is_real()
    assert store.remember(db_path, PASSPHRASE) is False
    assert store.get(db_path) is None
    store.forget(db_path)
    assert not Path(plaintext_keyring.file_path).exists()
    assert not list(tmp_path.rglob("keyring_pass.cfg"))


def test_plaintext_keyring_is_not_offered_in_the_app(qtbot, plaintext_keyring, tmp_path, db_path, db):
    """The unlock screen offers no "Remember" and unlocking (with the box never shown) writes
    nothing to the plaintext file."""
    from pathlib import Path

    from PySide6.QtCore import Qt

    from ui.app import AppController
    from ui.settings import Settings

    db.close()
    controller = AppController(Settings(), KeyStore())
    controller.show_unlock(0)
    unlock = controller.unlock_window
    assert unlock.open_remember.isHidden() and unlock.create_remember.isHidden()
    qtbot.keyClicks(unlock.open_path, str(db_path))
    qtbot.keyClicks(unlock.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    assert not Path(plaintext_keyring.file_path).exists()
    assert not list(tmp_path.rglob("keyring_pass.cfg"))
    controller.main_window.close()
    controller._stop_watching_idle()


class UnknownStore(MemoryKeyring):
    """A third-party backend that claims a high priority: not on the allow-list, so not a keyring."""

    priority = 9


def test_unknown_backend_is_refused_by_the_allow_list(tmp_path):
    backend = UnknownStore()
    store = KeyStore(backend)
    assert not store.is_real()
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE) is False
    assert backend.store == {}


def test_the_real_system_stores_are_allowed():
    from keyring.backends import SecretService, Windows, kwallet, libsecret

    for kind in (SecretService.Keyring, Windows.WinVaultKeyring, kwallet.DBusKeyring, kwallet.DBusKeyringKWallet4,
                 libsecret.Keyring):
        assert (kind.__module__, kind.__qualname__) in keystore.ENCRYPTING_BACKENDS
    assert ("keyring.backends.macOS", "Keyring") in keystore.ENCRYPTING_BACKENDS
    assert not any(module.startswith("keyrings.alt") for module, _ in keystore.ENCRYPTING_BACKENDS)


def test_a_chain_uses_only_its_first_store_and_never_a_plaintext_one(plaintext_keyring, monkeypatch, tmp_path):
    """keyring's chainer writes to its first backend and reads from every one: with a plaintext
    file first there is no keyring; with an encrypting store first only that store is used."""
    from pathlib import Path

    from keyring.backends.chainer import ChainerBackend

    memory = MemoryKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext_keyring, memory])
    store = KeyStore(ChainerBackend())
    assert not store.is_real()
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE) is False
    monkeypatch.setattr(ChainerBackend, "backends", [memory, plaintext_keyring])
    plaintext_keyring.set_password(keystore.SERVICE, str((tmp_path / "y.cdesk").resolve()), "planted")
    store = KeyStore(ChainerBackend())
    assert store.is_real()
    assert store.remember(tmp_path / "x.cdesk", PASSPHRASE)
    assert store.get(tmp_path / "x.cdesk") == PASSPHRASE
    assert store.get(tmp_path / "y.cdesk") is None  # never read from the plaintext file
    assert "x.cdesk" not in Path(plaintext_keyring.file_path).read_text()
