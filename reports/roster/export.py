"""Exporting the roster (whole or a selection) to CSV and XLSX, safely.

* Formula injection: a value starting with ``=``, ``+``, ``-``, ``@``, tab or CR is never a
  formula. In XLSX every cell is written as text (a leading ``=`` is forced to a string cell); in
  CSV such a value gets a leading apostrophe (OWASP's advice), which the importer takes off again.
* Atomic (reports/core/atomic.py): a failed or cancelled export leaves no half file and keeps any
  earlier file of the same name; 0600 on POSIX.
* Constant memory: people are read in chunks of ids and streamed out; XLSX uses openpyxl's
  write-only mode (with lxml installed).
* The columns are ones the importer recognizes, so export -> import gives the same people.
* The XLSX prints (reports/core/sheet_print.py): fit to a page wide, landscape, the header row on every
  page, a confidential footer. Its Assessment column comes last, outside the print area: a
  printed roster never shows how people were assessed.
"""

from __future__ import annotations

import csv
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from models.core import audit, dialect, errors
from models.core.db import Database
from models.core.gc_pause import gc_paused
from models.core.errors import QT_TRANSLATE_NOOP

from reports.core.atomic import atomic_write
from models.roster import people as roster
from models.roster.index import RosterFilter, RosterIndex, make_rows

if TYPE_CHECKING:
    from reports.core.sheet_print import PrintLabels

ProgressFn = Callable[[int, int], None]
CHUNK = 5000
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BASE_COLUMNS_BEFORE = ["First name", "Last name", "Preferred name"]
UNPRINTED = "Assessment"  # in the XLSX: the last column, outside the print area
# The XLSX prints the columns a person needs on paper — names, phones, email, languages,
# workplace, department, shift, job, membership — up to this one; the rest (tags, notes,
# consent, address, ids) stay outside the print area, so the text prints at a readable size.
LAST_PRINTED = "Membership"
BASE_COLUMNS_AFTER = ["Email", "Languages", "Workplace", "Department", "Shift", "Job title", "Membership",
                      "Assessment", "Tags", "Notes", "OK to call", "OK to text", "Do not contact", "Name order"]
# Added later, at the end, so the columns above keep their places. Consent is yes, no or unknown.
# "Phone labels" ("cell, home": each phone's label, in order) makes export -> import exact.
LATER_COLUMNS = ["OK to email", "Consent source", "Consent date", "Street", "City", "State / region",
                 "Postal code", "Country (postal)", "External ID", "Email 2", "Hire date", "Phone labels"]


# Column widths in the xlsx (characters), by the header's first word; others get 14.
COLUMN_WIDTHS = {"First": 16, "Last": 18, "Preferred": 16, "Phone": 17, "Email": 28, "Languages": 11,
                 "Workplace": 30, "Department": 18, "Shift": 12, "Job": 18, "Membership": 12, "Assessment": 11,
                 "Tags": 20, "Notes": 40, "OK": 10, "Do": 14, "Name": 13, "Consent": 20, "Street": 26, "City": 16,
                 "Postal": 11, "Country": 14, "External": 12, "Hire": 11}


@dataclass
class ExportResult:
    path: Path
    people: int
    seconds: float


def neutralize_csv(value: str) -> str:
    """A CSV cell no spreadsheet will run as a formula."""
    if value and value[0] in FORMULA_TRIGGERS:
        return "'" + value
    return value


def _max_phones(conn, ids: Optional[list[int]]) -> int:
    if ids is not None and not ids:
        return 1
    if ids is None:
        value = conn.exec_driver_sql(
            "SELECT max(c) FROM (SELECT count(*) AS c FROM phones GROUP BY person_id) AS counts").scalar()
    else:
        value = 0
        for start in range(0, len(ids), 900):
            chunk = ",".join(str(int(i)) for i in ids[start : start + 900])
            found = conn.exec_driver_sql(
                f"SELECT max(c) FROM (SELECT count(*) AS c FROM phones WHERE person_id IN ({chunk}) "
                "GROUP BY person_id) AS counts"
            ).scalar()
            value = max(value, found or 0)
    return max(1, int(value or 0))


def headers_for(phone_columns: int) -> list[str]:
    phones = ["Phone"] if phone_columns == 1 else [f"Phone {i}" for i in range(1, phone_columns + 1)]
    return BASE_COLUMNS_BEFORE + phones + BASE_COLUMNS_AFTER + LATER_COLUMNS


