"""Workplaces (with departments and shifts) and committees (with members and roles)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from models.core.errors import QT_TRANSLATE_NOOP
from models.core import audit, errors, versions
from models.core.db import Database
from models.core.entities import (
    COMMITTEE_KINDS,
    COMMITTEE_ROLES,
    Committee,
    CommitteeMember,
    Department,
    Person,
    Shift,
    Workplace,
)


# ---------------------------------------------------------------- workplaces
@dataclass
class WorkplaceInput:
    name: str = ""
    employer: str = ""
    address: str = ""
    union_local: str = ""
    unit_size: Optional[int] = None
    departments: list[str] = field(default_factory=list)
    shifts: list[str] = field(default_factory=list)
    version: Optional[int] = field(default=None, compare=False)  # as read: save_workplace(version=...)


@dataclass
class WorkplaceSummary:
    id: int
    name: str
    employer: str
    union_local: str
    unit_size: Optional[int]
    people: int
    departments: int
    shifts: int


def list_workplaces(db: Database) -> list[WorkplaceSummary]:
    with db.session() as s:
        people = dict(s.execute(select(Person.workplace_id, func.count()).group_by(Person.workplace_id)).all())
        depts = dict(s.execute(select(Department.workplace_id, func.count()).group_by(Department.workplace_id)).all())
        shifts = dict(s.execute(select(Shift.workplace_id, func.count()).group_by(Shift.workplace_id)).all())
        return [
            WorkplaceSummary(w.id, w.name, w.employer, w.union_local, w.unit_size,
                             people.get(w.id, 0), depts.get(w.id, 0), shifts.get(w.id, 0))
            for w in s.scalars(select(Workplace).order_by(Workplace.name))
        ]


def get_workplace(db: Database, workplace_id: int) -> WorkplaceInput:
    with db.session() as s:
        w = s.get(Workplace, workplace_id, options=[selectinload(Workplace.departments), selectinload(Workplace.shifts)])
        if w is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That workplace no longer exists."))
        return WorkplaceInput(w.name, w.employer, w.address, w.union_local, w.unit_size,
                              [d.name for d in w.departments], [sh.name for sh in w.shifts], version=w.version)


def departments_and_shifts(db: Database, workplace_id: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    with db.engine.connect() as conn:
        return department_shift_rows(conn, workplace_id)


def department_shift_rows(conn, workplace_id: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(departments, shifts) of a workplace as (id, name), read on ``conn``."""
    depts = conn.execute(select(Department.id, Department.name).where(Department.workplace_id == workplace_id).order_by(Department.name)).all()
    shifts = conn.execute(select(Shift.id, Shift.name).where(Shift.workplace_id == workplace_id).order_by(Shift.position, Shift.name)).all()
    return [tuple(r) for r in depts], [tuple(r) for r in shifts]


