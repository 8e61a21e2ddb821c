"""Importing people from real-world CSV and XLSX files: read, map, preview, apply, undo.

The pipeline, each step usable on its own (the wizard, the CLI and the tests share it):

1. :func:`read_table` reads a file as it really is: UTF-8 with or without BOM, UTF-16, or
   Windows-1252 (a byte that cannot be read becomes a warning on its row, never a crash);
   comma / semicolon / tab / pipe delimiters are sniffed; the header row is found even when it is
   not on line 1; an .xlsx sheet is chosen by name; Excel dates and float phones become text.
2. :func:`guess_mapping` maps columns to person fields from English and Spanish headers; a
   mapping the user confirmed is remembered per header set *inside the encrypted database*
   (:func:`remembered_mapping`).
3. :func:`plan_import` builds the preview: a status per row (new / matches a person / duplicate
   of an earlier row / invalid with reasons), with the source row number, and a default action for
   every match (merge, keep both, skip). Matching: phone in E.164, casefolded email,
   accent/case-insensitive name + workplace.
4. :func:`apply_import` writes everything in ONE transaction (bulk ``json_each`` inserts on a
   second thread, :class:`_StatementThread`) and records an import batch; :func:`undo_import`
   removes what a batch added (people it created, fields, phones, tags and assessments it added
   on merge). :func:`import_file` (the CLI) does 1-4 in one call and writes each planned chunk
   while the next is planned.

Messages are marked with ``QT_TRANSLATE_NOOP("Importing", ...)``; no personal data is logged.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import operator
import re
import time as _time
from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time as dtime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from . import errors
from . import spreadsheet_guard as guard
from .base import Base, utcnow
from .db import Database
from .errors import QT_TRANSLATE_NOOP
from .gc_pause import gc_paused
from .text import display_name, fold, is_valid_email, normalize_phone, split_list

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


# ====================================================================== tables
class ImportBatch(Base):
    """One import: which file, when, by whom, the counts; ``undone_at`` once undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    invalid: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: ids of workplaces/departments/shifts/tags this import created (removed on undo if unused).
    created_refs: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[Optional[datetime]] = mapped_column(DateTime)


class ImportBatchPerson(Base):
    """A person a batch created (``action='created'``) or merged into (``'merged'``, with the
    changes it made as JSON so undo can put back exactly what was there)."""

    __tablename__ = "import_batch_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(10), default="created")
    changes: Mapped[str] = mapped_column(Text, default="")


class ImportMapping(Base):
    """A column mapping the user confirmed, remembered for the next file with the same headers."""

    __tablename__ = "import_mappings"

    header_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# ====================================================================== messages
@dataclass(frozen=True)
class Problem:
    """A message about one row: an English template (context "Importing") and its values."""

    template: str
    values: tuple = ()
    warning: bool = False

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.values)) if self.values else self.template


def _problem(template: str, warning: bool = False, **values: Any) -> Problem:
    return Problem(template, tuple(sorted(values.items())), warning)


MSG_NO_NAME = QT_TRANSLATE_NOOP("Importing", "No name (first, last or full name).")
MSG_BAD_PHONE = QT_TRANSLATE_NOOP("Importing", "The phone in column \"{column}\" does not look like a phone number.")
MSG_BAD_EMAIL = QT_TRANSLATE_NOOP("Importing", "The email address does not look right.")
MSG_BAD_ASSESSMENT = QT_TRANSLATE_NOOP("Importing", "The assessment is not a number from 1 to 5.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Importing", "Some characters could not be read (the file's encoding is mixed); they show as \ufffd."
)
MSG_MEMBERSHIP = QT_TRANSLATE_NOOP("Importing", "Membership \"{value}\" is not known; imported as non-member.")
MSG_NAME_ORDER = QT_TRANSLATE_NOOP("Importing", "Name order \"{value}\" is not known; given name first was kept.")
MSG_DEPT_NO_WORKPLACE = QT_TRANSLATE_NOOP("Importing", "Department or shift without a workplace was not imported.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Importing", "A value in column \"{column}\" was too long and was cut.")
MSG_CP1252 = QT_TRANSLATE_NOOP(
    "Importing",
    "This file is not UTF-8 text; it was read as Windows text (cp1252). Check that accented letters look right.",
)


# ====================================================================== reading
DELIMITERS = (",", ";", "\t", "|")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
MAX_CELL = 5000  # characters kept per cell (notes longer than that are cut, with a warning)


@dataclass
class SourceTable:
    """What a file holds: headers and data rows, each with its row number in the source."""

    file_name: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)
    header_row: int = 1
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    row_problems: dict[int, list[Problem]] = field(default_factory=dict)  # row number -> warnings
    notices: list[Problem] = field(default_factory=list)  # about the whole file (shown above the preview)


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of an .xlsx file (empty list for CSV)."""
    path = Path(path)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return []
    wb = _open_workbook(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


@gc_paused()
def read_table(path: str | Path, sheet: Optional[str] = None, progress: Optional[ProgressFn] = None) -> SourceTable:
    """Read a CSV/TSV/TXT or XLSX file into a :class:`SourceTable` (never writes anything)."""
    path = Path(path)
    if not path.is_file():
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The file to import was not found."),
            QT_TRANSLATE_NOOP("Errors", "Check the file name and folder."),
        )
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "This spreadsheet format cannot be imported."),
            QT_TRANSLATE_NOOP("Errors", "Save it as .xlsx or .csv in your spreadsheet program, then import that file."),
        )
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_xlsx(path, sheet, progress)
    try:
        data = path.read_bytes()
    except OSError:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The file to import could not be read."),
            QT_TRANSLATE_NOOP("Errors", "Check that it is not open in another program and that you may read it."),
        ) from None
    if data[:4] == b"PK\x03\x04":  # an xlsx with another extension
        del data
        return _read_xlsx(path, sheet, progress)
    return read_csv_bytes(data, path.name)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Never fails: undecodable bytes become U+FFFD (reported per row)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4:
        odd_nul = sample[1::2].count(0)
        even_nul = sample[0::2].count(0)
        half = len(sample) / 2
        if odd_nul > 0.3 * half and even_nul < 0.05 * half:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even_nul > 0.3 * half and odd_nul < 0.05 * half:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few damaged bytes, or a legacy Windows file? Count what each reading gives.
    as_utf8 = data.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    good_multibyte = sum(1 for ch in as_utf8 if ord(ch) > 0x7F) - bad
    if good_multibyte > bad:
        return as_utf8, "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text[:65536].splitlines() if line.strip()][:60]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    sample = "\n".join(lines)
    for delim in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delim) if any(c.strip() for c in row)]
        except csv.Error:
            continue
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = wide.count(mode) * (1 + min(mode, 30) / 100)
        if score > best_score:
            best, best_score = delim, score
    return best


def _lines(text: str) -> Iterable[str]:
    """Lines with their endings, without copying the whole text (io.StringIO would, at 4 bytes a
    character); the csv module then handles quoted newlines and \\r\\n itself."""
    start, end_of_text = 0, len(text)
    find = text.find
    while start < end_of_text:
        end = find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def read_csv_bytes(data: bytes, file_name: str = "") -> SourceTable:
    guard.check_csv_bytes(data)
    text, encoding = decode_bytes(data)
    del data
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text and "\n" not in text:  # old Mac line endings
        text = text.replace("\r", "\n")
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(2**31 - 1)
    try:
        rows: list[tuple[int, list[str]]] = list(enumerate(csv.reader(_lines(text), delimiter=delimiter), 1))
    except csv.Error:
        number = 0  # the rows read before the one that failed (read again: only on this path)
        try:
            for _cells in csv.reader(_lines(text), delimiter=delimiter):
                number += 1
        except csv.Error:
            pass
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The file could not be read after row {row}."),
            QT_TRANSLATE_NOOP("Errors", "Open it in a spreadsheet program and save it again as CSV."),
            row=number,
        ) from None
    damaged = "\ufffd" in text
    del text
    if len(rows) > guard.MAX_ROWS + 100:
        raise guard.too_many_rows()
    if max(map(len, map(_CELLS, rows)), default=0) > guard.MAX_COLUMNS:
        rows = [(number, list(guard.trim_columns(cells))) for number, cells in rows]
    table = _finish_table(rows, file_name)
    table.encoding, table.delimiter = encoding, delimiter
    if encoding == "cp1252":
        table.notices.append(_problem(MSG_CP1252, warning=True))
    if damaged:
        for number, cells in table.rows:
            if any("\ufffd" in c for c in cells):
                table.row_problems.setdefault(number, []).append(_problem(MSG_UNREADABLE, warning=True))
    return table


def _open_workbook(path: Path):
    import openpyxl

    guard.check_xlsx(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged file raises from zipfile, zlib, openpyxl or XML
        if guard.is_damage(exc):
            raise guard.damaged_error() from None
        raise


def cell_text(value: Any) -> str:
    """A spreadsheet value as the text a person sees: 7735550142.0 -> "7735550142", dates ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == dtime(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, dtime)):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, sheet: Optional[str], progress: Optional[ProgressFn]) -> SourceTable:
    wb = _open_workbook(path)
    try:
        try:
            names, chosen, rows = _read_sheet(wb, sheet, progress)
        except errors.UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified: damage gets a message, a bug stays a bug
            if guard.is_damage(exc):
                raise guard.damaged_error() from None
            raise
    finally:
        wb.close()
    table = _finish_table(rows, path.name)
    table.sheet, table.sheets, table.encoding = chosen, names, "xlsx"
    return table


def _sheet_rows(ws: Any, max_row: Optional[int] = None) -> Iterator[tuple[int, Sequence[Any]]]:
    """(row number, values) of the rows that exist. The declared size is ignored: a file that
    declares A1:XFD1048576 would otherwise be padded to a million rows of 16,384 cells."""
    if not hasattr(ws, "reset_dimensions"):  # a chart sheet holds no rows
        return
    ws.reset_dimensions()
    for number, values in enumerate(ws.iter_rows(max_row=max_row, values_only=True), start=1):
        if values:
            yield number, guard.trim_columns(values)


def _read_sheet(wb: Any, sheet: Optional[str], progress: Optional[ProgressFn]):
    names = list(wb.sheetnames)
    if not names:
        raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "The spreadsheet has no sheets."))
    if sheet is None:
        # The first sheet that has anything in it (workbooks often start with an empty cover).
        chosen = names[0]
        for name in names:
            if any(any(v not in (None, "") for v in row) for _n, row in _sheet_rows(wb[name], max_row=50)):
                chosen = name
                break
    elif sheet in names:
        chosen = sheet
    else:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The spreadsheet has no sheet named \"{sheet}\"."),
            QT_TRANSLATE_NOOP("Errors", "Its sheets are: {sheets}."),
            sheet=sheet,
            sheets=", ".join(names),
        )
    ws = wb[chosen]
    total = min(ws.max_row or 0, guard.MAX_ROWS)  # the declared size: only for the progress bar
    rows: list[tuple[int, list[str]]] = []
    for number, values in _sheet_rows(ws):
        rows.append((number, [cell_text(v) for v in values]))
        if len(rows) > guard.MAX_ROWS + 100:
            raise guard.too_many_rows()
        if progress is not None and number % 5000 == 0:
            progress(min(number, total), max(total, number))
    return names, chosen, rows


def _header_score(cells: Sequence[str]) -> float:
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return 0.0
    known = sum(1 for c in filled if _guess_field(c) is not None)
    texty = sum(1 for c in filled if not _looks_like_data(c))
    return known * 10 + texty + len(filled) * 0.1


def _looks_like_data(cell: str) -> bool:
    value = cell.strip()
    return bool(re.fullmatch(r"[\d\s().+\-/:]+", value)) or "@" in value


_CELLS = operator.itemgetter(1)


