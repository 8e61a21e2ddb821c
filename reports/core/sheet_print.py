"""Workbooks that print: one print setup for every sheet of every workbook the app writes.

A union hall prints the roster export, the turnout and the training reports from Excel or
LibreOffice; without a print setup they came out as 48 to 264 pages of slivers. Each writer calls:

* ``use_named_font(wb)`` right after ``Workbook()``: the workbook's default font (every cell
  without a font of its own) is Arial, which Excel has on Windows and macOS and LibreOffice maps
  to the metric-compatible Liberation Sans; ``font(...)`` makes the bold/coloured header fonts
  with that name too (a font without a name made LibreOffice fall back to a serif face).
* ``setup_sheet(ws, columns=…, rows=…, widths=…)`` for every worksheet: landscape when it has
  more than ``WIDE_COLUMNS`` columns, fit to one page wide (as many pages tall as needed) — or,
  when the columns' ``widths`` would shrink the text below ``MIN_SCALE`` of its size on one
  page, fit to two pages wide with the first column repeated —, the header rows repeated on
  every page, the print area (the first ``columns`` columns: a wide export prints the columns a
  person needs on paper and leaves the rest outside), narrow margins, grid lines, and a footer
  with "Confidential — shred after use" (in the workbook's language) and "Page n of N".
* ``chart_sheet(wb, chart, title)``: a chart gets a sheet of its own, sized to a landscape page
  and printed as one page (no chart cut across pages).

Write-only worksheets take all of this too (openpyxl writes the page setup after the rows).
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from typing import Optional

from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Font as DrawingFont, Paragraph, ParagraphProperties
from openpyxl.styles import DEFAULT_FONT, Font, NamedStyle
from openpyxl.styles.borders import DEFAULT_BORDER
from openpyxl.styles.named_styles import NamedStyleList
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins

FONT_NAME = "Arial"  # Windows and macOS have it; LibreOffice prints it with Liberation Sans
FONT_SIZE = 10
WIDE_COLUMNS = 7  # more columns than this print landscape
FOOTER_SIZE = 8
# A landscape page less the margins below: Letter 25.9 x 18.8 cm, A4 27.7 x 18.2 cm.
CHART_WIDTH_CM, CHART_HEIGHT_CM = 25.0, 17.5
CHART_COLUMNS, CHART_ROWS = 15, 33  # the cells under the chart (default widths and heights)
REGULAR_CHAR = 0.85  # the width of an average regular Arial character, in width units
MIN_SCALE = 0.55  # below this a 10 pt font prints under 5.5 pt: two pages wide instead
# The printable width (inches) inside the margins below, the narrower of Letter and A4.
PRINTABLE_WIDTH = {False: 8.27 - 0.8, True: 11.0 - 0.8}


@dataclass
class PrintLabels:
    """The footer's words, in the workbook's language (the UI passes translated ones)."""

    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"


def font(**kwargs) -> Font:
    """A cell font with the shipped name (bold headers, titles, white text on a fill)."""
    kwargs.setdefault("name", FONT_NAME)
    return Font(**kwargs)


def use_named_font(wb) -> None:
    """Make Arial the workbook's default font (font 0 and the Normal style). Call it on a new
    workbook, before any cell is styled."""
    base = copy(DEFAULT_FONT)
    base.name, base.sz, base.scheme = FONT_NAME, FONT_SIZE, None
    wb._fonts = IndexedList([base])
    wb._named_styles = NamedStyleList()
    wb.add_named_style(NamedStyle(name="Normal", font=copy(base), border=copy(DEFAULT_BORDER), builtinId=0))


def _footer_text(text: str) -> str:
    return (text or "").replace("&", "&&")


def page_code(pattern: str) -> str:
    """"Page {page} of {pages}" as a header/footer code ("Page &P of &N")."""
    escaped = _footer_text(pattern)
    try:
        return escaped.format(page="&P", pages="&N")
    except (KeyError, IndexError, ValueError):  # a translation that broke the placeholders
        return "&P / &N"


def set_footer(ws, labels: Optional[PrintLabels] = None) -> None:
    """"Confidential — shred after use" on the left, "Page n of N" on the right of every page."""
    labels = labels or PrintLabels()
    footer = ws.HeaderFooter.oddFooter  # (worksheets and chart sheets alike)
    footer.left.text = _footer_text(labels.confidential)
    footer.left.font = f"{FONT_NAME},Bold"
    footer.left.size = FOOTER_SIZE
    footer.right.text = page_code(labels.page)
    footer.right.font = f"{FONT_NAME},Regular"
    footer.right.size = FOOTER_SIZE


def print_scale(widths, landscape: bool) -> float:
    """The scale (1.0 = full size) at which columns of ``widths`` (characters) fit one page wide."""
    # a width unit is 7 pixels of Arial 10 (96 dpi), plus padding; LibreOffice prints the
    # columns some 7 % wider (measured: 10 pt text at the estimated 55.5 % printed at 5.2 pt)
    inches = sum(7.5 * w + 5 for w in widths) / 96
    return min(1.0, PRINTABLE_WIDTH[bool(landscape)] / inches) if inches else 1.0


def setup_sheet(ws, *, columns: int, rows: int, header_rows: int = 1, first_header_row: int = 1,
                labels: Optional[PrintLabels] = None, landscape: Optional[bool] = None,
                widths: Optional[list[float]] = None) -> None:
    """The print setup of one worksheet holding a table of ``columns`` columns and ``rows`` rows
    (header included), whose header rows are ``first_header_row`` .. + ``header_rows`` - 1.
    With the columns' ``widths`` a table too wide to read on one page prints two pages wide.
    On a write-only sheet call it before the first row: the fit-to-page flag is written with the
    sheet's properties, ahead of the rows (``set_print_area`` may follow later)."""
    columns, rows = max(1, columns), max(1, rows)
    wide = columns > WIDE_COLUMNS if landscape is None else landscape
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    two_pages = widths is not None and print_scale(list(widths)[:columns], wide) < MIN_SCALE
    ws.page_setup.fitToWidth = 2 if two_pages else 1
    if two_pages:
        ws.print_title_cols = "A:A"  # the row's first column on the second page too
    ws.page_setup.fitToHeight = 0  # as many pages tall as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_rows:
        last_header = first_header_row + header_rows - 1
        ws.print_title_rows = f"{first_header_row}:{last_header}"
    set_print_area(ws, columns=columns, rows=rows)
    ws.print_options.gridLines = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.25, footer=0.3)
    set_footer(ws, labels)


