"""Mailing labels on standard sheets: Avery 5160 (US Letter, 3 x 10) and L7160 (A4, 3 x 7).

Each label holds the name in its own order (王小明, Trần Thị Lan, فاطمة حداد) and the postal
address (street, which may hold a second line; city, region and postal code; the country when it
is not the home country), shortened with "…" where a line would leave the label. People marked
"do not contact" and people without an address get no label (models/roster/directory.py).
"Confidential — shred after use" is printed in the sheet's bottom margin, outside the labels.
Text goes through reports/core/textpath.py (shaped, fonts embedded). Written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import inch, mm

from models.core import audit
from models.core.db import Database
from models.roster.directory import Addressee, mailing_addressees
from models.core.errors import QT_TRANSLATE_NOOP, UserError

from reports.core.atomic import atomic_write
from reports.core.textpath import draw_text, fit_size, new_canvas, text_width


@dataclass(frozen=True)
class LabelSheet:
    """The geometry of a sheet of labels (points; origin at the page's bottom left)."""

    name: str
    page: tuple[float, float]
    columns: int
    rows: int
    width: float  # one label
    height: float
    left: float  # page edge to the first label
    top: float
    pitch_x: float  # label start to the next label's start
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner of label ``index`` on its page (row by row, left to right)."""
        row, column = divmod(index % self.per_page, self.columns)
        x = self.left + column * self.pitch_x
        y = self.page[1] - self.top - row * self.pitch_y - self.height
        return x, y


LAYOUTS = {
    # Avery 5160: 1" x 2-5/8", top margin 1/2", side margin 3/16", 1/8" between columns.
    "5160": LabelSheet("5160", letter, 3, 10, 2.625 * inch, 1.0 * inch, 0.1875 * inch, 0.5 * inch,
                       2.75 * inch, 1.0 * inch),
    # Avery L7160: 63.5 x 38.1 mm, top margin 15.15 mm, side margin 7.25 mm, 2.54 mm between columns.
    "L7160": LabelSheet("L7160", A4, 3, 7, 63.5 * mm, 38.1 * mm, 7.25 * mm, 15.15 * mm, 66.04 * mm, 38.1 * mm),
}
HOME_COUNTRIES = {"5160": ("us", "usa", "united states", "united states of america", "estados unidos"),
                  "L7160": ()}
PAD_X = 0.12 * inch
SIZE = 9.5
MIN_SIZE = 7.0


@dataclass
class LabelWords:
    """The words on the sheet (outside the labels); the UI passes translated ones."""

    title: str = "Mailing labels"
    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"


@dataclass
class LabelsResult:
    pages: int
    labels: int
    left_out: int  # no postal address, or "do not contact"


def address_lines(person: Addressee, home: Iterable[str] = ()) -> list[str]:
    """The lines of one label: name, street (one line per line typed), "City, Region 12345",
    then the country unless it is the home country."""
    lines = [person.name]
    lines += [line.strip() for line in person.street.splitlines() if line.strip()]
    place = person.city.strip()
    if person.region.strip():
        place = f"{place}, {person.region.strip()}" if place else person.region.strip()
    if person.postal_code.strip():
        place = f"{place} {person.postal_code.strip()}" if place else person.postal_code.strip()
    if place:
        lines.append(place)
    country = person.country.strip()
    if country and country.casefold() not in {h.casefold() for h in home}:
        lines.append(country.upper())
    return lines


def _draw_label(c, sheet: LabelSheet, index: int, lines: list[str]) -> None:
    x, y = sheet.origin(index)
    room = sheet.width - 2 * PAD_X
    size = min(fit_size(line, size=SIZE, width=room, min_size=MIN_SIZE) for line in lines)
    leading = size * 1.18
    while len(lines) * leading > sheet.height - 6 and size > MIN_SIZE:  # many lines: a smaller size
        size -= 0.5
        leading = size * 1.18
    block = len(lines) * leading
    base = y + (sheet.height + block) / 2 - size  # the lines centred in the label's height
    for n, line in enumerate(lines):
        draw_text(c, x + PAD_X, base - n * leading, line, size=size, bold=(n == 0), width=room)


def write_labels_pdf(addressees: list[Addressee], out: Path | str, layout: str = "5160",
                     words: Optional[LabelWords] = None, home_country: Optional[Iterable[str]] = None,
                     progress: Optional[Callable[[int, int], None]] = None) -> int:
    """Draw one label per addressee on ``layout`` sheets; returns the page count."""
    sheet = LAYOUTS[layout]
    words = words or LabelWords()
    home = tuple(home_country) if home_country is not None else HOME_COUNTRIES.get(layout, ())
    pages = max(1, -(-len(addressees) // sheet.per_page))
    with atomic_write(out) as tmp:
        c = new_canvas(tmp, pagesize=sheet.page, invariant=0)
        c.setTitle(words.title)
        c.setCreator("Committee Desk")
        c.setAuthor("Committee Desk")
        for page in range(pages):
            chunk = addressees[page * sheet.per_page:(page + 1) * sheet.per_page]
            for index, person in enumerate(chunk):
                _draw_label(c, sheet, index, address_lines(person, home))
            _draw_margin_words(c, sheet, words, page + 1, pages)
            c.showPage()
            if progress:
                progress(page + 1, pages)
        c.save()
    return pages


def _draw_margin_words(c, sheet: LabelSheet, words: LabelWords, page: int, pages: int) -> None:
    """The footer in the bottom margin, below the last row of labels."""
    width = sheet.page[0]
    bottom_of_labels = sheet.page[1] - sheet.top - (sheet.rows - 1) * sheet.pitch_y - sheet.height
    y = max(6.0, bottom_of_labels / 2 - 3)
    size = 7.0
    page_text = words.page.format(page=page, pages=pages)
    c.setFillGray(0.3)
    draw_text(c, width - sheet.left, y, page_text, size=size, align="right")
    draw_text(c, sheet.left, y, words.confidential, size=size, bold=True,
              width=width - 2 * sheet.left - text_width(page_text, size=size) - 12)
    c.setFillGray(0)


def write_mailing_labels(db: Database, out: Path | str, layout: str = "5160",
                         person_ids: Optional[Iterable[int]] = None, words: Optional[LabelWords] = None,
                         progress: Optional[Callable[[int, int], None]] = None) -> LabelsResult:
    """Labels for everyone (or ``person_ids``) with a postal address who may be contacted."""
    if layout not in LAYOUTS:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown label layout."),
                        QT_TRANSLATE_NOOP("Errors", "Choose Avery 5160 (US Letter) or L7160 (A4)."))
    addressees, left_out = mailing_addressees(db, person_ids)
    if not addressees:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Nobody chosen has a postal address."),
                        QT_TRANSLATE_NOOP("Errors", "Add street and city to people, or choose other people."))
    pages = write_labels_pdf(addressees, out, layout, words, progress=progress)
    audit.record_after_file(db, "printed", "mailing-labels", count=len(addressees))
    return LabelsResult(pages, len(addressees), left_out)
