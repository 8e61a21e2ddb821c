"""Reading: a file as it really is (encodings, delimiters, header row not on line 1, the sheet of
a workbook) into a :class:`SourceTable` of text cells. Never writes anything."""

from __future__ import annotations

import csv
import io
import operator
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time as dtime
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from models.core import errors
from . import file_kind, vcard
from . import spreadsheet_guard as guard
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.gc_pause import gc_paused
from models.core.text import fold
from .mapping import _guess_field
from .messages import MSG_CP1252, MSG_UNREADABLE, Problem, ProgressFn, _problem


DELIMITERS = (",", ";", "\t", "|")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
MAX_CELL = 5000  # characters kept per cell (notes longer than that are cut, with a warning)
SHEET_PROBE_ROWS = 60  # rows of each sheet looked at to find the one that holds the table


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
    kind: str = "table"  # "vcard": one contact per row, header_row 0 (the file has no header row)


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
    """Read a CSV/TSV/TXT, XLSX or vCard file into a :class:`SourceTable` (never writes anything).
    What the file is comes from its content (models/importing/file_kind.py), not its name; a PDF, a Word
    file, an old .xls, an image or a program is refused with a message saying what it is."""
    path = Path(path)
    if not path.is_file():
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The file to import was not found."),
            QT_TRANSLATE_NOOP("Errors", "Check the file name and folder."),
        )
    try:
        kind, format_name = file_kind.sniff(path)
        if not kind.readable:
            raise file_kind.refuse(kind, format_name)
        if kind is file_kind.Kind.XLSX:
            return _read_xlsx(path, sheet, progress)
        guard.check_text_file(path)
        data = path.read_bytes()
    except OSError:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The file to import could not be read."),
            QT_TRANSLATE_NOOP("Errors", "Check that it is not open in another program and that you may read it."),
        ) from None
    if kind is file_kind.Kind.VCARD:
        return read_vcard_bytes(data, path.name)
    return read_csv_bytes(data, path.name)


def read_vcard_bytes(data: bytes, file_name: str = "") -> SourceTable:
    """A vCard file (2.1, 3.0, 4.0): one row per contact, under headers the mapping knows."""
    guard.check_csv_bytes(data)
    text, encoding = decode_bytes(data)
    del data
    cards = vcard.read_vcards(text)
    table = SourceTable(file_name, cards.headers, cards.rows, header_row=0, encoding=encoding, kind="vcard")
    table.notices = [_problem(template, warning=True) for template in cards.notices]
    if encoding == "cp1252":
        table.notices.append(_problem(MSG_CP1252, warning=True))
    for number, templates in cards.row_problems.items():
        table.row_problems[number] = [_problem(template, warning=True) for template in templates]
    return table


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
    import openpyxl  # lazy: openpyxl loads only when a spreadsheet is read

    guard.check_xlsx(path)
    try:
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
        # A workbook under another name (openpyxl goes by the name): read from memory; its
        # unpacked size was bounded just above.
        return openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
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
        chosen = _table_sheet(wb, names)
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


def _table_sheet(wb: Any, names: list[str]) -> str:
    """The sheet that holds the table: workbooks often start with a cover letter or end with notes.

    Each sheet is scored on its first rows: how much its best row looks like a header (known
    column names) and how many rows follow it. Ties go to the first sheet."""
    best, best_score = names[0], -1.0
    for name in names:
        rows = [[cell_text(v) for v in values] for _n, values in _sheet_rows(wb[name], max_row=SHEET_PROBE_ROWS)]
        filled = [i for i, cells in enumerate(rows) if any(c.strip() for c in cells)]
        if not filled:
            continue
        header_at, header = max(((i, _header_score(rows[i])) for i in filled[:30]), key=lambda pair: pair[1])
        following = sum(1 for i in filled if i > header_at)
        score = header + 2 * following
        if score > best_score:
            best, best_score = name, score
    return best


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
    while out and _is_totals_row(out[-1][1]):  # "Total employees: 212" under an employer's list
        out.pop()
    return SourceTable(file_name=file_name, headers=headers, rows=out, header_row=header_number)


_TOTALS = re.compile(r"(grand )?totals?\b|totales?\b|suma\b|count\b|number of\b", re.IGNORECASE)


def _is_totals_row(cells: Sequence[str]) -> bool:
    """A summary line at the bottom of a table: it starts with "Total..." and has few cells."""
    filled = [c.strip() for c in cells if c.strip()]
    return 0 < len(filled) <= 3 and bool(_TOTALS.match(fold(filled[0])))
