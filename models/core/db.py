"""The encrypted database: one SQLCipher file per organization.

* The passphrase is the root of trust: SQLCipher derives the page key from it (PBKDF2-SHA512).
* Every pooled connection is opened by ``_raw_connect`` (key first, then WAL, foreign keys,
  busy timeout, secure delete, ``synchronous=FULL``: a commit is on disk when "Saved" shows).
  Connections stay pooled: each new one costs ~0.1 s of key derivation.
* Nothing is ever opened or written in plaintext: every connection first asks SQLCipher for
  ``PRAGMA cipher_version`` (a driver without SQLCipher is refused, errors.NoEncryption), and a
  newly created file must not start with the plain SQLite header. A file that is empty, too
  short, plain SQLite or not ours is refused before anything is written, and the file keeps its
  exact bytes; an empty or truncated file with a good backup is refused with that backup offered.
* Only SQLCipher's "file is not a database" at the key check means a wrong passphrase. A full
  disk, a read-only disk or folder and missing permissions are found before connecting (nothing
  is created beside the file) and are reported as what they are.
* A write checks, under the writer lock, that the file is still the one this Database opened: a
  file restored (replaced) meanwhile by another process is never written through a stale
  connection (the write is refused, nothing changes).
* Alembic migrations run on open, after a copy of the file is taken.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from .errors import QT_TRANSLATE_NOOP
from . import backup_files, errors
from .store import Store
from .base import Base, utcnow
from .audit import default_user
from .instance_lock import InstanceLock, acquire_for_write, is_held
from . import migrate

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
APP_MARK = "committee-desk"
MIN_PASSPHRASE_LENGTH = 8
_dbapi = sqlcipher3.dbapi2
WAL_AUTOCHECKPOINT = 1000  # SQLite's default: pages in the WAL before a commit copies them into the file
# Durability of a commit in WAL mode: FULL syncs the WAL at every commit (a power cut right after
# "Saved" keeps the save); NORMAL would only sync at checkpoints. `make bench` shows the cost
# ("Save a person", FULL against NORMAL as its floor).
SYNCHRONOUS = "FULL"
# Below this much free space SQLite cannot even set up the -shm index (32 KB) and a first WAL
# frame beside the file, so opening is refused as "disk full" before anything is created.
MIN_FREE_BYTES = 256 * 1024
# SQLite's primary result codes (sqlite3.h) that the open path tells apart.
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 11, 13, 14
_SQLITE_NOTADB = 26


# TESTS ONLY, never the app: tests/conftest.py sets COMMITTEE_DESK_TEST_FAST_KDF=1 so that the
# throwaway databases of the tests derive their key with TEST_KDF_ITER PBKDF2 rounds instead of
# SQLCipher's default 256,000 (~0.1 s per connection). SQLCipher keeps the count per connection
# (it is not in the file), so every keyed connection and ATTACH below calls _test_kdf; a file made
# this way only opens with the setting on (without it: "wrong passphrase").
TEST_FAST_KDF_ENV = "COMMITTEE_DESK_TEST_FAST_KDF"
TEST_KDF_ITER = 64


def _test_kdf(conn: "sqlcipher3.Connection", schema: str = "main") -> None:
    """Right after a key is given: the cheap key derivation, only when the tests asked for it."""
    if os.environ.get(TEST_FAST_KDF_ENV) == "1":
        conn.execute(f"PRAGMA {schema}.kdf_iter = {TEST_KDF_ITER}")


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


class DatabaseDamaged(errors.NotADatabase):
    """The file fails its integrity check or cannot be read; ``backup`` is the newest good backup
    (a Path) when one was found. The damaged file is never written."""

    @property
    def backup(self) -> "Path | None":
        return self.values.get("backup")


def _not_ours() -> errors.NotADatabase:
    return errors.NotADatabase(
        QT_TRANSLATE_NOOP("Errors", "This encrypted file is not a Committee Desk database."),
        QT_TRANSLATE_NOOP("Errors", "Choose another file. The file was left as it is."),
    )


def _no_encryption() -> errors.NoEncryption:
    return errors.NoEncryption(
        QT_TRANSLATE_NOOP("Errors", "This copy of Committee Desk cannot encrypt: its SQLCipher library is missing."),
        QT_TRANSLATE_NOOP("Errors", "Reinstall Committee Desk. Nothing was opened or written."),
    )


def _connect_encrypted(path: Path | str, **options) -> "sqlcipher3.Connection":
    """A connection through SQLCipher, proven: ``PRAGMA cipher_version`` must answer before the
    key is given or a page is read (plain SQLite ignores ``PRAGMA key`` and writes plaintext)."""
    conn = sqlcipher3.connect(str(path), **options)
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    except Exception:  # noqa: BLE001 - any failure here means: not a working SQLCipher
        row = None
    if not row or not row[0]:
        conn.close()
        raise _no_encryption()
    return conn


def _refuse_plain_file(path: Path) -> None:
    """A file we wrote must not start with the plain SQLite header (it would be unencrypted)."""
    with open(path, "rb") as handle:
        if handle.read(16) == SQLITE_PLAIN_HEADER:
            raise _no_encryption()


def _pragma_setup(conn: "sqlcipher3.Connection", passphrase: str, allow_new: bool) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    _test_kdf(conn)
    # Reading the schema is what checks the key: a wrong key fails here, before any write.
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    # Nothing may be written (not even the WAL header flag) before we know the file is ours.
    if tables or not allow_new:
        try:
            mark = conn.execute("SELECT value FROM app_meta WHERE key = 'app'").fetchone()
        except _dbapi.OperationalError:
            mark = None
        if not mark or mark[0] != APP_MARK:
            # A brand-new file being created has its tables but no mark yet for a moment.
            if not (allow_new and mark is None and _has_alembic(conn)):
                raise _not_ours()
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.create_function("person_name", 4, _person_name, deterministic=True)


def _person_name(first, last, preferred, order):
    """SQL ``person_name(first_name, last_name, preferred_name, name_order)``: models.core.text's
    display_name() for queries that name people in SQL; NULL for a missing (outer-joined) person."""
    if first is None and last is None and preferred is None:
        return None
    # lazy: phonenumbers (via .text, ~60 ms): importing db (ui.app, the CLI) does not
    from .text import display_name

    return display_name(first or "", last or "", preferred or "", order or "")


def _has_alembic(conn) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0])


def translate_dbapi_error(exc: BaseException) -> errors.UserError | None:
    """Environment errors (disk full, read-only, locked, corrupt) become plain messages."""
    message = str(getattr(exc, "orig", exc) or exc).lower()
    if "database or disk is full" in message or "disk is full" in message or "no space" in message:
        return errors.DiskFull(
            QT_TRANSLATE_NOOP("Errors", "The disk is full, so nothing was saved."),
            QT_TRANSLATE_NOOP("Errors", "Free some space (or choose another folder) and try again. Your data is unchanged."),
        )
    if "readonly" in message or "read-only" in message:
        return errors.ReadOnly(
            QT_TRANSLATE_NOOP("Errors", "The database file cannot be written (it is read-only)."),
            QT_TRANSLATE_NOOP("Errors", "Check the file's permissions or copy it to a folder you can write to."),
        )
    if "locked" in message or "busy" in message:
        return errors.DatabaseBusy(
            QT_TRANSLATE_NOOP("Errors", "The database is busy in another program or window."),
            QT_TRANSLATE_NOOP("Errors", "Close the other copy of Committee Desk, then try again."),
        )
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return errors.NotADatabase(
            QT_TRANSLATE_NOOP("Errors", "The database file is damaged."),
            QT_TRANSLATE_NOOP("Errors", "Restore it from a backup. The damaged file has not been changed."),
        )
    return None


def _unlock_failed() -> errors.WrongPassphrase:
    return errors.WrongPassphrase(
        QT_TRANSLATE_NOOP("Errors", "Could not unlock the database: the passphrase is wrong, or the file is damaged or is not a "
        "Committee Desk database."),
        QT_TRANSLATE_NOOP("Errors", "Check the passphrase (it is case-sensitive) and try again. The file has not been changed."),
    )


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _disk_full_on_open() -> errors.DiskFull:
    return errors.DiskFull(
        QT_TRANSLATE_NOOP("Errors", "The disk holding the database is full, so it cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "Free some space on that disk and try again. Nothing was changed."),
    )


def _read_only_on_open() -> errors.ReadOnly:
    return errors.ReadOnly(
        QT_TRANSLATE_NOOP("Errors", "The database is on a read-only disk or in a read-only folder, so it cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "Copy it to a folder you can write to, then open the copy. Nothing was changed."),
    )


def _read_only_file_on_open() -> errors.ReadOnly:
    return errors.ReadOnly(
        QT_TRANSLATE_NOOP("Errors", "The database file is read-only (its permissions forbid changes), so it cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "Allow changes to the file, or copy it to a folder you can write to. Nothing was changed."),
    )


def _no_permission_on_open() -> errors.PermissionDenied:
    return errors.PermissionDenied(
        QT_TRANSLATE_NOOP("Errors", "You do not have permission to use the database file or its folder (SQLite writes beside the file even to read it)."),
        QT_TRANSLATE_NOOP("Errors", "Check the file's and the folder's permissions (or ask whoever set them up). Nothing was changed."),
    )


def _cannot_open(name: str) -> errors.UserError:
    return errors.UserError(
        QT_TRANSLATE_NOOP("Errors", "The database file could not be read or written (the system reported {reason})."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk and try again. Nothing was changed."),
        reason=name,
    )


def environment_problem(path: Path) -> errors.UserError | None:
    """Why ``path`` cannot be used, as the file system says without writing anything: a read-only
    disk or folder, missing permissions, or a (nearly) full disk. None when nothing is wrong.

    SQLite in WAL mode writes beside the file even to read it (the -wal and -shm files), so each
    of these would otherwise fail half-way, leave empty files behind, and look like a wrong key."""
    path = Path(path)
    folder = path.parent
    stats = None
    if hasattr(os, "statvfs"):  # POSIX: the mount's read-only flag and the space a user may use
        try:
            stats = os.statvfs(folder)
        except OSError:
            stats = None
    if stats is not None and stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return _read_only_on_open()
    if not os.access(path, os.R_OK) or not os.access(folder, os.X_OK if os.name == "posix" else os.R_OK):
        return _no_permission_on_open()
    if not os.access(path, os.W_OK):
        return _read_only_file_on_open()
    if not os.access(folder, os.W_OK):
        return _no_permission_on_open()
    if stats is not None:  # (a file system that reports no size at all, some FUSE ones: unknown)
        free: int | None = stats.f_bavail * stats.f_frsize if stats.f_blocks else None
    else:
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = None
    if free is not None and free < MIN_FREE_BYTES:
        return _disk_full_on_open()
    return None


def _look_before_open(path: Path) -> None:
    """Refuse a full or read-only disk and missing permissions before SQLite creates anything
    beside the file (its -wal and -shm)."""
    problem = environment_problem(path)
    if problem is not None:
        raise problem


def _open_error(exc: BaseException, path: Path) -> errors.UserError | None:
    """A failure while opening (after the key check) that is the disk's or the system's, not
    the key's: a plain message, or None when it is something else."""
    code = _sqlite_code(exc)
    if code in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN):
        found = environment_problem(path)
        if found is not None:
            return found
        if code == _SQLITE_FULL:
            return _disk_full_on_open()
        if code == _SQLITE_READONLY:
            return _read_only_on_open()
        if code == _SQLITE_PERM:
            return _no_permission_on_open()
        return _cannot_open(getattr(getattr(exc, "orig", exc), "sqlite_errorname", "") or "an input/output error")
    return None


