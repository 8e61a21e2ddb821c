"""Where backups live and what they are called, without opening one (models/core/backup.py
makes, rotates and restores them; models/core/db.py looks here for a good backup to offer when a
file is damaged, so neither imports the other both ways).

Names: ``<database stem>-YYYYmmdd-HHMMSS.cdesk`` in ``<backup folder>/<database stem>/``
(default folder: ``paths.backup_dir()``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional

from . import paths

SUFFIX = ".cdesk"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.cdesk$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime  # local time, from the name

    @property
    def when_text(self) -> str:
        return self.when.strftime("%Y-%m-%d %H:%M")

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def default_root() -> Path:
    return paths.backup_dir()


def folder_for(database: Path | str, root: Path | str | None = None) -> Path:
    """``<root>/<database stem>/`` (created), root defaulting to paths.backup_dir()."""
    base = Path(root) if root else default_root()
    return paths._ensure(base / Path(database).stem)  # (private to the folder, as paths' own folders)


def default_folder(database: Path | str) -> Path:
    return folder_for(database, None)


def backup_name(database: Path | str, when: Optional[datetime] = None) -> str:
    return f"{Path(database).stem}-{(when or datetime.now()).strftime(_STAMP)}{SUFFIX}"


def list_backups(database: Path | str, folder: Path | str | None = None) -> list[BackupInfo]:
    """This database's backups in ``folder`` (default: its default folder), newest first."""
    where = Path(folder) if folder else default_root() / Path(database).stem
    stem = Path(database).stem
    found = []
    if not where.is_dir():
        return []
    for item in where.iterdir():
        match = _NAME.match(item.name)
        if not match or match["stem"] != stem or not item.is_file():
            continue
        try:
            when = datetime.strptime(match["stamp"], _STAMP)
        except ValueError:
            continue
        found.append(BackupInfo(item, when))
    return sorted(found, key=lambda b: (b.when, b.path.name), reverse=True)


def newest_good(database: Path | str, folder: Path | str | None, is_good: Callable[[Path], bool]) -> Optional[BackupInfo]:
    """The newest of ``database``'s last 12 backups in ``folder`` that ``is_good`` accepts."""
    for info in list_backups(database, folder)[:12]:
        if is_good(info.path):
            return info
    return None
