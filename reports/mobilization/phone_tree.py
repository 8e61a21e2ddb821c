"""The phone tree of a committee as a PDF: first the chart, one box per person (name, languages,
how many they call), indented under the person who calls them, with connector lines; then one
page per caller with the names *and phone numbers* of the people that caller calls.

Privacy: the chart, which the whole committee sees, prints no phone number; each phone number is
printed once, on the page of the one caller who needs it (hand each caller their own page).
Every page says "Confidential — shred after use". Text goes through reports/core/textpath.py (shaped,
every font embedded). Written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from reportlab.lib.pagesizes import letter

from models.core import audit
from models.mobilization import operations as mob
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP, UserError

from reports.core.atomic import atomic_write
from reports.core.fonts import register_fonts
from reports.core.textpath import draw_text, isolate, new_canvas, text_width, wrap_text


@dataclass
class TreeLabels:
    """Every word printed on the tree; the UI passes translated ones, the CLI uses these."""

    title: str = "Phone tree"
    subtitle: str = "Each person calls the people right below them (at most {n}). If nobody answers, call the next level yourself."
    calls: str = "calls {n}"
    confidential: str = "Confidential — shred after use"
    page: str = "Page {page} of {pages}"
    card_title: str = "{caller} calls these people"
    card_note: str = "For {caller} only: hand this page to them. If nobody answers, call the next level yourself."
    name: str = "Name"
    phone: str = "Phone"
    languages: str = "Languages"
    left_out: str = "Not on the tree: do not contact {dnc}, no phone {nophone}."


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
    dnc, nophone = mob.phone_tree_left_out(db, committee_id)
    nodes = list(mob.walk_tree(roots))
    levels = max(n.depth for n in nodes) + 1
    top_first = PAGE_H - MARGIN - 56
    per_page_first = int((top_first - MARGIN - 24) // (BOX_H + GAP))
    per_page = int((PAGE_H - MARGIN - 30 - MARGIN - 24) // (BOX_H + GAP))
    pages = 1 + max(0, -(-(len(nodes) - per_page_first) // per_page))

    callers = [n for n in nodes if n.children]
    card_pages = len(callers)
    pages += card_pages

    def footer(c, page: int) -> None:
        page_text = labels.page.format(page=page, pages=pages)
        draw_text(c, PAGE_W - MARGIN, MARGIN - 14, page_text, size=8, align="right")
        draw_text(c, MARGIN, MARGIN - 14, labels.confidential, size=8, bold=True,
                  width=PAGE_W - 2 * MARGIN - text_width(page_text, size=8) - 12)

    with atomic_write(out) as tmp:
        c = new_canvas(tmp, pagesize=letter)
        c.setTitle(f"{labels.title}: {committee}")
        page = 0
        positions: dict[int, tuple[int, float, float]] = {}  # person -> (page, x, y of box bottom-left)

        def new_page() -> float:
            nonlocal page
            if page:
                c.showPage()
            page += 1
            draw_text(c, MARGIN, PAGE_H - MARGIN - 10, f"{labels.title}: {isolate(committee)}", size=14, bold=True,
                      width=PAGE_W - 2 * MARGIN)
            y = PAGE_H - MARGIN - 30
            if page == 1:
                subtitle = labels.subtitle.format(n=per_caller)
                for i, line in enumerate(wrap_text(subtitle, size=8.5, width=PAGE_W - 2 * MARGIN, max_lines=2)):
                    draw_text(c, MARGIN, PAGE_H - MARGIN - 28 - 11 * i, line, size=8.5)
                if dnc or nophone:  # who is not on the tree, said rather than dropped
                    draw_text(c, MARGIN, PAGE_H - MARGIN - 50, labels.left_out.format(dnc=dnc, nophone=nophone),
                              size=8.5, bold=True, width=PAGE_W - 2 * MARGIN)
                y = top_first
            footer(c, page)
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
            draw_text(c, x + 6, bottom + 18, node.name, size=9.5, bold=True, width=BOX_W - 70)
            draw_text(c, x + 6, bottom + 6, ", ".join(node.languages).upper(), size=8.5, width=BOX_W - 12)
            if node.children:
                draw_text(c, x + BOX_W - 6, bottom + 18, labels.calls.format(n=len(node.children)), size=7.5,
                          align="right", width=60)
            positions[node.person_id] = (page, x, bottom)
            y = bottom - GAP

        # One page per caller: the only place phone numbers are printed.
        col_phone, col_lang = MARGIN + 250, MARGIN + 390
        for caller in callers:
            c.showPage()
            page += 1
            top = PAGE_H - MARGIN - 10
            draw_text(c, MARGIN, top, labels.card_title.format(caller=isolate(caller.name)), size=14, bold=True,
                      width=PAGE_W - 2 * MARGIN)
            note = labels.card_note.format(caller=isolate(caller.name))
            lines = wrap_text(note, size=8.5, width=PAGE_W - 2 * MARGIN, max_lines=2)
            for i, line in enumerate(lines):
                draw_text(c, MARGIN, top - 18 - 11 * i, line, size=8.5)
            y = top - 30 - 11 * len(lines)
            draw_text(c, MARGIN, y, labels.name, size=9, bold=True, width=240)
            draw_text(c, col_phone, y, labels.phone, size=9, bold=True, width=130)
            draw_text(c, col_lang, y, labels.languages, size=9, bold=True, width=PAGE_W - MARGIN - col_lang)
            c.setLineWidth(0.5)
            c.line(MARGIN, y - 5, PAGE_W - MARGIN, y - 5)
            y -= 22
            for child in caller.children:
                draw_text(c, MARGIN, y, child.name, size=11, width=240)
                draw_text(c, col_phone, y, child.phone, size=11, width=130)
                draw_text(c, col_lang, y, ", ".join(child.languages).upper(), size=10, width=PAGE_W - MARGIN - col_lang)
                c.setStrokeGray(0.8)
                c.line(MARGIN, y - 7, PAGE_W - MARGIN, y - 7)
                c.setStrokeGray(0)
                y -= 24
            footer(c, page)
        c.save()
    return TreeResult(len(nodes), levels, page)
