"""The floors: the same work done by the bare libraries (sqlcipher3, csv, openpyxl, reportlab, Qt).

No app code here on purpose: each function is what a competent programmer would write with the
library alone, reading the same encrypted file and writing the same cells, rows or text.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import sqlcipher3

PEOPLE_SQL = (
    "SELECT id, first_name, last_name, preferred_name, email, languages, workplace_id, department_id, shift_id, "
    "job_title, membership, assessment, notes, ok_to_call, ok_to_text, do_not_contact FROM people ORDER BY id"
)


def connect(path: Path, passphrase: str) -> "sqlcipher3.Connection":
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # as the app's connections (models/core/db.py)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


# ------------------------------------------------------------------ roster
def roster_tuples(conn) -> tuple[list, list]:
    people = conn.execute(PEOPLE_SQL).fetchall()
    phones = conn.execute("SELECT person_id, position, raw, e164 FROM phones").fetchall()
    return people, phones


def substring_scan(haystacks: list[str], word: str) -> list[int]:
    return [i for i, h in enumerate(haystacks) if word in h]


def person_queries(conn, pid: int) -> tuple:
    person = conn.execute("SELECT * FROM people WHERE id = ?", (pid,)).fetchone()
    phones = conn.execute("SELECT * FROM phones WHERE person_id = ? ORDER BY position", (pid,)).fetchall()
    tags = conn.execute("SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = ?",
                        (pid,)).fetchall()
    history = conn.execute("SELECT * FROM assessments WHERE person_id = ? ORDER BY assessed_at", (pid,)).fetchall()
    committees = conn.execute("SELECT c.name, m.role FROM committee_members m JOIN committees c ON c.id = m.committee_id "
                              "WHERE m.person_id = ?", (pid,)).fetchall()
    return person, phones, tags, history, committees


def person_dialog(detail: tuple):
    """A bare QDialog with the editor's fields filled in (the widget floor of 'open a person')."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit

    person, phones, tags, _history, _committees = detail
    dialog = QDialog()
    form = QFormLayout(dialog)
    for value in (person[1], person[2], person[3], person[4], person[5], person[9]):
        form.addRow("x", QLineEdit(str(value)))
    for phone in phones or [(None, None, None, "")]:
        form.addRow("x", QLineEdit(phone[3]))
    for _ in range(5):
        box = QComboBox()
        box.addItems(["a", "b", "c", "d", "e"])
        form.addRow("x", box)
    form.addRow("x", QLineEdit(", ".join(t[0] for t in tags)))
    form.addRow("x", QPlainTextEdit(person[12]))
    for _ in range(3):
        form.addRow("x", QCheckBox("x"))
    return dialog


# ------------------------------------------------------------------ import
def import_rows(conn, csv_path: Path) -> int:
    """csv.reader + executemany of the same rows into people and phones, one transaction."""
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    start = conn.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0] + 1
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    people = [(start + i, r[0], r[1], "", r[3], r[5], r[6], int(r[7]) if r[7] else None, now, now)
              for i, r in enumerate(rows)]
    phones = [(start + i, 0, r[2], "", "") for i, r in enumerate(rows) if r[2]]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO people (id, first_name, last_name, preferred_name, email, languages, job_title, membership, "
        "assessment, notes, ok_to_call, ok_to_text, do_not_contact, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, '', 1, 1, 0, ?, ?)", people)
    conn.executemany("INSERT INTO phones (person_id, position, raw, e164, label) VALUES (?, ?, ?, ?, ?)", phones)
    conn.execute("COMMIT")
    return len(rows)


# ------------------------------------------------------------------ export
def export_cells(conn) -> list[list]:
    """The export's cells with plain SQL: people, their phones, names of workplace/department/shift."""
    names = {table: dict(conn.execute(f"SELECT id, name FROM {table}").fetchall())
             for table in ("workplaces", "departments", "shifts")}
    phones: dict[int, list[str]] = {}
    for pid, raw in conn.execute("SELECT person_id, raw FROM phones ORDER BY person_id, position"):
        phones.setdefault(pid, []).append(raw)
    wp, dept, shift = names["workplaces"], names["departments"], names["shifts"]
    out = []
    for (pid, first, last, pref, email, langs, w, d, s, job, member, assess, notes, ok_call, ok_text, dnc) in conn.execute(PEOPLE_SQL):
        p = phones.get(pid, [])
        out.append([first, last, pref, p[0] if p else "", p[1] if len(p) > 1 else "", email, langs, wp.get(w, ""),
                    dept.get(d, ""), shift.get(s, ""), job, member, "" if assess is None else str(assess), "", notes,
                    "yes" if ok_call else "no", "yes" if ok_text else "no", "yes" if dnc else "no"])
    return out


