"""Leaflets: handbills saved in the database (title, layout, paper, languages, content as JSON).

A leaflet's content is, per language, a list of blocks (plain dicts, JSON-friendly):

* ``{"type": "headline", "text": "..."}`` and ``{"type": "subhead", "text": "..."}``
* ``{"type": "paragraph", "text": "... **bold** ... *italic* ..."}``
* ``{"type": "bullets", "items": ["...", "..."]}``
* ``{"type": "box", "rows": [["When", "Saturday 10 am"], ["Where", "Union hall"]]}`` (highlighted)
* ``{"type": "image", "path": "/path/logo.png", "height_mm": 20}``
* ``{"type": "qr", "data": "https://... or tel:+1...", "caption": "..."}``

plus a footer (who issued it; the "union-printed" line) and a ``scale`` (1.0, or less after
"shrink to fit"). The editor shows each language as a small markup text (``markup_from_blocks`` /
``blocks_from_markup``); shipped starter templates live in ``resources/templates/leaflets``.
"""

from __future__ import annotations

import copy
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from sqlalchemy import DateTime, Integer, String, Text, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.core import audit, errors, versions
from models.core.base import Base, utcnow
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.paths import resources_dir

# Layouts: how many copies per sheet and how two languages are arranged.
FULL = "full"  # one per sheet, languages one below the other
HALF = "half"  # 2 per sheet (landscape sheet, two portrait halves), cut marks
QUARTER = "quarter"  # 4 per sheet (2 x 2 cards), cut marks
SIDE_BY_SIDE = "side_by_side"  # one per sheet, two languages in two columns
FRONT_BACK = "front_back"  # one per sheet, language 1 on the front, language 2 on the back
HALF_FRONT_BACK = "half_front_back"  # 2 per sheet, front / back
QUARTER_FRONT_BACK = "quarter_front_back"  # 4 cards per sheet, front / back (wallet cards)
LAYOUTS = (FULL, HALF, QUARTER, SIDE_BY_SIDE, FRONT_BACK, HALF_FRONT_BACK, QUARTER_FRONT_BACK)
TWO_LANGUAGE_LAYOUTS = (SIDE_BY_SIDE, FRONT_BACK, HALF_FRONT_BACK, QUARTER_FRONT_BACK)
LETTER = "letter"
A4 = "a4"
PAPERS = (LETTER, A4)
BLOCK_TYPES = ("headline", "subhead", "paragraph", "bullets", "box", "image", "qr")
# Languages offered in the editor (any code is accepted; text decides the font and direction).
LANGUAGES = ("en", "es", "pt", "fr", "ht", "pl", "vi", "zh", "ar")
MAX_LANGUAGES = 3
MIN_SCALE = 0.4


class Leaflet(Base):
    __tablename__ = "leaflets"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    title: Mapped[str] = mapped_column(String(200), unique=True)
    layout: Mapped[str] = mapped_column(String(40), default=FULL)
    paper: Mapped[str] = mapped_column(String(10), default=LETTER)
    languages: Mapped[str] = mapped_column(String(100), default="en")  # "en,es" in print order
    content: Mapped[str] = mapped_column(Text, default="{}")  # JSON: blocks per language, footer, scale
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


