"""Paper call sheets, one section per caller: event header and script, then rows with a row ID,
name, phone, language and a checkbox per outcome. Every page repeats the header and column titles
and carries "Confidential — shred after use" and "Page n of N".

Drawn straight on a reportlab canvas (10,000 rows in about a second); written atomically.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from reportlab.lib.pagesizes import letter

from models.core import audit
from models.mobilization import operations as mob
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP, UserError

from reports.core.atomic import atomic_write
from reports.core.fonts import register_fonts
from reports.core.labels import DateWords
from reports.core.textpath import draw_text, fit_size, isolate, new_canvas, text_width, wrap_text
from models.mobilization.operations import ListCriteria


@dataclass
class SheetLabels:
    """Every word printed on the sheets; the UI passes translated ones, the CLI uses these."""

    title: str = "{event} — call sheets"  # the PDF's document title
    caller: str = "Caller"
    unassigned: str = "Not assigned to a caller"
    script: str = "Script"
    row_id: str = "ID"
    name: str = "Name"
    phone: str = "Phone"
    language: str = "Lang."
    notes: str = "Notes"
    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"
    legend: str = "Key:"
    # How the sheets treat unknown consent (never as a yes): one of the two lines, on every page.
    consent_left_out: str = "Only people who said it is OK to call them: people whose consent is unknown are left out."
    consent_marked: str = "People whose consent to be called is unknown are marked “consent unknown”: ask first."
    consent_unknown: str = "consent unknown"
    outcomes: dict[str, str] = field(default_factory=lambda: {o: mob.OUTCOME_LABELS[o] for o in mob.OUTCOMES})
    keys: dict[str, str] = field(default_factory=lambda: dict(mob.OUTCOME_KEYS))  # mob.outcome_keys(outcomes)
    kinds: dict[str, str] = field(default_factory=lambda: dict(mob.EVENT_KIND_LABELS))
    dates: DateWords = field(default_factory=DateWords)


@dataclass
class SheetResult:
    pages: int
    rows: int
    callers: int
    consent_unknown: int = 0  # rows of people whose consent is unknown (marked on the sheets)


PAGE_W, PAGE_H = letter
MARGIN = 36
ROW_H = 19
HEADER_H = 68  # event header block on every page (with the line on consent)
COLS_H = 26  # column titles
FOOTER_H = 26
SCRIPT_LINE_H = 11.5
BOX = 10
# x positions of the columns
X_ID = MARGIN
X_NAME = MARGIN + 48
X_PHONE = MARGIN + 196
X_LANG = MARGIN + 296
X_BOXES = MARGIN + 326
BOX_STEP = 22
X_NOTES = X_BOXES + BOX_STEP * len(mob.OUTCOMES) + 4
RIGHT = PAGE_W - MARGIN


def _draw_fitted(c, x: float, y: float, text: str, size: float, width: float, bold: bool = False,
                 italic: bool = False, min_size: float = 6) -> None:
    """Draw ``text`` at ``size``, smaller (down to ``min_size``) when a translation is longer, and
    cut with an ellipsis only when even that does not fit."""
    style = (2 if italic else 0) + (1 if bold else 0)
    size = fit_size(text, size=size, width=width, bold=style, min_size=min_size)
    draw_text(c, x, y, text, size=size, bold=style, width=width)


@dataclass
class _Section:
    caller_id: Optional[int]
    caller: str
    rows: list
    script: list[str]
    pages: int = 0


def _rows_per_page(script_lines: int, first: bool) -> int:
    usable = PAGE_H - 2 * MARGIN - HEADER_H - COLS_H - FOOTER_H
    if first and script_lines:
        usable -= script_lines * SCRIPT_LINE_H + 14
    return max(1, int(usable // ROW_H))


@audit.audited("printed", "call-sheets")
def write_call_sheets(db: Database, event_id: int, out: Path | str, caller_ids: Optional[list[int]] = None,
                      pending_only: bool = True, labels: Optional[SheetLabels] = None,
                      progress: Optional[Callable[[int, int], None]] = None) -> SheetResult:
    """One PDF with a section per caller (unassigned rows last). ``pending_only`` leaves out
    people already answered (yes, maybe, no, wrong number, do not call)."""
    labels = labels or SheetLabels()
    register_fonts()
    with db.engine.connect() as conn:
        event = mob._event_summary(conn, event_id)
        list_ids = [lid for (lid,) in conn.exec_driver_sql("SELECT id FROM call_lists WHERE event_id = ? ORDER BY id", (event_id,))]
    scripts = mob.event_scripts(db, event_id)
    caller_langs = {c.id: c.languages for c in mob.list_callers(db, event_id, all_callers=True)}
    sections: "OrderedDict[Optional[int], _Section]" = OrderedDict()
    seen: set[int] = set()
    for list_id in list_ids:
        for row in mob.list_entries(db, list_id, include_excluded=False):
            if row.person_id in seen:
                continue
            if pending_only and row.last_outcome not in (None, "left-message", "no-answer", "callback"):
                continue
            if caller_ids is not None and row.caller_id not in caller_ids:
                continue
            seen.add(row.person_id)
            section = sections.get(row.caller_id)
            if section is None:
                section = sections[row.caller_id] = _Section(row.caller_id, row.caller or labels.unassigned, [], [])
            section.rows.append(row)
    if not sections:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is nobody left to call for this event."),
            QT_TRANSLATE_NOOP("Errors", "Build a call list first, or include people already called."),
        )
    ordered = sorted(sections.values(), key=lambda s: (s.caller_id is None, s.caller.casefold()))
    total_pages = 0
    for section in ordered:
        _lang, text = mob.pick_script(scripts, caller_langs.get(section.caller_id, []))
        section.script = wrap_text(text, size=9, width=RIGHT - MARGIN - 16, max_lines=10) if text else []
        first = _rows_per_page(len(section.script), True)
        rest = _rows_per_page(0, False)
        remaining = max(0, len(section.rows) - first)
        section.pages = 1 + -(-remaining // rest)
        total_pages += section.pages
    total_rows = sum(len(s.rows) for s in ordered)
    unknown = sum(row.consent_unknown for s in ordered for row in s.rows)
    includes_unknown = unknown or _includes_unknown(db, list_ids)
    consent_line = labels.consent_marked if includes_unknown else labels.consent_left_out
    when = labels.dates.format(event.starts_at) if event.starts_at else ""
    subtitle = " · ".join(part for part in (labels.kinds.get(event.kind, event.kind), when, event.place) if part)
    legend = labels.legend + "  " + " · ".join(f"{labels.keys[o]} = {labels.outcomes.get(o, o)}" for o in mob.OUTCOMES)

    with atomic_write(out) as tmp:
        c = new_canvas(tmp, pagesize=letter, invariant=0)
        c.setTitle(labels.title.format(event=event.name))
        c.setCreator("Committee Desk")
        page = 0
        done = 0

        def start_page(section: _Section, first: bool) -> float:
            nonlocal page
            page += 1
            top = PAGE_H - MARGIN
            draw_text(c, MARGIN, top - 12, event.name, size=13, bold=True, width=RIGHT - MARGIN - 200)
            caller_text = f"{labels.caller}: {isolate(section.caller)}" if section.caller_id else section.caller
            draw_text(c, RIGHT, top - 12, caller_text, size=11, bold=True, align="right", width=196)
            draw_text(c, MARGIN, top - 27, subtitle, size=9, width=RIGHT - MARGIN)
            _draw_fitted(c, MARGIN, top - 40, legend, 7.5, RIGHT - MARGIN, italic=True, min_size=5.5)
            _draw_fitted(c, MARGIN, top - 51, consent_line, 7.5, RIGHT - MARGIN, bold=True, min_size=5.5)
            c.setLineWidth(0.8)
            c.line(MARGIN, top - HEADER_H + 8, RIGHT, top - HEADER_H + 8)
            y = top - HEADER_H
            if first and section.script:
                _draw_fitted(c, MARGIN, y - 8, labels.script, 8, RIGHT - MARGIN, bold=True)
                for i, line in enumerate(section.script):
                    draw_text(c, MARGIN + 16, y - 19 - SCRIPT_LINE_H * i, line, size=9)
                y -= len(section.script) * SCRIPT_LINE_H + 14
            # column titles
            c.setFillGray(0.88)
            c.rect(MARGIN, y - COLS_H + 4, RIGHT - MARGIN, COLS_H - 4, stroke=0, fill=1)
            c.setFillGray(0)
            base = y - 18
            for x, text, room in ((X_ID + 2, labels.row_id, X_NAME - X_ID - 6), (X_NAME, labels.name, X_PHONE - X_NAME - 4),
                                  (X_PHONE, labels.phone, X_LANG - X_PHONE - 4), (X_LANG, labels.language, X_BOXES - X_LANG - 2),
                                  (X_NOTES + 2, labels.notes, RIGHT - X_NOTES - 4)):
                _draw_fitted(c, x, base, text, 8, room, bold=True)
            for i, outcome in enumerate(mob.OUTCOMES):
                cx = X_BOXES + i * BOX_STEP + BOX / 2
                draw_text(c, cx, base, labels.keys[outcome], size=10, bold=True, align="center")
            # footer
            page_text = labels.page.format(page=page, pages=total_pages)
            draw_text(c, RIGHT, MARGIN - 4, page_text, size=8, align="right")
            _draw_fitted(c, MARGIN, MARGIN - 4, labels.confidential, 8,
                         RIGHT - MARGIN - text_width(page_text, size=8) - 12, bold=True)
            c.setLineWidth(0.5)
            c.line(MARGIN, MARGIN + 8, RIGHT, MARGIN + 8)
            return y - COLS_H

        for section in ordered:
            rows = section.rows
            index = 0
            first = True
            while index < len(rows) or first:
                y = start_page(section, first)
                count = _rows_per_page(len(section.script), first)
                chunk = rows[index:index + count]
                index += count
                first = False
                c.setLineWidth(0.5)
                # Shapes first, then one text object for all the page's cells (far fewer PDF
                # operators than a drawString per cell).
                boxes = c.beginPath()
                for n in range(len(chunk)):
                    top = y - n * ROW_H
                    if n % 2:
                        c.setFillGray(0.95)
                        c.rect(MARGIN, top - ROW_H, RIGHT - MARGIN, ROW_H, stroke=0, fill=1)
                        c.setFillGray(0)
                    for i in range(len(mob.OUTCOMES)):
                        boxes.rect(X_BOXES + i * BOX_STEP, top - 15, BOX, BOX)
                    boxes.moveTo(X_NOTES + 2, top - 15)
                    boxes.lineTo(RIGHT, top - 15)
                c.drawPath(boxes, stroke=1, fill=0)
                text = c.beginText()
                for n, row in enumerate(chunk):
                    base = y - n * ROW_H - 13
                    draw_text(text, X_ID + 2, base, str(row.entry_id), size=9, bold=True)
                    draw_text(text, X_NAME, base, row.name, size=9, width=X_PHONE - X_NAME - 4)
                    draw_text(text, X_PHONE, base, row.phone, size=9, width=X_LANG - X_PHONE - 4)
                    draw_text(text, X_LANG, base, row.language.upper()[:3], size=9)
                    if row.consent_unknown:
                        draw_text(text, X_NOTES + 2, base, labels.consent_unknown, size=7, bold=2,
                                  width=RIGHT - X_NOTES - 4)
                c.drawText(text)
                done += len(chunk)
                if progress:
                    progress(done, total_rows)
                c.showPage()
        c.save()
    return SheetResult(total_pages, total_rows, len(ordered), unknown)


def _includes_unknown(db: Database, list_ids: list[int]) -> bool:
    """Whether any of the lists was built to include people whose consent is unknown."""
    if not list_ids:
        return False
    with db.engine.connect() as conn:
        return any(ListCriteria.from_json(text).include_consent_unknown for (text,) in conn.exec_driver_sql(
            f"SELECT criteria FROM call_lists WHERE id IN ({','.join('?' * len(list_ids))})", tuple(list_ids)))
