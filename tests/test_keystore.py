"""The keyring wrapper: only a real, answering store counts; the passphrase always works without it."""

from __future__ import annotations

import time

import keyring
import keyring.backend
import pytest
from keyring.backends import fail, null

from conftest import PASSPHRASE, MemoryKeyring
from models import keystore
from models.keystore import KeyStore


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
