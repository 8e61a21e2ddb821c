"""Bounds checked before and while an import file is read (issue 21, item 4).

A hostile or broken file must end in a clear message, never in exhausted memory, a crash or an
"unexpected error". The checks here are cheap: an xlsx file's zip directory is read for the
declared sizes, and its XML parts are streamed once to find a text run longer than any real
cell (Excel's own cell limit is 32,767 characters).
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any, Sequence

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP

MAX_ROWS = 500_000  # data rows per import (a 100,000-person roster is a fifth of it)
MAX_COLUMNS = 500  # the widest real exports (CiviCRM, NationBuilder) have about 80-150
MAX_PART_BYTES = 400 * 1024 * 1024  # one uncompressed part of an xlsx (a sheet, its strings)
MAX_TOTAL_BYTES = 800 * 1024 * 1024  # all uncompressed parts together
MAX_TEXT_RUN = 1024 * 1024  # bytes of XML text without a tag: far above Excel's 32,767 characters
# A part that unpacks to this many times its packed size is a zip bomb: real sheets pack 5-50 times
# (an exported 5,000-person roster: 15). Only checked past BOMB_MIN_BYTES, where it matters.
MAX_RATIO = 250
BOMB_MIN_BYTES = 16 * 1024 * 1024
MAX_TEXT_FILE_BYTES = 400 * 1024 * 1024  # a CSV or vCard file (read whole, then decoded)
_CHUNK = 4 * 1024 * 1024
_LONG_RUN = re.compile(rb"[^<]{%d,}" % MAX_TEXT_RUN)

DAMAGED = QT_TRANSLATE_NOOP("Errors", "This file is not a spreadsheet Committee Desk can read (it may be damaged).")
SAVE_AGAIN = QT_TRANSLATE_NOOP("Errors", "Open it in your spreadsheet program and save it again as .xlsx or .csv.")
SPLIT_IT = QT_TRANSLATE_NOOP("Errors", "Split it into smaller files, or remove the columns you do not need.")


def damaged_error() -> errors.UserError:
    return errors.UserError(DAMAGED, SAVE_AGAIN)


def is_damage(exc: BaseException) -> bool:
    """True for the exceptions a damaged xlsx raises from zipfile, zlib, openpyxl or an XML parser."""
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, IndexError, EOFError,
                        AttributeError, OSError, UnicodeError, NotImplementedError, RuntimeError)):
        return True
    return type(exc).__module__.split(".")[0] in ("openpyxl", "xml", "lxml", "et_xmlfile")


TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Errors", "This file is too big to import: it has more than {rows} rows.")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("Errors", "This file is too big to import: it has more than {columns} columns.")
TOO_MUCH_DATA = QT_TRANSLATE_NOOP("Errors", "This file is too big to import: its contents unpack to more than {mb} MB.")
HUGE_CELL = QT_TRANSLATE_NOOP("Errors", "This file cannot be imported: a cell holds more than a million characters.")
BOMB = QT_TRANSLATE_NOOP("Errors", "This file cannot be imported: it unpacks to far more than any spreadsheet does "
                                   "(it may be damaged or made to harm).")
TOO_BIG_FILE = QT_TRANSLATE_NOOP("Errors", "This file is too big to import: it is larger than {mb} MB.")


def too_many_rows() -> errors.UserError:
    return errors.UserError(TOO_MANY_ROWS, SPLIT_IT, rows=f"{MAX_ROWS:,}")


def too_many_columns() -> errors.UserError:
    return errors.UserError(TOO_MANY_COLUMNS, SPLIT_IT, columns=MAX_COLUMNS)


def check_xlsx(path: Path) -> None:
    """Refuse an xlsx whose parts would not fit in memory, before openpyxl reads any of it."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES or any(i.file_size > MAX_PART_BYTES for i in infos):
                raise errors.UserError(TOO_MUCH_DATA, SPLIT_IT, mb=MAX_TOTAL_BYTES // (1024 * 1024))
            if any(i.file_size > BOMB_MIN_BYTES and i.file_size > MAX_RATIO * max(1, i.compress_size) for i in infos):
                raise errors.UserError(BOMB, SAVE_AGAIN)
            for info in infos:
                if info.filename.startswith("xl/") and info.filename.endswith(".xml"):
                    _check_text_runs(zf, info)
    except errors.UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - classified below
        if is_damage(exc):
            raise damaged_error() from None
        raise


def _check_text_runs(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """One streaming pass: a run of text longer than MAX_TEXT_RUN is a cell no spreadsheet writes."""
    if info.file_size < MAX_TEXT_RUN:
        return
    run = 0  # length of the text run still open at the end of the previous chunk
    with zf.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            first = chunk.find(b"<")
            if first < 0:
                run += len(chunk)
            else:
                run += first
            if run >= MAX_TEXT_RUN or (first >= 0 and _LONG_RUN.search(chunk, first)):
                raise errors.UserError(HUGE_CELL, SAVE_AGAIN)
            if first >= 0:
                run = len(chunk) - chunk.rfind(b"<") - 1


def trim_columns(cells: Sequence[Any]) -> Sequence[Any]:
    """A row cut to MAX_COLUMNS; refused when anything is written beyond it."""
    if len(cells) <= MAX_COLUMNS:
        return cells
    if any(v not in (None, "") for v in cells[MAX_COLUMNS:]):
        raise too_many_columns()
    return cells[:MAX_COLUMNS]


def check_text_file(path: Path) -> None:
    """Refuse a CSV or vCard file too big to read into memory, before reading it."""
    if path.stat().st_size > MAX_TEXT_FILE_BYTES:
        raise errors.UserError(TOO_BIG_FILE, SPLIT_IT, mb=MAX_TEXT_FILE_BYTES // (1024 * 1024))


def check_csv_bytes(data: bytes) -> None:
    """Cheap checks before decoding: far too many lines."""
    if data.count(b"\n") > 2 * MAX_ROWS:
        raise too_many_rows()