def _text(column: str, neutral: bool) -> str:
    if not neutral:
        return column
    # (the tab and the carriage return are written into the SQL as they are: both stores take them)
    return (f"CASE WHEN substr({column}, 1, 1) IN ('=', '+', '-', '@', '\t', '\r') "
            f"THEN '''' || {column} ELSE {column} END")


def _consent(column: str) -> str:
    """yes / no / unknown (NULL): unknown is never written as yes or no."""
    return f"CASE WHEN {column} THEN 'yes' WHEN NOT {column} THEN 'no' ELSE 'unknown' END"


def _people_columns(neutral: bool) -> str:
    def t(column: str) -> str:
        return _text(column, neutral)

    return (
        f"id, {t('first_name')}, {t('last_name')}, {t('preferred_name')}, {t('email')}, {t('languages')}, "
        f"workplace_id, department_id, shift_id, {t('job_title')}, membership, "
        "coalesce(CAST(assessment AS TEXT), ''), "
        f"{t('notes')}, {_consent('ok_to_call')}, {_consent('ok_to_text')}, {_consent('do_not_contact')}, "
        "CASE WHEN name_order = 'family_first' THEN 'family first' ELSE 'given first' END, "
        f"{_consent('ok_to_email')}, {t('consent_source')}, coalesce(substr(CAST(consent_date AS TEXT), 1, 19), ''), "
        f"{t('street')}, {t('city')}, {t('region')}, {t('postal_code')}, {t('country')}, {t('external_id')}, "
        f"{t('email2')}, coalesce(CAST(hire_date AS TEXT), '')"
    )


def iter_rows(db: Database, person_ids: Optional[list[int]] = None,
              progress: Optional[ProgressFn] = None, neutral: bool = False) -> tuple[list[str], int, Iterator[list]]:
    """(headers, total, rows): rows are lists of text cells, streamed chunk by chunk in one read
    transaction. ``neutral`` prefixes formula-like values with an apostrophe (for CSV), in SQL."""
    ids = sorted(set(int(i) for i in person_ids)) if person_ids is not None else None
    with db.engine.connect() as conn:
        total = len(ids) if ids is not None else (conn.exec_driver_sql("SELECT count(*) FROM people").scalar() or 0)
        phone_columns = _max_phones(conn, ids)
    headers = headers_for(phone_columns)
    people_columns = _people_columns(neutral)
    phone_sql = _text("raw", neutral)

    def same(value: str) -> str:
        return value

    neutral_py = neutralize_csv if neutral else same

    def fetch_chunks(out: "queue.Queue", stop: threading.Event) -> None:
        """Producer thread: SQLCipher decrypts pages without holding the GIL, so reading the next
        chunk overlaps with formatting and writing the previous one (the queue bounds memory)."""

        def put(item) -> bool:
            while not stop.is_set():
                try:
                    out.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        try:
            with db.engine.connect() as conn:
                dialect.read_snapshot(conn)  # opens the read transaction: one consistent snapshot

                def run(sql: str, params: tuple = ()) -> list:
                    return conn.exec_driver_sql(sql, params).fetchall()

                names = (
                    {k: neutral_py(v) for k, v in run("SELECT id, name FROM workplaces")},
                    {k: neutral_py(v) for k, v in run("SELECT id, name FROM departments")},
                    {k: neutral_py(v) for k, v in run("SELECT id, name FROM shifts")},
                    dict(run("SELECT id, name FROM tags")),
                )
                if not put(("names", names)):
                    return
                last_id = 0
                position = 0
                while not stop.is_set():
                    if ids is None:
                        people = dialect.bulk_rows(conn, people_columns,
                                                   "SELECT * FROM people WHERE id > ? ORDER BY id LIMIT ?",
                                                   (last_id, CHUNK), order_by="id")
                        if not people:
                            break
                        where, params = "person_id BETWEEN ? AND ?", (people[0][0], people[-1][0])
                    else:
                        chunk_ids = ids[position : position + CHUNK]
                        position += CHUNK
                        if not chunk_ids:
                            break
                        in_list = ",".join(map(str, chunk_ids))
                        people = dialect.bulk_rows(conn, people_columns,
                                                   f"SELECT * FROM people WHERE id IN ({in_list})", order_by="id")
                        where, params = f"person_id IN ({in_list})", ()
                    phone_rows = dialect.bulk_rows(conn, f"person_id, {phone_sql}, label",
                                                   f"SELECT * FROM phones WHERE {where}", params,
                                                   order_by="person_id, position")
                    tag_rows = dialect.bulk_rows(conn, "person_id, tag_id", f"SELECT * FROM person_tags WHERE {where}",
                                                 params)
                    if not put(("chunk", (people, phone_rows, tag_rows))):
                        return
                    if people:
                        last_id = people[-1][0]
            put(("end", None))
        except BaseException as exc:  # handed to the consumer, which raises it
            put(("error", exc))

    def generate() -> Iterator[list]:
        chunks: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()
        worker = threading.Thread(target=fetch_chunks, args=(chunks, stop), name="export-reader", daemon=True)
        worker.start()
        try:
            kind, payload = chunks.get()
            if kind == "error":
                raise payload
            workplaces, departments, shifts, tag_names = payload
            wp_get, dept_get, shift_get = workplaces.get, departments.get, shifts.get
            empty: list[str] = []
            blanks = [""] * phone_columns
            done = 0
            while True:
                kind, payload = chunks.get()
                if kind == "end":
                    break
                if kind == "error":
                    raise payload
                people, phone_rows, tag_rows = payload
                phones: dict[int, list[str]] = {}
                labels: dict[int, list[str]] = {}
                for pid, raw, phone_label in phone_rows:
                    if pid in phones:
                        phones[pid].append(raw)
                        labels[pid].append(phone_label)
                    else:
                        phones[pid], labels[pid] = [raw], [phone_label]
                tags: dict[int, list[str]] = {}
                for pid, tid in tag_rows:
                    tags.setdefault(pid, []).append(tag_names.get(tid, ""))
                for (pid, first, last, preferred, email, languages, wp, dept, shift, job, membership,
                     assessment, notes, ok_call, ok_text, dnc, name_order, *later) in people:
                    person_phones = phones.get(pid, empty)
                    if len(person_phones) != phone_columns:
                        person_phones = (person_phones + blanks)[:phone_columns]
                    person_tags = tags.get(pid)
                    tag_text = ""
                    if person_tags:
                        tag_text = neutral_py(", ".join(sorted(person_tags, key=str.casefold)))
                    person_labels = labels.get(pid)
                    label_text = neutral_py(", ".join(person_labels)) if person_labels and any(person_labels) else ""
                    yield [first, last, preferred, *person_phones, email, languages, wp_get(wp, ""),
                           dept_get(dept, ""), shift_get(shift, ""), job, membership, assessment, tag_text,
                           notes, ok_call, ok_text, dnc, name_order, *later, label_text]
                done += len(people)
                if progress is not None:
                    progress(done, total)
        finally:
            stop.set()
            worker.join()

    return headers, total, generate()