def write_csv(cells: list[list], out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["h"] * len(cells[0]))
        writer.writerows(cells)


def write_xlsx(cells: list[list], out: Path, title: str = "People") -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    ws.append(["h"] * len(cells[0]))
    for row in cells:
        ws.append(row)
    wb.save(out)


# ------------------------------------------------------------------ call list / phone bank
def call_list(conn, list_id: int, workplace_ids: list[int]) -> int:
    marks = ",".join("?" * len(workplace_ids))
    ids = [pid for (pid,) in conn.execute(
        f"SELECT p.id FROM people p WHERE p.workplace_id IN ({marks}) AND p.do_not_contact = 0 AND p.ok_to_call = 1 "
        "AND EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id)", workplace_ids)]
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO call_list_entries (list_id, person_id, position, added_at, attempts) "
                     "VALUES (?, ?, ?, ?, 0)", [(list_id, pid, i + 1, now) for i, pid in enumerate(ids)])
    conn.execute("COMMIT")
    return len(ids)


def next_person(conn, list_id: int, caller_id: int) -> tuple:
    """The same queries as the phone-bank screen: a due call-back, else the next never-called
    entry (one indexed range each), then the person's card (person, phones, script, this event's
    attempts, other events' calls and check-ins)."""
    base = ("SELECT e.id FROM call_list_entries e JOIN people p ON p.id = e.person_id WHERE e.list_id = ? "
            "AND p.do_not_contact = 0 AND p.ok_to_call = 1 AND e.caller_id = ?")
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    entry = conn.execute(base + " AND e.last_outcome = 'callback' AND e.callback_at <= ? ORDER BY e.callback_at LIMIT 1",
                         (list_id, caller_id, now)).fetchone()
    if entry is None:
        entry = conn.execute(base + " AND e.last_outcome IS NULL ORDER BY e.position LIMIT 1", (list_id, caller_id)).fetchone()
    row = conn.execute(
        "SELECT e.id, l.event_id, p.id, p.first_name, p.last_name, w.name, d.name, sh.name FROM call_list_entries e "
        "JOIN call_lists l ON l.id = e.list_id JOIN people p ON p.id = e.person_id "
        "LEFT JOIN workplaces w ON w.id = p.workplace_id LEFT JOIN departments d ON d.id = p.department_id "
        "LEFT JOIN shifts sh ON sh.id = p.shift_id WHERE e.id = ?", (entry[0],)).fetchone()
    event_id, pid = row[1], row[2]
    phones = conn.execute("SELECT raw, label FROM phones WHERE person_id = ? ORDER BY position", (pid,)).fetchall()
    scripts = conn.execute("SELECT language, text FROM event_scripts WHERE event_id = ?", (event_id,)).fetchall()
    attempts = conn.execute("SELECT c.called_at, c.outcome, k.first_name FROM calls c LEFT JOIN people k "
                            "ON k.id = c.caller_id WHERE c.event_id = ? AND c.person_id = ?", (event_id, pid)).fetchall()
    past = conn.execute("SELECT ev.id, ev.name, c.outcome FROM calls c JOIN events ev ON ev.id = c.event_id "
                        "WHERE c.person_id = ? AND c.event_id != ?", (pid, event_id)).fetchall()
    came = conn.execute("SELECT ev.id FROM checkins k JOIN events ev ON ev.id = k.event_id "
                        "WHERE k.person_id = ? AND k.event_id != ?", (pid, event_id)).fetchall()
    return row, phones, scripts, attempts, past, came


# ------------------------------------------------------------------ PDFs
def sheet_rows(conn, event_id: int) -> list[tuple]:
    rows = conn.execute(
        "SELECT e.id, e.caller_id, p.first_name, p.last_name, p.languages, "
        "(SELECT raw FROM phones ph WHERE ph.person_id = p.id ORDER BY position LIMIT 1) "
        "FROM call_list_entries e JOIN call_lists l ON l.id = e.list_id JOIN people p ON p.id = e.person_id "
        "WHERE l.event_id = ? AND (e.last_outcome IS NULL OR e.last_outcome IN ('left-message', 'no-answer', 'callback')) "
        "ORDER BY e.caller_id, e.position", (event_id,)).fetchall()
    return rows


