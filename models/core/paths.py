"""Every folder the app uses, in one place.

``COMMITTEE_DESK_HOME`` overrides them all (tests, portable installs): config, data, logs and
backups then live below that folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CommitteeDesk"
APP_AUTHOR = False  # no author folder: %LOCALAPPDATA%\CommitteeDesk on Windows


def _home_override() -> Path | None:
    value = os.environ.get("COMMITTEE_DESK_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except OSError:
            pass
    return path


def config_dir() -> Path:
    home = _home_override()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def data_dir() -> Path:
    home = _home_override()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def log_dir() -> Path:
    home = _home_override()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))


def backup_dir() -> Path:
    return _ensure(data_dir() / "backups")


def default_database_path() -> Path:
    return data_dir() / "committee.cdesk"


def resources_dir() -> Path:
    """The shipped resources (fonts, templates, translations, icons), also inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"
