"""The phone tree of a committee as a PDF chart: one box per person (name, phone, languages),
indented under the person who calls them, with connector lines; pages continue as needed.
Written atomically with the embedded fonts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from models import audit
from models import mobilization as mob
from models.db import Database
from models.errors import QT_TRANSLATE_NOOP, UserError

from .atomic import atomic_write
from .fonts import SANS, SANS_BOLD, face_for, register_fonts


@dataclass
class TreeLabels:
    """Every word printed on the tree; the UI passes translated ones, the CLI uses these."""

    title: str = "Phone tree"
    subtitle: str = "Each person calls the people right below them (at most {n}). If nobody answers, call the next level yourself."
    calls: str = "calls {n}"
    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"


@dataclass
class TreeResult:
    people: int
    levels: int
    pages: int


PAGE_W, PAGE_H = letter
MARGIN = 40
BOX_H = 30
GAP = 6
INDENT = 34
BOX_W = 250


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


@audit.audited("printed", "phone-tree")
def write_phone_tree(db: Database, committee_id: int, out: Path | str, per_caller: int = 5,
                     labels: Optional[TreeLabels] = None) -> TreeResult:
    labels = labels or TreeLabels()
    register_fonts()
    roots = mob.build_phone_tree(db, committee_id, per_caller)
    if not roots:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "This committee has nobody with a phone number to call."),
            QT_TRANSLATE_NOOP("Errors", "Add members with phone numbers first."),
        )
    with db.engine.connect() as conn:
        committee = conn.exec_driver_sql("SELECT name FROM committees WHERE id = ?", (committee_id,)).scalar() or ""
    nodes = list(mob.walk_tree(roots))
    levels = max(n.depth for n in nodes) + 1
    top_first = PAGE_H - MARGIN - 56
    per_page_first = int((top_first - MARGIN - 24) // (BOX_H + GAP))
    per_page = int((PAGE_H - MARGIN - 30 - MARGIN - 24) // (BOX_H + GAP))
    pages = 1 + max(0, -(-(len(nodes) - per_page_first) // per_page))

    with atomic_write(out) as tmp:
        c = canvas.Canvas(str(tmp), pagesize=letter)
        c.setTitle(f"{labels.title}: {committee}")
        page = 0
        positions: dict[int, tuple[int, float, float]] = {}  # person -> (page, x, y of box bottom-left)

        def new_page() -> float:
            nonlocal page
            if page:
                c.showPage()
            page += 1
            title = f"{labels.title}: {committee}"
            font = face_for(title, bold=True)
            c.setFont(font, 14)
            c.drawString(MARGIN, PAGE_H - MARGIN - 10, _fit(title, font, 14, PAGE_W - 2 * MARGIN))
            y = PAGE_H - MARGIN - 30
            if page == 1:
                subtitle = labels.subtitle.format(n=per_caller)
                sub_font = face_for(subtitle)
                c.setFont(sub_font, 8.5)
                lines = simpleSplit(subtitle, sub_font, 8.5, PAGE_W - 2 * MARGIN)
                if len(lines) > 2:
                    lines = lines[:1] + [_fit(" ".join(lines[1:]), sub_font, 8.5, PAGE_W - 2 * MARGIN)]
                for i, line in enumerate(lines):
                    c.drawString(MARGIN, PAGE_H - MARGIN - 28 - 11 * i, line)
                y = top_first
            page_text = labels.page.format(page=page, pages=pages)
            c.setFont(SANS, 8)
            c.drawRightString(PAGE_W - MARGIN, MARGIN - 14, page_text)
            c.setFont(SANS_BOLD, 8)
            c.drawString(MARGIN, MARGIN - 14, _fit(labels.confidential, SANS_BOLD, 8,
                                                   PAGE_W - 2 * MARGIN - stringWidth(page_text, SANS, 8) - 12))
            return y

        y = new_page()
        for node in nodes:
            if y - BOX_H < MARGIN + 4:
                y = new_page()
            x = MARGIN + node.depth * INDENT
            bottom = y - BOX_H
            parent = positions.get(node.parent_id) if node.parent_id is not None else None
            c.setLineWidth(0.8)
            c.setStrokeGray(0.45)
            if parent is not None:
                px = parent[1] + 12
                start_y = parent[2] if parent[0] == page else y + GAP
                c.line(px, start_y, px, bottom + BOX_H / 2)
                c.line(px, bottom + BOX_H / 2, x, bottom + BOX_H / 2)
            c.setStrokeGray(0)
            shade = (0.86, 0.92, 0.97, 1.0)[min(node.depth, 3)]
            c.setFillGray(shade)
            c.roundRect(x, bottom, BOX_W, BOX_H, 4, stroke=1, fill=1)
            c.setFillGray(0)
            name_font = face_for(node.name, bold=True)
            c.setFont(name_font, 9.5)
            c.drawString(x + 6, bottom + 18, _fit(node.name, name_font, 9.5, BOX_W - 70))
            c.setFont(SANS, 8.5)
            c.drawString(x + 6, bottom + 6, _fit(node.phone, SANS, 8.5, 120))
            c.drawString(x + 130, bottom + 6, ", ".join(node.languages).upper()[:20])
            if node.children:
                c.setFont(SANS, 7.5)
                c.drawRightString(x + BOX_W - 6, bottom + 18, _fit(labels.calls.format(n=len(node.children)), SANS, 7.5, 60))
            positions[node.person_id] = (page, x, bottom)
            y = bottom - GAP
        c.save()
    return TreeResult(len(nodes), levels, page)