def export_people(db: Database, out: str | Path, person_ids: Optional[Iterable[int]] = None,
                  progress: Optional[ProgressFn] = None, printed: Optional["PrintLabels"] = None) -> ExportResult:
    """Write ``out`` (.csv or .xlsx) with everyone, or only ``person_ids``. ``printed``: the
    footer's words when the XLSX is printed (the UI's language; English by default)."""
    out = Path(out)
    kind = out.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "Export to a file ending in .csv or .xlsx."),
            QT_TRANSLATE_NOOP("Errors", "Choose a file name with one of those endings."),
        )
    started = time.perf_counter()
    ids = list(person_ids) if person_ids is not None else None
    headers, total, rows = iter_rows(db, ids, progress, neutral=kind == ".csv")
    try:
        with atomic_write(out) as tmp, gc_paused():
            count = _write_csv(tmp, headers, rows) if kind == ".csv" else _write_xlsx(tmp, headers, rows, printed, total)
    finally:
        rows.close()  # type: ignore[attr-defined]
    # Like call sheets and the turnout report: who exported how many people (a count, no names).
    audit.record_after_file(db, "exported", "roster-export", count=count)
    return ExportResult(out, count, time.perf_counter() - started)


def _write_csv(path: Path, headers: list[str], rows: Iterator[list]) -> int:
    """Cells arrive already neutralized (in SQL: see iter_rows(neutral=True))."""
    count = 0
    # UTF-8 with a BOM: Excel then reads accents and other scripts correctly.
    with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle)
        writer.writerow(headers)
        batch: list[list] = []
        for cells in rows:
            batch.append(cells)
            if len(batch) >= 2000:
                writer.writerows(batch)
                count += len(batch)
                batch = []
        writer.writerows(batch)
        count += len(batch)
    return count


