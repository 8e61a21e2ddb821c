"""The wall chart as a one-page PDF (letter, landscape) to pin up at the committee meeting.

Rows are departments, columns are shifts (plus totals). Each cell shows the people on the roster,
how many are assessed, a bar with the 1-5 spread (green ... red, grey = not assessed), and the
committee members with the leader coverage (co-workers per member; red when fewer than one
member per ~10 co-workers). The cell is tinted by its average assessment. The health checks are
listed plainly on the right. Always one page: rows shrink to fit. Fonts are the shipped ones
(reports/core/fonts.py), embedded; the file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Optional

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from models.core import audit
from models.core.db import Database
from models.organization.wallchart import COVERAGE_GOAL, NONE_ID, Cell, WallChart, wall_chart

from reports.core.atomic import atomic_write
from reports.core import textpath
from reports.core.fonts import ARABIC_BOLD, SANS, SANS_BOLD, face_for, register_fonts


# Every word goes through reports/textpath (shaped, bidi, a face per character): the drawing code
# below names a face only to say regular or bold.
def _bold(font: str) -> bool:
    return font in (SANS_BOLD, ARABIC_BOLD)


def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 (reportlab's name)
    return textpath.text_width(text, size=size, bold=_bold(font))


def simpleSplit(text: str, font: str, size: float, width: float) -> list[str]:  # noqa: N802
    return textpath.wrap_text(text, size=size, width=width, bold=_bold(font))


class _TextCanvas:
    """The canvas, with its string drawing sent through the text path."""

    def __init__(self, canvas: Canvas) -> None:
        self._c = canvas
        self._font, self._size = SANS, 10.0

    def __getattr__(self, name):
        return getattr(self._c, name)

    def setFont(self, font: str, size: float, leading=None) -> None:  # noqa: N802
        self._font, self._size = font, size

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        textpath.draw_text(self._c, x, y, text, size=self._size, bold=_bold(self._font))

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        textpath.draw_text(self._c, x, y, text, size=self._size, bold=_bold(self._font), align="right")

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        textpath.draw_text(self._c, x, y, text, size=self._size, bold=_bold(self._font), align="center")

PAGE = landscape(letter)
MARGIN = 30
PANEL = 200  # health-check panel width (points)
GAP = 14
SPREAD_COLORS = {1: "#1a9850", 2: "#91cf60", 3: "#fee08b", 4: "#fc8d59", 5: "#d73027"}
UNASSESSED = "#d9d9d9"
ALERT = "#b00020"
OK = "#1a7a3a"


def _people(n: int) -> str:
    return f"{n} person" if n == 1 else f"{n} people"


def _assessed(n: int) -> str:
    return f"{n} assessed"


@dataclass
class WallChartLabels:
    """Every word printed on the chart; the UI passes translated ones, the CLI uses these.

    ``people`` and ``assessed`` take the count (plural forms); ``checks`` maps each health
    check's English template (``HealthCheck.message``) to its translation."""

    title: str = "Wall chart · {workplace}"
    summary: str = ("Unit size {unit} ({source})  ·  on the roster {people}  ·  committee members {members}"
                    "  ·  printed {date}")
    from_record: str = "from the workplace record"
    from_roster: str = "the roster count"
    corner: str = "Department \\ Shift"
    all_shifts: str = "All shifts"
    all_departments: str = "All departments"
    no_department: str = "(no department)"
    no_shift: str = "(no shift)"
    people: Callable[[int], str] = field(default=_people)
    assessed: Callable[[int], str] = field(default=_assessed)
    committee: str = "Committee {n}"
    no_member: str = "none"
    legend: str = "Assessment:"
    spread: tuple[str, ...] = ("1 strong support", "2 leaning support", "3 undecided", "4 leaning against", "5 opposed")
    not_assessed: str = "not assessed"
    coverage_note: str = ("Coverage 1:N = co-workers per committee member; goal one member per ~{goal} co-workers "
                          "(red = not met).")
    members_any: str = "Committee members: active members of any committee."
    members_workplace: str = "Committee members: active members of this workplace's committees."
    health_checks: str = "Health checks"
    checks: dict[str, str] = field(default_factory=dict)
    confidential: str = "Confidential — shred after use"