@dataclass
class LeafletDoc:
    """Everything needed to print a leaflet; what the editor edits and the renderer draws."""

    title: str = ""
    layout: str = FULL
    paper: str = LETTER
    languages: list[str] = field(default_factory=lambda: ["en"])
    blocks: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issuer: str = ""
    union_printed: str = ""
    scale: float = 1.0
    id: Optional[int] = None
    # The row's version when read (issue 25): save_leaflet refuses the doc if it changed since.
    version: Optional[int] = field(default=None, compare=False)

    def blocks_for(self, language: str) -> list[dict[str, Any]]:
        return self.blocks.get(language, [])

    def content_json(self) -> str:
        return json.dumps(
            {
                "blocks": {lang: self.blocks.get(lang, []) for lang in self.languages},
                "footer": {"issuer": self.issuer, "union_printed": self.union_printed},
                "scale": round(float(self.scale), 3),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    def copy(self) -> "LeafletDoc":
        return copy.deepcopy(self)

    @classmethod
    def from_parts(cls, title: str, layout: str, paper: str, languages: str | list[str], content: str | dict,
                   id: Optional[int] = None) -> "LeafletDoc":
        data = json.loads(content) if isinstance(content, str) else dict(content)
        langs = split_languages(languages) if isinstance(languages, str) else [str(x) for x in languages]
        blocks: dict[str, list[dict[str, Any]]] = {}
        for lang, value in (data.get("blocks") or {}).items():
            blocks[lang] = blocks_from_markup(value) if isinstance(value, str) else normalize_blocks(value)
        footer = data.get("footer") or {}
        return cls(
            title=title, layout=layout, paper=paper, languages=langs, blocks=blocks,
            issuer=str(footer.get("issuer", "")), union_printed=str(footer.get("union_printed", "")),
            scale=float(data.get("scale", 1.0) or 1.0), id=id,
        )


@dataclass(frozen=True)
class LeafletSummary:
    id: int
    title: str
    layout: str
    paper: str
    languages: str
    updated_at: datetime


def split_languages(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


# ---------------------------------------------------------------- blocks and markup
def normalize_blocks(raw: Any) -> list[dict[str, Any]]:
    """Keep the known block types with their fields, as plain str/list values."""
    result: list[dict[str, Any]] = []
    for item in raw or []:
        if not isinstance(item, dict) or item.get("type") not in BLOCK_TYPES:
            continue
        kind = item["type"]
        if kind in ("headline", "subhead", "paragraph"):
            result.append({"type": kind, "text": str(item.get("text", ""))})
        elif kind == "bullets":
            result.append({"type": kind, "items": [str(x) for x in item.get("items", [])]})
        elif kind == "box":
            rows = []
            for row in item.get("rows", []):
                if isinstance(row, (list, tuple)) and len(row) == 2:
                    rows.append([str(row[0]), str(row[1])])
                else:
                    rows.append(["", str(row)])
            result.append({"type": kind, "rows": rows})
        elif kind == "image":
            result.append({"type": kind, "path": str(item.get("path", "")), "height_mm": float(item.get("height_mm", 20) or 20)})
        elif kind == "qr":
            result.append({"type": kind, "data": str(item.get("data", "")), "caption": str(item.get("caption", ""))})
    return result


_DIRECTIVE = re.compile(r"^\[(image|qr)\s+([^\]|]*?)\s*(?:\|\s*([^\]]*?)\s*)?\]$")


def blocks_from_markup(text: str) -> list[dict[str, Any]]:
    """The editor's markup, one block per line group::

        # Headline
        ## Subhead
        A paragraph (lines join; a blank line starts a new one) with **bold** and *italic*.
        - a bullet
        > When: Saturday, 10 am      (lines starting with ">" make the highlighted box)
        [image /path/to/logo.png | 20]
        [qr https://example.org | Scan me]
    """
    blocks: list[dict[str, Any]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append({"type": "paragraph", "text": " ".join(paragraph)})
            paragraph.clear()

    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            flush()
            continue
        directive = _DIRECTIVE.match(line)
        if line.startswith("## "):
            flush()
            blocks.append({"type": "subhead", "text": line[3:].strip()})
        elif line.startswith("# "):
            flush()
            blocks.append({"type": "headline", "text": line[2:].strip()})
        elif line.startswith(("- ", "• ")):
            flush()
            if blocks and blocks[-1]["type"] == "bullets":
                blocks[-1]["items"].append(line[2:].strip())
            else:
                blocks.append({"type": "bullets", "items": [line[2:].strip()]})
        elif line.startswith(">"):
            flush()
            body = line[1:].strip()
            label, sep, value = body.partition(":")
            row = [label.strip(), value.strip()] if sep and 0 < len(label) <= 30 else ["", body]
            if blocks and blocks[-1]["type"] == "box":
                blocks[-1]["rows"].append(row)
            else:
                blocks.append({"type": "box", "rows": [row]})
        elif directive:
            flush()
            kind, value, extra = directive.group(1), directive.group(2).strip(), (directive.group(3) or "").strip()
            if kind == "image":
                try:
                    height = float(extra) if extra else 20.0
                except ValueError:
                    height = 20.0
                blocks.append({"type": "image", "path": value, "height_mm": height})
            else:
                blocks.append({"type": "qr", "data": value, "caption": extra})
        else:
            paragraph.append(line)
    flush()
    return blocks


def markup_from_blocks(blocks: list[dict[str, Any]]) -> str:
    """The inverse of :func:`blocks_from_markup` (blocks separated by blank lines)."""
    parts: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "headline":
            parts.append(f"# {block['text']}")
        elif kind == "subhead":
            parts.append(f"## {block['text']}")
        elif kind == "paragraph":
            parts.append(block["text"])
        elif kind == "bullets":
            parts.append("\n".join(f"- {item}" for item in block["items"]))
        elif kind == "box":
            parts.append("\n".join(f"> {label}: {value}" if label else f"> {value}" for label, value in block["rows"]))
        elif kind == "image":
            height = block.get("height_mm", 20)
            parts.append(f"[image {block['path']} | {height:g}]")
        elif kind == "qr":
            caption = block.get("caption", "")
            parts.append(f"[qr {block['data']} | {caption}]" if caption else f"[qr {block['data']}]")
    return "\n\n".join(parts) + ("\n" if parts else "")


# ---------------------------------------------------------------- validation
def validate(doc: LeafletDoc) -> None:
    if not doc.title.strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "A leaflet needs a title."), field="title")
    if len(doc.title) > 200:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The title is too long (200 characters at most)."), field="title")
    if doc.layout not in LAYOUTS:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown leaflet layout."), field="layout")
    if doc.paper not in PAPERS:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown paper size."), field="paper")
    if not doc.languages or len(doc.languages) > MAX_LANGUAGES or len(set(doc.languages)) != len(doc.languages):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose one to {most} different languages."), field="languages", most=MAX_LANGUAGES
        )
    if doc.layout in TWO_LANGUAGE_LAYOUTS and len(doc.languages) != 2:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This layout prints exactly two languages."),
            field="languages",
            hint=QT_TRANSLATE_NOOP("Errors", "Choose two languages, or a layout for one language."),
        )
    if not MIN_SCALE <= doc.scale <= 1.0:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The text size must be between 40% and 100%."), field="scale")


