"""A resolution in formal layout, in English, Spanish, or both side by side (``en+es``).

Title, the body that considers it, the drafting committee, then the clauses: each "Whereas"
clause leads with WHEREAS, (CONSIDERANDO QUE), the first "Resolved" clause with THEREFORE, BE IT
RESOLVED, (POR LO TANTO, SE RESUELVE) and the next ones with BE IT FURTHER RESOLVED, (SE RESUELVE
ADEMÁS). Then the sponsors and the adoption record (each body, date, tally or acclamation,
outcome). In the bilingual layout each clause sits beside its translation, row by row, so a
reader can follow both. A clause with no Spanish text prints its English text in italics.
Letter size; fonts from reports/core/fonts.py (embedded); written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from models.core import audit
from models.resolutions import drafts as resolutions
from models.core.db import Database
from models.resolutions.drafts import Clause, ResolutionDetail, VoteRow

from reports.core.atomic import atomic_write
from reports.core.fonts import SANS, SANS_BOLD, register_fonts
from reports.core.textpath import paragraph as Paragraph  # every paragraph through the text path
from reports.core.textpath import isolate

WORDS = {
    "en": {
        "resolution": "RESOLUTION",
        "considered_by": "To be considered by",
        "submitted_by": "Submitted by",
        "based_on": "Based on",
        "version": "Version {n}",
        "whereas": "WHEREAS,",
        "resolved_first": "THEREFORE, BE IT RESOLVED,",
        "resolved_next": "BE IT FURTHER RESOLVED,",
        "sponsors": "Sponsors",
        "record": "Adoption record",
        "body": "Body",
        "date": "Date",
        "vote": "Vote (for–against–abstain)",
        "outcome": "Outcome",
        "acclamation": "by acclamation",
        "no_votes": "Not yet voted on.",
        "adopted_by": "Adopted by",
        "page": "Page {n}",
        "adopted": "Adopted", "defeated": "Defeated", "tabled": "Tabled", "referred": "Referred",
    },
    "es": {
        "resolution": "RESOLUCIÓN",
        "considered_by": "Para consideración de",
        "submitted_by": "Presentada por",
        "based_on": "Basada en",
        "version": "Versión {n}",
        "whereas": "CONSIDERANDO QUE",
        "resolved_first": "POR LO TANTO, SE RESUELVE",
        "resolved_next": "SE RESUELVE ADEMÁS",
        "sponsors": "Patrocinadores",
        "record": "Registro de adopción",
        "body": "Órgano",
        "date": "Fecha",
        "vote": "Votos (a favor–en contra–abstenciones)",
        "outcome": "Resultado",
        "acclamation": "por aclamación",
        "no_votes": "Todavía no se ha votado.",
        "adopted_by": "Adoptada por",
        "page": "Página {n}",
        "adopted": "Adoptada", "defeated": "Rechazada", "tabled": "Aplazada", "referred": "Remitida",
    },
}


@dataclass
class ResolutionPdfResult:
    pages: int
    clauses: int
    version: int
    adopted_by: int


def _styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=10.5 * scale, leading=14.5 * scale, spaceAfter=7 * scale)
    return {
        "label": ParagraphStyle("label", parent=base, fontName=SANS_BOLD, fontSize=9 * scale, alignment=TA_CENTER,
                                textColor=colors.HexColor("#555555"), spaceAfter=2, leading=12 * scale),
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=17 * scale, leading=21 * scale,
                                alignment=TA_CENTER, spaceAfter=8 * scale),
        "meta": ParagraphStyle("meta", parent=base, fontSize=9.5 * scale, leading=13 * scale, alignment=TA_CENTER, spaceAfter=1),
        "clause": ParagraphStyle("clause", parent=base, leftIndent=0, firstLineIndent=0),
        "heading": ParagraphStyle("heading", parent=base, fontName=SANS_BOLD, fontSize=11 * scale, spaceBefore=8 * scale,
                                  spaceAfter=4 * scale),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9 * scale, leading=11.5 * scale, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=SANS_BOLD, fontSize=8.5 * scale, leading=11 * scale, spaceAfter=0),
    }


def _text(clause: Clause, lang: str) -> tuple[str, bool]:
    """The clause text in ``lang`` and whether it is a fallback (untranslated)."""
    if lang == "es":
        return (clause.text_es, False) if clause.text_es else (clause.text, True)
    return (clause.text, False) if clause.text else (clause.text_es, True)


def _title(detail: ResolutionDetail, lang: str) -> str:
    return (detail.data.title_es or detail.data.title) if lang == "es" else (detail.data.title or detail.data.title_es)


def clause_paragraphs(detail: ResolutionDetail, lang: str, styles) -> list[Paragraph]:
    words = WORDS[lang]
    result = []
    resolved_seen = False
    for clause in detail.data.clauses:
        if clause.kind == "whereas":
            lead = words["whereas"]
        else:
            lead = words["resolved_next"] if resolved_seen else words["resolved_first"]
            resolved_seen = True
        text, fallback = _text(clause, lang)
        body = escape(text)
        if fallback:
            body = f"<i>{body}</i>"
        result.append(Paragraph(f"<b>{escape(lead)}</b> {body}", styles["clause"]))
    return result


def _header(detail: ResolutionDetail, lang: str, styles) -> list:
    words = WORDS[lang]
    flow = [Paragraph(words["resolution"], styles["label"]), Paragraph(escape(_title(detail, lang)), styles["title"])]
    if detail.data.target_body:
        flow.append(Paragraph(f"<b>{words['considered_by']}:</b> {escape(detail.data.target_body)}", styles["meta"]))
    if detail.committee:
        flow.append(Paragraph(f"<b>{words['submitted_by']}:</b> {escape(detail.committee)}", styles["meta"]))
    if detail.based_on_title:
        flow.append(Paragraph(f"<b>{words['based_on']}:</b> {escape(detail.based_on_title)}", styles["meta"]))
    flow.append(Paragraph(words["version"].format(n=detail.version), styles["meta"]))
    return flow


def _sponsors(detail: ResolutionDetail, lang: str, styles) -> list:
    if not detail.sponsors:
        return []
    return [Paragraph(f"<b>{WORDS[lang]['sponsors']}:</b> " + escape(", ".join(isolate(name) for _pid, name in detail.sponsors)),
                      styles["clause"])]


def _tally(vote: VoteRow, lang: str) -> str:
    return WORDS[lang]["acclamation"] if vote.by_acclamation else vote.tally


def _record(detail: ResolutionDetail, langs: list[str], styles, width: float) -> list:
    def both(key: str) -> str:
        return " / ".join(dict.fromkeys(WORDS[lg][key] for lg in langs))

    flow: list = [Paragraph(escape(both("record")), styles["heading"])]
    if not detail.votes:
        flow.append(Paragraph(escape(both("no_votes")), styles["clause"]))
        return flow
    head = [Paragraph(escape(both(k)), styles["cellhead"]) for k in ("body", "date", "vote", "outcome")]
    rows = [head]
    for v in detail.votes:
        rows.append([
            Paragraph(escape(v.body), styles["cell"]),
            Paragraph(v.voted_on.isoformat(), styles["cell"]),
            Paragraph(escape(" / ".join(dict.fromkeys(_tally(v, lg) for lg in langs))), styles["cell"]),
            Paragraph(escape(" / ".join(dict.fromkeys(WORDS[lg][v.outcome] for lg in langs))), styles["cell"]),
        ])
    table = Table(rows, colWidths=[width * 0.40, width * 0.15, width * 0.25, width * 0.20], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#888888")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cccccc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    flow.append(table)
    adopted = resolutions_adopting(detail)
    if adopted:
        flow.append(Spacer(1, 6))
        flow.append(Paragraph(f"<b>{escape(both('adopted_by'))}:</b> " + escape("; ".join(adopted)), styles["clause"]))
    return flow


def resolutions_adopting(detail: ResolutionDetail) -> list[str]:
    seen: dict[str, None] = {}
    for v in detail.votes:
        if v.outcome == "adopted" and v.body.casefold() not in {k.casefold() for k in seen}:
            seen[v.body] = None
    return list(seen)


def build_story(detail: ResolutionDetail, lang: str, width: float) -> list:
    styles = _styles()
    if lang in ("en", "es"):
        story = _header(detail, lang, styles)
        story.append(Spacer(1, 14))
        story += clause_paragraphs(detail, lang, styles)
        story.append(Spacer(1, 6))
        story += _sponsors(detail, lang, styles)
        story += _record(detail, [lang], styles, width)
        return story
    # side by side: English left, Spanish right, one table row per block so they stay aligned
    small = _styles(0.86)
    col = width / 2
    rows = [[_header(detail, "en", small), _header(detail, "es", small)]]
    en, es = clause_paragraphs(detail, "en", small), clause_paragraphs(detail, "es", small)
    for left, right in zip(en, es):
        rows.append([left, right])
    sp_en, sp_es = _sponsors(detail, "en", small), _sponsors(detail, "es", small)
    if sp_en:
        rows.append([sp_en, sp_es])
    table = Table(rows, colWidths=[col, col])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 9),
        ("LEFTPADDING", (1, 0), (1, -1), 9),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 12),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.HexColor("#bbbbbb")),
    ]))
    return [table] + _record(detail, ["en", "es"], small, width)


@audit.audited("printed", "resolution")
def write_resolution_pdf(db: Database, resolution_id: int, out: str | Path, lang: str = "en") -> ResolutionPdfResult:
    detail = resolutions.get_resolution(db, resolution_id)
    return write_detail_pdf(detail, out, lang)


def write_detail_pdf(detail: ResolutionDetail, out: str | Path, lang: str = "en") -> ResolutionPdfResult:
    if lang not in ("en", "es", "en+es"):
        raise ValueError(lang)
    register_fonts()
    page_lang = "es" if lang == "es" else "en"
    title = _title(detail, page_lang)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        text = f"{title} · " + " / ".join(dict.fromkeys(WORDS[lg]["page"].format(n=doc.page) for lg in
                                                        (["en", "es"] if lang == "en+es" else [page_lang])))
        canvas.drawCentredString(letter[0] / 2, 0.5 * inch, text)
        canvas.restoreState()

    with atomic_write(out) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                                topMargin=0.8 * inch, bottomMargin=0.85 * inch, title=title, author="Committee Desk",
                                initialFontName=SANS)  # no built-in Helvetica: every font is embedded
        story = build_story(detail, lang, doc.width)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        pages = doc.page
    return ResolutionPdfResult(pages, len(detail.data.clauses), detail.version, len(resolutions_adopting(detail)))


__all__ = ["write_resolution_pdf", "write_detail_pdf", "ResolutionPdfResult", "WORDS"]
