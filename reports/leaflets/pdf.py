"""Print leaflets (handbills) as PDF for the copy shop, with reportlab.

Layouts (see models.leaflets.templates): full page; half page 2-up and quarter card 4-up with cut marks;
two languages side by side; two languages front/back in duplex page order (also 2-up and 4-up).
Every panel on a sheet is the same leaflet, so the back of a 2-up/4-up sheet lines up with its
front whichever edge the copier flips on. A repeated panel is drawn once as a PDF form and placed
2 or 4 times (faster, smaller file).

Text: every paragraph goes through the one text path, reports/core/textpath.py (a face per
character from reports/core/fonts.py, embedded as a subset; HarfBuzz shaping; bidi per line in the
direction of the column's language, so right-to-left paragraphs wrap in the right order).

Text that does not fit is never cut: :func:`render_leaflet` returns the overflows and the largest
text size at which everything fits (``fit_scale``); ``strict=True`` raises :class:`LeafletOverflow`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4 as A4_SIZE
from reportlab.lib.pagesizes import LETTER as LETTER_SIZE
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP
from models.leaflets.templates import (
    A4,
    FRONT_BACK,
    FULL,
    HALF,
    HALF_FRONT_BACK,
    MIN_SCALE,
    QUARTER,
    QUARTER_FRONT_BACK,
    SIDE_BY_SIDE,
    LeafletDoc,
)

from reports.core import fonts
from reports.core.atomic import atomic_write
from reports.core.textpath import TextBlock

HIGHLIGHT = Color(0.88, 0.88, 0.88)  # prints as a clean gray on any copier
RULE = Color(0.45, 0.45, 0.45)
FOOTER_GRAY = Color(0.25, 0.25, 0.25)


# ---------------------------------------------------------------- geometry
@dataclass(frozen=True)
class Geometry:
    sheet: tuple[float, float]
    columns: int  # panels across
    rows: int  # panels down
    margin: float  # inside each panel (also keeps text away from the cut)
    body: float  # body text size in points at scale 1.0
    split_columns: bool  # two languages side by side in one panel
    front_back: bool

    @property
    def panel(self) -> tuple[float, float]:
        return self.sheet[0] / self.columns, self.sheet[1] / self.rows

    @property
    def cut_marks(self) -> bool:
        return self.columns * self.rows > 1


def geometry(layout: str, paper: str) -> Geometry:
    portrait = A4_SIZE if paper == A4 else LETTER_SIZE
    if layout in (HALF, HALF_FRONT_BACK):
        return Geometry(landscape(portrait), 2, 1, 11 * mm, 12.0, False, layout == HALF_FRONT_BACK)
    if layout in (QUARTER, QUARTER_FRONT_BACK):
        return Geometry(portrait, 2, 2, 8 * mm, 9.0, False, layout == QUARTER_FRONT_BACK)
    if layout == SIDE_BY_SIDE:
        return Geometry(portrait, 1, 1, 14 * mm, 12.5, True, False)
    return Geometry(portrait, 1, 1, 16 * mm, 14.0, False, layout == FRONT_BACK)


def page_count(doc: LeafletDoc) -> int:
    return len(doc.languages) if geometry(doc.layout, doc.paper).front_back else 1


# ---------------------------------------------------------------- markup
_MARK = re.compile(r"(\*\*|\*)")


def styled_segments(text: str) -> list[tuple[str, bool, bool]]:
    """``**bold**`` and ``*italic*`` -> [(text, bold, italic)]; unclosed markers end at the end."""
    bold = italic = False
    result: list[tuple[str, bool, bool]] = []
    for piece in _MARK.split(text):
        if piece == "**":
            bold = not bold
        elif piece == "*":
            italic = not italic
        elif piece:
            result.append((piece, bold, italic))
    return result


def plain(text: str) -> str:
    return "".join(piece for piece, _b, _i in styled_segments(text))


# ---------------------------------------------------------------- flowables
class HighlightBox(Flowable):
    """The when/where box: gray fill, black border, rows of label + value."""

    def __init__(self, rows: list[Flowable], pad: float, gap: float, line_width: float) -> None:
        super().__init__()
        self.rows = rows
        self.pad = pad
        self.gap = gap
        self.line_width = line_width
        self._heights: list[float] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        inner = aw - 2 * self.pad
        self._heights = [row.wrap(inner, 1e6)[1] for row in self.rows]
        self.width = aw
        self.height = sum(self._heights) + self.gap * max(0, len(self.rows) - 1) + 2 * self.pad
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(HIGHLIGHT)
        canvas.setStrokeColor(black)
        canvas.setLineWidth(self.line_width)
        canvas.roundRect(0, 0, self.width, self.height, self.pad * 0.6, stroke=1, fill=1)
        canvas.restoreState()
        y = self.height - self.pad
        for row, height in zip(self.rows, self._heights):
            y -= height
            row.drawOn(canvas, self.pad, y)
            y -= self.gap


class ImageBlock(Flowable):
    def __init__(self, reader: ImageReader, max_height: float) -> None:
        super().__init__()
        self.reader = reader
        self.max_height = max_height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        iw, ih = self.reader.getSize()
        height = self.max_height
        width = height * iw / max(ih, 1)
        if width > aw:
            width, height = aw, aw * ih / max(iw, 1)
        self.width, self.height, self.avail = width, height, aw
        return aw, height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, (self.avail - self.width) / 2, 0, self.width, self.height, mask="auto")


class QRBlock(Flowable):
    """A QR code (reportlab's own encoder) with its caption to the right."""

    def __init__(self, data: str, side: float, caption: Optional[Flowable]) -> None:
        super().__init__()
        self.data = data
        self.side = side
        self.caption = caption
        self._caption_h = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.side = min(self.side, aw)
        self.width = aw
        self._caption_h = 0.0
        if self.caption is not None:
            self._caption_h = self.caption.wrap(max(aw - self.side - 4 * mm, 10), 1e6)[1]
        self.height = max(self.side, self._caption_h)
        return aw, self.height

    def draw(self) -> None:
        """The matrix from reportlab's QR encoder, drawn as one path (one rectangle per run of dark
        modules): 10x faster than rendering the widget module by module."""
        matrix = qr_matrix(self.data)
        border = 4  # quiet zone, in modules
        count = len(matrix)
        module = self.side / (count + 2 * border)
        top = self.height
        canvas = self.canv
        path = canvas.beginPath()
        for r, row in enumerate(matrix):
            y = top - (border + r + 1) * module
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((border + start) * module, y, (c - start) * module, module)
                else:
                    c += 1
        canvas.saveState()
        canvas.setFillColor(black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
        if self.caption is not None:
            self.caption.drawOn(self.canv, self.side + 4 * mm, top - self.side / 2 - self._caption_h / 2)


def qr_widget(data: str) -> QrCodeWidget:
    """4 modules of quiet zone, error correction M (survives a smudged photocopy)."""
    return QrCodeWidget(data, barLevel="M", barBorder=4)


@lru_cache(maxsize=64)
def _qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    widget = qr_widget(data)
    widget.qr.make()
    count = widget.qr.getModuleCount()
    return tuple(tuple(bool(widget.qr.isDark(r, c)) for c in range(count)) for r in range(count))


def qr_matrix(data: str) -> list[list[bool]]:
    """The module matrix reportlab's own QR encoder makes for ``data`` (error correction M)."""
    return [list(row) for row in _qr_matrix(data)]


class Rule(Flowable):
    def __init__(self, space: float) -> None:
        super().__init__()
        self.space = space

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, self.space
        return aw, self.space

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.setDash(2, 2)
        self.canv.line(0, self.space / 2, self.width, self.space / 2)
        self.canv.restoreState()


# ---------------------------------------------------------------- building a panel
@dataclass
class Overflow:
    """Text that does not fit: on which page, which language, how much room it needs."""

    page: int
    language: str
    needed: float  # points
    available: float  # points

    @property
    def percent_over(self) -> int:
        return int(round(100 * (self.needed - self.available) / max(self.available, 1)))


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    page_size: tuple[float, float]
    overflows: list[Overflow] = field(default_factory=list)
    fit_scale: float = 1.0  # largest text size (<= the leaflet's) at which everything fits
    missing_images: list[str] = field(default_factory=list)
    can_fit: bool = True  # False: too long even at the smallest text size (MIN_SCALE)

    @property
    def fits(self) -> bool:
        return not self.overflows


class LeafletOverflow(errors.UserError):
    def __init__(self, result: RenderResult) -> None:
        self.result = result
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The text does not fit on the leaflet ({percent}% too long)."),
            QT_TRANSLATE_NOOP("Errors", "Shorten it, or shrink the text to {fit}% to fit.") if result.can_fit
            else QT_TRANSLATE_NOOP("Errors", "Shorten it: it does not fit even at the smallest text size."),
            percent=max(o.percent_over for o in result.overflows),
            fit=int(result.fit_scale * 100),
        )


class _Styles:
    def __init__(self, body: float, scale: float) -> None:
        size = body * scale
        self.size = size
        self.scale = scale
        self.headline = ParagraphStyle("h", fontName=fonts.SANS_BOLD, fontSize=size * 2.2, leading=size * 2.5)
        self.subhead = ParagraphStyle("s", fontName=fonts.SANS_BOLD, fontSize=size * 1.2, leading=size * 1.5)
        self.body = ParagraphStyle("b", fontName=fonts.SANS, fontSize=size, leading=size * 1.32)
        self.bullet = ParagraphStyle("l", parent=self.body, leftIndent=size * 1.3, bulletIndent=0,
                                     bulletFontName=fonts.SANS, bulletFontSize=size)
        self.box = ParagraphStyle("x", fontName=fonts.SANS, fontSize=size * 1.1, leading=size * 1.4)
        self.caption = ParagraphStyle("c", fontName=fonts.SANS, fontSize=size * 0.95, leading=size * 1.25)
        self.footer = ParagraphStyle("f", fontName=fonts.SANS, fontSize=max(size * 0.72, 5.5), leading=max(size * 0.72, 5.5) * 1.25,
                                     textColor=FOOTER_GRAY)


RTL_LANGUAGES = frozenset(("ar", "he", "fa", "ur"))


def direction(language: str) -> str:
    """The paragraph direction of a leaflet column in ``language``."""
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def _text(text: str, style: ParagraphStyle, bold: bool = False, bullet: str = "", lang: str = "en") -> Flowable:
    """Every leaflet paragraph goes through reports/core/textpath: HarfBuzz shaping, bidi per line
    in the direction of the column's language (an Arabic column is right-to-left and sits on the
    right, even a line that starts with a Latin or Chinese name), a face per character, marks
    kept, and text that extracts as typed (no presentation forms)."""
    base_bold = bold or style.fontName == fonts.SANS_BOLD
    segments = [(piece, (1 if (b or base_bold) else 0) + (2 if i else 0)) for piece, b, i in styled_segments(text)]
    return TextBlock(segments, style.fontSize, style.leading, bullet=bullet, color=style.textColor,
                     direction=direction(lang))


@lru_cache(maxsize=32)
def _image_reader(path: str, mtime: float) -> ImageReader:
    return ImageReader(path)


def _image(path: str) -> Optional[ImageReader]:
    file = Path(path).expanduser()
    try:
        return _image_reader(str(file), file.stat().st_mtime)
    except (OSError, ValueError):
        return None
    except Exception:  # an unreadable or unsupported image file
        return None


def build_blocks(blocks: Sequence[dict[str, Any]], st: _Styles, qr_side: float, missing: list[str],
                 lang: str = "en") -> list[tuple[Flowable, float]]:
    """(flowable, space after) for each block of one language."""
    out: list[tuple[Flowable, float]] = []
    gap = st.size * 0.7
    for block in blocks:
        kind = block.get("type")
        if kind == "headline" and block.get("text", "").strip():
            out.append((_text(block["text"], st.headline, bold=True, lang=lang), gap * 0.6))
        elif kind == "subhead" and block.get("text", "").strip():
            out.append((_text(block["text"], st.subhead, bold=True, lang=lang), gap))
        elif kind == "paragraph" and block.get("text", "").strip():
            out.append((_text(block["text"], st.body, lang=lang), gap))
        elif kind == "bullets":
            items = [item for item in block.get("items", []) if item.strip()]
            for index, item in enumerate(items):
                out.append((_text(item, st.bullet, bullet="•", lang=lang), gap if index == len(items) - 1 else st.size * 0.35))
        elif kind == "box" and block.get("rows"):
            rows = []
            for label, value in block["rows"]:
                text = f"**{label}:** {value}" if label else value
                rows.append(_text(text, st.box, lang=lang))
            out.append((HighlightBox(rows, st.size * 0.75, st.size * 0.3, max(0.8, st.size * 0.09)), gap * 1.2))
        elif kind == "image" and block.get("path"):
            reader = _image(block["path"])
            if reader is None:
                missing.append(block["path"])
            else:
                out.append((ImageBlock(reader, float(block.get("height_mm", 20)) * mm * st.scale), gap))
        elif kind == "qr" and block.get("data", "").strip():
            caption = _text(block["caption"], st.caption, lang=lang) if block.get("caption", "").strip() else None
            out.append((QRBlock(block["data"].strip(), qr_side, caption), gap))
    return out


def _wrapped_height(flowable: Flowable, width: float) -> float:
    """``flowable.wrap(width, ...)`` once per width: measuring, spacing and drawing a panel asked
    each paragraph to break its lines three times (a third of a leaflet's time)."""
    memo = getattr(flowable, "_cd_wrapped", None)
    if memo is not None and memo[0] == width:
        return memo[1]
    height = flowable.wrap(width, 1e6)[1]
    flowable._cd_wrapped = (width, height)
    return height


def _stack_height(items: list[tuple[Flowable, float]], width: float) -> float:
    total = 0.0
    for index, (flowable, after) in enumerate(items):
        total += _wrapped_height(flowable, width)
        if index < len(items) - 1:
            total += after
    return total


def _draw_stack(canvas: Canvas, items: list[tuple[Flowable, float]], x: float, top: float, width: float,
                available: float, size: float) -> None:
    """Top down; spare room (if any) opens up the gaps between blocks a little."""
    spare = max(0.0, available - _stack_height(items, width))
    gaps = [index for index, (_f, after) in enumerate(items[:-1]) if after >= size * 0.6]
    extra = min(spare / (len(gaps) + 3), size * 1.2) if gaps else 0.0
    y = top
    for index, (flowable, after) in enumerate(items):
        height = _wrapped_height(flowable, width)  # still wrapped at this width: draw as is
        y -= height
        flowable.drawOn(canvas, x, y)
        y -= after + (extra if index in gaps else 0.0)


@dataclass
class _Column:
    language: str
    items: list[tuple[Flowable, float]]
    x: float
    width: float


@dataclass
class _Footer:
    """Who issued the leaflet (bottom left, wrapped) and the union label (boxed, bottom right),
    under a rule drawn above the taller of the two, however many lines the issuer takes."""

    issuer: Optional[TextBlock]
    union: Optional[TextBlock]
    union_w: float  # the union label's text width (0 without one)
    text_height: float  # the taller of the two, wrapped
    height: float  # from the bottom margin to the top of the footer, the rule included

    @property
    def rule_y(self) -> float:
        """Height of the rule above the bottom margin."""
        return self.text_height + (self.height - self.text_height) * 0.45


UNION_PAD = 1.6  # pt between the union label and its box


def _footer(doc: LeafletDoc, st: _Styles, inner_w: float) -> Optional[_Footer]:
    if not doc.issuer.strip() and not doc.union_printed.strip():
        return None
    lang = doc.languages[0] if doc.languages else "en"
    issuer = _text(doc.issuer, st.footer, lang=lang) if doc.issuer.strip() else None
    union = _text(f"**{doc.union_printed}**", st.footer, lang=lang) if doc.union_printed.strip() else None
    union_w = union_h = 0.0
    if union is not None:
        union.wrap(inner_w * 0.45, 1e6)
        union_w = max(union.widest_line(), 1.0)
        union_h = union.wrap(union_w + 1, 1e6)[1] + UNION_PAD
    issuer_h = issuer.wrap(inner_w - (union_w + 3 * mm if union is not None else 0.0), 1e6)[1] if issuer else 0.0
    text_h = max(issuer_h, union_h)
    return _Footer(issuer, union, union_w, text_h, text_h + st.size * 1.1)


@dataclass
class _PanelPlan:
    columns: list[_Column]
    footer: Optional[_Footer]
    footer_height: float
    body_top: float
    body_height: float


def _plan_panel(doc: LeafletDoc, geo: Geometry, languages: list[str], scale: float, missing: list[str]) -> _PanelPlan:
    fonts.register_fonts()
    width, height = geo.panel
    st = _Styles(geo.body, scale)
    inner_w = width - 2 * geo.margin
    footer = _footer(doc, st, inner_w)
    footer_h = footer.height if footer is not None else 0.0
    qr_side = max(16 * mm, min(34 * mm, inner_w * 0.3)) * max(scale, 0.75)
    columns: list[_Column] = []
    if geo.split_columns and len(languages) > 1:
        gutter = 9 * mm
        col_w = (inner_w - gutter * (len(languages) - 1)) / len(languages)
        for index, lang in enumerate(languages):
            columns.append(_Column(lang, build_blocks(doc.blocks_for(lang), st, min(qr_side, col_w * 0.45), missing, lang),
                                   geo.margin + index * (col_w + gutter), col_w))
    else:
        items: list[tuple[Flowable, float]] = []
        for index, lang in enumerate(languages):
            if index:
                items.append((Rule(st.size * 1.6), 0.0))
            items.extend(build_blocks(doc.blocks_for(lang), st, qr_side, missing, lang))
        columns.append(_Column(",".join(languages), items, geo.margin, inner_w))
    body_height = height - 2 * geo.margin - footer_h
    return _PanelPlan(columns, footer, footer_h, height - geo.margin, body_height)


def _pages(doc: LeafletDoc, geo: Geometry) -> list[list[str]]:
    """The languages on each page."""
    if geo.front_back:
        return [[lang] for lang in doc.languages]
    return [list(doc.languages)]


def _overflows(doc: LeafletDoc, geo: Geometry, scale: float, missing: list[str]) -> tuple[list[Overflow], list[_PanelPlan]]:
    found: list[Overflow] = []
    plans = []
    for page, languages in enumerate(_pages(doc, geo), start=1):
        plan = _plan_panel(doc, geo, languages, scale, missing)
        plans.append(plan)
        for column in plan.columns:
            needed = _stack_height(column.items, column.width)
            if needed > plan.body_height + 0.01:
                found.append(Overflow(page, column.language, needed, plan.body_height))
    return found, plans


def fit_scale(doc: LeafletDoc) -> float:
    """The largest text size (MIN_SCALE .. the leaflet's own) at which everything fits."""
    geo = geometry(doc.layout, doc.paper)
    hi = doc.scale
    if not _overflows(doc, geo, hi, [])[0]:
        return hi
    lo = MIN_SCALE
    if _overflows(doc, geo, lo, [])[0]:
        return lo
    for _ in range(9):
        mid = (lo + hi) / 2
        if _overflows(doc, geo, mid, [])[0]:
            hi = mid
        else:
            lo = mid
    return int(lo * 100) / 100  # round down to whole percent: still fits


# ---------------------------------------------------------------- drawing
def _draw_panel(canvas: Canvas, plan: _PanelPlan, geo: Geometry, scale: float) -> None:
    width, _height = geo.panel
    for index, column in enumerate(plan.columns):
        _draw_stack(canvas, column.items, column.x, plan.body_top, column.width, plan.body_height, geo.body * scale)
        if index:
            gap_x = column.x - (column.x - plan.columns[index - 1].x - plan.columns[index - 1].width) / 2
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(gap_x, geo.margin + plan.footer_height, gap_x, plan.body_top)
            canvas.restoreState()
    if plan.footer is not None:
        _draw_footer(canvas, plan.footer, geo)


def _draw_footer(canvas: Canvas, footer: _Footer, geo: Geometry) -> None:
    width = geo.panel[0]
    inner_w = width - 2 * geo.margin
    base = geo.margin
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(geo.margin, base + footer.rule_y, width - geo.margin, base + footer.rule_y)
    canvas.restoreState()
    taken = 0.0
    if footer.union is not None:
        pad = UNION_PAD
        h = footer.union.wrap(footer.union_w + 1, 1e6)[1]
        x = width - geo.margin - footer.union_w
        footer.union.drawOn(canvas, x, base)
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.rect(x - pad - 1, base - pad, footer.union_w + 2 * pad + 1, h + 2 * pad - 1, stroke=1, fill=0)
        canvas.restoreState()
        taken = footer.union_w + 3 * mm
    if footer.issuer is not None:
        footer.issuer.wrap(inner_w - taken, 1e6)
        footer.issuer.drawOn(canvas, geo.margin, base)


def _cut_marks(canvas: Canvas, geo: Geometry) -> None:
    """Short ticks at the sheet edges on every cut line (outside the printed area of the panels)."""
    sheet_w, sheet_h = geo.sheet
    start, end = 2.5 * mm, 7 * mm
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.4)
    for col in range(1, geo.columns):
        x = sheet_w * col / geo.columns
        canvas.line(x, start, x, end)
        canvas.line(x, sheet_h - start, x, sheet_h - end)
    for row in range(1, geo.rows):
        y = sheet_h * row / geo.rows
        canvas.line(start, y, end, y)
        canvas.line(sheet_w - start, y, sheet_w - end, y)
    canvas.restoreState()