@dataclass
class WallChartResult:
    pages: int
    rows: int
    columns: int


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _tint(cell: Cell) -> colors.Color:
    """The average assessment's color, mixed with a lot of white."""
    if not cell.assessed:
        return colors.white
    avg = sum((i + 1) * n for i, n in enumerate(cell.spread)) / cell.assessed
    low = min(5, max(1, int(avg)))
    high = min(5, low + 1)
    frac = avg - low
    a, b = colors.HexColor(SPREAD_COLORS[low]), colors.HexColor(SPREAD_COLORS[high])
    mix = [a.red + (b.red - a.red) * frac, a.green + (b.green - a.green) * frac, a.blue + (b.blue - a.blue) * frac]
    return colors.Color(*(1 - 0.22 * (1 - c) for c in mix))


def _spread_bar(c: Canvas, cell: Cell, x: float, y: float, width: float, height: float) -> None:
    if not cell.people:
        return
    parts = [(SPREAD_COLORS[i + 1], n) for i, n in enumerate(cell.spread)] + [(UNASSESSED, cell.unassessed)]
    pos = x
    for color, n in parts:
        if n <= 0:
            continue
        w = width * n / cell.people
        c.setFillColor(colors.HexColor(color))
        c.rect(pos, y, w, height, stroke=0, fill=1)
        pos += w
    c.setStrokeColor(colors.HexColor("#777777"))
    c.setLineWidth(0.4)
    c.rect(x, y, width, height, stroke=1, fill=0)


def _draw_cell(c: Canvas, cell: Cell, x: float, y: float, w: float, h: float, size: float, labels: WallChartLabels,
               bold: bool = False) -> None:
    c.setFillColor(_tint(cell) if not bold else colors.HexColor("#f2f2f2"))
    c.rect(x, y, w, h, stroke=0, fill=1)
    if not cell.people:
        c.setFillColor(colors.HexColor("#999999"))
        c.setFont(SANS, size)
        c.drawCentredString(x + w / 2, y + h / 2 - size / 3, "—")
        return
    pad = 4
    font = SANS_BOLD if bold else SANS
    line1 = f"{labels.people(cell.people)} · {labels.assessed(cell.assessed)}"
    if stringWidth(line1, font, size) > w - 2 * pad:
        line1 = f"{cell.people} · {labels.assessed(cell.assessed)}"
    if stringWidth(line1, font, size) > w - 2 * pad:
        line1 = f"{cell.people} / {cell.assessed}"
    ratio = cell.coverage_text(labels.no_member)
    members = _fit(labels.committee.format(n=cell.members), font, size,
                   max(10.0, w - 2 * pad - stringWidth(ratio, SANS_BOLD, size) - 4))
    lines_room = h - 2 * pad
    bar_h = max(4.0, min(9.0, lines_room * 0.22))
    c.setFillColor(colors.black)
    c.setFont(font, size)
    top = y + h - pad - size
    c.drawString(x + pad, top, line1)
    bar_y = top - 3 - bar_h
    _spread_bar(c, cell, x + pad, bar_y, w - 2 * pad, bar_h)
    third = bar_y - 3 - size
    if third < y + 1:
        third = y + 2
    c.setFillColor(colors.black)
    c.setFont(font, size)
    c.drawString(x + pad, third, members)
    c.setFillColor(colors.HexColor(OK if cell.covered else ALERT))
    c.setFont(SANS_BOLD, size)
    c.drawRightString(x + w - pad, third, ratio)


def _draw_line(c: Canvas, x: float, y: float, text: str, size: float, width: float, min_size: float = 5.5,
               bold: bool = False) -> None:
    """One line of text, smaller when a (translated) text is longer, cut only as a last resort."""
    font = face_for(text, bold=bold)
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.25
    c.setFont(font, size)
    c.drawString(x, y, _fit(text, font, size, width))


