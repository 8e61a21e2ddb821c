"""One writer per database: a lock file beside it (``NAME.cdesk.lock``), Qt-free.

The app holds the lock for as long as a database is unlocked in it; a second copy of the app
(or another window) is refused, and the CLI refuses to *write* to a database the app holds
(reading commands such as ``list`` and ``check`` still run: SQLite's WAL gives them a consistent
snapshot). A CLI write takes the same lock for the length of its transaction, so the app cannot
open the file in the middle of an import either.

The lock is an OS file lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows): the
operating system drops it when the process ends, however it ends (kill -9, power loss), so a
stale lock file never blocks anyone. The file only says who holds it ("app" or "cli" and a
process id) so the message can be precise; it holds no personal data.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Optional

from . import errors
from .errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass


def lock_path(database: Path | str) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".lock")


def held_by_app_error() -> errors.DatabaseBusy:
    return errors.DatabaseBusy(
        QT_TRANSLATE_NOOP("Errors", "This database is open in the Committee Desk app."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Only one program may change it at a time. Use the open window, or lock or close it there "
            "and try again. Nothing was changed.",
        ),
    )


def held_by_cli_error() -> errors.DatabaseBusy:
    return errors.DatabaseBusy(
        QT_TRANSLATE_NOOP("Errors", "Another Committee Desk command is changing this database right now."),
        QT_TRANSLATE_NOOP("Errors", "Wait until it has finished, then try again. Nothing was changed."),
    )


class InstanceLock:
    """``InstanceLock(db_path, "app").acquire()`` or raise; ``release()``; also a context manager."""

    def __init__(self, database: Path | str, kind: str = "app") -> None:
        self.database = Path(database)
        self.path = lock_path(self.database)
        self.kind = kind
        self._fd: Optional[int] = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False when another process (or handle) holds it."""
        if self._fd is not None:
            return True
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                # A folder we cannot write to: nobody can write the database there either.
                log.info("no lock file possible (%s)", type(exc).__name__)
                return True
            if not _try_lock(fd):
                os.close(fd)
                return False
            # The holder may have removed the file between our open and our lock: lock the live file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if not same:
                _unlock(fd)
                os.close(fd)
                continue
            try:
                os.ftruncate(fd, 0)
                os.write(fd, f"{self.kind} {os.getpid()}\n".encode())
            except OSError:
                pass  # a full disk must not stop the lock itself
            self._fd = fd
            return True
        return False

    def acquire(self) -> "InstanceLock":
        if not self.try_acquire():
            raise held_by_app_error() if holder_kind(self.database) != "cli" else held_by_cli_error()
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:  # tidy: remove the file while we still hold it (others re-check the inode)
            self.path.unlink()
        except OSError:
            pass
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net
        try:
            self.release()
        except Exception:
            pass


def holder_kind(database: Path | str) -> str:
    """'app', 'cli' or '' (nobody / unknown), read from the lock file."""
    try:
        text = lock_path(database).read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    return text.split()[0] if text.split() else ""


def is_held(database: Path | str) -> bool:
    """True when another process (or another handle in this one) holds the database's lock."""
    path = lock_path(database)
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def acquire_for_write(database: Path | str, wait_seconds: float = 5.0) -> InstanceLock:
    """The lock a CLI (or any non-app) write takes for the length of its transaction.

    Refused at once when the app holds the database; another command's write is waited for
    (up to ``wait_seconds``, like SQLite's busy timeout).
    """
    lock = InstanceLock(database, "cli")
    deadline = time.monotonic() + wait_seconds
    while not lock.try_acquire():
        if holder_kind(database) == "app" or time.monotonic() >= deadline:
            raise held_by_app_error() if holder_kind(database) == "app" else held_by_cli_error()
        time.sleep(0.05)
    return lock
