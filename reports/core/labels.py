"""Small helpers for the words the report writers put in files (reports/ stays Qt-free).

Each writer has its own labels dataclass with English defaults (the CLI prints those); the UI
fills one with ``tr()`` texts. Translated words end up in places with rules of their own:

* ``sheet_title``: an Excel sheet name (at most 31 characters, none of ``[]:*?/\\``, unique);
* ``safe_file_name``: a suggested file name (no path separators or characters Windows refuses);
* ``DateWords``: weekday and month abbreviations for dates printed in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Optional

_SHEET_BAD = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_FILE_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def sheet_title(text: str, used: Optional[Iterable[str]] = None, fallback: str = "Sheet") -> str:
    """``text`` made into a valid sheet name, unique (ignoring case) among ``used``."""
    title = _SHEET_BAD.sub(" ", text or "")
    title = re.sub(r"\s+", " ", title).strip().strip("'")[:31].strip() or fallback
    taken = {t.casefold() for t in (used or ())}
    base, n = title, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title = base[:31 - len(suffix)].rstrip() + suffix
        n += 1
    return title


def safe_file_name(text: str, fallback: str = "file", max_length: int = 120) -> str:
    """A file name (with its extension) safe on Windows, macOS and Linux."""
    name = _FILE_BAD.sub("-", text or "")
    name = re.sub(r"\s+", " ", name).strip().strip(".").strip()
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or not ext.isalnum() or len(ext) > 10:
        stem, ext = name, ""
    stem = stem.strip()[: max(1, max_length - len(ext) - 1)].rstrip(" .-") or fallback
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"{stem}-"
    return f"{stem}.{ext}" if ext else stem


@dataclass
class DateWords:
    """How a date and time are printed in words; the UI passes translated abbreviations."""

    weekdays: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    pattern: str = "{weekday} {day:02d} {month} {year} {time}"

    def format(self, when: datetime) -> str:
        return self.pattern.format(weekday=self.weekdays[when.weekday()], day=when.day, month=self.months[when.month - 1],
                                   year=when.year, time=when.strftime("%H:%M"))