def _finish_table(rows: list[tuple[int, list[str]]], file_name: str) -> SourceTable:
    """Find the header row (the best-scoring of the first 30 non-blank rows), keep the rest."""
    non_blank = []
    for i, r in enumerate(rows):
        if any(c.strip() for c in r[1]):
            non_blank.append((i, r))
            if len(non_blank) >= 30:
                break
    if not non_blank:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The file has no rows to import."),
            QT_TRANSLATE_NOOP("Errors", "Check that you chose the right file (or sheet)."),
        )
    best_index, best_score = non_blank[0][0], -1.0
    for index, (number, cells) in non_blank[:30]:
        score = _header_score(cells)
        if score > best_score + 1e-9:
            best_index, best_score = index, score
    header_number, header_cells = rows[best_index]
    data = rows[best_index + 1 :]

    def used(cells: Sequence[str]) -> int:  # length without trailing empty cells
        n = len(cells)
        while n and not cells[n - 1].strip():
            n -= 1
        return n

    # The widest row without its trailing empty cells; only rows longer than the widest so far
    # can be wider (most rows are as long as the header).
    width = used(header_cells)
    longest = max(map(len, map(_CELLS, data)), default=0)
    if width < longest:
        for _, cells in data:
            if len(cells) > width:
                width = max(width, used(cells))
                if width == longest:
                    break
    headers = []
    for col in range(width):
        text = header_cells[col].strip() if col < len(header_cells) else ""
        headers.append(" ".join(text.split()) or f"Column {col + 1}")
    header_fold = [fold(h) for h in headers]
    first_header = header_fold[0] if header_fold else ""
    first_cell = headers[0] if headers else ""

    def fit(cells: list[str]) -> list[str]:
        return (cells + [""] * (width - len(cells))) if len(cells) < width else cells[:width]

    def repeated_header(cells: list[str]) -> bool:  # files glued together repeat their header
        return [fold(" ".join(c.split())) for c in fit(cells)] == header_fold

    # Blank rows and repeated headers dropped, every row as wide as the header (one pass). A
    # repeated header starts with a cell that folds to the first header (checked once per value).
    starts = {cells[0] for _, cells in data if cells}
    suspect = {v for v in starts if v == first_cell or fold(v.strip()) == first_header}
    if suspect:
        out = [(number, cells if len(cells) == width else fit(cells)) for number, cells in data
               if "".join(cells).strip() and not (cells[0] in suspect and repeated_header(cells))]
    else:
        out = [(number, cells if len(cells) == width else fit(cells)) for number, cells in data
               if "".join(cells).strip()]
    return SourceTable(file_name=file_name, headers=headers, rows=out, header_row=header_number)


# ====================================================================== mapping
# Field keys a column can map to (None = not mapped).
FIELDS: list[tuple[str, str]] = [
    ("first_name", QT_TRANSLATE_NOOP("Importing", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("Importing", "Last name")),
    ("full_name", QT_TRANSLATE_NOOP("Importing", "Full name (first and last)")),
    ("preferred_name", QT_TRANSLATE_NOOP("Importing", "Preferred name")),
    ("phone", QT_TRANSLATE_NOOP("Importing", "Phone")),
    ("email", QT_TRANSLATE_NOOP("Importing", "Email")),
    ("languages", QT_TRANSLATE_NOOP("Importing", "Languages")),
    ("workplace", QT_TRANSLATE_NOOP("Importing", "Workplace")),
    ("department", QT_TRANSLATE_NOOP("Importing", "Department")),
    ("shift", QT_TRANSLATE_NOOP("Importing", "Shift")),
    ("job_title", QT_TRANSLATE_NOOP("Importing", "Job title")),
    ("membership", QT_TRANSLATE_NOOP("Importing", "Membership")),
    ("assessment", QT_TRANSLATE_NOOP("Importing", "Assessment (1-5)")),
    ("tags", QT_TRANSLATE_NOOP("Importing", "Tags")),
    ("notes", QT_TRANSLATE_NOOP("Importing", "Notes")),
    ("ok_to_call", QT_TRANSLATE_NOOP("Importing", "OK to call")),
    ("ok_to_text", QT_TRANSLATE_NOOP("Importing", "OK to text")),
    ("do_not_contact", QT_TRANSLATE_NOOP("Importing", "Do not contact")),
    ("name_order", QT_TRANSLATE_NOOP("Importing", "Name order (given or family name first)")),
]
FIELD_KEYS = [key for key, _ in FIELDS]
FIELD_LABELS = dict(FIELDS)

_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "given names", "forename", "nombre",
                   "nombres", "primer nombre", "nombre de pila", "nombre s", "first name s", "ten", "prenom"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "apellido", "apellidos",
                  "apellido s", "apellido paterno", "apellido materno", "primer apellido", "segundo apellido",
                  "ho", "nom", "last names"),
    "full_name": ("name", "full name", "fullname", "nombre completo", "nombre y apellido", "nombre y apellidos",
                  "your name", "su nombre", "tu nombre", "member name", "employee name", "worker name",
                  "contact name", "display name", "ho ten", "ho va ten", "nombre del trabajador"),
    "preferred_name": ("preferred name", "nickname", "nick name", "goes by", "apodo", "nombre preferido",
                       "sobrenombre", "alias"),
    "phone": ("phone", "phone number", "telephone", "tel", "mobile", "cell", "cell phone", "mobile phone",
              "home phone", "work phone", "telefono", "celular", "movil", "numero", "numero de telefono",
              "numero de celular", "whatsapp", "phone 1", "phone 2", "phone 3", "sdt", "so dien thoai"),
    "email": ("email", "e mail", "email address", "correo", "correo electronico", "mail", "e mail address",
              "direccion de correo", "direccion de correo electronico"),
    "languages": ("language", "languages", "idioma", "idiomas", "lengua", "preferred language",
                  "idioma preferido", "spoken languages"),
    "workplace": ("workplace", "work place", "worksite", "work site", "site", "employer", "company", "location",
                  "lugar de trabajo", "empresa", "centro de trabajo", "planta", "trabajo", "employer name",
                  "donde trabaja", "facility", "store", "shop"),
    "department": ("department", "dept", "departamento", "area", "seccion", "division", "depto"),
    "shift": ("shift", "turno", "horario", "work shift"),
    "job_title": ("job title", "title", "position", "job", "classification", "puesto", "cargo", "ocupacion",
                  "oficio", "job classification", "role at work"),
    "membership": ("membership", "member status", "membership status", "member", "union member", "afiliacion",
                   "membresia", "miembro", "afiliado", "status de miembro"),
    "assessment": ("assessment", "rating", "evaluacion", "support level", "nivel de apoyo", "1 5", "assessment 1 5"),
    "tags": ("tags", "tag", "labels", "etiquetas", "etiqueta", "groups", "grupos"),
    "notes": ("notes", "note", "comments", "comment", "comentarios", "notas", "observaciones", "nota"),
    "ok_to_call": ("ok to call", "can call", "se puede llamar", "llamar", "acepta llamadas"),
    "ok_to_text": ("ok to text", "can text", "se puede textear", "mensajes de texto", "acepta mensajes", "sms ok"),
    "do_not_contact": ("do not contact", "dnc", "no contactar", "no contact"),
    "name_order": ("name order", "order of names", "orden del nombre", "orden de nombre", "orden de los nombres"),
}
_ALIAS_INDEX = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
# Words that, anywhere in a header, point to a field (checked in this order).
_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("do_not_contact", ("dnc",)),
    ("email", ("email", "correo", "mail")),
    ("phone", ("phone", "telephone", "telefono", "celular", "cell", "mobile", "movil", "whatsapp")),
    ("preferred_name", ("nickname", "apodo")),
    ("last_name", ("apellido", "apellidos", "surname")),
    ("shift", ("shift", "turno")),
    ("languages", ("language", "languages", "idioma", "idiomas")),
    ("department", ("department", "departamento")),
    ("workplace", ("workplace", "employer", "empresa", "worksite")),
    ("tags", ("tags", "etiquetas")),
    ("notes", ("notes", "comments", "comentarios", "notas")),
]
_GENERIC_NAME = ("name", "nombre")


def header_key(headers: Sequence[str]) -> str:
    """A stable fingerprint of a header set (what a remembered mapping is stored under)."""
    joined = "\x1f".join(_norm_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _norm_header(header: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(header)).replace("_", " ").split())


def _guess_field(header: str) -> Optional[str]:
    norm = _norm_header(header)
    if not norm:
        return None
    if norm in _ALIAS_INDEX:
        return _ALIAS_INDEX[norm]
    stripped = re.sub(r"\s*\d+$", "", norm)
    if stripped in _ALIAS_INDEX:
        return _ALIAS_INDEX[stripped]
    words = norm.split()
    if ("last" in words or "family" in words) and "name" in words:
        return "last_name"
    if ("first" in words or "given" in words) and "name" in words:
        return "first_name"
    if "preferred" in words and ("name" in words or "nombre" in words):
        return "preferred_name"
    if "where" in words and "work" in words or "lugar de trabajo" in norm or "donde trabaja" in norm:
        return "workplace"
    for key, keys in _KEYWORDS:
        if any(k in words for k in keys):
            return key
    if "nombre completo" in norm or "full name" in norm:
        return "full_name"
    if any(w in _GENERIC_NAME for w in words) and len(words) <= 4:
        return "full_name"
    return None


@dataclass
class Mapping:
    """Per column: a field key or None; ``unmapped_to_notes`` keeps unmapped columns in notes."""

    columns: list[Optional[str]]
    unmapped_to_notes: bool = True

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns, "unmapped_to_notes": self.unmapped_to_notes})

    @classmethod
    def from_json(cls, text: str, width: int) -> Optional["Mapping"]:
        try:
            data = json.loads(text)
            columns = [c if c in FIELD_KEYS else None for c in data["columns"]]
        except (ValueError, KeyError, TypeError):
            return None
        if len(columns) != width:
            return None
        return cls(columns, bool(data.get("unmapped_to_notes", True)))


def guess_mapping(headers: Sequence[str]) -> Mapping:
    columns = [_guess_field(h) for h in headers]
    has_last = "last_name" in columns
    for i, (header, key) in enumerate(zip(headers, columns)):
        norm = _norm_header(header)
        if key == "full_name" and has_last and norm in ("nombre", "nombres", "name", "nombre s"):
            columns[i] = "first_name"
        elif key == "first_name" and not has_last and norm in ("nombre", "nombres", "nombre s"):
            columns[i] = "full_name"
    # One value per person for single-valued fields: keep the first guess, leave the rest unmapped.
    multi = {"phone", "tags", "notes", "languages", "first_name", "last_name"}
    seen: set[str] = set()
    for i, key in enumerate(columns):
        if key is None or key in multi:
            continue
        if key in seen:
            columns[i] = None
        seen.add(key)
    return Mapping(columns)


def remembered_mapping(db: Database, headers: Sequence[str]) -> Optional[Mapping]:
    with db.session() as s:
        row = s.get(ImportMapping, header_key(headers))
        return Mapping.from_json(row.mapping, len(headers)) if row else None


def remember_mapping(db: Database, headers: Sequence[str], mapping: Mapping) -> None:
    with db.write() as s:
        _remember(s, headers, mapping)


def _remember(s, headers: Sequence[str], mapping: Mapping) -> None:
    key = header_key(headers)
    row = s.get(ImportMapping, key)
    if row is None:
        s.add(ImportMapping(header_key=key, mapping=mapping.to_json()))
    else:
        row.mapping = mapping.to_json()
        row.updated_at = utcnow()


def mapping_for(db: Optional[Database], headers: Sequence[str]) -> tuple[Mapping, bool]:
    """(mapping, remembered?): the remembered one for this header set, else a guess."""
    if db is not None:
        found = remembered_mapping(db, headers)
        if found is not None:
            return found, True
    return guess_mapping(headers), False