def draw_wall_chart(c: Canvas, chart: WallChart, labels: Optional[WallChartLabels] = None) -> None:
    if not isinstance(c, _TextCanvas):
        c = _TextCanvas(c)
    labels = labels or WallChartLabels()
    register_fonts()
    width, height = PAGE
    c.setFillColor(colors.black)
    textpath.draw_text(c._c, width - MARGIN, MARGIN / 2 - 3, labels.confidential, size=7.5, bold=True, align="right",
                       width=width / 2)
    # ---- header
    title = labels.title.format(workplace=textpath.isolate(chart.workplace))
    c.setFont(face_for(title, bold=True), 15)
    c.setFillColor(colors.black)
    c.drawString(MARGIN, height - MARGIN - 12, _fit(title, face_for(title, bold=True), 15, width - 2 * MARGIN))
    total = chart.total
    sub = labels.summary.format(unit=chart.unit_size, source=labels.from_record if chart.unit_size_known else labels.from_roster,
                                people=total.people, members=total.members, date=date.today().isoformat())
    c.setFillColor(colors.HexColor("#444444"))
    _draw_line(c, MARGIN, height - MARGIN - 27, sub, 8.5, width - 2 * MARGIN)

    # ---- grid geometry
    grid_left = MARGIN
    grid_right = width - MARGIN - PANEL - GAP
    grid_top = height - MARGIN - 40
    legend_h = 30
    grid_bottom = MARGIN + legend_h
    rows = chart.departments
    cols = chart.shifts
    n_rows = len(rows) + 1  # + total row
    n_cols = len(cols) + 1  # + total column
    head_h = 18
    row_h = min(58.0, (grid_top - grid_bottom - head_h) / max(1, n_rows))
    label_w = min(130.0, (grid_right - grid_left) * 0.24)
    col_w = (grid_right - grid_left - label_w) / max(1, n_cols)
    size = max(5.5, min(8.0, row_h / 5.2, col_w / 17))

    # header row
    c.setFont(SANS_BOLD, size + 0.5)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawString(grid_left + 3, grid_top - head_h + 5, _fit(labels.corner, SANS_BOLD, size + 0.5, label_w - 6))
    headings = [labels.no_shift if sid == NONE_ID else name for sid, name in cols] + [labels.all_shifts]
    for i, name in enumerate(headings):
        x = grid_left + label_w + i * col_w
        font = face_for(name, bold=True)
        c.setFont(font, size + 0.5)
        c.drawCentredString(x + col_w / 2, grid_top - head_h + 5, _fit(name, font, size + 0.5, col_w - 6))

    # body rows
    y = grid_top - head_h
    row_defs = [(d_id, labels.no_department if d_id == NONE_ID else d_name, False) for d_id, d_name in rows]
    row_defs.append((None, labels.all_departments, True))
    for d_id, d_name, is_total in row_defs:
        y -= row_h
        font = face_for(d_name, bold=True)
        c.setFillColor(colors.black)
        c.setFont(font, size + 0.5)
        name_lines = simpleSplit(d_name, font, size + 0.5, label_w - 6)[:2]
        if len(simpleSplit(d_name, font, size + 0.5, label_w - 6)) > 2:
            name_lines[-1] = _fit(name_lines[-1] + "…", font, size + 0.5, label_w - 6)
        ty = y + row_h / 2 + (len(name_lines) - 1) * (size + 1) / 2 - size / 3
        for line in name_lines:
            c.drawString(grid_left + 3, ty, line)
            ty -= size + 1.5
        for i, (s_id, _s_name) in enumerate(cols + [(None, "")]):
            x = grid_left + label_w + i * col_w
            if is_total and s_id is None:
                cell = chart.total
            elif is_total:
                cell = chart.shift_total(s_id)
            elif s_id is None:
                cell = chart.department_total(d_id)
            else:
                cell = chart.cell(d_id, s_id)
            _draw_cell(c, cell, x + 1, y + 1, col_w - 2, row_h - 2, size, labels, bold=is_total or s_id is None)
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.setLineWidth(0.5)
        c.line(grid_left, y, grid_right, y)
    c.setStrokeColor(colors.HexColor("#888888"))
    c.line(grid_left + label_w + len(cols) * col_w, grid_top, grid_left + label_w + len(cols) * col_w, y)
    c.line(grid_left, grid_top - head_h, grid_right, grid_top - head_h)

    # ---- legend
    lx, ly = grid_left, MARGIN + 8
    room = width - 2 * MARGIN
    legend = [(SPREAD_COLORS[i + 1], text) for i, text in enumerate(labels.spread[:5])] + [(UNASSESSED, labels.not_assessed)]
    lsize = 7.5
    while lsize > 5.5 and (stringWidth(labels.legend, SANS, lsize) + 6
                           + sum(22 + stringWidth(t, SANS, lsize) for _c, t in legend)) > room:
        lsize -= 0.25
    c.setFont(SANS, lsize)
    c.setFillColor(colors.black)
    c.drawString(lx, ly + 10, labels.legend)
    lx += stringWidth(labels.legend, SANS, lsize) + 6
    for color, text in legend:
        c.setFillColor(colors.HexColor(color))
        c.rect(lx, ly + 9, 9, 7, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.drawString(lx + 12, ly + 10, text)
        lx += 12 + stringWidth(text, SANS, lsize) + 10
    members_note = labels.members_workplace if chart.scope == "workplace" else labels.members_any
    c.setFillColor(colors.black)
    _draw_line(c, grid_left, ly - 2, labels.coverage_note.format(goal=COVERAGE_GOAL) + " " + members_note, 7.5, room)

    # ---- health checks panel
    px = width - MARGIN - PANEL
    py = grid_top
    c.setFillColor(colors.HexColor("#f6f6f6"))
    c.rect(px, grid_bottom, PANEL, grid_top - grid_bottom, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(SANS_BOLD, 11)
    py -= 16
    c.drawString(px + 8, py, _fit(labels.health_checks, SANS_BOLD, 11, PANEL - 16))
    py -= 8
    for check in chart.checks:
        mark, color = ("✓", OK) if check.ok else ("✗", ALERT) if check.ok is False else ("•", "#333333")
        text = labels.checks.get(check.message, check.message).format(**check.values)
        lines = simpleSplit(text, SANS, 8.5, PANEL - 30)
        py -= 14
        c.setFillColor(colors.HexColor(color))
        c.setFont(SANS_BOLD, 10)
        c.drawString(px + 8, py, mark)
        c.setFillColor(colors.black)
        for line in lines:
            font = face_for(line)
            c.setFont(font, 8.5)
            c.drawString(px + 22, py, line)
            py -= 11
            if py < grid_bottom + 8:
                break


@audit.audited("printed", "wall-chart")
def write_wall_chart(db: Database, workplace_id: int, out: str | Path, scope: str = "any",
                     labels: Optional[WallChartLabels] = None) -> WallChartResult:
    chart = wall_chart(db, workplace_id, scope)
    return write_chart_pdf(chart, out, labels)


def write_chart_pdf(chart: WallChart, out: str | Path, labels: Optional[WallChartLabels] = None) -> WallChartResult:
    labels = labels or WallChartLabels()
    register_fonts()
    with atomic_write(out) as tmp:
        c = Canvas(str(tmp), pagesize=PAGE, pageCompression=1, initialFontName=SANS)
        c.setTitle(labels.title.format(workplace=chart.workplace))
        c.setAuthor("Committee Desk")
        draw_wall_chart(c, chart, labels)
        c.showPage()
        c.save()
    return WallChartResult(1, len(chart.departments), len(chart.shifts))


__all__ = ["write_wall_chart", "write_chart_pdf", "WallChartLabels", "WallChartResult", "NONE_ID"]
