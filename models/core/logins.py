"""Who may log in to a committee server, and as what (issue 25).

A row per PostgreSQL login that ``committee-desk server add-user`` made: its role (admin,
organizer, trainer, caller), the person it is (a caller's call-list entries and a trainer's
sessions name people by id), and, for an organizer, the committees whose workplaces it works on.
The row-level security policies of the server (models/core/server_roles.py) read these tables;
in an encrypted file they stay empty. Passwords are never here: PostgreSQL keeps them (SCRAM).
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

ROLES = ("admin", "organizer", "trainer", "caller")


class Login(Base):
    __tablename__ = "logins"
    __table_args__ = (CheckConstraint("role IN ('admin', 'organizer', 'trainer', 'caller')", name="login_role"),)

    name: Mapped[str] = mapped_column(String(63), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LoginCommittee(Base):
    __tablename__ = "login_committees"

    login: Mapped[str] = mapped_column(ForeignKey("logins.name", ondelete="CASCADE"), primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"), primary_key=True, index=True)