# ====================================================================== values
_EMPTY_VALUES = {"", "n/a", "na", "n a", "none", "ninguno", "ninguna", "no tiene", "-", "--", "null", "nil", "?", "no aplica"}
_YES = {"yes", "y", "si", "true", "1", "x", "ok", "sure", "claro", "verdadero", "✓", "✔"}
_NO = {"no", "n", "false", "0", "falso", "nunca", "never"}
_MEMBERSHIP = {
    "member": "member", "members": "member", "miembro": "member", "miembra": "member", "afiliado": "member",
    "afiliada": "member", "yes": "member", "si": "member", "y": "member", "full member": "member",
    "dues paying": "member", "activo": "member", "active": "member",
    "non-member": "non-member", "non member": "non-member", "nonmember": "non-member", "no": "non-member",
    "not a member": "non-member", "no miembro": "non-member", "no afiliado": "non-member", "n": "non-member",
    "steward": "steward", "delegado": "steward", "delegada": "steward", "shop steward": "steward",
    "officer": "officer", "oficial": "officer", "dirigente": "officer", "board": "officer",
}
_LANGUAGES = {
    "english": "en", "ingles": "en", "en": "en", "eng": "en",
    "spanish": "es", "espanol": "es", "castellano": "es", "es": "es", "spa": "es", "esp": "es",
    "vietnamese": "vi", "vietnamita": "vi", "tieng viet": "vi", "vi": "vi",
    "chinese": "zh", "chino": "zh", "mandarin": "zh", "cantonese": "zh", "mandarin chinese": "zh", "zh": "zh",
    "中文": "zh", "普通话": "zh", "粤语": "zh",
    "arabic": "ar", "arabe": "ar", "ar": "ar", "العربية": "ar",
    "haitian creole": "ht", "creole": "ht", "kreyol": "ht", "criollo": "ht", "ht": "ht",
    "polish": "pl", "polaco": "pl", "pl": "pl", "portuguese": "pt", "portugues": "pt", "pt": "pt",
    "french": "fr", "frances": "fr", "fr": "fr", "tagalog": "tl", "filipino": "tl", "tl": "tl",
    "korean": "ko", "coreano": "ko", "ko": "ko", "russian": "ru", "ruso": "ru", "ru": "ru",
    "somali": "so", "so": "so", "amharic": "am", "am": "am", "nepali": "ne", "hmong": "hmn",
    "k'iche'": "quc", "kiche": "quc", "mam": "mam", "quechua": "qu", "nahuatl": "nah", "hindi": "hi",
    "punjabi": "pa", "urdu": "ur", "bengali": "bn", "burmese": "my", "karen": "kar", "swahili": "sw",
    "ukrainian": "uk", "ucraniano": "uk", "italian": "it", "italiano": "it", "japanese": "ja", "japones": "ja",
}
_PHONE_SPLIT = re.compile(r"\s*(?:[;/|,\n]|\s{3,})\s*")
_PHONE_CACHE: dict[str, Optional[str]] = {}


_PHONE_PUNCT = str.maketrans("", "", " ().-")
_EXCEL_FLOAT = re.compile(r"\d+\.0+")
_SPACES = re.compile(r"\s{2,}")


def e164(raw: str) -> Optional[str]:
    """models.text.normalize_phone, with a fast path for plain North American numbers.

    phonenumbers costs ~40 µs a call, which dominates a 100,000-row import; "(773) 555-0142",
    "773.555.0142", "+1 773 555 0142" and "17735550142" take the fast path (tests prove it agrees).
    """
    value = raw.strip()
    d = value.translate(_PHONE_PUNCT)
    plus = d[:1] == "+"
    if plus:
        d = d[1:]
    if d.isascii() and d.isdigit() and "\n" not in value and "\t" not in value and not (
        # "2125550.000" is an Excel float to normalize_phone ("2125550"), not 212-555-0000
        "." in value and _EXCEL_FLOAT.fullmatch(value)
    ):
        n = len(d)
        if plus:
            if n == 11 and d[0] == "1" and d[1] in "23456789":
                return "+" + d
        elif n == 10 and d[0] in "23456789":
            return "+1" + d
        elif n == 11 and d[0] == "1" and d[1] in "23456789":
            return "+" + d
    cached = _PHONE_CACHE.get(value, "")
    if cached != "":
        return cached
    result = normalize_phone(value)
    if len(_PHONE_CACHE) > 100000:
        _PHONE_CACHE.clear()
    _PHONE_CACHE[value] = result
    return result


def _clean(value: str) -> str:
    value = value.strip()
    # Exports made safe against formula injection carry a leading apostrophe: take it off again.
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r") and len(value) > 1:
        value = value[1:]
    return value


def _is_empty(value: str) -> bool:
    return not value or (len(value) < 12 and fold(value).strip(" .") in _EMPTY_VALUES)


def _one_line(value: str) -> str:
    """Collapse runs of whitespace (and newlines) to one space, cheaply for the common case."""
    if "\n" in value or "\t" in value or "  " in value or "\r" in value:
        return " ".join(value.split())
    return value


def _yes_no(value: str) -> Optional[bool]:
    folded = fold(value).strip(" .!")
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


# Name order values (folded, "_"/"-" as spaces); the export writes "given first" / "family first".
_NAME_ORDER_VALUES = {
    **dict.fromkeys(("given first", "given name first", "first name first", "given", "nombre primero",
                     "nombre de pila primero"), "given_first"),
    **dict.fromkeys(("family first", "family name first", "surname first", "last name first", "family",
                     "apellido primero"), "family_first"),
}


def _name_order_value(value: str) -> tuple[Optional[str], Optional[Problem]]:
    found = _NAME_ORDER_VALUES.get(" ".join(fold(value).replace("_", " ").replace("-", " ").split()))
    if found is None:
        return None, _problem(MSG_NAME_ORDER, warning=True, value=value[:40])
    return found, None


_LANG_SPLIT = re.compile(r"[,;/&+]|\band\b|\by\b")


def _language_codes(value: str) -> list[str]:
    simple = _LANGUAGES.get(value) or _LANGUAGES.get(fold(value))
    if simple:
        return [simple]
    codes = []
    for part in _LANG_SPLIT.split(value):
        part = part.strip()
        if not part:
            continue
        folded = fold(part)
        code = _LANGUAGES.get(folded) or _LANGUAGES.get(part)
        if code is None:
            code = folded if len(folded) <= 3 else folded[:20]
        codes.append(code)
    return list(dict.fromkeys(codes))


def _phone_label(header: str) -> str:
    norm = _norm_header(header)
    if any(w in norm for w in ("cell", "celular", "mobile", "movil", "whatsapp")):
        return "cell"
    if any(w in norm for w in ("home", "casa")):
        return "home"
    if any(w in norm for w in ("work", "trabajo", "oficina", "office")):
        return "work"
    return ""


def name_key(first: str, last: str) -> str:
    """What names are matched on: folded (accents, case), whitespace collapsed."""
    key = f"{first} {last}"
    if key.isascii() and key.isprintable():  # the common case, without fold()'s cache
        key = key.lower()
        if "  " in key or key[:1] == " " or key[-1:] == " ":
            key = " ".join(key.split())
        return key
    # fold() per part: first and last names repeat, so its cache answers (whole names do not).
    return " ".join(f"{fold(first)} {fold(last)}".split())


_RECORD, _PROBLEMS = operator.itemgetter(0), operator.itemgetter(1)
_EMAIL, _WORKPLACE = operator.attrgetter("email"), operator.attrgetter("workplace")
_FIRST_NAME, _LAST_NAME = operator.attrgetter("first_name"), operator.attrgetter("last_name")


class Record:
    """One person as read from a row (names of workplace/department/shift, not ids yet)."""

    __slots__ = ("first_name", "last_name", "preferred_name", "phones", "email", "languages", "workplace",
                 "department", "shift", "job_title", "membership", "assessment", "tags", "notes",
                 "ok_to_call", "ok_to_text", "do_not_contact", "name_order")
    SCALARS = ("first_name", "last_name", "preferred_name", "email", "workplace", "department", "shift", "job_title")

    def __init__(self, first_name: str = "", last_name: str = "", preferred_name: str = "",
                 phones: Sequence[tuple[str, str, str]] = (), email: str = "", languages: Sequence[str] = (),
                 workplace: str = "", department: str = "", shift: str = "", job_title: str = "",
                 membership: Optional[str] = None, assessment: Optional[int] = None, tags: Sequence[str] = (),
                 notes: str = "", ok_to_call: Optional[bool] = None, ok_to_text: Optional[bool] = None,
                 do_not_contact: Optional[bool] = None, name_order: Optional[str] = None) -> None:
        # phones, languages and tags are lists, or a shared empty tuple (100,000 rows: 3 lists
        # each would be 17 MB of nothing); copy() makes them lists before absorb() adds to them.
        self.first_name, self.last_name, self.preferred_name = first_name, last_name, preferred_name
        self.phones = phones  # (raw, e164 or "", label)
        self.email, self.languages, self.workplace = email, languages, workplace
        self.department, self.shift, self.job_title = department, shift, job_title
        self.membership, self.assessment, self.tags, self.notes = membership, assessment, tags, notes
        self.ok_to_call, self.ok_to_text, self.do_not_contact = ok_to_call, ok_to_text, do_not_contact
        self.name_order = name_order  # None: the file does not say

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name, self.name_order or "")

    def copy(self) -> "Record":
        twin = Record()
        for name in self.__slots__:
            value = getattr(self, name)
            setattr(twin, name, list(value) if isinstance(value, (list, tuple)) else value)
        return twin

    def absorb(self, other: "Record") -> None:
        """Fill what is empty here from ``other``; add its phones, tags, languages, notes."""
        for name in self.SCALARS:
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))
        known = {p[1] or p[0] for p in self.phones}
        for phone in other.phones:
            if (phone[1] or phone[0]) not in known:
                self.phones.append(phone)
                known.add(phone[1] or phone[0])
        self.tags = list(dict.fromkeys([*self.tags, *other.tags]))
        self.languages = list(dict.fromkeys([*self.languages, *other.languages]))
        if other.notes and other.notes not in self.notes:
            self.notes = f"{self.notes}\n{other.notes}" if self.notes else other.notes
        if self.membership is None:
            self.membership = other.membership
        if self.assessment is None:
            self.assessment = other.assessment
        if self.name_order is None:
            self.name_order = other.name_order
        # Consent: the more careful answer wins.
        if other.ok_to_call is False or self.ok_to_call is None:
            self.ok_to_call = other.ok_to_call if other.ok_to_call is not None else self.ok_to_call
        if other.ok_to_text is False or self.ok_to_text is None:
            self.ok_to_text = other.ok_to_text if other.ok_to_text is not None else self.ok_to_text
        if other.do_not_contact or self.do_not_contact is None:
            self.do_not_contact = other.do_not_contact if other.do_not_contact is not None else self.do_not_contact


def _split_full_name(value: str) -> tuple[str, str]:
    if "," in value:  # "García López, María"
        last, _, first = value.partition(",")
        return first.strip(), last.strip()
    parts = value.split()
    if len(parts) <= 1:
        return value.strip(), ""
    if len(parts) >= 4:  # "María José García López": two given names, two surnames
        return " ".join(parts[:2]), " ".join(parts[2:])
    return parts[0], " ".join(parts[1:])


_SIMPLE = ("preferred_name", "workplace", "department", "shift", "job_title", "email")
_FLAGS = ("ok_to_call", "ok_to_text", "do_not_contact")
_EMPTY_LOWER = frozenset(v for base in _EMPTY_VALUES for v in (base, base + ".", base.upper(), base.title()))


def _slow_clean(value: str) -> str:
    value = _clean(value)
    if value and len(value) < 12 and fold(value).strip(" .") in _EMPTY_VALUES:
        return ""
    return value


def _clean_column(column: Sequence[str]) -> list[str]:
    """Stripped values, formula apostrophes taken off, "n/a"-style placeholders emptied.

    Column-at-a-time list comprehensions (no Python call per cell); a column whose values repeat
    (workplace, language, yes/no) is cleaned once per distinct value.
    """
    empty = _EMPTY_LOWER
    distinct = set(column)
    if len(distinct) * 3 < len(column):
        memo = {}
        for v in distinct:
            w = v.strip() if v else ""
            memo[v] = (_slow_clean(w) if (w[0] == "'" or w in empty or (len(w) < 12 and w.lower() in empty))
                       else w) if w else ""
        return list(map(memo.__getitem__, column))
    stripped = [v.strip() if v else "" for v in column]
    return [
        (_slow_clean(v) if (v[0] == "'" or v in empty or (len(v) < 12 and v.lower() in empty)) else v) if v else ""
        for v in stripped
    ]


def _cached(fn: Callable[[str], Any]) -> Callable[[str], Any]:
    """Per-import memo for columns with few distinct values (languages, membership, yes/no)."""
    memo: dict[str, Any] = {}

    def call(value: str) -> Any:
        try:
            return memo[value]
        except KeyError:
            result = memo[value] = fn(value)
            return result

    return call


def _membership_value(value: str) -> tuple[Optional[str], Optional[Problem]]:
    found = _MEMBERSHIP.get(value) or _MEMBERSHIP.get(fold(value).strip(" ."))
    if found is None:
        return "non-member", _problem(MSG_MEMBERSHIP, warning=True, value=value[:40])
    return found, None


def _assessment_value(value: str) -> tuple[Optional[int], Optional[Problem]]:
    if value in ("1", "2", "3", "4", "5") or re.fullmatch(r"[1-5](\.0+)?", value):
        return int(value[0]), None
    return None, _problem(MSG_BAD_ASSESSMENT)