def inspect_file(path: Path) -> None:
    """Refuse, without writing anything, files that cannot be one of our databases."""
    if not path.exists():
        raise errors.DatabaseMissing(
            QT_TRANSLATE_NOOP("Errors", "The database file was not found."), QT_TRANSLATE_NOOP("Errors", "Check the folder, or create a new database.")
        )
    if path.is_dir():
        raise errors.NotADatabase(QT_TRANSLATE_NOOP("Errors", "That is a folder, not a database file."), QT_TRANSLATE_NOOP("Errors", "Choose the database file."))
    size = path.stat().st_size
    if size == 0:  # (a DatabaseDamaged: Database.open looks for a good backup to offer)
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "The file is empty (0 bytes): it is not a Committee Desk database, or it was damaged."),
            QT_TRANSLATE_NOOP("Errors", "Choose another file, or restore from a backup. The empty file was left as it is."),
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except PermissionError:
        raise _no_permission_on_open() from None
    if head == SQLITE_PLAIN_HEADER:
        raise errors.NotADatabase(
            QT_TRANSLATE_NOOP("Errors", "This is an unencrypted SQLite file, not a Committee Desk database."),
            QT_TRANSLATE_NOOP("Errors", "Committee Desk only opens encrypted databases. The file was left as it is."),
        )
    if size < 1024 or size % 512:  # truncated (a DatabaseDamaged, as above)
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "The file is damaged or is not a Committee Desk database."),
            QT_TRANSLATE_NOOP("Errors", "Choose another file, or restore from a backup. The file was left as it is."),
        )


