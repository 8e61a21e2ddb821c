"""The turnout report as a PDF, for a meeting's table: the summary (several events side by side),
the breakdowns by workplace, department, shift, committee and caller, and the progress by day.

The same numbers and words as the workbook (reports/mobilization/workbook.py: ``summary_value``,
``TurnoutLabels``); the call-by-call detail (people's answers and the callers' notes) stays in
the workbook. Landscape Letter, drawn by reports/core/pdf_table.py through reports/core/textpath.py, with
"Confidential — shred after use" on every page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, Optional

from models.core import audit
from models.mobilization import operations as mob
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP, UserError

from reports.core.pdf_table import Block, Column, Columns, Heading, PageWords, Row, write_table_pdf
from reports.core.textpath import isolate
from .workbook import (
    DATE,
    DATETIME,
    INTEGER,
    NUMBER_KEYS,
    PERCENT,
    SUMMARY_KEYS,
    TurnoutLabels,
    summary_value,
)


def cell_text(value: object, number_format: Optional[str]) -> str:
    """A value as the workbook shows it (dates, thousands, percentages; "—" for none)."""
    if value is None or value == "":
        return "—" if number_format else ""
    if number_format == DATETIME:
        return value.strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
    if number_format == DATE:
        return value.strftime("%Y-%m-%d")  # type: ignore[union-attr]
    if number_format == PERCENT:
        return f"{value:.1%}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _numbers(numbers: mob.TurnoutNumbers) -> list[str]:
    return [cell_text(getattr(numbers, key), INTEGER) for key in NUMBER_KEYS] + [cell_text(numbers.flake_rate, PERCENT)]


def turnout_blocks(reports: list[mob.Turnout], labels: TurnoutLabels) -> Iterator[Block]:
    many = len(reports) > 1
    yield Heading(0, labels.summary)
    yield Columns([Column(labels.measure, 2.2)] + [Column(r.event.name, 1.6, "right") for r in reports],
                  width=220 + 160 * len(reports))
    for key in SUMMARY_KEYS:
        yield Row([labels.rows[key]] + [cell_text(*summary_value(r, key)) for r in reports])
    number_columns = [Column(labels.rows[k], 1, "right") for k in (*NUMBER_KEYS, "flake_rate")]
    for kind in mob.BREAKDOWNS:
        yield Heading(0, labels.breakdowns[kind])
        for r in reports:
            if many:
                yield Heading(1, r.event.name)
            yield Columns([Column(labels.breakdown_heads[kind], 3.4)] + number_columns)
            for label, numbers in r.breakdowns[kind]:
                yield Row([labels.none if label == mob.NONE_LABEL else label] + _numbers(numbers))
    yield Heading(0, labels.progress)
    heads = list(labels.progress_heads)
    for r in reports:
        if many:
            yield Heading(1, r.event.name)
        yield Columns([Column(heads[1], 1.2)] + [Column(h, 1, "right") for h in heads[2:]])
        for day in r.progress:
            yield Row([cell_text(day.day, DATE)] + [cell_text(v, INTEGER) for v in
                                                   (day.days_before, day.calls, day.called, day.reached, day.yes)])


@audit.audited("printed", "turnout")
def write_turnout_pdf(db: Database, event_ids: list[int], out: Path | str, labels: Optional[TurnoutLabels] = None,
                      progress: Optional[Callable[[int, int], None]] = None) -> int:
    """Write the PDF; returns its page count."""
    labels = labels or TurnoutLabels()
    event_ids = list(dict.fromkeys(event_ids))
    if not event_ids:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose at least one event."))
    reports = [mob.turnout(db, eid) for eid in event_ids]
    title = labels.title + ": " + ", ".join(isolate(r.event.name) for r in reports)
    words = PageWords(title, labels.generated.format(when=datetime.now().strftime("%Y-%m-%d %H:%M")),
                      labels.confidential, labels.page, labels.continued)
    return write_table_pdf(out, words, turnout_blocks(reports, labels), landscape=True, progress=progress)