def _column_map(values: list[str], fn: Callable[[str], Any]) -> list[Any]:
    """``fn`` over a column, computed once per distinct value when values repeat (workplaces,
    languages, yes/no): a dict lookup per cell instead of a Python call."""
    distinct = set(values)
    if len(distinct) * 3 < len(values):
        memo = {v: fn(v) for v in distinct}
        return list(map(memo.__getitem__, values))
    return [fn(v) for v in values]


def _one_line_200(value: str) -> str:
    return _one_line(value)[:200] if value else ""


def _join_columns(first: list[str], second: list[str], sep: str) -> list[str]:
    """Two columns of text for the same field, joined per row (empty cells left out)."""
    return [f"{a}{sep}{b}" if a and b else (a or b) for a, b in zip(first, second)]


def convert_rows(headers: Sequence[str], rows: Sequence[Sequence[str]], mapping: Mapping,
                 labels: Optional[Sequence[str]] = None) -> list[tuple[Record, list[Problem]]]:
    """Source rows -> (Record, problems) each. A row with a non-warning problem is invalid.

    The checks are the roster's own (models.roster.validate): a name, phones that normalize, a
    well-formed email (models.text.is_valid_email), membership and assessment values;
    tests/test_import.py keeps the two in agreement.

    Column at a time: a 100,000-row file has ~2 million cells, and a Python call per cell would
    cost more than everything else in the import. Each field is built as a whole column (values
    that repeat are converted once), then one pass makes the records.
    """
    n = len(rows)
    width = len(mapping.columns)
    if labels is None:
        labels = [_phone_label(h) for h in headers]
    columns: list[Sequence[str]]
    if n and width:
        padded = rows if all(len(r) >= width for r in rows) else \
            [r if len(r) >= width else list(r) + [""] * (width - len(r)) for r in rows]
        columns = list(zip(*padded))[:width]
        del padded
    else:
        columns = []
    no_problems: list[Problem] = []  # shared by every row without problems (never appended to)
    problems: list[list[Problem]] = [no_problems] * n

    def add_problem(i: int, problem: Problem) -> None:
        if problems[i] is no_problems:
            problems[i] = [problem]
        else:
            problems[i].append(problem)

    text: dict[str, list[str]] = {}  # field -> column of text (first/last/notes joined, others first wins)
    extra: Optional[list[str]] = None  # unmapped columns, as "Header: value" lines for notes
    phones: Optional[list[Any]] = None
    lists: dict[str, list[Any]] = {}  # languages, tags -> per row a list (or ())
    membership: Optional[list[Optional[str]]] = None
    assessment: Optional[list[Optional[int]]] = None
    flags: dict[str, list[Optional[bool]]] = {}
    name_orders: Optional[list[Optional[str]]] = None
    languages = _cached(_language_codes)
    tag_lists = _cached(lambda v: list(dict.fromkeys(t[:100] for t in split_list(v))))
    for col, key in enumerate(mapping.columns):
        if col >= len(columns):
            break
        values = _clean_column(columns[col])
        columns[col] = ()  # type: ignore[call-overload]  # memory: the cleaned copy replaces it
        header = headers[col] if col < len(headers) else f"Column {col + 1}"
        if values and max(map(len, values)) > MAX_CELL:
            for i, value in enumerate(values):
                if len(value) > MAX_CELL:
                    values[i] = value[:MAX_CELL]
                    add_problem(i, _problem(MSG_TOO_LONG, warning=True, column=header))
        if key is None:
            if mapping.unmapped_to_notes:
                lines = [f"{header}: {v}" if v else "" for v in values]
                extra = lines if extra is None else _join_columns(extra, lines, "\n")
            continue
        if key in ("first_name", "last_name"):
            values = _column_map(values, _one_line)
            text[key] = values if key not in text else _join_columns(text[key], values, " ")
        elif key in _SIMPLE or key == "full_name":
            if key != "email":
                values = _column_map(values, _one_line if key == "full_name" else _one_line_200)
            text[key] = values if key not in text else [a or b for a, b in zip(text[key], values)]
        elif key == "notes":
            text[key] = values if key not in text else _join_columns(text[key], values, "\n")
        elif key == "phone":
            label = labels[col] if col < len(labels) else ""
            if phones is None:
                phones = [()] * n
            for i, value in enumerate(values):
                if not value:
                    continue
                if len(value) <= 17 and "/" not in value and ";" not in value and "," not in value \
                        and "\n" not in value:  # one number (the common case: no list made for it)
                    if len(value) < 12 and _is_empty(value):
                        continue
                    number = e164(value)
                    if number is None:
                        add_problem(i, _problem(MSG_BAD_PHONE, column=header))
                    found = phones[i]
                    if found:
                        found.append((value, number or "", label))
                    else:
                        phones[i] = [(value, number or "", label)]
                    continue
                parts = _PHONE_SPLIT.split(value)
                found = phones[i]
                if not found:
                    found = phones[i] = []
                for part in parts:
                    if not part or _is_empty(part):
                        continue
                    number = e164(part)
                    if number is None:
                        add_problem(i, _problem(MSG_BAD_PHONE, column=header))
                    found.append((part[:60], number or "", label))
        elif key in ("languages", "tags"):
            convert = languages if key == "languages" else tag_lists
            found_lists = _column_map(values, lambda v, convert=convert: convert(v) if v else ())
            have = lists.get(key)
            if have is None:
                lists[key] = found_lists
            else:
                lists[key] = [list(dict.fromkeys([*a, *b])) if a and b else (a or b) for a, b in zip(have, found_lists)]
        elif key == "membership":
            converted = _column_map(values, lambda v: _membership_value(v) if v else (None, None))
            if membership is None:
                membership = [None] * n
            for i, (found, problem) in enumerate(converted):
                if found is not None:
                    membership[i] = found  # the last membership column with a value wins
                if problem is not None:
                    add_problem(i, problem)
        elif key == "assessment":
            converted = _column_map(values, lambda v: _assessment_value(v) if v else (None, None))
            if assessment is None:
                assessment = [None] * n
            for i, (found, problem) in enumerate(converted):
                if problem is not None:
                    add_problem(i, problem)
                elif found is not None and assessment[i] is None:
                    assessment[i] = found
        elif key == "name_order":
            converted = _column_map(values, lambda v: _name_order_value(v) if v else (None, None))
            if name_orders is None:
                name_orders = [None] * n
            for i, (found, problem) in enumerate(converted):
                if found is not None:
                    name_orders[i] = found  # the last column with a value wins
                if problem is not None:
                    add_problem(i, problem)
        elif key in _FLAGS:
            converted = _column_map(values, lambda v: (_yes_no(v),) if v else None)
            have_flags = flags.get(key)
            if have_flags is None:
                flags[key] = [c[0] if c is not None else None for c in converted]
            else:  # the last column with a value wins
                flags[key] = [c[0] if c is not None else old for old, c in zip(have_flags, converted)]
    del columns
    blank: list[str] = [""] * n
    nothing: list[Any] = [None] * n
    empty: list[Any] = [()] * n
    get = text.get
    firsts, lasts, fulls = get("first_name", blank), get("last_name", blank), get("full_name", blank)
    if "first_name" in text:
        firsts = [v[:200] for v in firsts]
    if "last_name" in text:
        lasts = [v[:200] for v in lasts]
    notes = get("notes", blank)
    if extra is not None:
        notes = _join_columns(notes, extra, "\n")
    records = list(map(
        Record, firsts, lasts, get("preferred_name", blank), phones or empty, get("email", blank),
        lists.get("languages", empty), get("workplace", blank), get("department", blank), get("shift", blank),
        get("job_title", blank), membership or nothing, assessment or nothing, lists.get("tags", empty),
        notes, flags.get("ok_to_call", nothing), flags.get("ok_to_text", nothing),
        flags.get("do_not_contact", nothing), name_orders or nothing,
    ))
    email_ok = is_valid_email
    for i, rec in enumerate(records):
        if fulls[i]:
            full = fulls[i]
            if not (rec.first_name or rec.last_name):
                rec.first_name, rec.last_name = (p[:200] for p in _split_full_name(full))
            elif not rec.last_name:
                rec.last_name = _split_full_name(full)[1][:200]
        if rec.department or rec.shift:
            if not rec.workplace:
                add_problem(i, _problem(MSG_DEPT_NO_WORKPLACE, warning=True))
                rec.department = rec.shift = ""
        # models.roster.validate's rules for name and email (membership/assessment are mapped above).
        if not (rec.first_name or rec.last_name or rec.preferred_name):
            add_problem(i, _problem(MSG_NO_NAME))
        if rec.email and not email_ok(rec.email):
            add_problem(i, _problem(MSG_BAD_EMAIL))
    return list(zip(records, problems))


def convert_row(headers: Sequence[str], cells: Sequence[str], mapping: Mapping,
                labels: Optional[Sequence[str]] = None) -> tuple[Record, list[Problem]]:
    """One source row -> (Record, problems) (see :func:`convert_rows`)."""
    return convert_rows(headers, [cells], mapping, labels)[0]


# ====================================================================== preview
NEW, EXISTING, IN_FILE, INVALID = "new", "existing", "in-file", "invalid"
CONVERT_CHUNK = 10000
TAIL_CHUNK = 1000


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the chunks plan_import converts and matches: :data:`CONVERT_CHUNK` rows,
    then halving towards the end (not below :data:`TAIL_CHUNK`). The last chunk planned is still
    to be written when planning ends, and nothing overlaps that wait: it is kept short."""
    start, tail = 0, min(TAIL_CHUNK, CONVERT_CHUNK)
    while start < total:
        left = total - start
        size = left if left < 2 * tail else min(CONVERT_CHUNK, max(tail, left // 2))
        yield start, start + size
        start += size


MERGE, KEEP, SKIP, ADD = "merge", "keep", "skip", "add"
DUPLICATE_ACTIONS = (MERGE, KEEP, SKIP)


class PlanRow:
    __slots__ = ("source_row", "status", "problems", "record", "match_person", "match_row", "match_on", "action")

    def __init__(self, source_row: int, record: Record, problems: list[Problem]) -> None:
        self.source_row = source_row
        self.record = record
        self.problems = problems
        self.status = NEW
        self.match_person: Optional[int] = None
        self.match_row: Optional[int] = None  # index in plan.rows of the earlier row it duplicates
        self.match_on = ""  # "phone" | "email" | "name"
        self.action = ADD

    @property
    def is_duplicate(self) -> bool:
        return self.status in (EXISTING, IN_FILE)


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: Mapping
    rows: list[PlanRow]
    person_names: dict[int, str] = field(default_factory=dict)  # matched roster people, for the preview

    def counts(self) -> dict[str, int]:
        """What applying would do now: read, added, merged, skipped, invalid (+ warnings)."""
        c = {"read": len(self.rows), "added": 0, "merged": 0, "skipped": 0, "invalid": 0, "warnings": 0}
        skipped_rows: set[int] = set()
        for index, row in enumerate(self.rows):
            if any(p.warning for p in row.problems):
                c["warnings"] += 1
            if row.status == INVALID:
                c["invalid"] += 1
            elif row.action == SKIP:
                c["skipped"] += 1
                skipped_rows.add(index)
            elif row.action == MERGE and not (row.match_person is None and row.match_row in skipped_rows):
                c["merged"] += 1
            else:
                c["added"] += 1
        return c

    def problems(self) -> list[tuple[int, Problem]]:
        """Every problem with its source row number, in file order."""
        return [(row.source_row, p) for row in self.rows for p in row.problems]

    def set_all_duplicates(self, action: str) -> None:
        if action not in DUPLICATE_ACTIONS:
            raise ValueError(action)
        for row in self.rows:
            if row.is_duplicate:
                row.action = action


@dataclass
class RosterKeys:
    """What the existing roster is matched on."""

    phones: dict[str, int]
    emails: dict[str, int]
    names: dict[str, Any]
    display: dict[int, str]
    workplaces: dict[str, int]  # folded name -> id
    workplace_names: dict[int, str]
    # Who has an email, who has a phone number: all a same-name match needs to know of them.
    with_email: set[int] = field(default_factory=set)
    with_phone: set[int] = field(default_factory=set)


def load_roster_keys(db: Database) -> RosterKeys:
    """The roster's match keys (100,000 people: about a quarter of a second)."""
    return build_roster_keys(read_roster_keys(db))


