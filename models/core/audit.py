"""The audit trail: who did what and when, inside the encrypted database.

``record(session, action, kind, object_id=None, count=None, user="")`` adds one row **in the
caller's transaction** (so the entry exists exactly when the change does). Entries hold codes,
ids and counts only — never a name, phone, email or any free text typed about a person: a row
reads like "2026-03-02 14:05, Rosa, deleted, person, id 17" or "imported, person, count 250".

Actions are short codes (``ACTIONS``); other features may add their own codes, e.g. an import
records ``record(s, "imported", "person", count=n, user=...)`` and a PDF export
``record(s, "exported", "pdf", count=pages, user=...)``.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, Index, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, utcnow
from .errors import QT_TRANSLATE_NOOP

# code -> English label (translated in the UI, context "Audit")
ACTIONS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("Audit", "created"),
    "edited": QT_TRANSLATE_NOOP("Audit", "edited"),
    "deleted": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "imported": QT_TRANSLATE_NOOP("Audit", "imported"),
    "exported": QT_TRANSLATE_NOOP("Audit", "exported"),
    "printed": QT_TRANSLATE_NOOP("Audit", "printed"),
    "passphrase_changed": QT_TRANSLATE_NOOP("Audit", "passphrase changed"),
    "backup_made": QT_TRANSLATE_NOOP("Audit", "backup made"),
    "restored": QT_TRANSLATE_NOOP("Audit", "restored from a backup"),
}
KINDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Audit", "person"),
    "workplace": QT_TRANSLATE_NOOP("Audit", "workplace"),
    "committee": QT_TRANSLATE_NOOP("Audit", "committee"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
    "backup": QT_TRANSLATE_NOOP("Audit", "backup"),
    "import": QT_TRANSLATE_NOOP("Audit", "import batch"),
    "roster-export": QT_TRANSLATE_NOOP("Audit", "roster export"),
    "call-sheets": QT_TRANSLATE_NOOP("Audit", "call sheets"),
    "phone-tree": QT_TRANSLATE_NOOP("Audit", "phone tree"),
    "turnout": QT_TRANSLATE_NOOP("Audit", "turnout report"),
    "sign-in": QT_TRANSLATE_NOOP("Audit", "sign-in sheet"),
    "training-report": QT_TRANSLATE_NOOP("Audit", "training report"),
    "wall-chart": QT_TRANSLATE_NOOP("Audit", "wall chart"),
    "resolution": QT_TRANSLATE_NOOP("Audit", "resolution"),
    "event": QT_TRANSLATE_NOOP("Audit", "event"),
    "training-session": QT_TRANSLATE_NOOP("Audit", "training session"),
    "leaflet": QT_TRANSLATE_NOOP("Audit", "leaflet"),
    "directory": QT_TRANSLATE_NOOP("Audit", "printed directory"),
    "mailing-labels": QT_TRANSLATE_NOOP("Audit", "mailing labels"),
}


USER_ENV = "COMMITTEE_DESK_USER"
log = logging.getLogger(__name__)
_default_user = ""


def set_default_user(name: str) -> None:
    """The name recorded when a caller passes no ``user`` (the app sets it from its preferences;
    the CLI from ``--user`` or the COMMITTEE_DESK_USER environment variable)."""
    global _default_user
    _default_user = (name or "").strip()


def default_user() -> str:
    return _default_user or os.environ.get(USER_ENV, "").strip()


class AuditEntry(Base):
    __tablename__ = "audit_log"
    # No RETURNING on insert: on a committee server a role writes its audit lines but may not read
    # them (audit_log's SELECT is the admin's), and INSERT … RETURNING needs SELECT. The new id
    # comes from the sequence first (server) or lastrowid (file).
    __table_args__ = (Index("ix_audit_log_at", "at"), {"implicit_returning": False})

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[Optional[int]] = mapped_column(Integer)
    count: Mapped[Optional[int]] = mapped_column(Integer)


def record(
    session: Session,
    action: str,
    kind: str,
    object_id: Optional[int] = None,
    count: Optional[int] = None,
    user: str = "",
) -> None:
    """Add one audit row in the caller's transaction (codes, ids and counts only)."""
    session.add(
        AuditEntry(
            at=utcnow(),
            user=((user or "").strip() or default_user())[:100],
            action=action[:40],
            kind=kind[:40],
            object_id=object_id,
            count=count,
        )
    )


def record_now(db, action: str, kind: str, object_id: Optional[int] = None,
               count: Optional[int] = None, user: str = "") -> None:
    """Record in its own small transaction (for events that are not database changes)."""
    with db.write() as s:
        record(s, action, kind, object_id, count, user)


def record_after_file(db, action: str, kind: str, object_id: Optional[int] = None,
                      count: Optional[int] = None, user: str = "") -> None:
    """Record that a file was written (its own transaction). If the database cannot take the
    entry (say the app holds it while the CLI prints), the file is still good: the miss is
    logged, without personal data."""
    try:
        record_now(db, action, kind, object_id, count, user)
    except Exception as exc:  # noqa: BLE001 - never fail a finished file over its log line
        log.warning("audit entry for %s %s not recorded (%s)", action, kind, type(exc).__name__)


def audited(action: str, kind: str):
    """Decorate a file writer ``fn(db, ...)``: once it has written its file, record ``action`` on
    ``kind`` (codes only). If the database cannot take the entry (say the app holds it while the
    CLI prints), the file is still good: the miss is logged, without personal data."""

    def wrap(fn):
        @functools.wraps(fn)
        def inner(db, *args, **kwargs):
            result = fn(db, *args, **kwargs)
            record_after_file(db, action, kind)
            return result

        return inner

    return wrap


@dataclass
class AuditRow:
    id: int
    at: datetime
    user: str
    action: str
    kind: str
    object_id: Optional[int]
    count: Optional[int]


def entries(
    db,
    action: str = "",
    kind: str = "",
    user: str = "",
    since: Optional[datetime] = None,
    until: Optional[datetime] = None,
    limit: int = 5000,
) -> list[AuditRow]:
    """Newest first, filtered by exact action / kind / user and a time range."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEntry.action == action)
    if kind:
        query = query.where(AuditEntry.kind == kind)
    if user:
        query = query.where(AuditEntry.user == user)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    with db.session() as s:
        return [
            AuditRow(e.id, e.at, e.user, e.action, e.kind, e.object_id, e.count) for e in s.scalars(query)
        ]


def users(db) -> list[str]:
    with db.session() as s:
        return sorted(u for u in s.scalars(select(AuditEntry.user).distinct()) if u)
