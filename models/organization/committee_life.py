"""Committee life: meetings (date, place, agenda, minutes, attendance), follow-up tasks, and the
data of a committee page (members by role, next meeting, open tasks, attendance history).

Attendance rows are either a person from the roster (``person_id``; a committee member, or a
roster person who came as a guest) or a guest typed by name (``guest_name``, not on the roster).
``is_member`` records whether the person was an active member of the committee at the meeting,
so attendance history stays true when membership changes later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable, Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    delete,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.core import errors
from models.core.base import Base, utcnow
from models.core.db import Database
from models.core.entities import COMMITTEE_ROLES, Committee, CommitteeMember, Person, Workplace
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.text import display_name as _name


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (
        CheckConstraint("person_id IS NOT NULL OR guest_name <> ''", name="who"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    is_member: Mapped[bool] = mapped_column(Boolean, default=True)


class CommitteeTask(Base):
    __tablename__ = "committee_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[Optional[int]] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    owner_person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    due_on: Mapped[Optional[date]] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def _committee_or_fail(s: Session, committee_id: int) -> Committee:
    c = s.get(Committee, committee_id)
    if c is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That committee no longer exists."))
    return c


# ---------------------------------------------------------------- meetings
@dataclass
class AttendeeRow:
    person_id: Optional[int]
    name: str
    is_member: bool = True


@dataclass
class MeetingInput:
    committee_id: int
    starts_at: datetime
    place: str = ""
    agenda: str = ""
    minutes: str = ""
    # roster people present (members or guests from the roster)
    attendee_ids: list[int] = field(default_factory=list)
    # guests who are not on the roster, by name
    guest_names: list[str] = field(default_factory=list)


@dataclass
class MeetingSummary:
    id: int
    committee_id: int
    starts_at: datetime
    place: str
    members_present: int
    guests: int
    members_total: int  # active members of the committee at the meeting date

    @property
    def attendance_share(self) -> Optional[float]:
        return self.members_present / self.members_total if self.members_total else None


@dataclass
class MeetingDetail:
    id: int
    committee_id: int
    starts_at: datetime
    place: str
    agenda: str
    minutes: str
    attendees: list[AttendeeRow]


def active_member_ids(s: Session, committee_id: int, on: Optional[date] = None) -> set[int]:
    """People who are members of the committee on ``on`` (today when None)."""
    day = on or date.today()
    rows = s.execute(
        select(CommitteeMember.person_id, CommitteeMember.joined_on, CommitteeMember.left_on)
        .where(CommitteeMember.committee_id == committee_id)
    ).all()
    return {
        pid for pid, joined, left in rows
        if (joined is None or joined <= day) and (left is None or left > day)
    }


def save_meeting(db: Database, data: MeetingInput, meeting_id: Optional[int] = None) -> int:
    if data.starts_at is None:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the meeting a date."), field="starts_at")
    guests = [g.strip() for g in data.guest_names if g and g.strip()]
    with db.write() as s:
        _committee_or_fail(s, data.committee_id)
        if meeting_id is None:
            m = Meeting(committee_id=data.committee_id)
            s.add(m)
        else:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That meeting no longer exists."))
        m.committee_id = data.committee_id
        m.starts_at = data.starts_at
        m.place, m.agenda, m.minutes = data.place.strip(), data.agenda, data.minutes
        s.flush()
        _write_attendance(s, m.id, data.committee_id, data.starts_at.date(), data.attendee_ids, guests)
        return m.id


def _write_attendance(s: Session, meeting_id: int, committee_id: int, day: date,
                      person_ids: Iterable[int], guests: list[str]) -> None:
    members = active_member_ids(s, committee_id, day)
    s.execute(delete(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id))
    seen: set[int] = set()
    for pid in person_ids:
        if pid in seen:
            continue
        seen.add(pid)
        s.add(MeetingAttendance(meeting_id=meeting_id, person_id=pid, guest_name="", is_member=pid in members))
    for name in dict.fromkeys(guests):
        s.add(MeetingAttendance(meeting_id=meeting_id, person_id=None, guest_name=name, is_member=False))


def delete_meeting(db: Database, meeting_id: int) -> None:
    with db.write() as s:
        s.execute(delete(Meeting).where(Meeting.id == meeting_id))


def get_meeting(db: Database, meeting_id: int) -> MeetingDetail:
    with db.session() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That meeting no longer exists."))
        rows = s.execute(
            select(MeetingAttendance.person_id, MeetingAttendance.guest_name, MeetingAttendance.is_member,
                   Person.first_name, Person.last_name, Person.preferred_name, Person.name_order)
            .outerjoin(Person, Person.id == MeetingAttendance.person_id)
            .where(MeetingAttendance.meeting_id == meeting_id)
            .order_by(MeetingAttendance.is_member.desc(), Person.last_name, Person.first_name, MeetingAttendance.guest_name)
        ).all()
        attendees = [
            AttendeeRow(pid, _name(f or "", l or "", p or "", o or "") if pid else guest, bool(member))
            for pid, guest, member, f, l, p, o in rows
        ]
        return MeetingDetail(m.id, m.committee_id, m.starts_at, m.place, m.agenda, m.minutes, attendees)


def list_meetings(db: Database, committee_id: int) -> list[MeetingSummary]:
    """Every meeting of a committee, newest first, with attendance counts."""
    with db.session() as s:
        meetings = s.execute(
            select(Meeting.id, Meeting.starts_at, Meeting.place)
            .where(Meeting.committee_id == committee_id)
            .order_by(Meeting.starts_at.desc())
        ).all()
        counts: dict[int, list[int]] = {}
        for mid, is_member in s.execute(
            select(MeetingAttendance.meeting_id, MeetingAttendance.is_member)
            .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
            .where(Meeting.committee_id == committee_id)
        ):
            pair = counts.setdefault(mid, [0, 0])
            pair[0 if is_member else 1] += 1
        memberships = s.execute(
            select(CommitteeMember.person_id, CommitteeMember.joined_on, CommitteeMember.left_on)
            .where(CommitteeMember.committee_id == committee_id)
        ).all()
        result = []
        for mid, starts, place in meetings:
            day = starts.date()
            total = len({pid for pid, j, l in memberships if (j is None or j <= day) and (l is None or l > day)})
            present, guests = counts.get(mid, [0, 0])
            result.append(MeetingSummary(mid, committee_id, starts, place, present, guests, total))
        return result


# ---------------------------------------------------------------- tasks
@dataclass
class TaskInput:
    committee_id: int
    title: str
    owner_person_id: Optional[int] = None
    due_on: Optional[date] = None
    done: bool = False
    notes: str = ""
    meeting_id: Optional[int] = None


@dataclass
class TaskRow:
    id: int
    committee_id: int
    title: str
    owner_person_id: Optional[int]
    owner_name: str
    due_on: Optional[date]
    done: bool
    notes: str
    meeting_id: Optional[int]

    def overdue(self, today: Optional[date] = None) -> bool:
        return not self.done and self.due_on is not None and self.due_on < (today or date.today())


def save_task(db: Database, data: TaskInput, task_id: Optional[int] = None) -> int:
    title = data.title.strip()
    if not title:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what the task is."), field="title")
    with db.write() as s:
        _committee_or_fail(s, data.committee_id)
        if task_id is None:
            t = CommitteeTask(committee_id=data.committee_id)
            s.add(t)
        else:
            t = s.get(CommitteeTask, task_id)
            if t is None:
                raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That task no longer exists."))
        t.title, t.owner_person_id, t.due_on, t.notes, t.meeting_id = (
            title, data.owner_person_id, data.due_on, data.notes, data.meeting_id)
        if data.done and not t.done:
            t.done_at = utcnow()
        elif not data.done:
            t.done_at = None
        t.done = data.done
        s.flush()
        return t.id


def set_task_done(db: Database, task_id: int, done: bool = True) -> None:
    with db.write() as s:
        t = s.get(CommitteeTask, task_id)
        if t is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That task no longer exists."))
        t.done = done
        t.done_at = utcnow() if done else None


def delete_task(db: Database, task_id: int) -> None:
    with db.write() as s:
        s.execute(delete(CommitteeTask).where(CommitteeTask.id == task_id))


def list_tasks(db: Database, committee_id: int, open_only: bool = False) -> list[TaskRow]:
    """Tasks, open ones first by due date (no date last), then done ones."""
    with db.session() as s:
        q = (
            select(CommitteeTask, Person.first_name, Person.last_name, Person.preferred_name, Person.name_order)
            .outerjoin(Person, Person.id == CommitteeTask.owner_person_id)
            .where(CommitteeTask.committee_id == committee_id)
        )
        if open_only:
            q = q.where(CommitteeTask.done.is_(False))
        rows = [
            TaskRow(t.id, t.committee_id, t.title, t.owner_person_id,
                    _name(f or "", l or "", p or "", o or "") if t.owner_person_id else "",
                    t.due_on, t.done, t.notes, t.meeting_id)
            for t, f, l, p, o in s.execute(q)
        ]
    rows.sort(key=lambda r: (r.done, r.due_on is None, r.due_on or date.max, r.id))
    return rows


# ---------------------------------------------------------------- committee page
@dataclass
class PageMember:
    person_id: int
    name: str
    role: str
    joined_on: Optional[date]
    meetings_attended: int  # of the last ``history`` meetings


@dataclass
class CommitteePage:
    id: int
    name: str
    kind: str
    workplace_id: Optional[int]
    workplace: str
    union_local: str
    members_by_role: dict[str, list[PageMember]]
    next_meeting: Optional[MeetingSummary]
    open_tasks: list[TaskRow]
    history: list[MeetingSummary]  # past meetings, newest first

    @property
    def active_members(self) -> int:
        return len({m.person_id for members in self.members_by_role.values() for m in members})


def committee_page(db: Database, committee_id: int, now: Optional[datetime] = None, history: int = 12) -> CommitteePage:
    """Everything the committee page shows, in a few queries."""
    now = now or datetime.now()
    meetings = list_meetings(db, committee_id)
    future = [m for m in meetings if m.starts_at >= now]
    past = [m for m in meetings if m.starts_at < now][:history]
    past_ids = [m.id for m in past]
    with db.session() as s:
        c = _committee_or_fail(s, committee_id)
        wp = s.get(Workplace, c.workplace_id) if c.workplace_id else None
        attended: dict[int, int] = {}
        if past_ids:
            for (pid,) in s.execute(
                select(MeetingAttendance.person_id).where(
                    MeetingAttendance.meeting_id.in_(past_ids), MeetingAttendance.person_id.is_not(None))
            ):
                attended[pid] = attended.get(pid, 0) + 1
        rows = s.execute(
            select(CommitteeMember.person_id, CommitteeMember.role, CommitteeMember.joined_on,
                   Person.first_name, Person.last_name, Person.preferred_name, Person.name_order)
            .join(Person, Person.id == CommitteeMember.person_id)
            .where(CommitteeMember.committee_id == committee_id, CommitteeMember.left_on.is_(None))
            .order_by(Person.last_name, Person.first_name)
        ).all()
        by_role: dict[str, list[PageMember]] = {role: [] for role in COMMITTEE_ROLES}
        for pid, role, joined, f, l, p, o in rows:
            by_role.setdefault(role, []).append(PageMember(pid, _name(f, l, p, o), role, joined, attended.get(pid, 0)))
        page = CommitteePage(
            c.id, c.name, c.kind, c.workplace_id, wp.name if wp else "", c.union_local,
            {role: people for role, people in by_role.items() if people},
            future[-1] if future else None, [], past,
        )
    page.open_tasks = list_tasks(db, committee_id, open_only=True)
    return page


def member_choices(db: Database, committee_id: int, on: Optional[date] = None) -> list[tuple[int, str]]:
    """Active members of the committee (for the attendance checkboxes and task owners)."""
    with db.session() as s:
        ids = active_member_ids(s, committee_id, on)
        if not ids:
            return []
        rows = s.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.preferred_name, Person.name_order)
            .where(Person.id.in_(ids)).order_by(Person.last_name, Person.first_name)
        ).all()
        return [(pid, _name(f, l, p, o)) for pid, f, l, p, o in rows]


# ---------------------------------------------------------------- demo
AGENDAS = [
    "1. Check-in round\n2. Report back on one-on-ones\n3. Plan the next shift meeting\n4. Tasks",
    "1. Know-your-rights training recap\n2. Rapid-response phone tree test\n3. Resolution draft\n4. Tasks",
    "1. Wall chart review: departments without a leader\n2. Assessment goals\n3. Tasks",
]
TASKS = [
    "Call the night-shift contacts in Sanitation",
    "Book the union hall for the next training",
    "Finish assessments for Packaging",
    "Bring the resolution draft to the executive board",
    "Update the phone tree after new hires",
    "Print know-your-rights cards in Spanish",
]


def demo_extension(s: Session, rng, person_ids: list[int]) -> None:
    """Meetings with attendance and follow-up tasks for every demo committee that has none."""
    committees = s.execute(select(Committee.id)).scalars().all()
    have = set(s.execute(select(Meeting.committee_id).distinct()).scalars())
    now = datetime.now().replace(minute=0, second=0, microsecond=0)
    for cid in committees[:6]:
        if cid in have:
            continue
        members = sorted(active_member_ids(s, cid))
        if not members:
            continue
        for n in range(4):
            # three past meetings two weeks apart, and the next one a week from now
            starts = (now - timedelta(days=14 * (3 - n)) if n < 3 else now + timedelta(days=7)).replace(hour=18)
            m = Meeting(committee_id=cid, starts_at=starts, place=rng.choice(["Union hall", "Break room", "Community center"]),
                        agenda=AGENDAS[n % len(AGENDAS)],
                        minutes="" if n == 3 else "Reports heard; next steps agreed (see tasks).")
            s.add(m)
            s.flush()
            if n < 3:
                present = [pid for pid in members if rng.random() < 0.75]
                for pid in present:
                    s.add(MeetingAttendance(meeting_id=m.id, person_id=pid, guest_name="", is_member=True))
                if rng.random() < 0.6:
                    s.add(MeetingAttendance(meeting_id=m.id, person_id=None, guest_name="Organizer from the labor council", is_member=False))
                for title in rng.sample(TASKS, 2):
                    done = n < 2 and rng.random() < 0.7
                    s.add(CommitteeTask(committee_id=cid, meeting_id=m.id, title=title, owner_person_id=rng.choice(members),
                                        due_on=(starts + timedelta(days=rng.randint(5, 20))).date(), done=done,
                                        done_at=utcnow() if done else None, notes=""))
        s.flush()