def read_roster_keys(db: Database) -> tuple:
    """What the match keys are built from, as SQLite gives it: each table as one JSON array per
    column, built in one step during which the driver releases the GIL (:func:`import_file` runs
    this on a thread while it reads the file) and turned into lists by ``json.loads`` in half the
    time of 100,000 row tuples."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # one read transaction for every query below
        cur = conn.connection.cursor()
        try:
            workplace_names = dict(cur.execute("SELECT id, name FROM workplaces").fetchall())
            people = cur.execute(
                "SELECT json_group_array(id), json_group_array(first_name), json_group_array(last_name), "
                "json_group_array(email), json_group_array(workplace_id) "
                "FROM (SELECT id, first_name, last_name, email, workplace_id FROM people ORDER BY id)").fetchone()
            phones = cur.execute(
                "SELECT json_group_array(person_id), json_group_array(e164) "
                "FROM (SELECT person_id, e164 FROM phones WHERE e164 != '' ORDER BY person_id)").fetchone()
        finally:
            cur.close()
    return workplace_names, people, phones


def build_roster_keys(read: tuple) -> RosterKeys:
    """The keys from :func:`read_roster_keys`, built a column at a time. The first person (lowest
    id) wins a shared phone or email."""
    workplace_names, people, phones_json = read
    ids, firsts, lasts, emails_col, wids = map(json.loads, people)
    phone_ids, numbers = map(json.loads, phones_json)
    del people, phones_json
    wp_fold: dict[Any, str] = {wid: fold(name) for wid, name in workplace_names.items()}
    wp_fold[None] = ""
    person_emails = [(pid, email.strip().casefold()) for pid, email in zip(ids, emails_col) if email]
    person_emails = [(pid, norm) for pid, norm in person_emails if norm]
    del emails_col
    emails = {norm: pid for pid, norm in reversed(person_emails)}  # reversed: the lowest id wins
    phones = dict(zip(reversed(numbers), reversed(phone_ids)))
    with_email = set(map(operator.itemgetter(0), person_emails))
    with_phone = set(phone_ids)
    del person_emails, phone_ids, numbers
    keys = list(map(name_key, firsts, lasts))
    del firsts, lasts
    keys = [f"{key}\x1f{wp_fold.get(wid, '')}" if key else "" for key, wid in zip(keys, wids)]
    del wids
    names: dict[str, Any] = {}  # key -> id, or the ids (in id order) of those who share it
    get = names.get
    for key, pid in zip(keys, ids):
        found = get(key)
        if found is None:
            names[key] = pid
        elif type(found) is list:
            found.append(pid)
        else:
            names[key] = [found, pid]
    names.pop("", None)
    del wp_fold[None]
    return RosterKeys(phones, emails, names, {}, {v: k for k, v in wp_fold.items()}, workplace_names,
                      with_email, with_phone)


def _candidates(value: Any) -> Iterable[int]:
    if value is None:
        return ()
    return value if type(value) is list else (value,)


def display_names(db: Database, person_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(int(i) for i in person_ids))
    result: dict[int, str] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(ids), 900):
            chunk = ",".join(map(str, ids[start : start + 900]))
            for pid, first, last, preferred, order in conn.exec_driver_sql(
                f"SELECT id, first_name, last_name, preferred_name, name_order FROM people WHERE id IN ({chunk})"
            ):
                result[pid] = display_name(first, last, preferred, order)
    return result


def _compatible(phones: Sequence[str], email: str, other_phones: Sequence[str], other_email: str) -> bool:
    """A same-name match is only the same person when nothing contradicts it: a different email,
    or phones on both sides with none in common (two María García at one plant are common).
    Called for every earlier row with the same name and workplace: kept allocation-free. (Against
    the roster, plan_import applies the same rule as two set lookups: ``RosterKeys.with_email``
    and ``with_phone``.)"""
    if email and other_email and email != other_email:
        return False
    if phones and other_phones:
        for number in other_phones:
            if number in phones:
                return True
        return False
    return True


@gc_paused()
def plan_import(
    table: SourceTable,
    mapping: Mapping,
    db: Optional[Database] = None,
    on_duplicate: str = MERGE,
    progress: Optional[ProgressFn] = None,
    roster: Optional[RosterKeys] = None,
    release_rows: bool = False,
    names: bool = True,
    on_chunk: Optional[Callable[[list[PlanRow], int, int], None]] = None,
) -> ImportPlan:
    """The preview: per row a status, problems and (for matches) the default action.

    ``release_rows`` empties ``table.rows`` while converting (the CLI does not need the cells
    afterwards; the wizard keeps them to re-plan with another mapping). ``names`` reads the
    matched people's names for the preview (``plan.person_names``; the CLI shows none).
    Rows are converted and matched in chunks (:func:`_chunks`); ``on_chunk(rows, start, end)``
    is called after each (a row's status depends on earlier rows only, never on later ones):
    :func:`import_file` writes them while the next chunk is planned."""
    if on_duplicate not in DUPLICATE_ACTIONS:
        raise ValueError(on_duplicate)
    if len(mapping.columns) != len(table.headers):
        mapping = Mapping((list(mapping.columns) + [None] * len(table.headers))[: len(table.headers)],
                          mapping.unmapped_to_notes)
    if roster is None:
        roster = load_roster_keys(db) if db is not None else RosterKeys({}, {}, {}, {}, {}, {})
    labels = [_phone_label(h) for h in table.headers]
    headers = table.headers
    seen_phones: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    seen_names: dict[str, Any] = {}  # name key -> row index, or a list of them
    rows: list[PlanRow] = []
    matched_people: set[int] = set()
    row_phones: list[Sequence[str]] = []  # per row: its numbers and email as matched (same-name checks)
    row_emails: list[str] = []
    folded_places: dict[str, str] = {}
    total = len(table.rows)
    row_problems = table.row_problems
    r_emails, r_names = roster.emails, roster.names
    r_phone = roster.phones.get
    r_with_email, r_with_phone = roster.with_email, roster.with_phone
    seen_phone, seen_email, seen_name = seen_phones.get, seen_emails.get, seen_names.get
    # Convert and match in chunks; with release_rows the cells are dropped as we go (memory).
    numbers = [number for number, _ in table.rows]
    for start, end in _chunks(total):
        chunk = table.rows[start:end]
        converted = convert_rows(headers, [cells for _, cells in chunk], mapping, labels)
        del chunk
        if release_rows:
            table.rows[start:end] = [(n, []) for n, _ in table.rows[start:end]]
        recs = list(map(_RECORD, converted))
        problem_lists = list(map(_PROBLEMS, converted))
        del converted
        chunk_numbers = numbers[start:end]
        if row_problems:
            problem_lists = [row_problems[n] + p if n in row_problems else p
                             for n, p in zip(chunk_numbers, problem_lists)]
        new_rows = list(map(PlanRow, chunk_numbers, recs, problem_lists))
        rows.extend(new_rows)
        # What each row is matched on, a column at a time: its numbers (E.164, in order), its
        # email (casefolded) and its name key with the workplace (None without a name).
        phone_keys: list[Sequence[str]] = [
            (((ph[0][1],) if ph[0][1] else ()) if len(ph) == 1 else [p[1] for p in ph if p[1]]) if ph else ()
            for ph in map(_PHONES, recs)]
        emails = [e.strip().casefold() if e else "" for e in map(_EMAIL, recs)]
        workplaces = list(map(_WORKPLACE, recs))
        for workplace in set(workplaces).difference(folded_places):
            folded_places[workplace] = fold(workplace)
        firsts, lasts = list(map(_FIRST_NAME, recs)), list(map(_LAST_NAME, recs))
        name_col: list[Optional[str]] = [
            f"{key}\x1f{place}" if first or last else None
            for key, place, first, last in zip(map(name_key, firsts, lasts), map(folded_places.__getitem__, workplaces),
                                               firsts, lasts)]
        del recs, workplaces, firsts, lasts
        for offset, problems in enumerate(problem_lists):
            if problems and not all(p.warning for p in problems):  # invalid: skipped, matched on nothing
                row = new_rows[offset]
                row.status, row.action = INVALID, SKIP
                phone_keys[offset], emails[offset], name_col[offset] = (), "", None
        del problem_lists
        row_phones.extend(phone_keys)
        row_emails.extend(emails)
        # The roster's person for each row (independent of the other rows): by its first number
        # on someone, else its email, else the same-name people (checked in the loop below).
        by_phone = [(r_phone(ps[0]) if len(ps) == 1 else next(filter(None, map(r_phone, ps)), None)) if ps else None
                    for ps in phone_keys]
        by_email = list(map(r_emails.get, emails))  # ("" and None are never keys)
        by_name = list(map(r_names.get, name_col))
        for index, row, ps, email, name, pid, email_pid, same_name in zip(
                range(start, end), new_rows, phone_keys, emails, name_col, by_phone, by_email, by_name):
            on = "phone"
            if pid is None:
                pid, on = email_pid, "email"
                if pid is None:
                    # Same name and workplace is the same person unless something contradicts it: a
                    # different email, or phones on both sides with none in common. This row's email and
                    # numbers are on nobody in the roster (else it matched above), so any email or phone
                    # the person has contradicts it (the in-file rule of _compatible, in set lookups).
                    for candidate in _candidates(same_name):
                        if not ((email and candidate in r_with_email) or (ps and candidate in r_with_phone)):
                            pid, on = candidate, "name"
                            break
            earlier = None
            if pid is None:
                for number_e164 in ps:
                    earlier = seen_phone(number_e164)
                    if earlier is not None:
                        on = "phone"
                        break
                if earlier is None:
                    if email:
                        earlier, on = seen_email(email), "email"
                    if earlier is None and name is not None:
                        for candidate in _candidates(seen_name(name)):
                            if _compatible(ps, email, row_phones[candidate], row_emails[candidate]):
                                earlier, on = candidate, "name"
                                break
                if earlier is not None:
                    pid = rows[earlier].match_person
            # Later rows find this one (or, if it merges into an earlier row, that row).
            if pid is not None:
                row.status, row.match_person, row.match_on, row.action = EXISTING, pid, on, on_duplicate
                row.match_row = earlier
                matched_people.add(pid)
                target = index
            elif earlier is not None:
                row.status, row.match_row, row.match_on, row.action = IN_FILE, earlier, on, on_duplicate
                target = earlier
            else:
                target = index
            for number_e164 in ps:
                seen_phones.setdefault(number_e164, target)
            if email:
                seen_emails.setdefault(email, target)
            if name is not None:
                same_name = seen_name(name)
                if same_name is None:
                    seen_names[name] = target
                elif type(same_name) is list:
                    same_name.append(target)
                else:
                    seen_names[name] = [same_name, target]
        del new_rows, phone_keys, emails, name_col, by_phone, by_email, by_name
        if on_chunk is not None:
            on_chunk(rows, start, len(rows))
        if progress is not None:
            progress(len(rows), total)
    if release_rows:
        table.rows = []
    if progress is not None:
        progress(total, total)
    plan = ImportPlan(table, mapping, rows)
    plan.person_names = display_names(db, matched_people) if names and db is not None and matched_people else {}
    return plan


# ====================================================================== apply
@dataclass
class ImportResult:
    batch_id: Optional[int]
    read: int
    added: int
    merged: int
    skipped: int
    invalid: int
    dry_run: bool = False

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "added": self.added, "merged": self.merged, "skipped": self.skipped,
                "invalid": self.invalid}


_DT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite
# The write connection's page cache while a large import runs (SQLite's default is 2 MB): the
# indexes it adds to stay in memory instead of being written out, read back and decrypted again
# mid-transaction (about a tenth of a 100,000-row import). Back to the default afterwards.
# 16 MB: as fast as 32 MB since the import writes while it plans, and 15 MB less at the peak
# (the roster's match keys and the plan are held meanwhile).
IMPORT_CACHE_KIB = 16 * 1024


@contextmanager
def _page_cache(conn, kib: int) -> Iterator[None]:
    if not kib:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
        except Exception:  # noqa: BLE001 - the import's own error (if any) is the one to report
            log.warning("could not restore the page cache size")


INSERT_CHUNK = 10000  # rows per json_each insert


def _json_rows(rows: Iterable[Sequence[Any]]) -> str:
    """Rows as one JSON array of arrays, the parameter of an ``INSERT ... FROM json_each(?)``."""
    return json.dumps(list(rows), ensure_ascii=False, separators=(",", ":"))


class _StatementThread:
    """Runs an import's statements in order on a second thread, over the import's own connection
    (so inside its transaction), while the calling thread builds the next ones.

    A statement over ``json_each(?)`` is ONE ``sqlite3_step``, during which the sqlite driver
    releases the GIL: SQLite's work (B-tree and index inserts) overlaps the Python work (an
    ``executemany`` would take the GIL back for every row). One thread at a time uses the
    connection: :meth:`idle` waits until every queued statement has run, and the caller runs its
    own SQL only after that. A failed statement is raised in the calling thread (at the next
    :meth:`put`, :meth:`idle` or :meth:`close`); what was queued after it is dropped.
    """

    def __init__(self, dbapi_connection: Any, depth: int = 4) -> None:
        import queue
        import threading

        self._conn = dbapi_connection
        self._queue: Any = queue.Queue(maxsize=depth)  # bounded: at most `depth` chunks in memory
        self._error: Optional[BaseException] = None
        self._discard = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cur = self._conn.cursor()
        try:
            while True:
                item = self._queue.get()
                try:
                    if item is None:
                        return
                    if self._error is None and not self._discard:
                        if callable(item[0]):
                            try:
                                item[1].set_result(item[0](cur))
                            except BaseException as exc:  # noqa: BLE001
                                item[1].set_exception(exc)
                                raise
                        else:
                            cur.execute(*item)
                    elif callable(item[0]):
                        item[1].cancel()
                except BaseException as exc:  # noqa: BLE001 - raised again in the calling thread
                    self._error = exc
                finally:
                    self._queue.task_done()
        finally:
            cur.close()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def put(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._raise()
        self._queue.put((sql, params))

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """Queue ``fn(cursor)``; a ``concurrent.futures.Future`` of what it returns."""
        from concurrent.futures import Future

        self._raise()
        future: Any = Future()
        self._queue.put((fn, future))
        return future

    def idle(self) -> None:
        if not self._closed:
            self._queue.join()
        self._raise()

    def close(self, discard: bool = False) -> None:
        """Wait for the queued statements (or with ``discard`` only the one running) and stop."""
        if self._closed:
            return
        self._discard = self._discard or discard
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        if not discard:
            self._raise()


def _merge_targets(cur: Any, ids: Sequence[int]) -> tuple[dict[int, list], dict[int, list[list[str]]],
                                                         dict[int, set[int]]]:
    """The people merges go into, as they are now: person rows (``[id, *_MERGE_COLUMNS]``), their
    phones ([raw, e164]) and their tag ids. Each query is one JSON value SQLite builds: one step,
    during which the writer thread does not hold the GIL (``fetchall`` takes it for every row)."""
    if not ids:
        return {}, {}, {}
    wanted = json.dumps(list(ids))

    def read(sql: str) -> list:
        return json.loads(cur.execute(sql, (wanted,)).fetchone()[0])

    current = {row[0]: row for row in read(
        f"SELECT json_group_array(json_array(id, {', '.join(_MERGE_COLUMNS)})) FROM people "
        "WHERE id IN (SELECT value FROM json_each(?))")}
    phones: dict[int, list[list[str]]] = {}
    for pid, raw, number in read("SELECT json_group_array(json_array(person_id, raw, e164)) FROM phones "
                                 "WHERE person_id IN (SELECT value FROM json_each(?))"):
        if pid in phones:
            phones[pid].append([raw, number])
        else:
            phones[pid] = [[raw, number]]
    tag_ids: dict[int, set[int]] = {}
    for pid, tid in read("SELECT json_group_array(json_array(person_id, tag_id)) FROM person_tags "
                         "WHERE person_id IN (SELECT value FROM json_each(?))"):
        tag_ids.setdefault(pid, set()).add(tid)
    return current, phones, tag_ids


def _next_id(conn, table: str) -> int:
    return (conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0) + 1


class _Applier:
    """Writes an import in ONE transaction (any exception, cancel or kill leaves the database as
    it was) and records it as a batch that :func:`undo_import` can take back.

    Rows come in with :meth:`feed`, in file order, as many at a time as are planned (all at once
    from the wizard; a chunk at a time from :func:`import_file`, while the next is planned). Each
    row is grouped with the person it becomes: a new one (key: its row index) or an existing one
    (key: ``~person id``, a negative number; ints, not tuples: 100,000 keys). New people are written at once, by the statement thread; a later row that
    merges into one of them already written is kept aside and written by :meth:`finish` as the
    difference it makes (the same result as if the person had been written once, complete).
    Merges into existing people are written by :meth:`finish`, with their undo record.
    """

    def __init__(self, s: Any, sheet: str, file_name: str, imported_by: str, overwrite_conflicts: bool,
                 progress: Optional[ProgressFn], total_steps: int) -> None:
        self.conn = conn = s.connection()
        self.session = s
        self.writer: Optional[_StatementThread] = None  # while it runs, this thread's SQL waits for it
        self.imported_by, self.overwrite = imported_by, overwrite_conflicts
        self.progress, self.total_steps = progress, max(1, total_steps)
        self.stamp = utcnow().strftime(_DT_FORMAT)
        self.created_refs: dict[str, list[Any]] = {"workplaces": [], "departments": [], "shifts": [], "tags": []}
        run = self.run
        # Workplaces, departments, shifts and tags by (folded) name; the missing ones are created.
        self.workplaces = {fold(name): wid for wid, name in run("SELECT id, name FROM workplaces")}
        self.departments = {(wid, fold(name)): did
                            for did, wid, name in run("SELECT id, workplace_id, name FROM departments")}
        self.shifts = {(wid, fold(name)): sid for sid, wid, name in run("SELECT id, workplace_id, name FROM shifts")}
        self.shift_pos = dict(run("SELECT workplace_id, max(position) FROM shifts GROUP BY workplace_id").fetchall())
        self.tags = {name.casefold(): tid for tid, name in run("SELECT id, name FROM tags")}
        self.batch_id = run(
            "INSERT INTO import_batches (file_name, sheet, imported_at, imported_by, rows_read, added, merged, "
            "skipped, invalid, created_refs, undone_at) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, '', NULL)",
            (file_name[:500], sheet[:200], self.stamp, imported_by[:200])).lastrowid
        self.first_new = self.next_person = _next_id(conn, "people")
        self.groups: dict[int, Record] = {}
        self.outcome: list[Optional[int]] = []  # per row: its group's key
        self.copied: set[int] = set()
        self.person_of = array("q")  # per row: the id a new person was written with
        self.written_upto = 0  # new people of rows before this index are written
        self.as_written: dict[int, Record] = {}  # new people written before a row merged in
        self.tag_rows: list[tuple[int, int]] = []
        self.added = self.merged = self.skipped = self.invalid = self.done = 0
        self.writer = _StatementThread(conn.connection.dbapi_connection)

    # ------------------------------------------------------------------ SQL on this thread
    def run(self, sql: str, *params: Any) -> Any:
        if self.writer is not None:
            self.writer.idle()  # one thread at a time on the connection
        return self.conn.exec_driver_sql(sql, *params)

    def workplace_id(self, name: str) -> Optional[int]:
        if not name:
            return None
        key = fold(name)
        wid = self.workplaces.get(key)
        if wid is None:
            wid = self.run("INSERT INTO workplaces (name, employer, address, union_local, created_at, updated_at) "
                           "VALUES (?, '', '', '', ?, ?)", (name, self.stamp, self.stamp)).lastrowid
            self.workplaces[key] = wid
            self.created_refs["workplaces"].append(wid)
        return wid

    def department_id(self, wid: Optional[int], name: str) -> Optional[int]:
        if wid is None or not name:
            return None
        key = (wid, fold(name))
        did = self.departments.get(key)
        if did is None:
            did = self.run("INSERT INTO departments (workplace_id, name) VALUES (?, ?)", (wid, name)).lastrowid
            self.departments[key] = did
            self.created_refs["departments"].append(did)
        return did

    def shift_id(self, wid: Optional[int], name: str) -> Optional[int]:
        if wid is None or not name:
            return None
        key = (wid, fold(name))
        sid = self.shifts.get(key)
        if sid is None:
            before = self.shift_pos.get(wid)
            position = (before if before is not None else -1) + 1
            self.shift_pos[wid] = position
            sid = self.run("INSERT INTO shifts (workplace_id, name, position) VALUES (?, ?, ?)",
                           (wid, name, position)).lastrowid
            self.shifts[key] = sid
            self.created_refs["shifts"].append(sid)
        return sid

    def place_ids(self, place: tuple[str, str, str]) -> tuple[Any, Any, Any]:
        wid = self.workplace_id(place[0])
        return wid, self.department_id(wid, place[1]), self.shift_id(wid, place[2])

    def tag_id(self, name: str) -> int:
        key = name.casefold()
        tid = self.tags.get(key)
        if tid is None:
            tid = self.run("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
            self.tags[key] = tid
            self.created_refs["tags"].append(tid)
        return tid

    # ------------------------------------------------------------------ rows
    def feed(self, rows: Sequence[PlanRow], start: int, end: int) -> None:
        """Group ``rows[start:end]`` (every earlier row was fed before) and write the new people."""
        groups, outcome, copied = self.groups, self.outcome, self.copied
        fresh: list[int] = []
        for index in range(start, end):
            row = rows[index]
            if row.status == INVALID:
                self.invalid += 1
                outcome.append(None)
                continue
            if row.action == SKIP:
                self.skipped += 1
                outcome.append(None)
                continue
            key: int
            if row.action == MERGE and row.match_person is not None:
                key = ~row.match_person
                self.merged += 1
            elif row.action == MERGE and row.match_row is not None and outcome[row.match_row] is not None:
                key = outcome[row.match_row]  # type: ignore[assignment]
                self.merged += 1
            else:
                key = index
                self.added += 1
                fresh.append(index)
            outcome.append(key)
            found = groups.get(key)
            if found is None:
                groups[key] = row.record  # shared until a second row merges in (the plan stays as it was)
                continue
            written = 0 <= key < self.written_upto
            if key not in copied:
                if written:
                    self.as_written[key] = found  # the plan's own record: unchanged since written
                found = groups[key] = found.copy()
                copied.add(key)
            elif written and key not in self.as_written:
                self.as_written[key] = found.copy()
            found.absorb(row.record)
        self.written_upto = end
        self.person_of.frombytes(bytes(8 * (end - len(self.person_of))))
        if fresh:
            self._write_new([groups[i] for i in fresh], fresh)

    def _write_new(self, recs: list[Record], indexes: list[int]) -> None:
        writer, stamp = self.writer, self.stamp
        assert writer is not None
        # Places the file names are created in the order it names them (shift positions follow it).
        place_ids = {place: self.place_ids(place) for place in dict.fromkeys(map(_PLACE, recs))}
        # Sorted by name before they get their ids: the name index then fills in order instead of
        # at random (a fifth of the insert's time at 100,000 rows).
        order = sorted(range(len(recs)), key=[_NAME_ORDER(r) for r in recs].__getitem__)
        recs = [recs[i] for i in order]
        first = self.next_person
        self.next_person += len(recs)
        person_of = self.person_of
        for pid, i in enumerate(order, first):
            person_of[indexes[i]] = pid
        for pid, rec in enumerate(recs, first):  # their tags, created in the order the people are
            for name in rec.tags:
                self.tag_rows.append((pid, self.tag_id(name)))
        # Columns that hold one default value for every new person are written into the statement
        # instead of bound row by row.
        for start in range(0, len(recs), INSERT_CHUNK):
            chunk = recs[start : start + INSERT_CHUNK]
            bound = [name for name in _NEW_PERSON_DEFAULTS if name in _PERSON_SET and _PERSON_SET[name](chunk)]
            values = ", ".join(f"j.value ->> {bound.index(name)}" if name in bound else _NEW_PERSON_DEFAULTS[name]
                               for name in _NEW_PERSON_DEFAULTS if name != "id")
            columns = [_person_column(name, chunk, place_ids.__getitem__) for name in bound]
            phones = list(map(_PHONES, chunk))  # each row's phones follow its columns: [[raw, e164, label], ...]
            rows = _json_rows(zip(*columns, phones))
            del columns
            base = first + start
            writer.put(f"INSERT INTO people ({', '.join(_NEW_PERSON_DEFAULTS)}, created_at, updated_at) "
                       f"SELECT {base} + j.key, {values}, '{stamp}', '{stamp}' FROM jsonb_each(?) AS j", (rows,))
            # Their phones right after them (ids given by SQLite, in person order): each phone's
            # check that its person exists reads a page just written.
            if any(phones):
                writer.put("INSERT INTO phones (person_id, position, raw, e164, label) "
                           f"SELECT {base} + p.key, ph.key, ph.value ->> 0, ph.value ->> 1, ph.value ->> 2 "
                           f"FROM jsonb_each(?) AS p, jsonb_each(p.value, '$[{len(bound)}]') AS ph", (rows,))
            if "assessment" in bound:  # their assessment history, from their rows as written
                writer.put("INSERT INTO assessments (person_id, value, assessed_by, assessed_at, note) "
                           "SELECT id, assessment, ?, ?, 'import' FROM people WHERE id BETWEEN ? AND ? "
                           "AND assessment IS NOT NULL", (self.imported_by, stamp, base, base + len(chunk) - 1))
            del rows, phones
            self._step(len(chunk))

    def _step(self, count: int) -> None:
        self.done += count
        if self.progress is not None:  # (a cancel raised here rolls back the whole import)
            self.progress(min(self.done, self.total_steps), self.total_steps)

    # ------------------------------------------------------------------ the end
    def finish(self, read: int, table: SourceTable, mapping: Mapping, remember: bool) -> ImportResult:
        """Merges, what later rows added to people already written, the undo record."""
        writer, stamp, imported_by, run = self.writer, self.stamp, self.imported_by, self.run
        assert writer is not None
        merge_groups = sorted((~k, rec) for k, rec in self.groups.items() if k < 0)
        # The merged people's rows as they are now (none of them is among the new ones).
        targets = writer.call(lambda cur: _merge_targets(cur, [pid for pid, _ in merge_groups]))
        updates: dict[tuple[str, ...], list[tuple]] = {}
        phone_rows: list[list[Any]] = []  # [id, person, position, raw, e164, label]; ids given below
        tag_rows, assess_rows, batch_rows = self.tag_rows, [], []
        late_assessments: list[tuple[int, int]] = []  # (new person, value) a later row gave them

        def update(pid: int, changes: dict[str, Any]) -> None:
            cols = tuple(sorted(changes))
            params = tuple(changes[c] for c in cols) + (stamp, pid)
            if cols in updates:
                updates[cols].append(params)
            else:
                updates[cols] = [params]

        # New people a row merged into after they were written: what that row added (their columns
        # as written and as they are now, a column at a time: one pass each, not one per person).
        late = list(self.as_written.items())
        n_late = len(late)
        columns = {name: _person_column(name, [before for _, before in late] + [self.groups[key] for key, _ in late],
                                        self.place_ids) for name in _PERSON_SET} if late else {}
        for i, (key, before) in enumerate(late):
            after, pid = self.groups[key], self.person_of[key]
            changes = {name: column[n_late + i] for name, column in columns.items()
                       if column[n_late + i] != column[i]}
            if changes:
                update(pid, changes)
                if changes.get("assessment") is not None:
                    late_assessments.append((pid, changes["assessment"]))
            for position, (raw, number, label) in enumerate(after.phones[len(before.phones):], len(before.phones)):
                phone_rows.append([0, pid, position, raw, number, label])
            had = set(before.tags)
            for name in after.tags:
                if name not in had:
                    tag_rows.append((pid, self.tag_id(name)))
        writer.idle()  # (raises what failed on the statement thread, if anything did)
        current, have_phones, have_tags = targets.result()
        next_phone = _next_id(self.conn, "phones")
        next_assessment = _next_id(self.conn, "assessments")
        for row in phone_rows:
            row[0] = next_phone
            next_phone += 1
        for pid, value in late_assessments:
            assess_rows.append((next_assessment, pid, value, imported_by, stamp, "import"))
            next_assessment += 1

        # Merges into existing people: fill empty fields, add phones/tags; remember for undo.
        for pid, rec in merge_groups:
            row = current.get(pid)
            if row is None:  # deleted meanwhile: nothing to merge into
                continue
            changed = _merge_changes(row, rec, self.overwrite, self.workplace_id, self.department_id, self.shift_id)
            record: dict[str, Any] = {}
            if changed:
                update(pid, {c: new for c, (_old, new) in changed.items()})
                record["fields"] = {c: list(changed[c]) for c in sorted(changed)}
                if "assessment" in changed and changed["assessment"][1] is not None:
                    assess_rows.append((next_assessment, pid, changed["assessment"][1], imported_by, stamp, "import"))
                    record["assessments"] = [next_assessment]
                    next_assessment += 1
            if rec.phones:
                existing = have_phones.get(pid, ())
                known = {number or fold(raw) for raw, number in existing}
                position = len(existing)
                added_phones = []
                for raw, number, label in rec.phones:
                    key = number or fold(raw)
                    if key in known:
                        continue
                    known.add(key)
                    phone_rows.append([next_phone, pid, position, raw, number, label])
                    added_phones.append(next_phone)
                    next_phone += 1
                    position += 1
                if added_phones:
                    record["phones"] = added_phones
            if rec.tags:
                added_tags = []
                tagged = have_tags.get(pid, set())
                for name in rec.tags:
                    tid = self.tag_id(name)
                    if tid not in tagged:
                        tagged.add(tid)
                        tag_rows.append((pid, tid))
                        added_tags.append(tid)
                if added_tags:
                    record["tags"] = added_tags
            if record:  # a merge that changed nothing has nothing to undo
                batch_rows.append((self.batch_id, pid, "merged", json.dumps(record, ensure_ascii=False)))
            self.done += 1
            if self.progress is not None and self.done % 5000 == 0:
                self._step(0)
        del current, have_phones, have_tags
        self.close()
        run = self.run
        if updates:
            cur = self.conn.connection.cursor()
            try:
                for cols, params in updates.items():
                    cur.executemany(f"UPDATE people SET {', '.join(c + ' = ?' for c in cols)}, updated_at = ? "
                                    "WHERE id = ?", params)
            finally:
                cur.close()
        if phone_rows:
            run("INSERT INTO phones (id, person_id, position, raw, e164, label) VALUES (?,?,?,?,?,?)",
                list(map(tuple, phone_rows)))
        if tag_rows:
            run("INSERT INTO person_tags (person_id, tag_id) VALUES (?, ?)", tag_rows)
        if assess_rows:
            run("INSERT INTO assessments (id, person_id, value, assessed_by, assessed_at, note) VALUES (?,?,?,?,?,?)",
                assess_rows)
        first, last = self.first_new, self.next_person - 1
        if last >= first:
            self.created_refs["people"] = [first, last, stamp]
        if batch_rows:
            run("INSERT INTO import_batch_people (batch_id, person_id, action, changes) VALUES (?,?,?,?)", batch_rows)
        run("UPDATE import_batches SET rows_read = ?, added = ?, merged = ?, skipped = ?, invalid = ?, "
            "created_refs = ? WHERE id = ?", (read, self.added, self.merged, self.skipped, self.invalid,
                                              json.dumps(self.created_refs), self.batch_id))
        if remember:
            _remember(self.session, table.headers, mapping)
        if self.progress is not None:
            self.progress(self.total_steps, self.total_steps)
        log.info("import finished: %d read, %d added, %d merged, %d skipped, %d invalid",
                 read, self.added, self.merged, self.skipped, self.invalid)
        return ImportResult(self.batch_id, read, self.added, self.merged, self.skipped, self.invalid)

    def close(self, discard: bool = False) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.close(discard=discard)


@contextmanager
def _applying(db: Database, expected_rows: int, **kw: Any) -> Iterator[_Applier]:
    """An :class:`_Applier` inside one write transaction (rolled back on any exception). A large
    import's commit leaves the WAL checkpoint to a background thread (Database.write)."""
    large = expected_rows > 5000
    with db.write(checkpoint_later=large) as s, _page_cache(s.connection(), IMPORT_CACHE_KIB if large else 0):
        applier = _Applier(s, **kw)
        try:
            yield applier
        except BaseException:
            applier.close(discard=True)  # what is still queued is dropped; the transaction rolls back
            raise
        applier.close()