def _write_xlsx(path: Path, headers: list[str], rows: Iterator[list], printed: Optional["PrintLabels"] = None,
                total: Optional[int] = None) -> int:
    from openpyxl import Workbook  # lazy: openpyxl loads only for an .xlsx export
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    # lazy: sheet_print loads openpyxl: only for an .xlsx export
    from reports.core.sheet_print import font, set_print_area, setup_sheet, use_named_font

    secret = headers.index(UNPRINTED)  # moved last, outside the print area
    headers = headers[:secret] + headers[secret + 1:] + [UNPRINTED]
    wb = Workbook(write_only=True)
    use_named_font(wb)
    ws = wb.create_sheet("People")
    ws.freeze_panes = "A2"
    widths = [COLUMN_WIDTHS.get(title.split(" ")[0], 14) for title in headers]
    for col, width in enumerate(widths, start=1):  # (write-only: widths before the first row)
        ws.column_dimensions[get_column_letter(col)].width = width
    printed_columns = headers.index(LAST_PRINTED) + 1
    setup_sheet(ws, columns=printed_columns, rows=(total or 0) + 1, labels=printed, landscape=True, widths=widths)
    bold = font(bold=True)
    header_cells = []
    for title in headers:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    illegal = ILLEGAL_CHARACTERS_RE
    count = 0
    try:
        for cells in rows:
            cells.append(cells.pop(secret))
            out = []
            for value in cells:
                if value and (value[0] == "=" or illegal.search(value)):
                    value = illegal.sub("", value)
                    if value.startswith("="):
                        # openpyxl would store it as a formula: force a plain text cell.
                        cell = WriteOnlyCell(ws, value=value)
                        cell.data_type = "s"
                        value = cell
                out.append(value)
            ws.append(out)
            count += 1
    except BaseException:
        _discard(ws)
        raise
    set_print_area(ws, columns=printed_columns, rows=count + 1)
    wb.save(path)
    return count


def _discard(ws) -> None:
    """After a failure or cancel: end openpyxl's sheet stream cleanly and delete its temp file
    (it holds personal data, outside our atomic temp file)."""
    writer = ws._writer
    try:
        ws.close()
    except Exception:  # the stream may already be broken; the temp file still goes
        pass
    if writer is not None:
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass


# ----------------------------------------------------------------- selection
def select_ids(db: Database, workplace_id: Optional[int] = None, committee_id: Optional[int] = None,
               tag: Optional[str] = None, search: str = "") -> Optional[list[int]]:
    """Ids matching every filter given (None = no filter at all, i.e. everyone)."""
    if workplace_id is None and committee_id is None and not tag and not search.strip():
        return None

    wanted: Optional[set[int]] = None

    def narrow(found: set[int]) -> None:
        nonlocal wanted
        wanted = found if wanted is None else wanted & found

    if workplace_id is not None:
        with db.engine.connect() as conn:
            narrow({r[0] for r in conn.exec_driver_sql("SELECT id FROM people WHERE workplace_id = ?", (workplace_id,))})
    if committee_id is not None:
        narrow(roster.committee_member_ids(db, committee_id))
    if tag:
        narrow(roster.tag_member_ids(db, tag))
    if search.strip():
        data = roster.load_roster_rows(db, sorted(wanted) if wanted is not None else None)
        index = RosterIndex(make_rows(data))
        narrow({index.rows[i].id for i in index.filter(RosterFilter(text=search))})
    return sorted(wanted or set())


def bench_export(db: Database, folder: str | Path) -> dict[str, float]:
    """Time CSV and XLSX export against openpyxl write-only writing the same cells (seconds)."""
    from openpyxl import Workbook  # lazy: openpyxl loads only for an .xlsx export

    folder = Path(folder)
    figures = {}
    started = time.perf_counter()
    export_people(db, folder / "bench.csv")
    figures["csv"] = time.perf_counter() - started
    started = time.perf_counter()
    export_people(db, folder / "bench.xlsx")
    figures["xlsx"] = time.perf_counter() - started
    headers, _, rows = iter_rows(db)
    cells = list(rows)
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("People")
    ws.append(headers)
    for row in cells:
        ws.append(row)
    wb.save(folder / "baseline.xlsx")
    figures["xlsx_openpyxl_baseline"] = time.perf_counter() - started
    return figures