@dataclass
class CheckReport:
    ok: bool
    schema: list[str]
    integrity: list[str]
    foreign_key_problems: int
    cipher_problems: list[str]
    counts: dict[str, int] = field(default_factory=dict)


class Database(Store):
    """An open, unlocked database. Use :meth:`create` or :meth:`open`, then :meth:`session`."""

    def __init__(self, path: Path, passphrase: str, creating: bool = False) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._passphrase: str | None = passphrase
        self._creating = creating
        self._write_lock = threading.RLock()
        # The app's lock on the file (held while unlocked); None for the CLI and scripts, whose
        # writes take the lock only for the length of each transaction (see write()).
        self.instance_lock: InstanceLock | None = None
        self._write_guard: InstanceLock | None = None
        self._write_depth = 0
        self._checkpointer: threading.Thread | None = None  # see write(checkpoint_later=True)
        self._identity: tuple[int, int] | None = None  # (device, inode) of the file first opened
        self._init_changes()
        self.engine: Engine = self._make_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # ----------------------------------------------------------------- engine
    def _raw_connect(self) -> "sqlcipher3.Connection":
        if self._passphrase is None:
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "The database is locked."), QT_TRANSLATE_NOOP("Errors", "Unlock it with the passphrase."))
        beside = [Path(f"{self.path}{suffix}") for suffix in ("-wal", "-shm")]
        existed = [p.exists() for p in beside]
        conn = _connect_encrypted(self.path, check_same_thread=False, isolation_level=None)
        try:
            _pragma_setup(conn, self._passphrase, allow_new=self._creating)
        except errors.UserError:
            conn.close()
            raise
        except _dbapi.DatabaseError as exc:
            conn.close()
            code = _sqlite_code(exc)
            if code == _SQLITE_NOTADB:  # SQLCipher's answer to a wrong key (or a damaged first page)
                raise _unlock_failed() from None
            if not any(existed):
                self._remove_empty_leftovers(beside)
            if code == _SQLITE_CORRUPT:
                raise _damaged_without_backup() from None
            translated = _open_error(exc, self.path) or translate_dbapi_error(exc)
            if translated is None or isinstance(translated, errors.NotADatabase):
                raise _cannot_open(getattr(exc, "sqlite_errorname", "") or type(exc).__name__) from None
            raise translated from None
        if self._identity is None:
            self._identity = _file_identity(self.path)
        return conn

    def _remove_empty_leftovers(self, beside: list[Path]) -> None:
        """A connection that failed (disk full, read-only) may leave an empty -wal and its -shm
        that were not there before: remove them, unless another writer holds the database."""
        wal = beside[0]
        try:
            if wal.exists() and wal.stat().st_size:
                return
        except OSError:
            return
        ours = any(lock is not None and lock.held for lock in (self.instance_lock, self._write_guard))
        if not ours and is_held(self.path):
            return
        for leftover in beside:
            try:
                leftover.unlink()
            except OSError:
                pass

    def _check_same_file(self) -> None:
        """Under the writer lock: refuse to write when the file at ``path`` is no longer the one
        this Database opened (a backup restored by another process meanwhile: the pooled
        connections would write into the file moved aside)."""
        if self._identity is None:
            return
        if _file_identity(self.path) != self._identity:
            raise errors.DatabaseBusy(
                QT_TRANSLATE_NOOP("Errors", "The database file was replaced (a backup was restored) while this was running."),
                QT_TRANSLATE_NOOP("Errors", "Nothing was written. Open the database again and repeat what you were doing."),
            )

    def hold_writer_lock(self) -> None:
        """Take the writer lock now and keep it until close (a long CLI write such as an import:
        no restore, app or other writer can start meanwhile). Refused like any write when the
        app or another command holds it."""
        if self.instance_lock is not None and self.instance_lock.held:
            return
        with self._write_lock:
            self.instance_lock = acquire_for_write(self.path)
            self._check_same_file()

    def _make_engine(self) -> Engine:
        engine = create_engine(
            "sqlite://",
            creator=self._raw_connect,
            module=_dbapi,
            poolclass=QueuePool,
            pool_size=3,
            max_overflow=4,
            pool_pre_ping=False,
            hide_parameters=True,
        )

        @event.listens_for(engine, "begin")
        def _begin(conn):  # pysqlite's implicit transactions are off; we BEGIN ourselves
            conn.exec_driver_sql("BEGIN")

        self._watch_writes(engine)

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_connection, record):  # after write(checkpoint_later=True) committed
            if record.info.pop("checkpoint_later", False) and dbapi_connection is not None:
                dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
                self._checkpoint_in_background()

        return engine

    def _checkpoint_in_background(self) -> None:
        """Copy the WAL into the file on a thread (a PASSIVE checkpoint: readers and writers go
        on meanwhile). If it cannot run, SQLite does it at the next commit or at close."""
        previous = self._checkpointer

        def run() -> None:
            if previous is not None:
                previous.join()
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            except Exception:  # noqa: BLE001 - nothing is lost: the WAL stays until a later checkpoint
                log.warning("background checkpoint did not run")

        self._checkpointer = threading.Thread(target=run, name="db-checkpoint", daemon=True)
        self._checkpointer.start()

    def wait_for_checkpoint(self) -> None:
        """Wait for a background checkpoint (see write(checkpoint_later=True)) to end."""
        checkpointer = self._checkpointer
        if checkpointer is not None:
            checkpointer.join()

    # ------------------------------------------------------------ construction
    def _forget_identity(self) -> None:
        """The file was replaced by us (rekey): the next connection records the new one."""
        self._identity = None

    @classmethod
    def create(cls, path: Path | str, passphrase: str, organization: str = "") -> "Database":
        """Create a new encrypted database at ``path``; refuses to replace any existing file."""
        path = Path(path)
        validate_new_passphrase(passphrase)
        if path.exists():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "A file with that name already exists."),
                QT_TRANSLATE_NOOP("Errors", "Choose another name, or open the existing database instead."),
            )
        if not path.parent.exists():
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "The folder does not exist."), QT_TRANSLATE_NOOP("Errors", "Choose an existing folder."))
        temp = path.with_name(f".{path.name}.creating")
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
        db = None
        try:
            db = cls(temp, passphrase, creating=True)
            db._migrate(backup=False)
            with db.session() as s, s.begin():
                # lazy: entities load phonenumbers (~60 ms); importing db (ui.app, the CLI) does not
                from .entities import AppMeta

                s.add_all(
                    [
                        AppMeta(key="app", value=APP_MARK),
                        AppMeta(key="organization", value=organization),
                        AppMeta(key="created_at", value=utcnow().isoformat(timespec="seconds")),
                    ]
                )
            db.close()
            _refuse_plain_file(temp)  # proof of encryption: not the plain SQLite header
            if os.name == "posix":
                temp.chmod(0o600)
            os.replace(temp, path)
        except Exception as exc:
            if db is not None:
                db.close()
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                leftover.unlink(missing_ok=True)
            if isinstance(exc, errors.UserError):
                raise
            translated = translate_dbapi_error(exc) if isinstance(exc, (DBAPIError, _dbapi.Error, OSError)) else None
            if isinstance(exc, OSError) and exc.errno == 28:
                translated = errors.DiskFull(QT_TRANSLATE_NOOP("Errors", "The disk is full, so the database was not created."), QT_TRANSLATE_NOOP("Errors", "Free some space and try again."))
            if translated:
                raise translated from None
            raise
        log.info("database created")
        return cls.open(path, passphrase)

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        migrate: bool = True,
        exclusive: bool = False,
        verify: bool = True,
        backup_folder: Path | None = None,
    ) -> "Database":
        """Unlock ``path``. ``exclusive`` (the app) holds the file's instance lock until close;
        ``verify`` runs SQLite's quick_check and refuses a damaged file (untouched) with
        ``DatabaseDamaged``, naming the newest good backup in ``backup_folder``
        (default: models.core.backup.default_folder(path)) when there is one."""
        path = Path(path)
        try:
            inspect_file(path)
        except DatabaseDamaged as exc:  # empty or truncated: offer a good backup if there is one
            good = _good_backup(path, passphrase, backup_folder)
            if good is None:
                raise
            raise DatabaseDamaged(
                exc.message,
                QT_TRANSLATE_NOOP("Errors", "A good backup from {when} is available: restore it (the damaged file is kept aside)."),
                backup=good.path,
                when=good.when_text,
            ) from None
        _look_before_open(path)
        lock = InstanceLock(path, "app").acquire() if exclusive else None
        db = cls(path, passphrase)
        db.instance_lock = lock
        try:
            try:
                with db.engine.connect() as conn:  # checks the key (see _pragma_setup)
                    db._check_ours(conn)
                    if verify:
                        db._quick_check(conn)
            except errors.WrongPassphrase:
                damaged = _damaged_if_backup_opens(path, passphrase, backup_folder)
                if damaged is not None:
                    raise damaged from None
                raise
            except DatabaseDamaged as exc:
                if exc.backup is None:
                    raise _damaged(path, passphrase, backup_folder) from None
                raise
            except (DBAPIError, _dbapi.Error) as exc:
                translated = _open_error(exc, path) or translate_dbapi_error(exc)
                if isinstance(translated, errors.NotADatabase):
                    raise _damaged(path, passphrase, backup_folder) from None
                if translated is not None:
                    raise translated from None
                raise
            if migrate:
                db._migrate(backup=True)
        except BaseException:
            db.close()
            raise
        log.info("database opened")
        return db

    def _quick_check(self, conn) -> None:
        result = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(1)")]
        if result != ["ok"]:
            log.warning("database failed its integrity check on open")
            raise _damaged(self.path, self._passphrase or "", None)

    def quick_check(self, backup_folder: Path | None = None) -> None:
        """SQLite's quick_check over every page (seconds on a big file: the app runs it in the
        background after unlocking). Raises ``DatabaseDamaged`` naming the newest good backup."""
        try:
            with self.engine.connect() as conn:
                result = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(1)")]
        except (DBAPIError, _dbapi.Error) as exc:
            translated = translate_dbapi_error(exc)
            if translated is not None and not isinstance(translated, errors.NotADatabase):
                raise translated from None
            result = ["damaged"]
        if result != ["ok"]:
            log.warning("database failed its integrity check")
            raise _damaged(self.path, self._passphrase or "", backup_folder)

    def _check_ours(self, conn) -> None:
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        mark = None
        if "app_meta" in tables:
            mark = conn.exec_driver_sql("SELECT value FROM app_meta WHERE key='app'").scalar()
        if mark != APP_MARK:
            raise _not_ours()

    # -------------------------------------------------------------- migrations
    def _migrate(self, backup: bool) -> None:
        with self.engine.connect() as conn:
            current = migrate.current_heads(conn)
        migrate.refuse_unknown(current)
        if migrate.is_up_to_date(current):
            return
        if backup and current:
            self.copy_before_migration()
        with self._writer(), self.engine.begin() as conn:
            migrate.upgrade(conn)
        log.info("database schema upgraded")

    def schema_versions(self) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(migrate.current_heads(conn))

    def checkpoint(self) -> None:
        self.wait_for_checkpoint()  # a background one first (two checkpointers: one is busy)
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def copy_before_migration(self) -> Path:
        """Copy the (encrypted) file aside before a schema upgrade; the copy keeps the same key."""
        self.checkpoint()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.before-upgrade-{stamp}.bak")
        tmp = target.with_name(target.name + ".tmp")
        shutil.copyfile(self.path, tmp)
        os.replace(tmp, target)
        if os.name == "posix":
            target.chmod(0o600)
        log.info("copy taken before schema upgrade")
        return target

    # ------------------------------------------------------------------- usage
    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def _writer(self) -> Iterator[None]:
        """Serialize writes in this process and, unless we hold the app's lock, take the instance
        lock for the transaction: a database held by the app is refused (errors.DatabaseBusy)."""
        with self._write_lock:
            owned = self.instance_lock is not None and self.instance_lock.held
            if not owned and self._write_depth == 0:
                self._write_guard = acquire_for_write(self.path)
            self._write_depth += 1
            try:
                if self._write_depth == 1:
                    self._check_same_file()
                yield
            finally:
                self._write_depth -= 1
                if self._write_depth == 0 and self._write_guard is not None:
                    guard, self._write_guard = self._write_guard, None
                    guard.release()

    @contextmanager
    def write(self, checkpoint_later: bool = False) -> Iterator[Session]:
        """One serialized unit of write work: ``with db.write() as s: ...`` commits or rolls back.

        ``checkpoint_later`` (a large transaction, such as an import): the commit does not also
        copy the WAL into the database file, which SQLite would otherwise do at once (a quarter
        of a second after 100,000 new people); a background thread does it right after the
        commit (:meth:`wait_for_checkpoint`; :meth:`close` waits for it). The data is committed
        either way: the checkpoint only moves it from the -wal file into the main file."""
        with self._writer():
            with self.session() as s:
                try:
                    with s.begin():
                        if checkpoint_later:
                            conn = s.connection()
                            conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
                            conn.connection.info["checkpoint_later"] = True
                        yield s
                except (DBAPIError, _dbapi.Error) as exc:
                    self._forget_committed()
                    translated = translate_dbapi_error(exc)
                    if translated:
                        raise translated from None
                    raise
                except BaseException:
                    self._forget_committed()
                    raise
        self._announce_committed()

    @property
    def is_open(self) -> bool:
        return self._passphrase is not None

    def close(self) -> None:
        """Close every connection, forget the passphrase (lock) and release the instance lock."""
        try:
            self.wait_for_checkpoint()
            self.engine.dispose()
        finally:
            self._passphrase = None
            if self.instance_lock is not None:
                self.instance_lock.release()

    # ----------------------------------------------------------------- copies
    def export_copy(self, target: Path, passphrase: str | None = None, audit_rows: list[tuple] = ()) -> None:
        """Write a consistent encrypted copy of the whole database to ``target`` (a new file).

        SQLCipher's ``sqlcipher_export`` into an ATTACHed database keyed with the same passphrase
        (or ``passphrase``), in one read transaction: a snapshot even while others write.
        ``audit_rows`` (action, kind, object_id, count, user) are added to the copy only.
        """
        if self._passphrase is None:
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "The database is locked."), QT_TRANSLATE_NOOP("Errors", "Unlock it with the passphrase."))
        key = self._passphrase if passphrase is None else passphrase
        target = Path(target)
        conn = self._raw_connect()
        try:
            conn.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), key))
            _test_kdf(conn, "copy")
            try:
                conn.execute("BEGIN")
                conn.execute("SELECT sqlcipher_export('copy')")
                for action, kind, object_id, count, user in audit_rows:
                    conn.execute(
                        "INSERT INTO copy.audit_log (at, user, action, kind, object_id, count) VALUES (?,?,?,?,?,?)",
                        (utcnow(), user or "", action, kind, object_id, count),
                    )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            finally:
                conn.execute("DETACH DATABASE copy")
        except _dbapi.Error as exc:
            translated = translate_dbapi_error(exc)
            if translated is not None:
                raise translated from None
            raise
        finally:
            conn.close()
        if os.name == "posix":
            target.chmod(0o600)

    def verify_copy(self, path: Path) -> None:
        """Raise unless ``path`` opens with this database's key, is ours and passes integrity_check."""
        if self._passphrase is None:
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "The database is locked."), QT_TRANSLATE_NOOP("Errors", "Unlock it with the passphrase."))
        verify_file(Path(path), self._passphrase)

    # ------------------------------------------------------------------ rekey
    def change_passphrase(self, old: str, new: str, user: str = "") -> None:
        """Re-encrypt with ``new``: an encrypted copy under the new key is written beside the file,
        verified, then renamed over it. At every instant (kill -9, power loss) the file on disk
        opens with exactly one of the two passphrases. Backups keep the passphrase they were
        made with."""
        if old != self._passphrase:
            raise errors.WrongPassphrase(QT_TRANSLATE_NOOP("Errors", "The current passphrase is not correct."), QT_TRANSLATE_NOOP("Errors", "Nothing was changed."))
        validate_new_passphrase(new)
        temp = self.path.with_name(f".{self.path.name}.rekey")
        with self._writer():
            for leftover in (temp, Path(f"{temp}-journal")):
                leftover.unlink(missing_ok=True)
            try:
                self.wait_for_checkpoint()  # (its TRUNCATE below would find the WAL busy)
                self.engine.dispose()
                self.export_copy(temp, passphrase=new, audit_rows=[("passphrase_changed", "database", None, None, user or _audit_user())])
                verify_file(temp, new)
                with open(temp, "rb+") as handle:
                    os.fsync(handle.fileno())
                # Everything committed must be in the main file, and no -wal may outlive it.
                conn = self._raw_connect()
                try:
                    busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                finally:
                    conn.close()
                wal = Path(f"{self.path}-wal")
                if busy or (wal.exists() and wal.stat().st_size):
                    raise errors.DatabaseBusy(
                        QT_TRANSLATE_NOOP("Errors", "The database is busy in another program or window."),
                        QT_TRANSLATE_NOOP("Errors", "Close the other copy of Committee Desk, then try again. Nothing was changed."),
                    )
                os.replace(temp, self.path)
                self._forget_identity()
                _fsync_folder(self.path.parent)
            except BaseException as exc:
                temp.unlink(missing_ok=True)
                if isinstance(exc, OSError) and exc.errno == 28:
                    raise errors.DiskFull(QT_TRANSLATE_NOOP("Errors", "The disk is full, so nothing was saved."), QT_TRANSLATE_NOOP("Errors", "Free some space and try again.")) from None
                if isinstance(exc, errors.UserError) or not isinstance(exc, Exception):
                    raise
                translated = translate_dbapi_error(exc)
                raise (translated or errors.UserError(QT_TRANSLATE_NOOP("Errors", "The passphrase could not be changed."))) from None
            self._passphrase = new
            self.engine.dispose()
        log.info("passphrase changed")

    # ------------------------------------------------------------------ check
    def check(self) -> CheckReport:
        # lazy: every feature's tables, for the counts (importing db loads no feature)
        from . import tables  # noqa: F401

        with self.engine.connect() as conn:
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            cipher = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            heads = sorted(migrate.current_heads(conn))
            counts = {}
            for table in sorted(Base.metadata.tables):
                counts[table] = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0
        ok = integrity == ["ok"] and not fk and not cipher and migrate.is_up_to_date(set(heads))
        return CheckReport(ok, heads, integrity, len(fk), cipher, counts)