@gc_paused()
def apply_import(
    db: Database,
    plan: ImportPlan,
    file_name: str = "",
    imported_by: str = "",
    overwrite_conflicts: bool = False,
    remember: bool = True,
    progress: Optional[ProgressFn] = None,
) -> ImportResult:
    """Write the plan in ONE transaction (any exception, cancel or kill leaves the database as it
    was) and record it as an import batch that :func:`undo_import` can take back."""
    with _applying(db, len(plan.rows), sheet=plan.table.sheet, file_name=file_name, imported_by=imported_by,
                   overwrite_conflicts=overwrite_conflicts, progress=progress,
                   total_steps=len(plan.rows)) as applier:
        applier.feed(plan.rows, 0, len(plan.rows))
        return applier.finish(len(plan.rows), plan.table, plan.mapping, remember)


# New people's columns and the SQL value each has when no row sets it (see apply_import).
_NEW_PERSON_DEFAULTS = {
    "id": "NULL", "first_name": "''", "last_name": "''", "preferred_name": "''", "email": "''", "languages": "''",
    "workplace_id": "NULL", "department_id": "NULL", "shift_id": "NULL", "job_title": "''",
    "membership": "'non-member'", "assessment": "NULL", "notes": "''", "ok_to_call": "1", "ok_to_text": "1",
    "do_not_contact": "0", "name_order": "'given_first'",
}


