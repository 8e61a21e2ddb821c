"""The tables the importer writes besides the roster's: its batches (for undo) and remembered mappings."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.core.base import Base, utcnow


class ImportBatch(Base):
    """One import: which file, when, by whom, the counts; ``undone_at`` once undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    invalid: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: ids of workplaces/departments/shifts/tags this import created (removed on undo if unused).
    created_refs: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[Optional[datetime]] = mapped_column(DateTime)


class ImportBatchPerson(Base):
    """A person a batch created (``action='created'``) or merged into (``'merged'``, with the
    changes it made as JSON so undo can put back exactly what was there)."""

    __tablename__ = "import_batch_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(10), default="created")
    changes: Mapped[str] = mapped_column(Text, default="")


class ImportMapping(Base):
    """A column mapping the user confirmed, remembered for the next file with the same headers."""

    __tablename__ = "import_mappings"

    header_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