def _audit_user() -> str:
    return default_user()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def verify_file(path: Path, passphrase: str) -> None:
    """A copy counts only if it opens with the key, is ours and passes integrity_check."""
    try:
        _refuse_plain_file(path)
    except OSError:
        pass  # unreadable: the connection below says so
    conn = _connect_encrypted(path, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        _test_kdf(conn)
        conn.execute("PRAGMA query_only = ON")
        mark = conn.execute("SELECT value FROM app_meta WHERE key = 'app'").fetchone()
        if not mark or mark[0] != APP_MARK:
            raise _not_ours()
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        if result != ["ok"]:
            raise errors.NotADatabase(QT_TRANSLATE_NOOP("Errors", "The copy failed its integrity check."), QT_TRANSLATE_NOOP("Errors", "Nothing was replaced."))
    except _dbapi.Error:
        raise errors.NotADatabase(
            QT_TRANSLATE_NOOP("Errors", "The copy could not be read back with the passphrase."), QT_TRANSLATE_NOOP("Errors", "Nothing was replaced.")
        ) from None
    finally:
        conn.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def copy_is_good(path: Path, passphrase: str) -> bool:
    """True when the file at ``path`` (a backup, a copy) opens with ``passphrase`` and passes its check."""
    try:
        verify_file(path, passphrase)
        return True
    except errors.UserError:
        return False


def _good_backup(path: Path, passphrase: str, backup_folder: Path | None):
    if not passphrase:
        return None
    return backup_files.newest_good(path, backup_folder, lambda copy: copy_is_good(copy, passphrase))


def _damaged_without_backup() -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP("Errors", "The database file is damaged. It was not changed."),
        QT_TRANSLATE_NOOP("Errors", "Restore it from a backup, or keep the file and ask for help."),
    )