_NAME_ORDER = operator.attrgetter("last_name", "first_name")  # ix_people_names order (BINARY: code points)
_PLACE = operator.attrgetter("workplace", "department", "shift")
_PHONES = operator.attrgetter("phones")
_ASSESSMENT = operator.attrgetter("assessment")


def _any_set(name: str) -> Callable[[Sequence["Record"]], bool]:
    get = operator.attrgetter(name)
    return lambda recs: any(map(get, recs))


# New people's columns that some row sets to other than the default (each test one pass in C).
_PERSON_SET: dict[str, Callable[[Sequence["Record"]], bool]] = {
    "first_name": lambda recs: True, "last_name": lambda recs: True,
    **{name: _any_set(name) for name in ("preferred_name", "email", "languages", "job_title", "membership",
                                         "notes", "do_not_contact")},
    "workplace_id": _any_set("workplace"), "department_id": _any_set("department"), "shift_id": _any_set("shift"),
    "assessment": lambda recs: bool(set(map(_ASSESSMENT, recs)) - {None}),
    "ok_to_call": lambda recs: False in set(map(operator.attrgetter("ok_to_call"), recs)),
    "ok_to_text": lambda recs: False in set(map(operator.attrgetter("ok_to_text"), recs)),
    "name_order": _any_set("name_order"),
}
_PLACE_COLUMN = {"workplace_id": 0, "department_id": 1, "shift_id": 2}


def _person_column(name: str, recs: Sequence["Record"], place_ids: Callable[[tuple[str, str, str]], tuple]) -> list[Any]:
    """One column of new people's values, as written to ``people.<name>``; ``place_ids`` gives
    the (workplace, department, shift) ids of a record's place names."""
    if name in _PLACE_COLUMN:
        at = _PLACE_COLUMN[name]
        return [ids[at] for ids in map(place_ids, map(_PLACE, recs))]
    values = map(operator.attrgetter(name), recs)
    if name == "email":
        return list(map(str.strip, values))
    if name == "languages":
        return list(map(",".join, values))
    if name == "membership":
        return [value or "non-member" for value in values]
    if name in ("ok_to_call", "ok_to_text"):
        return [0 if value is False else 1 for value in values]
    if name == "do_not_contact":
        return [1 if value else 0 for value in values]
    if name == "name_order":
        return [value or "given_first" for value in values]
    return list(values)


_MERGE_COLUMNS = ("first_name", "last_name", "preferred_name", "email", "languages", "workplace_id", "department_id",
                  "shift_id", "job_title", "membership", "assessment", "notes", "ok_to_call", "ok_to_text",
                  "do_not_contact", "name_order")


_COL = {name: i for i, name in enumerate(("id",) + _MERGE_COLUMNS)}
_MERGE_TEXT = tuple((name, _COL[name]) for name in ("first_name", "last_name", "preferred_name", "email", "job_title"))
_WP, _DEPT, _SHIFT = _COL["workplace_id"], _COL["department_id"], _COL["shift_id"]
_LANGS, _MEMBER, _ASSESS, _NOTES = _COL["languages"], _COL["membership"], _COL["assessment"], _COL["notes"]
_CALL, _TEXT, _DNC = _COL["ok_to_call"], _COL["ok_to_text"], _COL["do_not_contact"]


