"""Data model v1: people, workplaces (departments, shifts), committees, tags.

By design there is no field, anywhere, for immigration status or country of origin: the safest
data is the data we never collect (tests/test_schema_safety.py keeps it that way).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .text import display_name

MEMBERSHIP_STATUSES = ("member", "non-member", "steward", "officer")
COMMITTEE_KINDS = ("workplace", "defend-immigrants", "rapid-response", "other")
COMMITTEE_ROLES = ("chair", "secretary", "caller", "trainer", "member")
# 1 = strong support ... 5 = opposed
ASSESSMENT_VALUES = (1, 2, 3, 4, 5)

person_tags = Table(
    "person_tags",
    Base.metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_person_tags_tag_id", "tag_id"),
)


class Workplace(Base):
    __tablename__ = "workplaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    name: Mapped[str] = mapped_column(String(200), unique=True)
    employer: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    union_local: Mapped[str] = mapped_column(String(200), default="")
    unit_size: Mapped[Optional[int]] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    departments: Mapped[list["Department"]] = relationship(
        back_populates="workplace", cascade="all, delete-orphan", order_by="Department.name"
    )
    shifts: Mapped[list["Shift"]] = relationship(
        back_populates="workplace", cascade="all, delete-orphan", order_by="Shift.position"
    )


class Department(Base):
    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("workplace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(ForeignKey("workplaces.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    workplace: Mapped[Workplace] = relationship(back_populates="departments")


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (UniqueConstraint("workplace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(ForeignKey("workplaces.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    workplace: Mapped[Workplace] = relationship(back_populates="shifts")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint("assessment IS NULL OR assessment BETWEEN 1 AND 5", name="assessment_range"),
        CheckConstraint(
            "membership IN ('member', 'non-member', 'steward', 'officer')", name="membership_value"
        ),
        Index("ix_people_names", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    # How the name is written: "given_first" (Ana García) or "family_first" (王小明, Trần Thị Lan).
    name_order: Mapped[str] = mapped_column(String(20), default="given_first", server_default="given_first")
    # No index: emails are matched in memory (imports) or case-insensitively (a scan either way).
    email: Mapped[str] = mapped_column(String(320), default="")
    # Comma-separated language codes in order of preference, e.g. "es,en".
    languages: Mapped[str] = mapped_column(String(100), default="")
    workplace_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("workplaces.id", ondelete="SET NULL"), index=True
    )
    department_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    shift_id: Mapped[Optional[int]] = mapped_column(ForeignKey("shifts.id", ondelete="SET NULL"), index=True)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    membership: Mapped[str] = mapped_column(String(20), default="non-member")
    assessment: Mapped[Optional[int]] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Consent is yes (True), no (False) or unknown (NULL): never assumed. consent_source says where
    # the last change came from ("import: members.csv", "entered by hand", "walk-in") and
    # consent_date when; both empty for values from before they were recorded (migration 0013).
    ok_to_call: Mapped[Optional[bool]] = mapped_column(Boolean)
    ok_to_text: Mapped[Optional[bool]] = mapped_column(Boolean)
    ok_to_email: Mapped[Optional[bool]] = mapped_column(Boolean)
    do_not_contact: Mapped[Optional[bool]] = mapped_column(Boolean)
    consent_source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    consent_date: Mapped[Optional[datetime]] = mapped_column(DateTime)
    # Postal address. ``country`` is the country of the address (shown "Country (postal)"), nothing
    # about the person's origin.
    street: Mapped[str] = mapped_column(String(200), default="", server_default="")
    city: Mapped[str] = mapped_column(String(100), default="", server_default="")
    region: Mapped[str] = mapped_column(String(100), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    country: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # An employee number or another tool's contact id, matched on by imports. Not unique: two tools
    # may use the same numbers.
    external_id: Mapped[str] = mapped_column(String(100), default="", server_default="", index=True)
    email2: Mapped[str] = mapped_column(String(320), default="", server_default="")
    hire_date: Mapped[Optional[date]] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    phones: Mapped[list["Phone"]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Phone.position"
    )
    assessments: Mapped[list["Assessment"]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Assessment.assessed_at",
        foreign_keys="Assessment.person_id",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tags, order_by=Tag.name)
    workplace: Mapped[Optional[Workplace]] = relationship()
    department: Mapped[Optional[Department]] = relationship()
    shift: Mapped[Optional[Shift]] = relationship()

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name, self.name_order)


class Phone(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # As the user typed it (shown, extension included), and normalized to E.164 (matched on).
    # e164 == "" is the flag for a number that could not be read: it is kept as typed, never
    # guessed into a number (see ``unreadable``).
    # No index on e164: numbers are matched in memory (roster index, imports), never looked up by SQL.
    raw: Mapped[str] = mapped_column(String(60))
    e164: Mapped[str] = mapped_column(String(20), default="")
    label: Mapped[str] = mapped_column(String(40), default="")

    person: Mapped[Person] = relationship(back_populates="phones")

    @property
    def unreadable(self) -> bool:
        """The number could not be read as a phone number (kept as typed, shown with a warning)."""
        return bool(self.raw) and not self.e164


class Assessment(Base):
    """One assessment conversation: who assessed whom, when, the 1-5 value and a note."""

    __tablename__ = "assessments"
    __table_args__ = (CheckConstraint("value BETWEEN 1 AND 5", name="value_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    value: Mapped[int] = mapped_column(Integer)
    assessed_by: Mapped[str] = mapped_column(String(200), default="")
    assessed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="assessments", foreign_keys=[person_id])


class Committee(Base):
    __tablename__ = "committees"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('workplace', 'defend-immigrants', 'rapid-response', 'other')", name="kind_value"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="workplace")
    workplace_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("workplaces.id", ondelete="SET NULL"), index=True
    )
    union_local: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    workplace: Mapped[Optional[Workplace]] = relationship()
    members: Mapped[list["CommitteeMember"]] = relationship(
        back_populates="committee", cascade="all, delete-orphan"
    )


class CommitteeMember(Base):
    __tablename__ = "committee_members"
    __table_args__ = (
        CheckConstraint(
            "role IN ('chair', 'secretary', 'caller', 'trainer', 'member')", name="role_value"
        ),
        UniqueConstraint("committee_id", "person_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")
    joined_on: Mapped[Optional[date]] = mapped_column(Date)
    left_on: Mapped[Optional[date]] = mapped_column(Date)

    committee: Mapped[Committee] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class AppMeta(Base):
    """Small key/value facts about this database file (organization name, created by version)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