# ---------------------------------------------------------------- database operations
def list_leaflets(db: Database) -> list[LeafletSummary]:
    with db.session() as s:
        rows = s.execute(
            select(Leaflet.id, Leaflet.title, Leaflet.layout, Leaflet.paper, Leaflet.languages, Leaflet.updated_at)
            .order_by(Leaflet.title)
        ).all()
    return [LeafletSummary(*row) for row in rows]


def get_leaflet(db: Database, leaflet_id: int) -> LeafletDoc:
    with db.session() as s:
        row = s.get(Leaflet, leaflet_id)
        if row is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That leaflet no longer exists."))
        doc = LeafletDoc.from_parts(row.title, row.layout, row.paper, row.languages, row.content, id=row.id)
        doc.version = row.version
        return doc


def find_leaflet(db: Database, value: str) -> int:
    """A leaflet's id from its id or exact title."""
    with db.session() as s:
        ids = list(s.scalars(select(Leaflet.id).where(Leaflet.title == value)))
        if not ids and value.strip().isdigit() and s.get(Leaflet, int(value)) is not None:
            ids = [int(value)]
    if not ids:
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("Errors", "No leaflet with that title or id."),
            QT_TRANSLATE_NOOP("Errors", "List them with: committee-desk list leaflets --db PATH"),
        )
    return ids[0]


def _apply(row: Leaflet, doc: LeafletDoc) -> None:
    row.title = doc.title.strip()
    row.layout = doc.layout
    row.paper = doc.paper
    row.languages = ",".join(doc.languages)
    row.content = doc.content_json()


