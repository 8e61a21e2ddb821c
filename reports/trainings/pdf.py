"""The training report as a PDF: the sessions, the coverage of each topic by workplace,
department and shift, and the trainers' totals.

The same words and numbers as the workbook (reports/trainings/workbook.py: ``TrainingReportLabels``,
``attendance_rate``, ``topic_namer``); the attendance list (each person's status, evaluation
and comment) stays in the workbook. Landscape Letter, drawn by reports/core/pdf_table.py through
reports/core/textpath.py, with "Confidential — shred after use" on every page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator, Optional

from models.core import audit
from models.trainings import sessions as trainings
from models.core.db import Database

from reports.core.pdf_table import Block, Column, Columns, Heading, PageWords, Row, write_table_pdf
from reports.core.textpath import isolate
from .workbook import SHEETS, TrainingReportLabels, attendance_rate, topic_namer


def _count(value: Optional[int]) -> str:
    return "—" if value is None else f"{value:,}"


def _share(value: Optional[float]) -> str:
    return "—" if value is None else f"{value:.0%}"


def _names(names: str) -> str:
    """A ", " list of names with each name an isolate: two Arabic names side by side keep their
    order in the English page."""
    return ", ".join(isolate(name) for name in names.split(", ")) if names else names


def training_blocks(db: Database, labels: TrainingReportLabels, topic_language: str = "en") -> Iterator[Block]:
    topic = topic_namer(db, topic_language)
    sheets = tuple(labels.sheets) + SHEETS[len(labels.sheets):]
    s_heads, c_heads, t_heads = labels.session_headers, labels.coverage_headers, labels.trainer_headers
    yield Heading(0, sheets[0])
    # Topic, place and trainers wrap (the row grows): every trainer's name printed whole.
    yield Columns([Column(s_heads[1], 2.2, wrap=True), Column(s_heads[2], 2.2, wrap=True), Column(s_heads[3], 2.2, wrap=True),
                   Column(s_heads[4], 1.0), Column(s_heads[5], 2.6, wrap=True)]
                  + [Column(h, 1.0, "right") for h in s_heads[6:12]])
    for s in sorted(trainings.list_sessions(db), key=lambda s: (s.starts_at, s.id)):
        yield Row([topic(s.topic), f"{s.starts_at:%Y-%m-%d %H:%M}", s.place, s.languages, _names(s.trainers),
                   *map(_count, (s.capacity, s.registered, s.attended, s.no_show, s.walk_ins)),
                   _share(attendance_rate(s))])
    yield Heading(0, sheets[2])
    current = None
    for row in trainings.coverage_table(db):
        if row.topic != current:
            current = row.topic
            yield Heading(1, topic(row.topic))
            yield Columns([Column(c_heads[1], 3), Column(c_heads[2], 2), Column(c_heads[3], 1.2)]
                          + [Column(h, 1, "right") for h in c_heads[4:7]])
        yield Row([row.workplace, row.department, row.shift, _count(row.people), _count(row.trained),
                   _share(row.share)])
    yield Heading(0, sheets[3])
    yield Columns([Column(t_heads[0], 3)] + [Column(h, 1, "right") for h in t_heads[2:6]], width=480)
    for t in trainings.trainer_totals(db):
        yield Row([t.name, _count(t.sessions), _count(t.registered), _count(t.attended), _count(t.no_show)])


@audit.audited("printed", "training-report")
def write_training_pdf(db: Database, out: Path | str, labels: Optional[TrainingReportLabels] = None,
                       topic_language: str = "en", progress: Optional[Callable[[int, int], None]] = None) -> int:
    """Write the PDF; returns its page count. ``topic_language="es"``: topics by their Spanish names."""
    labels = labels or TrainingReportLabels()
    words = PageWords(labels.title, labels.generated.format(when=datetime.now().strftime("%Y-%m-%d %H:%M")),
                      labels.confidential, labels.page, labels.continued)
    return write_table_pdf(out, words, list(training_blocks(db, labels, topic_language)), landscape=True,
                           progress=progress)