def all_departments_and_shifts(db: Database) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Every department and shift as (id, "Name (Workplace)"), for filters across workplaces."""
    with db.session() as s:
        depts = s.execute(
            select(Department.id, Department.name, Workplace.name)
            .join(Workplace, Workplace.id == Department.workplace_id)
            .order_by(Department.name, Workplace.name)
        ).all()
        shifts = s.execute(
            select(Shift.id, Shift.name, Workplace.name)
            .join(Workplace, Workplace.id == Shift.workplace_id)
            .order_by(Shift.position, Shift.name, Workplace.name)
        ).all()
    return [(i, f"{n} ({w})") for i, n, w in depts], [(i, f"{n} ({w})") for i, n, w in shifts]


def _now(data):
    """(version, values) of a row as saved now, for errors.Conflict."""
    return data.version, data


def _clean_names(values: list[str]) -> list[str]:
    seen, result = set(), []
    for value in values:
        clean = value.strip()
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            result.append(clean)
    return result


@versions.refuses_stale("workplace", "workplace_id", lambda db, i: _now(get_workplace(db, i)),
                        QT_TRANSLATE_NOOP("Errors", "Someone else changed this workplace while you were editing."))
def save_workplace(db: Database, data: WorkplaceInput, workplace_id: Optional[int] = None,
                   version: Optional[int] = None) -> int:
    """Create or update. Departments and shifts are matched by name: renaming one keeps people
    only when edited in place; removed ones leave their people without a department/shift.
    ``version``: the one the form loaded (WorkplaceInput.version); errors.Conflict if it changed."""
    name = data.name.strip()
    if not name:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the workplace a name."), field="name")
    if data.unit_size is not None and data.unit_size < 0:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The bargaining-unit size cannot be negative."), field="unit_size")
    try:
        with db.write() as s:
            if workplace_id is None:
                w = Workplace(name=name)
                s.add(w)
            else:
                w = s.get(Workplace, workplace_id, options=[selectinload(Workplace.departments), selectinload(Workplace.shifts)])
                if w is None:
                    raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That workplace no longer exists."))
                versions.check(w, version)
                versions.touch(w)
            w.name, w.employer, w.address = name, data.employer.strip(), data.address.strip()
            w.union_local, w.unit_size = data.union_local.strip(), data.unit_size
            wanted_depts = _clean_names(data.departments)
            by_name = {d.name.casefold(): d for d in w.departments}
            w.departments = [by_name.get(n.casefold()) or Department(name=n) for n in wanted_depts]
            for d in w.departments:
                d.name = next(n for n in wanted_depts if n.casefold() == d.name.casefold())
            wanted_shifts = _clean_names(data.shifts)
            by_name_s = {sh.name.casefold(): sh for sh in w.shifts}
            new_shifts = []
            for i, n in enumerate(wanted_shifts):
                sh = by_name_s.get(n.casefold()) or Shift(name=n)
                sh.name, sh.position = n, i
                new_shifts.append(sh)
            w.shifts = new_shifts
            s.flush()
            audit.record(s, "created" if workplace_id is None else "edited", "workplace", w.id)
            return w.id
    except IntegrityError:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Another workplace already has that name."), field="name") from None


def delete_workplace(db: Database, workplace_id: int) -> None:
    with db.write() as s:
        s.execute(delete(Workplace).where(Workplace.id == workplace_id))
        audit.record(s, "deleted", "workplace", workplace_id)


# ---------------------------------------------------------------- committees
@dataclass
class MemberRow:
    id: Optional[int]
    person_id: int
    person_name: str
    role: str = "member"
    joined_on: Optional[date] = None
    left_on: Optional[date] = None


@dataclass
class CommitteeInput:
    name: str = ""
    kind: str = "workplace"
    workplace_id: Optional[int] = None
    union_local: str = ""
    notes: str = ""
    members: list[MemberRow] = field(default_factory=list)
    version: Optional[int] = field(default=None, compare=False)  # as read: save_committee(version=...)


@dataclass
class CommitteeSummary:
    id: int
    name: str
    kind: str
    workplace: str
    union_local: str
    active_members: int


def list_committees(db: Database) -> list[CommitteeSummary]:
    with db.session() as s:
        counts = dict(
            s.execute(
                select(CommitteeMember.committee_id, func.count(func.distinct(CommitteeMember.person_id)))
                .where(CommitteeMember.left_on.is_(None))
                .group_by(CommitteeMember.committee_id)
            ).all()
        )
        rows = s.execute(
            select(Committee.id, Committee.name, Committee.kind, Workplace.name, Committee.union_local)
            .outerjoin(Workplace, Workplace.id == Committee.workplace_id)
            .order_by(Committee.name)
        ).all()
        return [CommitteeSummary(cid, name, kind, wp or "", local, counts.get(cid, 0)) for cid, name, kind, wp, local in rows]


def get_committee(db: Database, committee_id: int) -> CommitteeInput:
    with db.session() as s:
        c = s.get(Committee, committee_id)
        if c is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That committee no longer exists."))
        members = s.execute(
            select(CommitteeMember, Person)
            .join(Person, Person.id == CommitteeMember.person_id)
            .where(CommitteeMember.committee_id == committee_id)
            .order_by(CommitteeMember.left_on.is_not(None), CommitteeMember.role, Person.last_name, Person.first_name)
        ).all()
        return CommitteeInput(
            c.name, c.kind, c.workplace_id, c.union_local, c.notes,
            [MemberRow(m.id, p.id, p.display_name, m.role, m.joined_on, m.left_on) for m, p in members],
            version=c.version,
        )


@versions.refuses_stale("committee", "committee_id", lambda db, i: _now(get_committee(db, i)),
                        QT_TRANSLATE_NOOP("Errors", "Someone else changed this committee while you were editing."))
def save_committee(db: Database, data: CommitteeInput, committee_id: Optional[int] = None,
                   version: Optional[int] = None) -> int:
    """Create or update. ``version``: the one the form loaded (CommitteeInput.version)."""
    name = data.name.strip()
    if not name:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the committee a name."), field="name")
    if data.kind not in COMMITTEE_KINDS:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose what kind of committee this is."), field="kind")
    seen = set()
    for m in data.members:
        if m.role not in COMMITTEE_ROLES:
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a role for every member."), field="members")
        if (m.person_id, m.role) in seen:
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "A member is listed twice with the same role."), field="members")
        seen.add((m.person_id, m.role))
        if m.left_on and m.joined_on and m.left_on < m.joined_on:
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "A member cannot have left before joining."), field="members")
    try:
        with db.write() as s:
            if committee_id is None:
                c = Committee(name=name)
                s.add(c)
            else:
                c = s.get(Committee, committee_id, options=[selectinload(Committee.members)])
                if c is None:
                    raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That committee no longer exists."))
                versions.check(c, version)
                versions.touch(c)
            c.name, c.kind, c.workplace_id = name, data.kind, data.workplace_id
            c.union_local, c.notes = data.union_local.strip(), data.notes
            existing = {m.id: m for m in c.members} if committee_id is not None else {}
            new_members = []
            for row in data.members:
                m = existing.get(row.id) if row.id is not None else None
                if m is None:
                    m = CommitteeMember(person_id=row.person_id)
                m.role, m.joined_on, m.left_on = row.role, row.joined_on, row.left_on
                new_members.append(m)
            c.members = new_members
            s.flush()
            audit.record(s, "created" if committee_id is None else "edited", "committee", c.id)
            return c.id
    except IntegrityError:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Another committee already has that name."), field="name") from None


def delete_committee(db: Database, committee_id: int) -> None:
    with db.write() as s:
        s.execute(delete(Committee).where(Committee.id == committee_id))
        audit.record(s, "deleted", "committee", committee_id)
