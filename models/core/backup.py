"""Encrypted backups, their rotation, and restore.

* A backup is a whole encrypted database under the same passphrase, written by SQLCipher's
  ``sqlcipher_export`` in one read transaction (a consistent snapshot even while the app writes;
  see ``Database.export_copy``). It goes to a hidden temp name in the target folder, is verified
  (opens with the key, is ours, ``integrity_check`` ok), fsynced and only then renamed to its
  final name: a backup that exists is a good one.
* Names: ``<database stem>-YYYYmmdd-HHMMSS.cdesk`` in ``<backup folder>/<database stem>/``
  (default folder: ``paths.backup_dir()``); a backup is itself a database the app can open.
* Rotation keeps the newest backup of each of the last 7 days that have one and of each of the
  4 weeks before those; nothing else in the folder is touched.
* Restore never writes over a file: the backup is copied beside the target, verified, the
  existing file (and its -wal) moved aside as ``NAME.replaced-STAMP``, then renamed into place.
* A backup keeps the passphrase it was made with (after a passphrase change, older backups open
  with the older passphrase).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Optional

from . import audit, errors
from .backup_files import (  # noqa: F401  (re-exported: backup.list_backups(...) and the rest)
    SUFFIX,
    _STAMP,
    BackupInfo,
    backup_name,
    default_folder,
    default_root,
    folder_for,
    list_backups,
    newest_good,
)
from .db import Database, copy_is_good, verify_file
from .errors import QT_TRANSLATE_NOOP
from .instance_lock import acquire_for_write

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4


def _disk_full() -> errors.DiskFull:
    return errors.DiskFull(
        QT_TRANSLATE_NOOP("Errors", "The disk is full, so the backup was not written."),
        QT_TRANSLATE_NOOP("Errors", "Free some space or choose another backup folder. Earlier backups are unchanged."),
    )


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_beside(target: Path, tag: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".{tag}", dir=target.parent)
    os.close(fd)
    os.unlink(name)  # SQLite creates the file itself
    return Path(name)


def make_backup(
    db,
    out: Path | str | None = None,
    root: Path | str | None = None,
    user: str = "",
    rotate_after: bool = True,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> Path:
    """Write a verified encrypted backup of ``db``; returns its path.

    ``out``: a file name or an existing folder (a manual backup, not rotated); otherwise the
    backup goes to ``folder_for(db.path, root)`` and the folder is rotated.
    """
    if out is not None:
        out = Path(out)
        target = out / backup_name(db.path) if out.is_dir() else out
        if not target.parent.is_dir():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "The folder does not exist."),
                QT_TRANSLATE_NOOP("Errors", "Choose an existing folder and try again."),
            )
        if target.resolve() == db.path.resolve():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "A backup cannot replace the database itself."),
                QT_TRANSLATE_NOOP("Errors", "Choose another file name."),
            )
        managed = False
    else:
        folder = folder_for(db.path, root)
        target = folder / backup_name(db.path)
        serial = 1
        while target.exists():  # two backups in the same second
            target = folder / f"{Path(db.path).stem}-{datetime.now().strftime(_STAMP)}-{serial}{SUFFIX}"
            serial += 1
        managed = True
    temp = _temp_beside(target, "part")
    try:
        db.export_copy(temp)
        db.verify_copy(temp)
        _fsync(temp)
        os.replace(temp, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        _remove_temp(temp)
        if exc.errno == 28:
            raise _disk_full() from None
        raise
    except errors.DiskFull:
        _remove_temp(temp)
        raise _disk_full() from None
    except BaseException:
        _remove_temp(temp)
        raise
    log.info("backup written and verified")
    try:
        audit.record_now(db, "backup_made", "database", user=user)
    except errors.UserError:
        log.info("backup not recorded in the audit trail (database busy or full)")
    if managed and rotate_after:
        rotate(db.path, target.parent, keep_daily, keep_weekly)
    return target


def _remove_temp(temp: Path) -> None:
    for leftover in (temp, Path(f"{temp}-journal"), Path(f"{temp}-wal"), Path(f"{temp}-shm")):
        try:
            leftover.unlink()
        except OSError:
            pass


def plan_rotation(backups: list[BackupInfo], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """(kept, removed): the newest of each of the last ``keep_daily`` days with a backup, then the
    newest of each of the ``keep_weekly`` (ISO) weeks before those."""
    ordered = sorted(backups, key=lambda b: b.when, reverse=True)
    kept: list[BackupInfo] = []
    days: list = []
    for b in ordered:
        day = b.when.date()
        if day in days:
            continue
        if len(days) < keep_daily:
            days.append(day)
            kept.append(b)
    oldest_daily = days[-1] if days else None
    weeks: list = []
    for b in ordered:
        if oldest_daily is not None and b.when.date() >= oldest_daily:
            continue
        week = b.when.isocalendar()[:2]
        if week in weeks:
            continue
        if len(weeks) < keep_weekly:
            weeks.append(week)
            kept.append(b)
    kept_paths = {b.path for b in kept}
    removed = [b for b in ordered if b.path not in kept_paths]
    return kept, removed


def rotate(database: Path | str, folder: Path | str, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    _kept, removed = plan_rotation(list_backups(database, folder), keep_daily, keep_weekly)
    gone = []
    for b in removed:
        try:
            b.path.unlink()
            gone.append(b.path)
        except OSError:
            pass
    if gone:
        log.info("backup rotation removed %d old backups", len(gone))
    return gone


def is_good(path: Path | str, passphrase: str) -> bool:
    return copy_is_good(Path(path), passphrase)


def newest_good_backup(database: Path | str, passphrase: str, folder: Path | str | None = None) -> Optional[BackupInfo]:
    """The newest backup of ``database`` that opens with ``passphrase`` and passes its check."""
    return newest_good(database, folder, lambda path: copy_is_good(path, passphrase))


def restore(backup: Path | str, target: Path | str, passphrase: str, user: str = "") -> Optional[Path]:
    """Put ``backup`` at ``target``; an existing file there is moved aside first (returned).

    Refused while the app holds ``target`` (errors.DatabaseBusy); the backup is verified first
    and the copy again before it is renamed into place.
    """
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise errors.DatabaseMissing(
            QT_TRANSLATE_NOOP("Errors", "The backup file was not found."),
            QT_TRANSLATE_NOOP("Errors", "Check the folder and try again."),
        )
    if backup.resolve() == target.resolve():
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The backup and the database are the same file."),
            QT_TRANSLATE_NOOP("Errors", "Choose another backup."),
        )
    try:
        verify_file(backup, passphrase)
    except errors.UserError:
        raise errors.WrongPassphrase(
            QT_TRANSLATE_NOOP("Errors", "The backup does not open with this passphrase, or it is damaged."),
            QT_TRANSLATE_NOOP("Errors", "A backup keeps the passphrase it was made with. Nothing was changed."),
        ) from None
    if not target.parent.is_dir():
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The folder does not exist."),
            QT_TRANSLATE_NOOP("Errors", "Choose an existing folder and try again."),
        )
    aside: Optional[Path] = None
    lock = acquire_for_write(target, wait_seconds=0)
    try:
        temp = _temp_beside(target, "restoring")
        try:
            shutil.copyfile(backup, temp)
            if os.name == "posix":
                temp.chmod(0o600)
            _fsync(temp)
            verify_file(temp, passphrase)
            if target.exists():
                stamp = datetime.now().strftime(_STAMP)
                aside = target.with_name(f"{target.name}.replaced-{stamp}")
                os.replace(target, aside)
                wal, shm = Path(f"{target}-wal"), Path(f"{target}-shm")
                if wal.exists():
                    os.replace(wal, Path(f"{aside}-wal"))
                shm.unlink(missing_ok=True)
            os.replace(temp, target)
            _fsync_folder(target.parent)
        except OSError as exc:
            _remove_temp(temp)
            if exc.errno == 28:
                raise errors.DiskFull(
                    QT_TRANSLATE_NOOP("Errors", "The disk is full, so the backup was not restored."),
                    QT_TRANSLATE_NOOP("Errors", "Free some space and try again. Nothing was changed."),
                ) from None
            raise
        except BaseException:
            _remove_temp(temp)
            raise
    finally:
        lock.release()
    log.info("backup restored")
    db = Database.open(target, passphrase, verify=False)
    try:
        audit.record_now(db, "restored", "database", user=user)
    finally:
        db.close()
    return aside


def due(database: Path | str, folder: Path | str | None, every_hours: float) -> bool:
    """True when the newest backup is older than ``every_hours`` (or there is none)."""
    backups = list_backups(database, folder)
    if not backups:
        return True
    return datetime.now() - backups[0].when >= timedelta(hours=every_hours)


def restore_open_database(db, backup_path: Path | str, passphrase: str = "", user: str = ""):
    """Restore over the database that ``db`` has open (the app): close it (engine disposed, lock
    released), restore (the current file is kept aside), reopen exclusively. ``passphrase`` is
    the backup's ("" = the current one). Returns (new Database, path kept aside)."""
    key = passphrase or db._passphrase
    if not key:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The database is locked."),
            QT_TRANSLATE_NOOP("Errors", "Unlock it with the passphrase."),
        )
    if not is_good(backup_path, key):
        raise errors.WrongPassphrase(
            QT_TRANSLATE_NOOP("Errors", "The backup does not open with this passphrase, or it is damaged."),
            QT_TRANSLATE_NOOP("Errors", "A backup keeps the passphrase it was made with. Nothing was changed."),
        )
    path = Path(db.path)
    db.close()
    aside = restore(backup_path, path, key, user=user)
    return Database.open(path, key, exclusive=True), aside
