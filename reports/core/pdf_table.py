"""Tables on paper: the one table drawer of the directory, turnout and training PDFs.

A report hands ``write_table_pdf`` a list of blocks, in reading order:

* ``Heading(level, text)``: a section (level 0, large), a group (1) or a sub-group (2), e.g.
  workplace › department › shift. At the top of a page the headings still in force are repeated
  with "(continued)", so a page torn from the pile still says whose rows these are;
* ``Columns([...], width=None)``: the columns of the rows that follow (title, relative width,
  alignment; the table as wide as the page or ``width`` points); their titles, wrapped to their
  columns, are drawn at once and again at the top of every page while they last;
* ``Row(cells)``: one line of cells, each shortened with "…" to its column's width; in a column
  made with ``wrap=True`` the cell wraps instead (at ", " between names first, then between
  words), and the row grows to its tallest cell, so every name is printed whole;
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
ROW_LINE_H = 10.5  # each further line of a wrapped row
MAX_CELL_LINES = 8
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
    wrap: bool = False  # wrap long cells (the row grows) instead of shortening them with "…"


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Columns:
    columns: list[Column]
    width: Optional[float] = None  # points; None: the page's width between the margins
    _titles: Optional[list[tuple[float, list[str]]]] = field(default=None, repr=False, compare=False)
    _edges: dict = field(default_factory=dict, repr=False, compare=False)

    def edges(self, left: float, right: float) -> list[tuple[float, float]]:
        """Each column's left and right x: the widths shared by the columns' weights, but no
        column narrower than the longest word of its title (when the table has the room), so
        every title is set in the one title size."""
        key = (left, right)
        if key not in self._edges:
            if self.width:
                right = min(right, left + self.width)
            widths = _share(right - left, [max(0.01, c.width) for c in self.columns],
                            [_title_word_width(c.title) + 2 * PAD + 0.5 for c in self.columns])
            edges, x = [], left
            for w in widths:
                edges.append((x, x + w))
                x += w
            self._edges[key] = edges
        return self._edges[key]

    def titles(self, left: float, right: float) -> list[tuple[float, list[str]]]:
        """Each column title's size and lines: wrapped to its column (at most three lines), all
        in one size: the title size, or a smaller one for all when a column's longest title
        word would not fit even so (a long word in a translation)."""
        if self._titles is None:
            rooms = [max(1.0, x1 - x0 - 2 * PAD) for x0, x1 in self.edges(left, right)]
            size = min((fit_size(_longest_word(c.title), size=TITLE_SIZE, width=room, bold=True,
                                 min_size=MIN_TITLE_SIZE) for c, room in zip(self.columns, rooms)), default=TITLE_SIZE)
            self._titles = [(size, wrap_text(c.title, size=size, width=room, bold=True, max_lines=3))
                            for c, room in zip(self.columns, rooms)]
        return self._titles

    def height(self, left: float, right: float) -> float:
        return TITLE_LINE_H * max((len(lines) for _size, lines in self.titles(left, right)), default=1) + 6


def _longest_word(title: str) -> str:
    return max(title.split(), key=lambda w: text_width(w, size=TITLE_SIZE, bold=True), default="")


def _title_word_width(title: str) -> float:
    return text_width(_longest_word(title), size=TITLE_SIZE, bold=True)


def _share(total: float, weights: list[float], minimums: list[float]) -> list[float]:
    """``total`` shared by ``weights``, raising a share below its minimum to it (taken from the
    others in proportion) — when the minimums fit at all."""
    if sum(minimums) > total:
        return [total * w / sum(weights) for w in weights]
    fixed: dict[int, float] = {}
    while True:
        free = total - sum(fixed.values())
        free_weight = sum(w for i, w in enumerate(weights) if i not in fixed) or 1.0
        widths = [fixed.get(i, free * w / free_weight) for i, w in enumerate(weights)]
        short = [i for i, w in enumerate(widths) if i not in fixed and w < minimums[i]]
        if not short:
            return widths
        for i in short:
            fixed[i] = minimums[i]


def wrap_cell(text: str, *, size: float, width: float, bold: bool = False) -> list[str]:
    """A cell's lines: whole items of a ", " list on a line while they fit (a name is not split
    when it fits a line of its own), then words; at most ``MAX_CELL_LINES``."""
    lines: list[str] = []
    for item in _items(text or ""):
        trial = lines[-1] + item if lines else item
        if lines and text_width(trial.rstrip(), size=size, bold=bold) <= width:
            lines[-1] = trial
        elif text_width(item.rstrip(), size=size, bold=bold) <= width:
            lines.append(item)
        else:
            lines.extend(line + " " for line in wrap_text(item.rstrip(), size=size, width=width, bold=bold))
    lines = [line.rstrip() for line in lines] or [""]
    if len(lines) > MAX_CELL_LINES:
        lines = wrap_text(" ".join(lines), size=size, width=width, bold=bold, max_lines=MAX_CELL_LINES)
    return lines


def _items(text: str) -> list[str]:
    """``text`` cut after each ", " (the separator stays with the item before it)."""
    parts = text.split(", ")
    return [part + ", " for part in parts[:-1]] + [parts[-1]]


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
        return ROW_H + ROW_LINE_H * (note_lines - 1)
    return NOTE_LINE_H * note_lines + 4


def _row_lines(row: Row, columns: Optional[Columns], left: float, right: float) -> Optional[list[list[str]]]:
    """Each cell's lines when a column of ``row`` wraps; None when the row is one line."""
    if columns is None or not any(c.wrap for c in columns.columns):
        return None
    cells = []
    for cell, column, (x0, x1) in zip(row.cells, columns.columns, columns.edges(left, right)):
        room = max(1.0, x1 - x0 - 2 * PAD)
        cells.append(wrap_cell(cell, size=SIZE, width=room, bold=row.bold) if column.wrap else [cell])
    return cells


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

    def _place(self, block: Block, repeated: bool = False, lines: Optional[list] = None, count: int = 0) -> None:
        height = _height(block, self.left, self.right, count or (len(lines) if lines else 1))
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
                cells = _row_lines(block, self.columns, self.left, self.right)
                tallest = max((len(lines) for lines in cells), default=1) if cells else 1
                if not self._room(_height(block, self.left, self.right, tallest)):
                    self._new_page()
                self._place(block, lines=cells, count=tallest)
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
            cells = lines or [[cell] for cell in block.cells]
            row_h = _height(block, left, right, max((len(cell) for cell in cells), default=1))
            if stripe % 2:
                c.setFillGray(STRIPE)
                c.rect(left, y - row_h, edges[-1][1] - left, row_h, stroke=0, fill=1)
                c.setFillGray(0)
            stripe += 1
            for cell, column, edge in zip(cells, columns.columns, edges):
                for n, line in enumerate(cell):
                    _cell(t, line, edge, column.align, y - ROW_H + 4 - ROW_LINE_H * n, SIZE, block.bold)
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
