"""Remembering a passphrase in the OS keyring, for convenience only.

The passphrase is the root of trust; the keyring merely remembers it on this computer. Only a
store known to encrypt its secrets counts, by an allow-list of backend classes (module and class
name, see ``ENCRYPTING_BACKENDS``): the macOS Keychain, the Windows Credential Locker, the Secret
Service (GNOME Keyring, KeePassXC; also through libsecret) and KWallet. Anything else means
"no keyring" and the app just asks for the passphrase: keyrings.alt's PlaintextKeyring (it keeps
secrets base64-encoded in a file), any unknown third-party backend, the fail and null backends,
an exception, a read-back mismatch, or a backend that does not answer within a few seconds. When
keyring chains several backends, only the first allowed one in the chain is used (the chainer
would otherwise fall through to a plaintext file). There is never a plaintext fallback.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Callable

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

log = logging.getLogger(__name__)

SERVICE = "Committee Desk"
TIMEOUT_SECONDS = 3.0

# (module, class name) of the keyring backends known to encrypt what they store. An allow-list:
# a backend that is not named here (keyrings.alt's file backends, a new third-party one) is not
# a keyring for us, whatever priority it claims.
ENCRYPTING_BACKENDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("keyring.backends.macOS", "Keyring"),  # macOS Keychain
        ("keyring.backends.Windows", "WinVaultKeyring"),  # Windows Credential Locker
        ("keyring.backends.SecretService", "Keyring"),  # Secret Service (D-Bus)
        ("keyring.backends.libsecret", "Keyring"),  # Secret Service through libsecret
        ("keyring.backends.kwallet", "DBusKeyring"),  # KWallet 5/6
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),  # KWallet 4
    }
)
_CHAINER = ("keyring.backends.chainer", "ChainerBackend")

# Test hook: the test suite's in-memory stores (tests/conftest.py) are allowed through this set,
# by class, with allow_backend_for_tests(). The app never calls it and no setting or environment
# variable reaches it.
_ALLOWED_FOR_TESTS: set[tuple[str, str]] = set()


def _name(backend: object) -> tuple[str, str]:
    kind = type(backend)
    return kind.__module__, kind.__qualname__


def allow_backend_for_tests(*classes: type) -> None:
    """Tests only: let these backend classes count as encrypting stores."""
    _ALLOWED_FOR_TESTS.update((c.__module__, c.__qualname__) for c in classes)


def is_encrypting(backend: object) -> bool:
    """True when ``backend`` is one of the allowed (encrypting) keyring classes."""
    name = _name(backend)
    return name in ENCRYPTING_BACKENDS or name in _ALLOWED_FOR_TESTS


def encrypting_backend(backend: object) -> "keyring.backend.KeyringBackend | None":
    """``backend`` when it is allowed; for keyring's chainer, the first allowed backend of its
    chain (the one it would write to, if that is allowed); otherwise None."""
    if is_encrypting(backend):
        return backend  # type: ignore[return-value]
    if _name(backend) == _CHAINER:
        chain = list(getattr(backend, "backends", ()) or ())
        if chain and is_encrypting(chain[0]):
            return chain[0]
    return None


def _with_timeout(func: Callable[[], Any], seconds: float | None = None) -> tuple[bool, Any]:
    """Run ``func`` in a daemon thread; (False, None) on exception or when it does not answer."""
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["value"] = func()
        except Exception:  # any keyring failure means "no keyring"
            result["error"] = True

    worker = threading.Thread(target=target, name="keyring-probe", daemon=True)
    worker.start()
    worker.join(TIMEOUT_SECONDS if seconds is None else seconds)
    if worker.is_alive() or "error" in result:
        return False, None
    return True, result.get("value")


def _account(db_path: Path | str) -> str:
    """The keyring entry's name: the file's full path, or a committee server's address as given
    (postgresql://user@host:port/db: it names the login, never holds the password)."""
    text = str(db_path).strip()
    if text.lower().startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        return text
    return str(Path(db_path).resolve())


class KeyStore:
    """Our small interface over keyring (Vorta-style)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The store used: an allowed (encrypting) backend; the fail backend otherwise, so that
        nothing is ever read from or written to anything else."""
        chosen = encrypting_backend(self._backend or keyring.get_keyring())
        if chosen is None:
            return fail.Keyring()
        return chosen

    def is_real(self) -> bool:
        """True only for an allowed, encrypting system store that answers."""

        def probe() -> bool:
            backend = encrypting_backend(self._backend or keyring.get_keyring())
            if backend is None:
                return False
            return float(getattr(backend, "priority", 0) or 0) > 0

        ok, real = _with_timeout(probe)
        return bool(ok and real)

    def get(self, db_path: Path | str) -> str | None:
        if not self.is_real():
            return None
        ok, value = _with_timeout(lambda: self.backend.get_password(SERVICE, _account(db_path)))
        return value if ok and value else None

    def remember(self, db_path: Path | str, passphrase: str) -> bool:
        """Store, then read back; on any mismatch or failure remove it and return False."""
        if not self.is_real():
            return False
        account = _account(db_path)
        ok, _ = _with_timeout(lambda: self.backend.set_password(SERVICE, account, passphrase))
        if ok:
            ok, value = _with_timeout(lambda: self.backend.get_password(SERVICE, account))
            if ok and value == passphrase:
                return True
        self.forget(db_path)
        log.warning("keyring did not keep the passphrase; it will be asked for instead")
        return False

    def forget(self, db_path: Path | str) -> None:
        if not self.is_real():
            return

        def delete() -> None:
            try:
                self.backend.delete_password(SERVICE, _account(db_path))
            except keyring.errors.PasswordDeleteError:
                pass

        _with_timeout(delete)