@versions.refuses_stale("leaflet", lambda args: args["doc"].id, lambda db, i: (lambda d: (d.version, d))(get_leaflet(db, i)),
                        QT_TRANSLATE_NOOP("Errors", "Someone else changed this leaflet while you were editing."))
def save_leaflet(db: Database, doc: LeafletDoc) -> int:
    """Insert (no id) or update; returns the id. A title must be unique. An update refuses a doc
    read at an older version than the saved one (errors.Conflict); saved, the doc takes the new one."""
    validate(doc)
    try:
        with db.write() as s:
            if doc.id is None:
                row = Leaflet()
                _apply(row, doc)
                s.add(row)
            else:
                row = s.get(Leaflet, doc.id)
                if row is None:
                    raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That leaflet no longer exists."))
                versions.check(row, doc.version)
                _apply(row, doc)
                row.updated_at = utcnow()
            s.flush()
            new_id, new_version = row.id, row.version
            if doc.id is None:
                audit.record(s, "created", "leaflet", new_id)
    except IntegrityError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Another leaflet already has that title."), field="title",
            hint=QT_TRANSLATE_NOOP("Errors", "Choose a different title."),
        ) from None
    doc.id, doc.version = new_id, new_version
    return new_id


def _free_title(s: Session, base: str) -> str:
    taken = set(s.scalars(select(Leaflet.title)))
    if base not in taken:
        return base
    n = 1
    while True:
        candidate = f"{base} ({n})" if n > 1 else f"{base} (copy)"
        if candidate not in taken:
            return candidate[:200]
        n += 1


def duplicate_leaflet(db: Database, leaflet_id: int) -> int:
    with db.write() as s:
        row = s.get(Leaflet, leaflet_id)
        if row is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That leaflet no longer exists."))
        copy_row = Leaflet(title=_free_title(s, row.title), layout=row.layout, paper=row.paper,
                           languages=row.languages, content=row.content)
        s.add(copy_row)
        s.flush()
        audit.record(s, "created", "leaflet", copy_row.id)
        return copy_row.id


def delete_leaflet(db: Database, leaflet_id: int) -> None:
    with db.write() as s:
        if s.execute(delete(Leaflet).where(Leaflet.id == leaflet_id)).rowcount:
            audit.record(s, "deleted", "leaflet", leaflet_id)


def new_leaflet_title(db: Database, base: str) -> str:
    with db.session() as s:
        return _free_title(s, base)


# ---------------------------------------------------------------- shipped templates
@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: str
    layout: str
    languages: str


def templates_dir() -> Path:
    return resources_dir() / "templates" / "leaflets"


def _read_template(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def list_templates() -> list[TemplateInfo]:
    result = []
    for path in sorted(templates_dir().glob("*.json")):
        data = _read_template(path)
        result.append(TemplateInfo(path.stem, data.get("title", path.stem), data.get("description", ""),
                                   data.get("layout", FULL), ",".join(data.get("languages", []))))
    return result


def load_template(name: str) -> LeafletDoc:
    path = templates_dir() / f"{name}.json"
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name) or not path.is_file():
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("Errors", "No leaflet template is called {name}."),
            QT_TRANSLATE_NOOP("Errors", "See the list with: committee-desk list templates"),
            name=name,
        )
    data = _read_template(path)
    return LeafletDoc.from_parts(data["title"], data.get("layout", FULL), data.get("paper", LETTER),
                                 data.get("languages", ["en"]), data.get("content", {}))


# ---------------------------------------------------------------- demo
def add_demo_leaflets(s: Session, rng: random.Random, person_ids: list[int]) -> None:
    taken = set(s.scalars(select(Leaflet.title)))
    for info in list_templates():
        doc = load_template(info.name)
        if doc.title in taken:
            continue
        doc.issuer = doc.issuer or "Local 1546 — Committee to Defend Immigrant Co-workers"
        row = Leaflet()
        _apply(row, doc)
        s.add(row)
    s.flush()

