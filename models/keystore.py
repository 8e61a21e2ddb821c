"""Remembering a passphrase in the OS keyring, for convenience only.

The passphrase is the root of trust; the keyring merely remembers it on this computer. Anything
short of a real, answering system store means "no keyring" and the app just asks for the
passphrase: the fail and null backends, an exception, a read-back mismatch, or a backend that does
not answer within a few seconds. There is never a plaintext fallback.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Callable

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "Committee Desk"
TIMEOUT_SECONDS = 3.0


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
    return str(Path(db_path).resolve())


class KeyStore:
    """Our small interface over keyring (Vorta-style)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def is_real(self) -> bool:
        """True only for a real system store that answers (not the fail/null backends)."""

        def probe() -> bool:
            backend = self.backend
            module = type(backend).__module__
            if module.endswith((".fail", ".null")):
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
