"""Sign-in sheet PDF for a training session.

Letter landscape. Every page repeats the header (topic in English and Spanish, the UI's language
first; date, place, trainers) and the column headings (bilingual). Registered people come pre-filled
(name, phone, department, shift) in alphabetical order; blank rows follow for walk-ins, filling the
last page. Fonts are the shipped ones (reports/fonts.py), embedded. Written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from models import audit
from models import trainings
from models.db import Database

from .atomic import atomic_write
from .fonts import SANS, SANS_BOLD, face_for, register_fonts

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
    ("Name", "Nombre", 2.85),
    ("Phone", "Teléfono", 1.5),
    ("Department", "Departamento", 1.65),
    ("Shift", "Turno", 1.0),
    ("Signature", "Firma", 2.55),
]
TITLE = "Training sign-in sheet  ·  Hoja de asistencia a la capacitación"
LABELS = {
    "date": "Date / Fecha",
    "place": "Place / Lugar",
    "trainer": "Trainer / Capacitador(a)",
    "page": "Page {n} / Página {n}",
    "walk_in": "Walk-ins: please print clearly · Personas sin registro: escriba con letra clara",
}


@dataclass
class SignInResult:
    pages: int
    registered_rows: int
    blank_rows: int


def _fit(text: str, font: str, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits one line of the cell."""
    if stringWidth(text, font, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, FONT_SIZE) > width:
        text = text[:-1]
    return text + "…"


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
    people = trainings.list_registrations(db, session_id)
    if progress:
        progress(1, 3)
    blank = blank_rows if blank_rows is not None else blank_row_count(len(people), detail.data.capacity)

    widths = [w * inch for _, _, w in COLUMNS]
    heading = [f"{en}\n{es}" if es else en for en, es, _ in COLUMNS]
    data: list[list[str]] = [heading]
    style = [
        ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), 8.5),
        ("LEADING", (0, 0), (-1, 0), 10),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0")),
        ("FONTNAME", (0, 1), (-1, -1), SANS),
        ("FONTSIZE", (0, 1), (-1, -1), FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8A94A3")),
        ("TEXTCOLOR", (0, 1), (0, -1), colors.HexColor("#5A6472")),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ]
    for n, person in enumerate(people, start=1):
        row = [str(n)]
        for col, value in enumerate((person.name, person.phone, person.department, person.shift), start=1):
            font = face_for(value)
            if font != SANS:
                style.append(("FONTNAME", (col, n), (col, n), font))
            row.append(_fit(value, font, widths[col] - 8))
        row.append("")
        data.append(row)
    first_blank = len(data)
    for n in range(blank):
        data.append([str(len(people) + n + 1), "", "", "", "", ""])
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
    trainer_names = ", ".join(name for _, name in detail.trainer_names) or "—"
    place = detail.place or "—"
    languages = ", ".join(detail.data.languages)

    def draw_header(canvas, doc) -> None:
        canvas.saveState()
        width, height = PAGE
        top = height - MARGIN
        canvas.setFillColor(colors.HexColor("#5A6472"))
        canvas.setFont(SANS, 9)
        canvas.drawString(MARGIN, top - 9, TITLE)
        canvas.setFillColor(colors.black)
        font = face_for(topic, bold=True)
        size = 16
        while size > 10 and stringWidth(topic, font, size) > width - 2 * MARGIN:
            size -= 1
        canvas.setFont(font, size)
        canvas.drawString(MARGIN, top - 32, _fit_size(topic, font, size, width - 2 * MARGIN))
        y = top - 54
        for label, value, x in (
            (LABELS["date"], when + (f"   ({languages})" if languages else ""), MARGIN),
            (LABELS["place"], place, MARGIN + 3.6 * inch),
        ):
            canvas.setFont(SANS_BOLD, 9)
            canvas.drawString(x, y, label + ":")
            label_w = stringWidth(label + ": ", SANS_BOLD, 9)
            value_font = face_for(value)
            canvas.setFont(value_font, 10)
            room = (3.4 * inch if x == MARGIN else width - MARGIN - x) - label_w
            canvas.drawString(x + label_w, y, _fit_size(value, value_font, 10, room))
        y -= 17
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawString(MARGIN, y, LABELS["trainer"] + ":")
        label_w = stringWidth(LABELS["trainer"] + ": ", SANS_BOLD, 9)
        value_font = face_for(trainer_names)
        canvas.setFont(value_font, 10)
        canvas.drawString(MARGIN + label_w, y, _fit_size(trainer_names, value_font, 10, width - 2 * MARGIN - label_w))
        canvas.setStrokeColor(colors.HexColor("#8A94A3"))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, height - MARGIN - HEADER_HEIGHT + 8, width - MARGIN, height - MARGIN - HEADER_HEIGHT + 8)
        # footer
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.HexColor("#5A6472"))
        canvas.drawString(MARGIN, MARGIN - 2, LABELS["walk_in"])
        canvas.drawRightString(width - MARGIN, MARGIN - 2, LABELS["page"].format(n=doc.page))
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


def _fit_size(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
