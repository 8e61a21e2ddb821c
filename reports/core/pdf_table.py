"""Tables on paper: the one table drawer of the directory, turnout and training PDFs.

A report hands ``write_table_pdf`` a list of blocks, in reading order:

* ``Heading(level, text)``: a section (level 0, large), a group (1) or a sub-group (2), e.g.
  workplace › department › shift. At the top of a page the headings still in force are repeated
  with "(continued)", so a page torn from the pile still says whose rows these are;
* ``Columns([...], width=None)``: the columns of the rows that follow (title, relative width,
  alignment; the table as wide as the page or ``width`` points); their titles, wrapped to their
  columns, are drawn at once and again at the top of every page while they last;
* ``Row(cells)``: one line of cells, each shortened with "…" to its column's width;
* ``Note(text)``: a wrapped paragraph (a remark under a table, "nobody here").

Two passes: the blocks are first laid out into pages (every block has a fixed height, a heading
never ends a page), then drawn knowing the page count ("Page 3 of 12"). Every page carries the
title, the subtitle and the footer ("Confidential — shred after use", in the document's
language). Text goes through reports/core/textpath.py: shaped, right-to-left names in logical order,
fonts embedded. Each page's cells share one text object (a 2,000-person directory takes well
under a second per hundred pages). Written atomically.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence, Union

from reportlab.lib.pagesizes import landscape as landscape_of
from reportlab.lib.pagesizes import letter

from .atomic import atomic_write
from .textpath import draw_text, fit_size, new_canvas, text_width, wrap_text

MARGIN = 36.0
HEADER_H = 46.0  # title and subtitle on every page
FOOTER_H = 24.0
ROW_H = 14.0
TITLE_SIZE = 8.0
MIN_TITLE_SIZE = 6.0
TITLE_LINE_H = 9.5
HEADING_H = (24.0, 19.0, 16.0)  # by level
NOTE_LINE_H = 11.0
SIZE = 8.5
HEADING_SIZE = (12.5, 10.5, 9.0)
PAD = 3.0
GRAY = 0.35
STRIPE = 0.95


@dataclass
class Column:
    title: str
    width: float = 1.0  # relative to the other columns
    align: str = "left"  # "left", "right" or "center"


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Columns:
    columns: list[Column]
    width: Optional[float] = None  # points; None: the page's width between the margins
    _titles: Optional[list[tuple[float, list[str]]]] = field(default=None, repr=False, compare=False)

    def edges(self, left: float, right: float) -> list[tuple[float, float]]:
        """Each column's left and right x, the widths shared by the columns' weights."""
        if self.width:
            right = min(right, left + self.width)
        total = sum(max(0.01, c.width) for c in self.columns) or 1.0
        edges, x = [], left
        for column in self.columns:
            w = (right - left) * max(0.01, column.width) / total
            edges.append((x, x + w))
            x += w
        return edges

    def titles(self, left: float, right: float) -> list[tuple[float, list[str]]]:
        """Each column title's size and lines: wrapped to its column (at most three lines), in a
        smaller size when its longest word would not fit (a long word in a translation)."""
        if self._titles is None:
            self._titles = []
            for column, (x0, x1) in zip(self.columns, self.edges(left, right)):
                room = max(1.0, x1 - x0 - 2 * PAD)
                longest = max(column.title.split(), key=lambda w: text_width(w, size=TITLE_SIZE, bold=True), default="")
                size = fit_size(longest, size=TITLE_SIZE, width=room, bold=True, min_size=MIN_TITLE_SIZE)
                self._titles.append((size, wrap_text(column.title, size=size, width=room, bold=True, max_lines=3)))
        return self._titles

    def height(self, left: float, right: float) -> float:
        return TITLE_LINE_H * max((len(lines) for _size, lines in self.titles(left, right)), default=1) + 6


@dataclass
class Row:
    cells: Sequence[str]
    bold: bool = False


@dataclass
class Note:
    text: str


Block = Union[Heading, Columns, Row, Note]


@dataclass
class PageWords:
    """The words on every page, in the document's language (the UI passes translated ones)."""

    title: str
    subtitle: str = ""
    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"
    continued: str = "{heading} (continued)"


@dataclass
class _Page:
    ops: list = field(default_factory=list)  # (y, block, columns in force, repeated heading?)


def _height(block: Block, left: float, right: float, note_lines: int = 1) -> float:
    if isinstance(block, Heading):
        return HEADING_H[min(block.level, 2)]
    if isinstance(block, Columns):
        return block.height(left, right)
    if isinstance(block, Row):
        return ROW_H
    return NOTE_LINE_H * note_lines + 4


