"""The turnout report as Excel: a summary sheet (several events side by side) with a bar chart,
breakdowns by workplace, department, shift, committee and caller, progress by day before the
event, and a detail sheet of every call.

openpyxl in write-only mode (lxml underneath): rows stream to disk, so memory stays flat with
100,000 calls. Header rows are frozen, tables have filters, widths and number formats are set.
Text from the database is always written as a string cell, never as a formula.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Optional

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname

from models.core import audit
from models.mobilization import operations as mob
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP, UserError

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

RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
INTEGER = "#,##0"
PERCENT = "0.0%"
DATETIME = "yyyy-mm-dd hh:mm"
DATE = "yyyy-mm-dd"


@dataclass
class TurnoutLabels:
    """Every word in the workbook; the UI passes translated ones, the CLI uses these."""

    summary: str = "Summary"
    progress: str = "Progress by day"
    calls: str = "Calls"
    measure: str = "Measure"
    event: str = "Event"
    title: str = "Turnout report"
    generated: str = "Made with Committee Desk on {when}. Confidential: contains personal data."
    rows: dict[str, str] = field(default_factory=lambda: {
        "starts_at": "Date and time", "place": "Place", "target": "Target", "on_list": "On the call list",
        "called": "Called", "reached": "Reached", "yes": "Said yes", "maybe": "Said maybe", "attended": "Attended",
        "attended_without_yes": "Attended without a yes", "flakes": "Said yes, did not come",
        "flake_rate": "Flake rate", "reach_rate": "Reached / called", "calls": "Calls made",
    })
    chart_title: str = "Turnout"
    breakdowns: dict[str, str] = field(default_factory=lambda: {
        "workplace": "By workplace", "department": "By department", "shift": "By shift",
        "committee": "By committee", "caller": "By caller"})
    breakdown_heads: dict[str, str] = field(default_factory=lambda: dict(mob.BREAKDOWN_LABELS))
    progress_heads: tuple = ("Event", "Day", "Days before the event", "Calls that day", "People called so far",
                             "Reached so far", "Saying yes so far")
    detail_heads: tuple = tuple(mob.DETAIL_COLUMNS)
    outcomes: dict[str, str] = field(default_factory=lambda: dict(mob.OUTCOME_LABELS))
    sources: dict[str, str] = field(default_factory=lambda: {"phone": "Phone", "paper": "Paper"})
    yes: str = "Yes"
    no: str = "No"
    none: str = "(none)"
    confidential: str = "Confidential — shred after use"  # the printed pages' footer
    page: str = "Page {page} of {pages}"
    continued: str = "{heading} (continued)"  # a section going on over a page of the PDF


NUMBER_KEYS = ("on_list", "called", "reached", "yes", "maybe", "attended", "attended_without_yes", "flakes")
SUMMARY_KEYS = ("starts_at", "place", "target", *NUMBER_KEYS, "flake_rate", "reach_rate", "calls")


def summary_value(report: mob.Turnout, key: str) -> tuple[object, Optional[str]]:
    """One cell of the summary (a key of SUMMARY_KEYS for one event): (value, number format),
    the format None for text. The workbook and the PDF (reports/mobilization/pdf.py) show the same."""
    if key == "starts_at":
        return report.event.starts_at, DATETIME
    if key == "place":
        return report.event.place, None
    if key == "target":
        return report.target, INTEGER
    if key in ("flake_rate", "reach_rate"):
        return getattr(report.totals, key), PERCENT
    if key == "calls":
        return report.calls, INTEGER
    return getattr(report.totals, key), INTEGER


@dataclass
class TurnoutFile:
    events: int
    calls: int
    sheets: list[str]


def safe_text(ws, value: str):
    """A string that would start a formula (or be taken for one by a spreadsheet) is written as
    an explicit string cell; anything else passes through as a plain value (fast path).
    Characters XML cannot hold (control characters) are left out. Call it once per cell: a cell
    object appended in two rows makes a workbook Excel has to repair."""
    if value and _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("", value)
    if value and value[0] in RISKY_START:
        cell = WriteOnlyCell(ws, value=None)
        cell._value = value
        cell.data_type = "s"
        return cell
    return value


def _head_cells(ws, titles: Iterable[str]):
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=None)
        cell._value = _ILLEGAL_XML.sub("", str(title))
        cell.data_type = "s"
        cell.font = font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cells.append(cell)
    return cells


def _fmt(ws, value, number_format: str):
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def _fitting(texts: Iterable[str], least: float, most: float) -> float:
    """A column width (characters) for ``texts``: the longest one and a little, from ``least`` up
    to ``most`` (longer texts wrap)."""
    return max(least, min(most, max((len(t) + 2 for t in texts if t), default=0)))


def _wrapped_text(ws, value: str):
    """``safe_text`` in a cell that wraps (a long place name printed whole, not clipped)."""
    cell = WriteOnlyCell(ws, value=None)
    cell._value, cell.data_type = _ILLEGAL_XML.sub("", value), "s"
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _widths(ws, widths: Iterable[float], heads: Iterable[str] = (), head_row: int = 1) -> None:
    """Column widths, and the header row tall enough for its wrapped ``heads`` (before any row)."""
    widths = list(widths)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    fit_row_height(ws, head_row, heads, widths)


@audit.audited("exported", "turnout")
def write_turnout(db: Database, event_ids: list[int], out: Path | str, labels: Optional[TurnoutLabels] = None,
                  progress: Optional[Callable[[int, int], None]] = None) -> TurnoutFile:
    """Write the workbook atomically. ``progress(done, total)`` counts detail rows."""
    labels = labels or TurnoutLabels()
    event_ids = list(dict.fromkeys(event_ids))
    if not event_ids:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose at least one event."))
    reports = [mob.turnout(db, eid) for eid in event_ids]
    many = len(reports) > 1
    total_calls = sum(r.calls for r in reports)
    wb = Workbook(write_only=True)
    use_named_font(wb)
    printed = PrintLabels(labels.confidential, labels.page)
    sheets: list[str] = []

    # ---------------------------------------------------------------- summary
    ws = wb.create_sheet(sheet_title(labels.summary, sheets))
    sheets.append(ws.title)
    order = SUMMARY_KEYS
    summary_heads = [labels.measure] + [r.event.name for r in reports]
    texts = [str(summary_value(r, key)[0] or "") for r in reports for key in order
             if summary_value(r, key)[1] is None]
    widths = [30] + [_fitting(texts, 24, 44)] * len(reports)
    setup_sheet(ws, columns=1 + len(reports), rows=3 + len(order), first_header_row=3, labels=printed,
                widths=widths)
    _widths(ws, widths, summary_heads, head_row=3)
    generated = labels.generated.format(when=datetime.now().strftime("%Y-%m-%d %H:%M"))
    fit_row_height(ws, 2, [generated], [30])  # wrapped in the first column: printed whole
    ws.freeze_panes = "B4"
    title = WriteOnlyCell(ws, value=None)
    title._value, title.data_type = labels.title, "s"
    title.font = font(bold=True, size=14)
    ws.append([title])
    note = WriteOnlyCell(ws, value=None)
    note._value, note.data_type = _ILLEGAL_XML.sub("", generated), "s"
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([note])
    ws.append(_head_cells(ws, summary_heads))
    for n, key in enumerate(order):
        grow_row(ws, 4 + n, [str(summary_value(r, key)[0] or "") for r in reports if summary_value(r, key)[1] is None],
                 widths[1:])
        row = [safe_text(ws, labels.rows[key])]
        for r in reports:
            value, number_format = summary_value(r, key)
            if number_format is None:
                row.append(_wrapped_text(ws, value) if value else "")
            else:
                row.append(_fmt(ws, value, number_format) if value is not None else None)
        ws.append(row)
    # The chart reads the contiguous rows "target" .. "flakes" (row of key k = 4 + its index),
    # one series (bar colour) per event, titled by the event's header cell.
    first_row, last_row = 4 + order.index("target"), 4 + order.index("flakes")
    chart = BarChart()
    chart.type = "col"
    chart.title = labels.chart_title
    chart.height, chart.width = 9, 18
    for col in range(2, 2 + len(reports)):
        chart.add_data(Reference(ws, min_col=col, max_col=col, min_row=first_row, max_row=last_row))
        letter = get_column_letter(col)
        chart.series[-1].tx = SeriesLabel(strRef=StrRef(f"{quote_sheetname(ws.title)}!${letter}$3"))
    chart.set_categories(Reference(ws, min_col=1, max_col=1, min_row=first_row, max_row=last_row))
    chart.legend.position = "b"
    sheets.append(chart_sheet(wb, chart, sheet_title(labels.chart_title, sheets), printed).title)

    # -------------------------------------------------------------- breakdowns
    number_heads = [labels.rows[k] for k in NUMBER_KEYS] + [labels.rows["flake_rate"]]
    for kind in mob.BREAKDOWNS:
        ws = wb.create_sheet(sheet_title(labels.breakdowns[kind], sheets))
        sheets.append(ws.title)
        lead = ([labels.event] if many else []) + [labels.breakdown_heads[kind]]
        events_w = _fitting((r.event.name for r in reports), 28, 40)
        labels_w = _fitting((label for r in reports for label, _n in r.breakdowns[kind]), 28, 48)
        widths = ([events_w] if many else []) + [labels_w] + [14] * len(number_heads)
        _widths(ws, widths, lead + number_heads)
        setup_sheet(ws, columns=len(lead) + len(number_heads), labels=printed, widths=widths,
                    rows=1 + sum(len(r.breakdowns[kind]) for r in reports))
        ws.freeze_panes = f"{get_column_letter(len(lead) + 1)}2"
        ws.append(_head_cells(ws, lead + number_heads))
        count = 0
        for r in reports:
            for label, numbers in r.breakdowns[kind]:
                shown = labels.none if label == mob.NONE_LABEL else label
                row = ([safe_text(ws, r.event.name)] if many else []) + [safe_text(ws, shown)]
                row.extend(getattr(numbers, k) for k in NUMBER_KEYS)
                row.append(_fmt(ws, numbers.flake_rate, PERCENT))
                ws.append(row)
                count += 1
        ws.auto_filter.ref = f"A1:{get_column_letter(len(lead) + len(number_heads))}{count + 1}"

    # ---------------------------------------------------------------- progress
    ws = wb.create_sheet(sheet_title(labels.progress, sheets))
    sheets.append(ws.title)
    setup_sheet(ws, columns=len(labels.progress_heads), rows=1 + sum(len(r.progress) for r in reports), labels=printed)
    _widths(ws, [30, 12, 14, 12, 14, 14, 14], labels.progress_heads)
    ws.freeze_panes = "A2"
    ws.append(_head_cells(ws, labels.progress_heads))
    count = 0
    for r in reports:
        for day in r.progress:  # a new name cell per row (see safe_text)
            ws.append([safe_text(ws, r.event.name), _fmt(ws, day.day, DATE), day.days_before, day.calls, day.called,
                       day.reached, day.yes])
            count += 1
    ws.auto_filter.ref = f"A1:G{count + 1}"

    # ------------------------------------------------------------------ detail
    # openpyxl writes the sheet's frame (header row, frozen pane, widths, filter); the rows
    # themselves are streamed as sheet XML straight into the saved file (see _write_detail_rows):
    # every text is an inline string, so nothing from the database can become a formula.
    ws = wb.create_sheet(sheet_title(labels.calls, sheets))
    sheets.append(ws.title)
    sheet_part = f"xl/worksheets/sheet{len(wb.worksheets)}.xml"
    heads = ([labels.event] if many else []) + list(labels.detail_heads)
    # narrow enough to print one page wide at a readable size (sheet_print.MIN_SCALE)
    widths = ([24] if many else []) + [8, 16, 7, 24, 32, 16, 9, 22, 14, 16, 8, 8, 9, 24]
    setup_sheet(ws, columns=len(heads), rows=total_calls + 1, labels=printed, widths=widths)
    _widths(ws, widths, heads)
    ws.freeze_panes = "A2"
    ws.append(_head_cells(ws, heads))
    date_style = _fmt(ws, None, DATETIME).style_id
    ws.auto_filter.ref = f"A1:{get_column_letter(len(heads))}{total_calls + 1}"

    def detail_rows() -> Iterable[tuple]:
        for r in reports:
            for row in mob.iter_call_details(db, r.event.id):
                yield r.event.name, row

    with atomic_write(out) as tmp:
        handle, frame_name = tempfile.mkstemp(prefix=".turnout.", suffix=".frame", dir=Path(tmp).parent)
        os.close(handle)
        frame = Path(frame_name)
        try:
            wb.save(frame)
            done = _write_detail_rows(frame, tmp, sheet_part, detail_rows(), many, date_style, labels,
                                      progress, total_calls)
        finally:
            frame.unlink(missing_ok=True)
    return TurnoutFile(len(reports), done, sheets)


_EPOCH = datetime(1899, 12, 30)


def _xml_text(value: str) -> str:
    value = _ILLEGAL_XML.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write_detail_rows(frame: Path, out: Path, sheet_part: str, rows, many: bool, date_style: int,
                       labels: TurnoutLabels, progress, total: int) -> int:
    """Copy the workbook saved by openpyxl into ``out``, inserting the detail rows into the
    detail sheet's XML (streamed, constant memory)."""
    letters = [get_column_letter(i) for i in range(1, 17)]
    outcome_names = {k: _xml_text(v) for k, v in labels.outcomes.items()}
    yes, no = _xml_text(labels.yes), _xml_text(labels.no)
    source_names = labels.sources
    done = 0
    with zipfile.ZipFile(frame) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename != sheet_part:
                dst.writestr(item, data)
                continue
            xml = data.decode("utf-8")
            head, tail = xml.split("</sheetData>", 1)
            head = re.sub(r'<dimension ref="[^"]*"\s*/>', "", head)
            with dst.open(sheet_part, "w", force_zip64=True) as handle:
                handle.write(head.encode("utf-8"))
                buffer: list[str] = []
                row_number = 1
                for event_name, (cid, at, entry, person, wp, dept, shift, caller, outcome, cb, flag, source, came,
                                 note) in rows:
                    row_number += 1
                    n = str(row_number)
                    cells = []
                    # (value, already escaped) in column order
                    values = ([(event_name, False)] if many else []) + [
                        (cid, False), (at, False), (entry, False), (person, False), (wp, False), (dept, False),
                        (shift, False), (caller, False), (outcome_names.get(outcome) or _xml_text(outcome), True),
                        (cb, False), (yes if flag else no, True), (source_names.get(source, source), False), (yes if came else no, True),
                        (note, False)]
                    for col, (value, escaped) in enumerate(values):
                        if value is None or value == "":
                            continue
                        ref = letters[col] + n
                        if isinstance(value, int):
                            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                        elif isinstance(value, datetime):
                            serial = (value - _EPOCH).total_seconds() / 86400
                            cells.append(f'<c r="{ref}" s="{date_style}"><v>{serial:.10f}</v></c>')
                        else:
                            text = value if escaped else _xml_text(str(value))
                            space = ' xml:space="preserve"' if text != text.strip() else ""
                            cells.append(f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>')
                    buffer.append(f'<row r="{n}">{"".join(cells)}</row>')
                    done += 1
                    if len(buffer) >= 2000:
                        handle.write("".join(buffer).encode("utf-8"))
                        buffer.clear()
                        if progress:
                            progress(done, total)
                handle.write("".join(buffer).encode("utf-8"))
                handle.write(("</sheetData>" + tail).encode("utf-8"))
    if progress:
        progress(done, total)
    return done
