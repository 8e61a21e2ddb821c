"""Tables for mobilizations: events (actions), call lists, calls and check-ins.

* ``call_list_entries.id`` is the row ID printed on paper call sheets (re-entry types it back).
* ``calls`` keeps every attempt; the entry caches the latest one (``last_outcome``,
  ``last_called_at``, ``attempts``, ``callback_at``) so "next person" is one indexed query.
* Indexes are chosen for 1,000,000 calls: by event and person, by entry, by caller.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.core.base import Base, utcnow

EVENT_KINDS = ("rally", "march", "picket", "meeting", "rapid-response", "other")
OUTCOMES = ("yes", "maybe", "no", "left-message", "no-answer", "wrong-number", "callback", "do-not-call")


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('rally', 'march', 'picket', 'meeting', 'rapid-response', 'other')", name="kind_value"
        ),
        Index("ix_events_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="rally")
    starts_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    target: Mapped[Optional[int]] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class EventScript(Base):
    """The call script of an event in one language ("" = any language)."""

    __tablename__ = "event_scripts"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(10), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")


class EventCommittee(Base):
    __tablename__ = "event_committees"
    __table_args__ = (Index("ix_event_committees_committee_id", "committee_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"), primary_key=True)


class CallList(Base):
    __tablename__ = "call_lists"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    # The saved filter (JSON of models.mobilization.operations.ListCriteria) and the last run's exclusions.
    criteria: Mapped[str] = mapped_column(Text, default="{}")
    excluded: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    built_at: Mapped[Optional[datetime]] = mapped_column(DateTime)


class CallListEntry(Base):
    __tablename__ = "call_list_entries"
    __table_args__ = (
        UniqueConstraint("list_id", "person_id"),
        Index("ix_call_list_entries_next", "list_id", "caller_id", "last_outcome", "position"),
        Index("ix_call_list_entries_pending", "list_id", "last_outcome", "position"),
        Index("ix_call_list_entries_retry", "list_id", "last_outcome", "last_called_at"),
        Index("ix_call_list_entries_callback", "list_id", "last_outcome", "callback_at"),
        Index("ix_call_list_entries_person_id", "person_id"),
        # Deleting a person sets caller_id to NULL: without this index every delete scans the table.
        Index("ix_call_list_entries_caller_id", "caller_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("call_lists.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    caller_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Cache of the latest attempt (the calls table keeps them all).
    last_outcome: Mapped[Optional[str]] = mapped_column(String(20))
    last_called_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    callback_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class Call(Base):
    __tablename__ = "calls"
    __table_args__ = (
        CheckConstraint(
            "outcome IN ('yes', 'maybe', 'no', 'left-message', 'no-answer', 'wrong-number', 'callback', "
            "'do-not-call')",
            name="outcome_value",
        ),
        Index("ix_calls_event_person", "event_id", "person_id", "called_at"),
        Index("ix_calls_person_called_at", "person_id", "called_at"),
        Index("ix_calls_entry_id", "entry_id"),
        Index("ix_calls_caller_id", "caller_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    entry_id: Mapped[Optional[int]] = mapped_column(ForeignKey("call_list_entries.id", ondelete="SET NULL"))
    caller_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    outcome: Mapped[str] = mapped_column(String(20))
    called_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    callback_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    # "phone" (phone-bank screen) or "paper" (re-entered from a call sheet)
    source: Mapped[str] = mapped_column(String(10), default="phone")


class Checkin(Base):
    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("event_id", "person_id"), Index("ix_checkins_person_id", "person_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    checked_in_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