def call_sheets_pdf(rows: list[tuple], out: Path) -> int:
    """reportlab canvas: one line per person with boxes for the answer, 30 rows a page, TTF embedded."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    from reports.core.fonts import SANS, SANS_BOLD as BOLD, register_fonts

    register_fonts()
    c = Canvas(str(out), pagesize=letter, pageCompression=1)
    width, height = letter
    pages = 0
    for start in range(0, len(rows), 30):
        c.setFont(BOLD, 12)
        c.drawString(36, height - 40, "Call sheet")
        y = height - 70
        c.setFont(SANS, 9)
        for entry, _caller, first, last, langs, phone in rows[start:start + 30]:
            c.drawString(36, y, str(entry))
            c.drawString(80, y, f"{first} {last}")
            c.drawString(260, y, phone or "")
            c.drawString(360, y, langs)
            for k in range(8):
                c.rect(400 + k * 20, y - 2, 12, 12)
            c.line(36, y - 6, width - 36, y - 6)
            y -= 22
        c.showPage()
        pages += 1
    c.save()
    return pages


def turnout_cells(conn, event_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT c.id, c.called_at, c.entry_id, p.first_name || ' ' || p.last_name, w.name, d.name, s.name, "
        "c.caller_id, c.outcome, c.callback_at, c.flagged, c.source, "
        "EXISTS (SELECT 1 FROM checkins k WHERE k.event_id = c.event_id AND k.person_id = c.person_id), c.note "
        "FROM calls c JOIN people p ON p.id = c.person_id LEFT JOIN workplaces w ON w.id = p.workplace_id "
        "LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN shifts s ON s.id = p.shift_id "
        "WHERE c.event_id = ? ORDER BY c.called_at, c.id", (event_id,)).fetchall()


def leaflet_pdf(lines: list[tuple[bool, str]], out: Path) -> None:
    """reportlab with two embedded TTF faces (regular and bold) drawing the same text, wrapped."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from reports.core.fonts import SANS, SANS_BOLD as BOLD, register_fonts

    register_fonts()
    c = Canvas(str(out), pagesize=letter, pageCompression=1)
    width, height = letter
    y = height - 54
    for bold, text in lines:
        face, size = (BOLD, 16) if bold else (SANS, 11)
        for line in simpleSplit(text, face, size, width - 108):
            c.setFont(face, size)
            c.drawString(54, y, line)
            y -= size * 1.3
        y -= 6
    c.showPage()
    c.save()


def wall_chart(conn, workplace_id: int, out: Path) -> None:
    """The grid's numbers with one GROUP BY, drawn as boxes with text on a landscape page."""
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen.canvas import Canvas

    from reports.core.fonts import SANS, SANS_BOLD as BOLD, register_fonts

    register_fonts()
    cells = conn.execute(
        "SELECT coalesce(department_id, 0), coalesce(shift_id, 0), count(*), count(assessment), "
        "sum(assessment = 1), sum(assessment = 2), sum(assessment = 3), sum(assessment = 4), sum(assessment = 5), "
        "sum(id IN (SELECT person_id FROM committee_members WHERE left_on IS NULL)) "
        "FROM people WHERE workplace_id = ? GROUP BY 1, 2", (workplace_id,)).fetchall()
    depts = dict(conn.execute("SELECT id, name FROM departments WHERE workplace_id = ?", (workplace_id,)).fetchall())
    shifts = dict(conn.execute("SELECT id, name FROM shifts WHERE workplace_id = ?", (workplace_id,)).fetchall())
    page = landscape(letter)
    c = Canvas(str(out), pagesize=page, pageCompression=1)
    c.setFont(BOLD, 16)
    c.drawString(36, page[1] - 40, "Wall chart")
    rows = sorted(depts)
    cols = sorted(shifts)
    cw, ch = (page[0] - 180) / max(1, len(cols)), (page[1] - 120) / max(1, len(rows))
    by = {(d, s): cell for d, s, *cell in cells}
    for i, d in enumerate(rows):
        c.setFont(BOLD, 10)
        c.drawString(36, page[1] - 80 - i * ch - ch / 2, depts[d])
        for j, s in enumerate(cols):
            x, y = 150 + j * cw, page[1] - 80 - (i + 1) * ch
            cell = by.get((d, s), [0] * 8)
            c.setFillGray(0.9)
            c.rect(x, y, cw - 4, ch - 4, fill=1)
            c.setFillGray(0)
            c.setFont(SANS, 9)
            c.drawString(x + 4, y + ch - 16, f"{cell[0]} people, {cell[1]} assessed, {cell[7] or 0} on a committee")
            for k in range(5):
                c.rect(x + 4 + k * 14, y + 6, 10, (cell[2 + k] or 0) * 20 / max(1, cell[0]) + 1, fill=1)
    c.showPage()
    c.save()
