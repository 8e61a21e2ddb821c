"""Excel training report: sessions, attendance, coverage by workplace/department/shift, trainer
totals (with a chart).

Every sheet has a bold header row, frozen panes and an auto-filter. Values from the database are
written as plain values: text that starts with "=" stays text (never a formula). Written
atomically (reports/core/atomic.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Optional

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.core import audit
from models.trainings import sessions as trainings
from models.core.db import Database

from reports.core.atomic import atomic_write
from reports.core.labels import sheet_title
from reports.core.sheet_print import (
    PrintLabels,
    chart_sheet,
    fit_row_height,
    font,
    grow_row,
    setup_sheet,
    use_named_font,
)

SHEETS = ("Sessions", "Attendance", "Coverage", "Trainers")
SESSION_HEADERS = ["Session ID", "Topic", "Starts", "Place", "Languages", "Trainers", "Capacity",
                   "Registered", "Attended", "No-show", "Walk-ins", "Attendance rate"]
ATTENDANCE_HEADERS = ["Session ID", "Session", "Starts", "Topic", "Person ID", "Name", "Workplace",
                      "Department", "Shift", "Status", "Walk-in", "Evaluation (1-5)", "Comment"]
COVERAGE_HEADERS = ["Topic", "Workplace", "Department", "Shift", "People", "Trained", "Share trained"]
TRAINER_HEADERS = ["Trainer", "Person ID", "Sessions", "Registered", "Attended", "No-show"]
STATUSES = {"registered": "Registered", "attended": "Attended", "no-show": "No-show"}
CHART_ROWS = 25
HEADER_FILL = PatternFill("solid", fgColor="E4E9F0")
DATE_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT = "0%"


@dataclass
class TrainingReportLabels:
    """Every word in the workbook; the UI passes translated ones, the CLI uses these."""

    sheets: tuple[str, ...] = SHEETS
    session_headers: tuple[str, ...] = tuple(SESSION_HEADERS)
    attendance_headers: tuple[str, ...] = tuple(ATTENDANCE_HEADERS)
    coverage_headers: tuple[str, ...] = tuple(COVERAGE_HEADERS)
    trainer_headers: tuple[str, ...] = tuple(TRAINER_HEADERS)
    statuses: dict[str, str] = field(default_factory=lambda: dict(STATUSES))
    yes: str = "yes"
    chart_title: str = "People trained per trainer (attended)"
    chart_y: str = "Attended"
    chart_x: str = "Trainer"
    chart_sheet: str = "Chart"
    title: str = "Training report"  # the PDF's title and subtitle
    generated: str = "Made with Committee Desk on {when}. Confidential: contains personal data."
    continued: str = "{heading} (continued)"
    confidential: str = "Confidential — shred after use"  # the printed pages' footer
    page: str = "Page {page} of {pages}"


@dataclass
class ReportResult:
    sessions: int
    attendance: int
    coverage_rows: int
    trainers: int


def _write_rows(ws: Worksheet, headers: Iterable[str], rows: Iterable[list], widths: list[int],
                formats: Optional[dict[int, str]] = None, printed: Optional[PrintLabels] = None,
                wrap: frozenset[int] = frozenset()) -> int:
    """Header + rows; text is always text (a leading "=" never becomes a formula); the text of the
    columns in ``wrap`` wraps (a long place or list of trainers printed whole, not running into
    the next column). The sheet prints fit to a page wide, its header row on every page
    (reports/core/sheet_print.py)."""
    formats = formats or {}
    wrapped = Alignment(wrap_text=True, vertical="top")
    headers = list(headers)
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    r = 1
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
            elif col in formats and value is not None:
                cell.number_format = formats[col]
            if col in wrap:
                cell.alignment = wrapped
        if wrap:
            grow_row(ws, r, [values[c - 1] for c in sorted(wrap) if c <= len(values)],
                     [widths[c - 1] for c in sorted(wrap) if c <= len(values)])
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    fit_row_height(ws, 1, headers, widths)
    ws.freeze_panes = "B2" if len(headers) > 4 else "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(r, 1)}"
    setup_sheet(ws, columns=len(headers), rows=max(r, 1), labels=printed, widths=widths)
    return r - 1


def attendance_rate(session: trainings.SessionSummary) -> Optional[float]:
    """Attended / registered, once the session has started (None before, or with nobody)."""
    if session.registered and session.starts_at <= datetime.now():
        return session.attended / session.registered
    return None


def topic_namer(db: Database, topic_language: str = "en") -> Callable[[str], str]:
    """Topic name (as stored, English) -> its name in ``topic_language``: the Spanish name in "es"
    when the topic has one, else the name as stored. Topic names are unique, so the name is the key."""
    if topic_language != "es":
        return lambda name: name
    spanish = {name: es.strip() for _i, name, es in trainings.topic_titles(db) if es and es.strip()}
    return lambda name: spanish.get(name, name)


@audit.audited("exported", "training-report")
def write_training_report(
    db: Database, out: str | Path, progress: Optional[Callable[[int, int], None]] = None,
    labels: Optional[TrainingReportLabels] = None, topic_language: str = "en",
) -> ReportResult:
    """The workbook; ``topic_language="es"`` names the topics by their Spanish names (the UI in
    Spanish), the default keeps the English ones (the CLI)."""
    labels = labels or TrainingReportLabels()
    topic = topic_namer(db, topic_language)
    names: list[str] = []
    for default, text in zip(SHEETS, tuple(labels.sheets) + SHEETS[len(labels.sheets):]):
        names.append(sheet_title(text, names, fallback=default))
    step = (lambda n: progress(n, 5)) if progress else (lambda n: None)
    sessions = trainings.list_sessions(db)
    step(1)
    wb = Workbook()
    use_named_font(wb)
    printed = PrintLabels(labels.confidential, labels.page)
    ws = wb.active
    ws.title = names[0]
    n_sessions = _write_rows(
        ws, labels.session_headers,
        ([s.id, topic(s.topic), s.starts_at, s.place, s.languages, s.trainers, s.capacity, s.registered, s.attended,
          s.no_show, s.walk_ins, attendance_rate(s)]
         for s in sorted(sessions, key=lambda s: (s.starts_at, s.id))),
        [11, 40, 17, 34, 11, 30, 10, 11, 10, 10, 10, 15], {3: DATE_FORMAT, 12: PERCENT}, printed,
        wrap=frozenset((2, 4, 6)),  # topic, place, trainers
    )
    step(2)
    ws = wb.create_sheet(names[1])
    statuses = labels.statuses
    n_attendance = _write_rows(
        ws, labels.attendance_headers,
        ([a.session_id, trainings.session_label(topic(a.topic), a.starts_at), a.starts_at, topic(a.topic),
          a.person_id, a.name, a.workplace, a.department, a.shift,
          statuses.get(a.status, a.status), labels.yes if a.walk_in else "", a.evaluation, a.comment]
         for a in trainings.attendance_records(db)),
        # narrow enough to print one page wide at a readable size; long texts wrap, but for the
        # session's label: its topic and date are the next two columns
        [8, 24, 16, 36, 9, 24, 30, 16, 10, 10, 8, 11, 22], {3: DATE_FORMAT}, printed,
        wrap=frozenset((4, 7, 13)),  # topic, workplace, comment
    )
    step(3)
    ws = wb.create_sheet(names[2])
    coverage = trainings.coverage_table(db)
    n_coverage = _write_rows(
        ws, labels.coverage_headers,
        ([topic(c.topic), c.workplace, c.department, c.shift, c.people, c.trained, c.share] for c in coverage),
        [40, 34, 22, 12, 10, 10, 14], {7: PERCENT}, printed,
    )
    step(4)
    ws = wb.create_sheet(names[3])
    totals = trainings.trainer_totals(db)
    n_trainers = _write_rows(
        ws, labels.trainer_headers,
        ([t.name, t.person_id, t.sessions, t.registered, t.attended, t.no_show] for t in totals),
        [30, 10, 10, 12, 10, 10], None, printed,
    )
    ws.freeze_panes = "A2"
    if n_trainers:
        last = min(n_trainers, CHART_ROWS) + 1
        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = labels.chart_title
        chart.y_axis.title = labels.chart_y
        chart.x_axis.title = labels.chart_x
        chart.add_data(Reference(ws, min_col=5, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
        chart.legend = None
        chart.x_axis.scaling.orientation = "maxMin"  # the busiest trainer on top
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart_sheet(wb, chart, sheet_title(labels.chart_sheet, names, fallback="Chart"), printed)
    with atomic_write(out) as tmp:
        wb.save(tmp)
    step(5)
    return ReportResult(n_sessions, n_attendance, n_coverage, n_trainers)
