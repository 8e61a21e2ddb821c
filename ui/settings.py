"""A thin typed wrapper over QSettings (INI file in the config folder), with defaults and a version.

Never call ``QSettings.value()`` for bools and lists elsewhere: add a property here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from models.core import paths

VERSION = 1
MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (paths.config_dir() / "settings.ini")
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._q.value("version") is None:
            self._q.setValue("version", VERSION)

    # generic typed access -------------------------------------------------
    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._q.value(key, default))
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def _list(self, key: str) -> list[str]:
        value = self._q.value(key, [])
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]

    def set(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    # app settings ----------------------------------------------------------
    @property
    def recent_databases(self) -> list[str]:
        return self._list("databases/recent")

    def add_recent_database(self, path: str | Path) -> None:
        value = str(Path(path).resolve())
        items = [value] + [p for p in self.recent_databases if p != value]
        self._q.setValue("databases/recent", items[:MAX_RECENT])

    def remove_recent_database(self, path: str | Path) -> None:
        value = str(Path(path).resolve())
        self._q.setValue("databases/recent", [p for p in self.recent_databases if p != value])

    @property
    def recent_servers(self) -> list[str]:
        """Committee server addresses (``postgresql://user@host:port/database``), newest first.
        Never a password: the keyring keeps that (models/core/keystore.py)."""
        return self._list("servers/recent")

    def add_recent_server(self, address: str) -> None:
        items = [address] + [a for a in self.recent_servers if a != address]
        self._q.setValue("servers/recent", items[:MAX_RECENT])

    def remove_recent_server(self, address: str) -> None:
        self._q.setValue("servers/recent", [a for a in self.recent_servers if a != address])

    @property
    def last_store_kind(self) -> str:
        """What was opened last: "file" or "server" (the first screen starts on its tab)."""
        return self._str("databases/last_kind", "file")

    @last_store_kind.setter
    def last_store_kind(self, value: str) -> None:
        self._q.setValue("databases/last_kind", value)

    def verify_on_open(self, path: str | Path) -> bool:
        """A database whose background integrity check failed is checked before it opens."""
        return str(Path(path).resolve()) in self._list("security/verify_on_open")

    def set_verify_on_open(self, path: str | Path, value: bool) -> None:
        key = str(Path(path).resolve())
        items = [p for p in self._list("security/verify_on_open") if p != key]
        self._q.setValue("security/verify_on_open", items + [key] if value else items)

    @property
    def language(self) -> str:
        """"" means follow the system; otherwise "en" or "es"."""
        return self._str("ui/language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def user_name(self) -> str:
        """Who is using the app (recorded as assessor, in the audit trail)."""
        return self._str("user/name", "")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._q.setValue("user/name", value)

    @property
    def phone_region(self) -> str:
        """The country of phone numbers written without "+" or "00" (ISO code, "US" by default)."""
        return self._str("phones/default_region", "US") or "US"

    @phone_region.setter
    def phone_region(self, value: str) -> None:
        self._q.setValue("phones/default_region", value)

    @property
    def auto_lock_minutes(self) -> int:
        return self._int("security/auto_lock_minutes", 10)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._q.setValue("security/auto_lock_minutes", int(value))

    @property
    def backup_folder(self) -> str:
        """The root folder for automatic backups ("" = the default, models.core.paths.backup_dir());
        each database gets its own sub-folder."""
        return self._str("backup/folder", "")

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._q.setValue("backup/folder", str(value or ""))

    @property
    def backup_every_hours(self) -> int:
        return max(1, self._int("backup/every_hours", 4))

    @backup_every_hours.setter
    def backup_every_hours(self, value: int) -> None:
        self._q.setValue("backup/every_hours", max(1, int(value)))

    @property
    def backup_keep_daily(self) -> int:
        return max(1, self._int("backup/keep_daily", 7))

    @backup_keep_daily.setter
    def backup_keep_daily(self, value: int) -> None:
        self._q.setValue("backup/keep_daily", max(1, int(value)))

    @property
    def backup_keep_weekly(self) -> int:
        return max(0, self._int("backup/keep_weekly", 4))

    @backup_keep_weekly.setter
    def backup_keep_weekly(self, value: int) -> None:
        self._q.setValue("backup/keep_weekly", max(0, int(value)))

    def last_folder(self, purpose: str) -> str:
        return self._str(f"folders/{purpose}", str(Path.home()))

    def set_last_folder(self, purpose: str, folder: str | Path) -> None:
        path = Path(folder)
        self._q.setValue(f"folders/{purpose}", str(path if path.is_dir() else path.parent))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._q.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"geometry/{name}", value)

    def state(self, name: str) -> QByteArray | None:
        value = self._q.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"state/{name}", value)