def _damaged(path: Path, passphrase: str, backup_folder: Path | None) -> DatabaseDamaged:
    good = _good_backup(path, passphrase, backup_folder)
    if good is not None:
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "The database file is damaged. It was not changed."),
            QT_TRANSLATE_NOOP("Errors", "A good backup from {when} is available: restore it (the damaged file is kept aside)."),
            backup=good.path,
            when=good.when_text,
        )
    return _damaged_without_backup()


def _damaged_if_backup_opens(path: Path, passphrase: str, backup_folder: Path | None) -> DatabaseDamaged | None:
    """A passphrase that opens our newest backup but not the file: the file's first page is damaged."""
    good = backup_files.newest_good(path, backup_folder, lambda copy: copy_is_good(copy, passphrase))
    if good is None:
        return None
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP("Errors", "The database file is damaged (the passphrase opens your backup but not the file). It was not changed."),
        QT_TRANSLATE_NOOP("Errors", "A good backup from {when} is available: restore it (the damaged file is kept aside)."),
        backup=good.path,
        when=good.when_text,
    )


def validate_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The passphrase must be at least {n} characters long."),
            field="passphrase",
            n=MIN_PASSPHRASE_LENGTH,
        )


def is_operational_error(exc: BaseException) -> bool:
    return isinstance(exc, (OperationalError, sqlite3.OperationalError, _dbapi.OperationalError))
