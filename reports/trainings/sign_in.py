"""Sign-in sheet PDF for a training session.

Letter landscape. Every page repeats the header (topic in English and Spanish, the UI's language
first; date, place, trainers) and the column headings (bilingual). The sheet goes round a room of
co-workers, so it prints only what the room needs: registered people's names (in alphabetical
order) with a box to tick, and blank columns where each person may write a phone or email and
sign; no phone, email or department of anyone is printed. Blank rows follow for walk-ins, filling
the last page. Every page says "Confidential — shred after use" in English and Spanish. Text goes
through reports/core/textpath.py (shaped, fonts embedded). Written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from models.core import audit
from models.trainings import sessions as trainings
from models.core.db import Database

from reports.core.atomic import atomic_write
from reports.core.fonts import SANS, register_fonts
from reports.core.textpath import TextBlock, TextLine, draw_text, fit_size, isolate

PAGE = landscape(letter)
MARGIN = 0.5 * inch
HEADER_HEIGHT = 1.15 * inch
FOOTER_HEIGHT = 0.35 * inch
ROW_HEIGHT = 0.36 * inch
HEADING_HEIGHT = 0.42 * inch
FONT_SIZE = 10
MIN_BLANK_ROWS = 6

# (English / Spanish) column headings and widths in inches (total 10 in: the landscape frame)
COLUMNS = [
    ("#", "", 0.45),
    ("Here", "Presente", 0.7),
    ("Name", "Nombre", 2.75),
    ("Phone (optional)", "Teléfono (opcional)", 1.6),
    ("Email (optional)", "Correo (opcional)", 2.2),
    ("Signature", "Firma", 2.3),
]
TITLE = "Training sign-in sheet  ·  Hoja de asistencia a la capacitación"
LABELS = {
    "date": "Date / Fecha",
    "place": "Place / Lugar",
    "trainer": "Trainer / Capacitador(a)",
    "page": "Page {n} / Página {n}",
    "walk_in": "Walk-ins: please print clearly · Personas sin registro: escriba con letra clara",
    "confidential": "Confidential — shred after use · Confidencial — destruir después de usar",
}


@dataclass
class SignInResult:
    pages: int
    registered_rows: int
    blank_rows: int


def rows_per_page() -> int:
    frame_height = PAGE[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT
    return int((frame_height - HEADING_HEIGHT) // ROW_HEIGHT)


def blank_row_count(registered: int, capacity: Optional[int], minimum: int = MIN_BLANK_ROWS) -> int:
    """At least ``minimum`` blank rows (or room up to the capacity), then fill the last page."""
    blank = max(minimum, (capacity - registered) if capacity else 0)
    per_page = rows_per_page()
    total = registered + blank
    remainder = total % per_page
    if remainder:
        blank += per_page - remainder
    return blank


@audit.audited("printed", "sign-in")
def write_sign_in(
    db: Database,
    session_id: int,
    out: str | Path,
    blank_rows: Optional[int] = None,
    progress: Optional[Callable[[int, int], None]] = None,
    topic_language: str = "en",
) -> SignInResult:
    """The sheet; ``topic_language="es"`` puts the topic's Spanish name first (the UI in Spanish),
    the default the English one (the CLI). The other name follows when it differs."""
    register_fonts()
    detail = trainings.get_session(db, session_id)
    people = trainings.list_registrations(db, session_id, details=False)  # the names alone are printed
    if progress:
        progress(1, 3)
    blank = blank_rows if blank_rows is not None else blank_row_count(len(people), detail.data.capacity)

    widths = [w * inch for _, _, w in COLUMNS]
    heading = [TextBlock([(f"{en}\n{es}" if es else en, 1)], 8.5, 10, align="left") for en, es, _ in COLUMNS]
    data: list[list] = [heading]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # the empty cells too: no Helvetica reference
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8A94A3")),
    ]
    gray = colors.HexColor("#5A6472")
    for n, person in enumerate(people, start=1):
        # Only the name: the phone, email and department of a registrant are not for the room.
        data.append([TextLine(str(n), FONT_SIZE, align="right", color=gray), "", TextLine(person.name, FONT_SIZE),
                     "", "", ""])
    first_blank = len(data)
    for n in range(blank):
        data.append([TextLine(str(len(people) + n + 1), FONT_SIZE, align="right", color=gray), "", "", "", "", ""])
    if blank:
        style.append(("BACKGROUND", (1, first_blank), (-2, -1), colors.HexColor("#FAFBFC")))
    table = Table(
        data, colWidths=widths, rowHeights=[HEADING_HEIGHT] + [ROW_HEIGHT] * (len(data) - 1), repeatRows=1
    )
    table.setStyle(TableStyle(style))
    if progress:
        progress(2, 3)

    spanish = (detail.topic_es or "").strip()
    names = [spanish, detail.topic] if topic_language == "es" and spanish else [detail.topic, spanish]
    topic = "  /  ".join(dict.fromkeys(name for name in names if name))  # without an empty or repeated one
    when = f"{detail.data.starts_at:%Y-%m-%d  %H:%M}"
    trainer_names = ", ".join(isolate(name) for _, name in detail.trainer_names) or "—"
    place = detail.place or "—"
    languages = ", ".join(detail.data.languages)

    def draw_header(canvas, doc) -> None:
        canvas.saveState()
        width, height = PAGE
        top = height - MARGIN
        canvas.setFillColor(colors.HexColor("#5A6472"))
        draw_text(canvas, MARGIN, top - 9, TITLE, size=9)
        canvas.setFillColor(colors.black)
        room = width - 2 * MARGIN
        draw_text(canvas, MARGIN, top - 32, topic, size=fit_size(topic, size=16, width=room, bold=True, min_size=10),
                  bold=True, width=room)
        y = top - 54
        for label, value, x in (
            (LABELS["date"], when + (f"   ({languages})" if languages else ""), MARGIN),
            (LABELS["place"], place, MARGIN + 3.6 * inch),
        ):
            label_w = draw_text(canvas, x, y, label + ": ", size=9, bold=True)
            value_room = (3.4 * inch if x == MARGIN else width - MARGIN - x) - label_w
            draw_text(canvas, x + label_w, y, value, size=10, width=value_room)
        y -= 17
        label_w = draw_text(canvas, MARGIN, y, LABELS["trainer"] + ": ", size=9, bold=True)
        draw_text(canvas, MARGIN + label_w, y, trainer_names, size=10, width=room - label_w)
        canvas.setStrokeColor(colors.HexColor("#8A94A3"))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, height - MARGIN - HEADER_HEIGHT + 8, width - MARGIN, height - MARGIN - HEADER_HEIGHT + 8)
        # footer
        canvas.setFillColor(colors.HexColor("#5A6472"))
        page_text = LABELS["page"].format(n=doc.page)
        page_w = draw_text(canvas, width - MARGIN, MARGIN - 2, page_text, size=8, align="right")
        draw_text(canvas, MARGIN, MARGIN - 2, LABELS["walk_in"], size=8, width=room - page_w - 12)
        canvas.setFillColor(colors.black)
        draw_text(canvas, MARGIN, MARGIN - 13, LABELS["confidential"], size=8, bold=True, width=room)
        canvas.restoreState()

    with atomic_write(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=f"Sign-in sheet / Hoja de asistencia: {names[0]}",
            author="Committee Desk",
            creator="Committee Desk",
            initialFontName=SANS,  # no built-in Helvetica reference: every font is embedded
            initialFontSize=FONT_SIZE,
        )
        doc.build([table], onFirstPage=draw_header, onLaterPages=draw_header)
        pages = doc.page
    if progress:
        progress(3, 3)
    return SignInResult(pages, len(people), blank)