def wrapped_lines(text: str, width: float, char: float = 1.0) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (greedy, by
    words; a bold Arial character is about one width unit, ``char``; a regular one about 0.85)."""
    room = max(1.0, width - 1.5)
    lines, used = 1, 0.0
    for word in str(text or "").split():
        if used and used + char * (1 + len(word)) > room:
            lines, used = lines + 1, 0.0
        used += char * ((1 if used else 0) + len(word))
        while used > room:  # a word longer than the column breaks where it must
            lines, used = lines + 1, used - room
    return lines


def fit_row_height(ws, row: int, texts, widths) -> None:
    """Make ``row`` tall enough for its wrapped ``texts`` in columns of ``widths`` (LibreOffice
    keeps the default height of a row it reads, clipping a wrapped header). On a write-only
    sheet call it before the row is appended."""
    lines = max((wrapped_lines(t, w) for t, w in zip(texts, widths)), default=1)
    ws.row_dimensions[row].height = max(15.0, 12.75 * lines + 3)


def grow_row(ws, row: int, texts, widths) -> None:
    """Make ``row`` tall enough for the wrapped ``texts`` in columns of ``widths`` when one takes
    more than a line (neither LibreOffice nor Excel grows a row of a file it opens: the second
    line would be drawn over the next row). A one-line row keeps the default height."""
    lines = max((wrapped_lines(t, w, REGULAR_CHAR) for t, w in zip(texts, widths)), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = 12.75 * lines + 2


def set_print_area(ws, *, columns: int, rows: int) -> None:
    """The table's cells (a defined name, written when the workbook is saved)."""
    ws.print_area = f"A1:{get_column_letter(max(1, columns))}{max(1, rows)}"


def chart_text(size: float = 10, bold: bool = False) -> RichText:
    """Chart text properties naming the font (LibreOffice otherwise picks its own)."""
    props = CharacterProperties(latin=DrawingFont(typeface=FONT_NAME), sz=int(size * 100), b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def chart_sheet(wb, chart, title: str, labels: Optional[PrintLabels] = None):
    """A sheet holding only ``chart``, sized to a landscape page's printable area (Letter and
    A4 alike) and printed fit to one page; its text in Arial. (A true chart sheet would do for
    Excel, but LibreOffice prints an empty page for it.)"""
    chart.txPr = chart_text()
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    ws = wb.create_sheet(title)
    setup_sheet(ws, columns=CHART_COLUMNS, rows=CHART_ROWS, header_rows=0, labels=labels, landscape=True)
    ws.page_setup.fitToHeight = 1
    ws.print_options.gridLines = False
    ws.add_chart(chart, "A1")
    return ws