def _merge_changes(row: tuple, rec: Record, overwrite: bool, workplace_id, department_id, shift_id) -> dict[str, tuple]:
    """column -> (old, new) for what a merge changes on an existing person row (a tuple in
    ``("id",) + _MERGE_COLUMNS`` order). Runs once per merged person: kept to plain indexing."""
    current = list(row)
    changes: dict[str, tuple] = {}
    for name, i in _MERGE_TEXT:
        value = getattr(rec, name)
        if value:
            value = value.strip()
            if value:
                old = current[i]
                if old != value and (old is None or old == "" or overwrite):
                    changes[name] = (old, value)
                    current[i] = value
    wid = None
    if rec.workplace and (current[_WP] is None or overwrite):
        wid = workplace_id(rec.workplace)
        old = current[_WP]
        if wid is not None and old != wid:
            changes["workplace_id"] = (old, wid)
            current[_WP] = wid
            if old is not None:
                # Moved to another workplace: the old department and shift no longer apply.
                for column, i in (("department_id", _DEPT), ("shift_id", _SHIFT)):
                    if current[i] is not None:
                        changes[column] = (current[i], None)
                        current[i] = None
    effective_wp = current[_WP]
    if effective_wp is not None and (wid is None or wid == effective_wp):
        for value, column, i, make in ((rec.department, "department_id", _DEPT, department_id),
                                       (rec.shift, "shift_id", _SHIFT, shift_id)):
            if value and (current[i] is None or overwrite):
                new = make(effective_wp, value)
                old = current[i]
                if new is not None and old != new and (old is None or old == "" or overwrite):
                    changes[column] = (old, new)
                    current[i] = new
    if rec.languages:
        have_text = current[_LANGS] or ""
        have = split_list(have_text) if have_text else []
        merged = list(dict.fromkeys([*have, *rec.languages]))
        if merged != have:
            changes["languages"] = (current[_LANGS], ",".join(merged))
    membership = current[_MEMBER]
    if rec.membership and rec.membership != membership:
        if membership in (None, "", "non-member") or overwrite:
            changes["membership"] = (membership, rec.membership)
    if rec.assessment is not None:
        old = current[_ASSESS]
        if old != rec.assessment and (old is None or old == "" or overwrite):
            changes["assessment"] = (old, rec.assessment)
    if rec.notes and rec.notes not in (current[_NOTES] or ""):
        old = current[_NOTES] or ""
        changes["notes"] = (old, f"{old}\n{rec.notes}" if old else rec.notes)
    # Consent flags: the more careful value always wins.
    if rec.ok_to_call is False and current[_CALL]:
        changes["ok_to_call"] = (current[_CALL], 0)
    if rec.ok_to_text is False and current[_TEXT]:
        changes["ok_to_text"] = (current[_TEXT], 0)
    if rec.do_not_contact and not current[_DNC]:
        changes["do_not_contact"] = (current[_DNC], 1)
    # Name order: the file's answer replaces the default (given first), another only when overwriting.
    order = current[_COL["name_order"]]
    if rec.name_order and rec.name_order != order and (order in (None, "", "given_first") or overwrite):
        changes["name_order"] = (order, rec.name_order)
    return changes


# ====================================================================== history, undo
@dataclass
class BatchInfo:
    id: int
    file_name: str
    sheet: str
    imported_at: datetime
    imported_by: str
    rows_read: int
    added: int
    merged: int
    skipped: int
    invalid: int
    undone_at: Optional[datetime]

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def list_batches(db: Database) -> list[BatchInfo]:
    with db.session() as s:
        return [
            BatchInfo(b.id, b.file_name, b.sheet, b.imported_at, b.imported_by, b.rows_read, b.added, b.merged,
                      b.skipped, b.invalid, b.undone_at)
            for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        ]


@dataclass
class UndoResult:
    removed: int  # people the import had created, now deleted
    reverted: int  # people whose merged changes were taken back


@gc_paused()
def undo_import(db: Database, batch_id: int, progress: Optional[ProgressFn] = None) -> UndoResult:
    """Take a whole import back, in one transaction. Changes made by hand since are kept: a merged
    field is only put back if it still holds the value the import wrote."""
    with db.write() as s:
        conn = s.connection()
        run = conn.exec_driver_sql
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That import is not in the history."))
        if batch.undone_at is not None:
            raise errors.UserError(QT_TRANSLATE_NOOP("Errors", "That import was already undone."))
        try:
            refs = json.loads(batch.created_refs or "{}")
        except ValueError:
            refs = {}
        entries = run("SELECT person_id, action, changes FROM import_batch_people WHERE batch_id = ?", (batch_id,)).fetchall()
        # People the import created: an id range with the batch's stamp (ids of people deleted
        # since may have been given to someone else: their created_at differs), or, in batches
        # written by earlier versions, one "created" row each.
        created = [pid for pid, action, _ in entries if action == "created"]
        span = refs.get("people")
        if isinstance(span, list) and len(span) == 3:
            created += [pid for (pid,) in run(
                "SELECT id FROM people WHERE id BETWEEN ? AND ? AND created_at = ?",
                (int(span[0]), int(span[1]), str(span[2]))).fetchall()]
        merged = [(pid, changes) for pid, action, changes in entries if action == "merged" and changes]
        total = max(1, len(created) + len(merged))
        for start in range(0, len(created), 900):
            chunk = created[start : start + 900]
            run(f"DELETE FROM people WHERE id IN ({','.join(str(int(p)) for p in chunk)})")
            if progress is not None:
                progress(start + len(chunk), total)
        reverted = 0
        for n, (pid, text) in enumerate(merged):
            try:
                changes = json.loads(text)
            except ValueError:
                continue
            touched = False
            for column, (old, new) in (changes.get("fields") or {}).items():
                if column not in _MERGE_COLUMNS:
                    continue
                result = run(f"UPDATE people SET {column} = ? WHERE id = ? AND {column} IS ?", (old, pid, new))
                touched = touched or bool(result.rowcount)
            for key, table, col in (("phones", "phones", "id"), ("assessments", "assessments", "id")):
                ids = [int(i) for i in changes.get(key) or []]
                if ids:
                    run(f"DELETE FROM {table} WHERE person_id = ? AND {col} IN ({','.join(map(str, ids))})", (pid,))
                    touched = True
            for tid in changes.get("tags") or []:
                run("DELETE FROM person_tags WHERE person_id = ? AND tag_id = ?", (pid, int(tid)))
                touched = True
            reverted += touched
            if progress is not None and n % 1000 == 0:
                progress(len(created) + n, total)
        # Places and tags the import created, if nothing uses them any more.
        for tid in refs.get("tags", []):
            run("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM person_tags WHERE tag_id = ?)", (tid, tid))
        for sid in refs.get("shifts", []):
            run("DELETE FROM shifts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE shift_id = ?)", (sid, sid))
        for did in refs.get("departments", []):
            run("DELETE FROM departments WHERE id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE department_id = ?)",
                (did, did))
        for wid in refs.get("workplaces", []):
            run("DELETE FROM workplaces WHERE id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE workplace_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM committees WHERE workplace_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM departments WHERE workplace_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM shifts WHERE workplace_id = ?)", (wid, wid, wid, wid, wid))
        run("DELETE FROM import_batch_people WHERE batch_id = ?", (batch_id,))
        batch.undone_at = utcnow()
    log.info("import undone: %d removed, %d reverted", len(created), reverted)
    return UndoResult(len(created), reverted)


# ====================================================================== one call
def _read_with_roster(db: Database, path: str | Path, sheet: Optional[str]) -> tuple[SourceTable, RosterKeys]:
    """:func:`read_table` here while :func:`read_roster_keys` runs on a thread (its queries are
    single SQLite steps, without the GIL), then the keys."""
    import threading

    box: dict[str, Any] = {}

    def read() -> None:
        try:
            box["read"] = read_roster_keys(db)
        except BaseException as exc:  # noqa: BLE001 - raised again below, in the calling thread
            box["error"] = exc

    reader = threading.Thread(target=read, name="import-roster-keys", daemon=True)
    reader.start()
    try:
        table = read_table(path, sheet)
    finally:
        reader.join()
    if "error" in box:
        raise box["error"]
    return table, build_roster_keys(box.pop("read"))


@gc_paused()  # one pause around all the steps: each step's own pause would end in a collection
def import_file(
    db: Database,
    path: str | Path,
    sheet: Optional[str] = None,
    on_duplicate: str = MERGE,
    dry_run: bool = False,
    mapping: Optional[Mapping] = None,
    imported_by: str = "",
    overwrite_conflicts: bool = False,
    progress: Optional[ProgressFn] = None,
    table: Optional[SourceTable] = None,
) -> tuple[ImportPlan, ImportResult]:
    """Read, map (remembered or guessed), plan and (unless ``dry_run``) apply: what the CLI runs.

    The rows are written as they are planned, a chunk at a time (``plan_import(on_chunk=...)``):
    SQLite writes one chunk on the statement thread while this one plans the next. The result is
    the same as :func:`apply_import` of the whole plan (tests/test_import.py checks it)."""
    # The roster's keys before the write transaction (the read uses its own, pooled, connection);
    # SQLite reads them on a thread while this one reads the file.
    if table is None:  # (the CLI reads it first, to show the mapping)
        table, roster = _read_with_roster(db, path, sheet)
    else:
        roster = load_roster_keys(db)
    if mapping is None:
        mapping, _ = mapping_for(db, table.headers)
    if dry_run:
        plan = plan_import(table, mapping, db, on_duplicate=on_duplicate, roster=roster, release_rows=True,
                           names=False)
        c = plan.counts()
        return plan, ImportResult(None, c["read"], c["added"], c["merged"], c["skipped"], c["invalid"], dry_run=True)
    read = len(table.rows)
    with _applying(db, read, sheet=table.sheet, file_name=Path(path).name, imported_by=imported_by,
                   overwrite_conflicts=overwrite_conflicts, progress=progress, total_steps=read) as applier:
        plan = plan_import(table, mapping, db, on_duplicate=on_duplicate, roster=roster, release_rows=True,
                           names=False, on_chunk=applier.feed)
        result = applier.finish(len(plan.rows), plan.table, plan.mapping, remember=True)
    return plan, result


def mapped_fields(mapping: Mapping) -> set[str]:
    return {c for c in mapping.columns if c}


def describe_mapping(headers: Sequence[str], mapping: Mapping) -> list[tuple[str, str]]:
    return [(h, FIELD_LABELS.get(k, "") if k else "") for h, k in zip(headers, mapping.columns)]


__all__ = [
    "ImportBatch", "ImportBatchPerson", "ImportMapping", "SourceTable", "Mapping", "ImportPlan", "PlanRow",
    "ImportResult", "BatchInfo", "UndoResult", "read_table", "sheet_names", "guess_mapping", "mapping_for",
    "remembered_mapping", "remember_mapping", "plan_import", "apply_import", "undo_import", "list_batches",
    "import_file", "FIELDS", "e164", "Problem", "bench_import", "name_key",
]


# ====================================================================== benchmark
@gc_paused()
def bench_import(db: Database, csv_path: str | Path, on_duplicate: str = MERGE, undo: bool = False) -> dict[str, float]:
    """Time one import of ``csv_path`` into ``db`` (for ``make bench``): seconds of wall and CPU
    time per step (read, plan, apply) and in total, the counts, and the process's peak memory in
    MB (``ru_maxrss``: meaningful in a fresh process). With ``undo`` the import is taken back
    afterwards (not timed), so the database ends as it was (apart from the batch history)."""
    import resource

    figures: dict[str, float] = {}
    marks = [(_time.perf_counter(), _time.process_time())]
    table = read_table(csv_path)
    marks.append((_time.perf_counter(), _time.process_time()))
    mapping, _ = mapping_for(db, table.headers)
    plan = plan_import(table, mapping, db, on_duplicate=on_duplicate, release_rows=True, names=False)
    marks.append((_time.perf_counter(), _time.process_time()))
    result = apply_import(db, plan, file_name=Path(csv_path).name, remember=False)
    marks.append((_time.perf_counter(), _time.process_time()))
    for step, (before, after) in zip(("read", "plan", "apply"), zip(marks, marks[1:])):
        figures[f"{step}_wall"] = after[0] - before[0]
        figures[f"{step}_cpu"] = after[1] - before[1]
    figures["total_wall"] = marks[-1][0] - marks[0][0]
    figures["total_cpu"] = marks[-1][1] - marks[0][1]
    figures.update({k: float(v) for k, v in result.as_dict().items()})
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del plan, table
    if undo and result.batch_id is not None:
        undo_import(db, result.batch_id)
    return figures