class _Layout:
    """Blocks -> pages of positioned blocks."""

    def __init__(self, page_size: tuple[float, float]) -> None:
        self.width, self.height = page_size
        self.top = self.height - MARGIN - HEADER_H
        self.left, self.right = MARGIN, self.width - MARGIN
        self.bottom = MARGIN + FOOTER_H
        self.pages: list[_Page] = []
        self.headings: list[Heading] = []  # in force, by level
        self.columns: Optional[Columns] = None
        self.y = 0.0

    def _new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.top
        for heading in self.headings:  # the groups these rows belong to, "(continued)"
            self._place(heading, repeated=True)
        if self.columns is not None:
            self._place(self.columns)

    def _place(self, block: Block, repeated: bool = False, lines: Optional[list[str]] = None) -> None:
        height = _height(block, self.left, self.right, len(lines) if lines else 1)
        self.pages[-1].ops.append((self.y, block, self.columns, repeated, lines))
        self.y -= height

    def _room(self, needed: float) -> bool:
        return bool(self.pages) and self.y - needed >= self.bottom

    def add(self, blocks: Iterable[Block]) -> list[_Page]:
        blocks = list(blocks)
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                self.headings = [h for h in self.headings if h.level < block.level]
                self.columns = None
                if not self._room(self._keep_with(blocks, index)):  # a heading never ends a page
                    self._new_page()
                self._place(block)
                self.headings.append(block)
            elif isinstance(block, Columns):
                self.columns = block
                if not self._room(block.height(self.left, self.right) + ROW_H):
                    self._new_page()  # (which draws the titles)
                else:
                    self._place(block)
            elif isinstance(block, Row):
                if not self._room(ROW_H):
                    self._new_page()
                self._place(block)
            else:
                lines = wrap_text(block.text, size=SIZE, width=self.width - 2 * MARGIN) or [""]
                if not self._room(_height(block, self.left, self.right, len(lines))):
                    self._new_page()
                self._place(block, lines=lines)
        if not self.pages:
            self._new_page()
        return self.pages

    def _keep_with(self, blocks: list[Block], index: int) -> float:
        """The height of the heading at ``index`` with what must stay on its page: the headings
        and column titles after it, down to the first row or note."""
        height = 0.0
        for block in itertools.islice(blocks, index, None):
            height += _height(block, self.left, self.right)
            if isinstance(block, (Row, Note)):
                break
        return height


def _cell(t, text: str, edge: tuple[float, float], align: str, base: float, size: float, bold: bool) -> None:
    x0, x1 = edge
    room = max(1.0, x1 - x0 - 2 * PAD)
    x = {"left": x0 + PAD, "right": x1 - PAD, "center": (x0 + x1) / 2}.get(align, x0 + PAD)
    draw_text(t, x, base, text or "", size=size, bold=bold, width=room,
              align=align if align in ("left", "right", "center") else "left")


def _draw_page(c, page: _Page, number: int, pages: int, words: PageWords, size: tuple[float, float]) -> None:
    width, height = size
    left, right = MARGIN, width - MARGIN
    top = height - MARGIN
    # header
    title_size = fit_size(words.title, size=14, width=right - left, bold=True, min_size=9)
    draw_text(c, left, top - 14, words.title, size=title_size, bold=True, width=right - left)
    if words.subtitle:
        c.setFillGray(GRAY)
        draw_text(c, left, top - 29, words.subtitle, size=8.5, width=right - left)
        c.setFillGray(0)
    c.setLineWidth(0.8)
    c.line(left, top - HEADER_H + 8, right, top - HEADER_H + 8)
    # footer
    page_text = words.page.format(page=number, pages=pages)
    c.setLineWidth(0.5)
    c.line(left, MARGIN + 10, right, MARGIN + 10)
    draw_text(c, right, MARGIN, page_text, size=8, align="right")
    draw_text(c, left, MARGIN, words.confidential, size=8, bold=True,
              width=right - left - text_width(page_text, size=8) - 12)
    # body: shapes now, the cells' words in one text object drawn last
    t = c.beginText()
    stripe = 0
    for y, block, columns, repeated, lines in page.ops:
        if isinstance(block, Heading):
            level = min(block.level, 2)
            text = words.continued.format(heading=block.text) if repeated else block.text
            draw_text(t, left + 10 * level, y - HEADING_H[level] + 6, text, size=HEADING_SIZE[level], bold=True,
                      width=right - left - 10 * level)
            stripe = 0
        elif isinstance(block, Columns):
            edges = block.edges(left, right)
            height = block.height(left, right)
            c.setFillGray(0.86)
            c.rect(left, y - height + 1, edges[-1][1] - left, height - 1, stroke=0, fill=1)
            c.setFillGray(0)
            for column, edge, (size, lines) in zip(block.columns, edges, block.titles(left, right)):
                for n, line in enumerate(lines):  # bottom-aligned, as spreadsheet headers
                    base = y - height + 5 + (len(lines) - 1 - n) * TITLE_LINE_H
                    _cell(t, line, edge, column.align, base, size, True)
            stripe = 0
        elif isinstance(block, Row):
            columns = columns or Columns([Column("")] * len(block.cells))
            edges = columns.edges(left, right)
            if stripe % 2:
                c.setFillGray(STRIPE)
                c.rect(left, y - ROW_H, edges[-1][1] - left, ROW_H, stroke=0, fill=1)
                c.setFillGray(0)
            stripe += 1
            for cell, column, edge in zip(block.cells, columns.columns, edges):
                _cell(t, cell, edge, column.align, y - ROW_H + 4, SIZE, block.bold)
        else:
            for n, line in enumerate(lines or []):
                draw_text(t, left, y - NOTE_LINE_H * (n + 1) + 2, line, size=SIZE)
    c.drawText(t)


def write_table_pdf(out: Path | str, words: PageWords, blocks: Iterable[Block], *, landscape: bool = False,
                    page_size: tuple[float, float] = letter,
                    progress: Optional[Callable[[int, int], None]] = None) -> int:
    """Lay out and draw ``blocks``; returns the number of pages."""
    size = landscape_of(page_size) if landscape else page_size
    pages = _Layout(size).add(blocks)
    with atomic_write(out) as tmp:
        c = new_canvas(tmp, pagesize=size, invariant=0)
        c.setTitle(words.title)
        c.setCreator("Committee Desk")
        c.setAuthor("Committee Desk")
        for number, page in enumerate(pages, 1):
            _draw_page(c, page, number, len(pages), words, size)
            c.showPage()
            if progress:
                progress(number, len(pages))
        c.save()
    return len(pages)