def render_leaflet(doc: LeafletDoc, strict: bool = False) -> RenderResult:
    """The leaflet as PDF bytes, with any overflow reported (and raised when ``strict``)."""
    fonts.register_fonts()
    geo = geometry(doc.layout, doc.paper)
    missing: list[str] = []
    overflows, plans = _overflows(doc, geo, doc.scale, missing)
    scale_fit = fit_scale(doc) if overflows else doc.scale
    can_fit = not overflows or not _overflows(doc, geo, scale_fit, [])[0]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=geo.sheet, pageCompression=1, initialFontName=fonts.SANS)
    canvas.setTitle(doc.title)
    canvas.setCreator("Committee Desk")
    canvas.setAuthor(doc.issuer)
    panel_w, panel_h = geo.panel
    for index, plan in enumerate(plans):
        if geo.columns * geo.rows == 1:
            _draw_panel(canvas, plan, geo, doc.scale)
        else:
            name = f"panel{index}"
            canvas.beginForm(name, lowerx=0, lowery=0, upperx=panel_w, uppery=panel_h)
            _draw_panel(canvas, plan, geo, doc.scale)
            canvas.endForm()
            for row in range(geo.rows):
                for col in range(geo.columns):
                    canvas.saveState()
                    canvas.translate(col * panel_w, geo.sheet[1] - (row + 1) * panel_h)
                    canvas.doForm(name)
                    canvas.restoreState()
            _cut_marks(canvas, geo)
        canvas.showPage()
    canvas.save()
    result = RenderResult(buffer.getvalue(), len(plans), geo.sheet, overflows, scale_fit, sorted(set(missing)), can_fit)
    if strict and overflows:
        raise LeafletOverflow(result)
    return result


def write_leaflet_pdf(doc: LeafletDoc, out: str | Path, shrink_to_fit: bool = False) -> RenderResult:
    """Write the PDF atomically; text that does not fit raises LeafletOverflow unless shrinking."""
    # Lay out once: most leaflets fit as they are (fitting first doubled the work for them).
    result = render_leaflet(doc, strict=not shrink_to_fit)
    if shrink_to_fit and result.overflows:
        doc = doc.copy()
        doc.scale = result.fit_scale
        result = render_leaflet(doc, strict=True)
    with atomic_write(out) as tmp:
        tmp.write_bytes(result.pdf)
    return result
