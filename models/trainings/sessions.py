"""Trainings: a topics catalog, sessions with trainers, registration and attendance, evaluations,
follow-ups, the trainer's log, a person's trainings (and refreshes due), and coverage (who is
trained where, by department x shift).

Plain dataclasses go in and out, so the UI, the CLI, the reports and the tests share this code.
No Qt here. Messages are marked with QT_TRANSLATE_NOOP("Errors", ...) and carry no personal data.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable, Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.core import audit, demo, dialect, errors, versions
from models.core.base import Base, utcnow
from models.core.db import Database
from models.core.entities import AppMeta
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.server_session import current_role
from models.core.paths import resources_dir
from models.core.text import split_list
from models.roster.consent import WALK_IN
from models.roster.people import create_person

STATUSES = ("registered", "attended", "no-show")
FOLLOWUP_JOIN = "wants to join committee"
FOLLOWUP_TRAIN = "can train others"
FOLLOWUP_KINDS = (FOLLOWUP_JOIN, FOLLOWUP_TRAIN)
STARTER_FLAG = "trainings.starter_topics"
CHUNK = 500


# =====================================================================================  tables
class TrainingTopic(Base):
    __tablename__ = "training_topics"
    __table_args__ = (
        CheckConstraint("expected_minutes IS NULL OR expected_minutes > 0", name="minutes_positive"),
        CheckConstraint("refresh_months IS NULL OR refresh_months > 0", name="refresh_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_es: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    description_es: Mapped[str] = mapped_column(Text, default="")
    expected_minutes: Mapped[Optional[int]] = mapped_column(Integer)
    refresh_months: Mapped[Optional[int]] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TrainingSession(Base):
    __tablename__ = "training_sessions"
    __table_args__ = (CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The row version (issue 25, migration 0015): a save from an older version is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # every ORM UPDATE says AND version = ? and bumps it
    topic_id: Mapped[int] = mapped_column(ForeignKey("training_topics.id", ondelete="RESTRICT"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    place_workplace_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("workplaces.id", ondelete="SET NULL"), index=True
    )
    place_text: Mapped[str] = mapped_column(String(300), default="")
    # Comma-separated language codes, e.g. "es,en".
    languages: Mapped[str] = mapped_column(String(100), default="")
    capacity: Mapped[Optional[int]] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # File names or links, one per line (text only: nothing is fetched).
    materials: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TrainingSessionTrainer(Base):
    __tablename__ = "training_session_trainers"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True)


class TrainingRegistration(Base):
    __tablename__ = "training_registrations"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        CheckConstraint("status IN ('registered', 'attended', 'no-show')", name="status_value"),
        CheckConstraint("evaluation IS NULL OR evaluation BETWEEN 1 AND 5", name="evaluation_range"),
        Index("ix_training_registrations_person_status", "person_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="registered")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    evaluation: Mapped[Optional[int]] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    registered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TrainingFollowup(Base):
    __tablename__ = "training_followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("training_registrations.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    # "wants to join committee", "can train others" or free text.
    kind: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    due: Mapped[Optional[date]] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# =====================================================================================  helpers
# models.core.text.display_name() in SQL (registered on every connection by models.core.db).
_NAME_SQL = "person_name(p.first_name, p.last_name, p.preferred_name, p.name_order)"


def _in(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _parse_dt(value) -> Optional[datetime]:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _parse_date(value) -> Optional[date]:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    return date(year, month, 28)


def session_label(topic: str, starts_at: datetime) -> str:
    """How a session is named everywhere (lists, CLI): "topic — 2025-03-04 18:00"."""
    return f"{topic} — {starts_at:%Y-%m-%d %H:%M}"


# =====================================================================================  topics
@dataclass
class TopicInput:
    name: str = ""
    name_es: str = ""
    description: str = ""
    description_es: str = ""
    expected_minutes: Optional[int] = None
    refresh_months: Optional[int] = None


@dataclass
class TopicSummary:
    id: int
    name: str
    name_es: str
    expected_minutes: Optional[int]
    refresh_months: Optional[int]
    sessions: int
    trained: int  # distinct people who attended


def starter_topics() -> list[TopicInput]:
    """The catalog shipped in resources/templates/training_topics.json (English and Spanish)."""
    path = resources_dir() / "templates" / "training_topics.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        TopicInput(
            t["name"], t.get("name_es", ""), t.get("description", ""), t.get("description_es", ""),
            t.get("expected_minutes"), t.get("refresh_months"),
        )
        for t in data["topics"]
    ]


def _load_starter(s: Session) -> int:
    if s.get(AppMeta, STARTER_FLAG) is not None:
        return 0
    existing = {name.casefold() for name in s.scalars(select(TrainingTopic.name))}
    added = 0
    for topic in starter_topics():
        if topic.name.casefold() not in existing:
            s.add(TrainingTopic(**topic.__dict__))
            added += 1
    s.add(AppMeta(key=STARTER_FLAG, value=utcnow().isoformat(timespec="seconds")))
    s.flush()
    return added


def ensure_starter_topics(db: Database) -> int:
    """Load the starter catalog once per database (first use); deleted topics stay deleted."""
    with db.session() as s:
        if s.get(AppMeta, STARTER_FLAG) is not None:
            return 0
    with db.write() as s:
        return _load_starter(s)


def _validate_topic(data: TopicInput) -> str:
    name = data.name.strip()
    if not name:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the topic a name."), field="name")
    for value, field_name in ((data.expected_minutes, "expected_minutes"), (data.refresh_months, "refresh_months")):
        if value is not None and value <= 0:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Lengths and refresh periods are positive numbers."), field=field_name
            )
    return name


def save_topic(db: Database, data: TopicInput, topic_id: Optional[int] = None) -> int:
    name = _validate_topic(data)
    try:
        with db.write() as s:
            topic = TrainingTopic() if topic_id is None else s.get(TrainingTopic, topic_id)
            if topic is None:
                raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That training topic no longer exists."))
            topic.name, topic.name_es = name, data.name_es.strip()
            topic.description, topic.description_es = data.description.strip(), data.description_es.strip()
            topic.expected_minutes, topic.refresh_months = data.expected_minutes, data.refresh_months
            s.add(topic)
            s.flush()
            return topic.id
    except IntegrityError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Another training topic already has that name."), field="name"
        ) from None


def get_topic(db: Database, topic_id: int) -> TopicInput:
    with db.session() as s:
        t = s.get(TrainingTopic, topic_id)
        if t is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That training topic no longer exists."))
        return TopicInput(t.name, t.name_es, t.description, t.description_es, t.expected_minutes, t.refresh_months)


def delete_topic(db: Database, topic_id: int) -> None:
    with db.write() as s:
        used = s.execute(select(TrainingSession.id).where(TrainingSession.topic_id == topic_id).limit(1)).first()
        if used:
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "This topic has sessions, so it cannot be deleted."),
                QT_TRANSLATE_NOOP("Errors", "Delete its sessions first, or keep the topic."),
            )
        s.execute(delete(TrainingTopic).where(TrainingTopic.id == topic_id))


def list_topics(db: Database) -> list[TopicSummary]:
    ensure_starter_topics(db)
    with db.engine.connect() as conn:
        run = conn.exec_driver_sql
        sessions = dict(run("SELECT topic_id, count(*) FROM training_sessions GROUP BY topic_id").fetchall())
        trained = dict(
            run(
                "SELECT ts.topic_id, count(DISTINCT r.person_id) FROM training_registrations r "
                "JOIN training_sessions ts ON ts.id = r.session_id WHERE r.status = 'attended' "
                "GROUP BY ts.topic_id"
            ).fetchall()
        )
        rows = run(
            "SELECT id, name, name_es, expected_minutes, refresh_months FROM training_topics ORDER BY name"
        ).fetchall()
    return [TopicSummary(i, n, es, m, r, sessions.get(i, 0), trained.get(i, 0)) for i, n, es, m, r in rows]


def topic_titles(db: Database) -> list[tuple[int, str, str]]:
    """(id, name, Spanish name) of every topic, by name: what choosers and labels need, without
    list_topics' session and attendance counts (those scan the registrations: 15 ms at bench size,
    half the time of opening a person)."""
    ensure_starter_topics(db)
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, name, name_es FROM training_topics ORDER BY name").fetchall()]


def topic_choices(db: Database) -> list[tuple[int, str]]:
    return [(i, name) for i, name, _es in topic_titles(db)]


# =====================================================================================  sessions
@dataclass
class SessionInput:
    topic_id: Optional[int] = None
    starts_at: Optional[datetime] = None
    place_workplace_id: Optional[int] = None
    place_text: str = ""
    languages: list[str] = field(default_factory=list)
    capacity: Optional[int] = None
    notes: str = ""
    materials: str = ""
    trainer_ids: list[int] = field(default_factory=list)


@dataclass
class SessionSummary:
    id: int
    topic_id: int
    topic: str
    starts_at: datetime
    place: str
    languages: str
    trainers: str
    capacity: Optional[int]
    registered: int  # every registration (any status)
    attended: int
    no_show: int
    walk_ins: int

    @property
    def label(self) -> str:
        return session_label(self.topic, self.starts_at)

    @property
    def open_places(self) -> Optional[int]:
        return None if self.capacity is None else max(0, self.capacity - self.registered)


@dataclass
class SessionDetail:
    id: int
    data: SessionInput
    topic: str
    topic_es: str
    place: str
    trainer_names: list[tuple[int, str]]
    version: int = 1  # the row's version when read: save_session(version=...) refuses an older one

    @property
    def label(self) -> str:
        return session_label(self.topic, self.data.starts_at)


@versions.refuses_stale("training session", "session_id", lambda db, i: (lambda d: (d.version, d.data))(get_session(db, i)),
                        QT_TRANSLATE_NOOP("Errors", "Someone else changed this training session while you were editing."))
def save_session(db: Database, data: SessionInput, session_id: Optional[int] = None,
                 version: Optional[int] = None) -> int:
    """Create or update. ``version``: the one the form loaded (SessionDetail.version)."""
    if data.topic_id is None:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the training topic."), field="topic")
    if data.starts_at is None:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the date and time."), field="starts_at")
    if data.capacity is not None and data.capacity <= 0:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The capacity is a positive number (or empty for no limit)."), field="capacity"
        )
    with db.write() as s:
        if s.get(TrainingTopic, data.topic_id) is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That training topic no longer exists."))
        ts = TrainingSession() if session_id is None else s.get(TrainingSession, session_id)
        created = session_id is None
        if ts is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That training session no longer exists."))
        if not created:
            versions.check(ts, version)
            versions.touch(ts)
        ts.topic_id, ts.starts_at = data.topic_id, data.starts_at.replace(second=0, microsecond=0)
        ts.place_workplace_id, ts.place_text = data.place_workplace_id, data.place_text.strip()
        ts.languages = ",".join(dict.fromkeys(x.strip().lower() for x in data.languages if x.strip()))
        ts.capacity, ts.notes, ts.materials = data.capacity, data.notes, data.materials.strip()
        s.add(ts)
        s.flush()
        s.execute(delete(TrainingSessionTrainer).where(TrainingSessionTrainer.session_id == ts.id))
        trainers = list(dict.fromkeys(data.trainer_ids))
        if trainers:
            s.execute(insert(TrainingSessionTrainer), [dict(session_id=ts.id, person_id=p) for p in trainers])
        if created:
            audit.record(s, "created", "training-session", ts.id)
        return ts.id


def delete_session(db: Database, session_id: int) -> None:
    with db.write() as s:
        if s.execute(delete(TrainingSession).where(TrainingSession.id == session_id)).rowcount:
            audit.record(s, "deleted", "training-session", session_id)


def _trainer_names(conn, session_ids: Optional[list[int]] = None) -> dict[int, list[tuple[int, str]]]:
    where = f" WHERE t.session_id IN ({_in(session_ids)})" if session_ids is not None else ""
    result: dict[int, list[tuple[int, str]]] = {}
    for sid, pid, name in conn.exec_driver_sql(
        f"SELECT t.session_id, p.id, {_NAME_SQL} FROM training_session_trainers t "
        f"JOIN people p ON p.id = t.person_id{where} ORDER BY p.last_name, p.first_name"
    ):
        result.setdefault(sid, []).append((pid, name))
    return result


def get_session(db: Database, session_id: int) -> SessionDetail:
    with db.engine.connect() as conn:
        # The version first: a later statement may see a newer row, never an older one (no lost update).
        version = conn.exec_driver_sql("SELECT version FROM training_sessions WHERE id = ?", (session_id,)).scalar()
        row = conn.exec_driver_sql(
            "SELECT s.topic_id, s.starts_at, s.place_workplace_id, s.place_text, s.languages, s.capacity, "
            "s.notes, s.materials, t.name, t.name_es, w.name FROM training_sessions s "
            "JOIN training_topics t ON t.id = s.topic_id LEFT JOIN workplaces w ON w.id = s.place_workplace_id "
            "WHERE s.id = ?",
            (session_id,),
        ).first()
        if row is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That training session no longer exists."))
        trainers = _trainer_names(conn, [session_id]).get(session_id, [])
    topic_id, starts, wp_id, place_text, langs, cap, notes, materials, topic, topic_es, wp = row
    data = SessionInput(topic_id, _parse_dt(starts), wp_id, place_text, split_list(langs), cap, notes, materials,
                        [pid for pid, _ in trainers])
    return SessionDetail(session_id, data, topic, topic_es, _place(wp, place_text), trainers, version or 1)


def _place(workplace: Optional[str], text: str) -> str:
    if workplace and text:
        return f"{workplace} ({text})"
    return workplace or text or ""


def list_sessions(
    db: Database,
    trainer_id: Optional[int] = None,
    topic_id: Optional[int] = None,
    session_ids: Optional[list[int]] = None,
) -> list[SessionSummary]:
    """Sessions, newest first, with registration counts (optionally one trainer's or one topic's)."""
    where = []
    if trainer_id is not None:
        where.append(f"s.id IN (SELECT session_id FROM training_session_trainers WHERE person_id = {int(trainer_id)})")
    if topic_id is not None:
        where.append(f"s.topic_id = {int(topic_id)}")
    if session_ids is not None:
        where.append(f"s.id IN ({_in(session_ids)})")
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.id, s.topic_id, t.name, s.starts_at, w.name, s.place_text, s.languages, s.capacity, "
            "count(r.id), count(CASE WHEN r.status = 'attended' THEN 1 END), "
            "count(CASE WHEN r.status = 'no-show' THEN 1 END), count(CASE WHEN r.walk_in THEN 1 END) "
            "FROM training_sessions s JOIN training_topics t ON t.id = s.topic_id "
            "LEFT JOIN workplaces w ON w.id = s.place_workplace_id "
            "LEFT JOIN training_registrations r ON r.session_id = s.id"
            f"{clause} GROUP BY s.id, t.name, w.name ORDER BY s.starts_at DESC, s.id DESC"
        ).fetchall()
        trainers = _trainer_names(conn, [r[0] for r in rows] if len(rows) < 5000 else None)
    return [
        SessionSummary(
            sid, tid, topic, _parse_dt(starts), _place(wp, text), langs,
            ", ".join(name for _, name in trainers.get(sid, [])), cap, reg or 0, att or 0, ns or 0, walk or 0,
        )
        for sid, tid, topic, starts, wp, text, langs, cap, reg, att, ns, walk in rows
    ]


def trainer_candidates(db: Database) -> list[tuple[int, str]]:
    """People who hold the trainer role on a committee (the usual trainers), by name."""
    with db.engine.connect() as conn:
        return [
            (pid, name)
            for pid, name in conn.exec_driver_sql(
                f"SELECT p.id, {_NAME_SQL} FROM people p WHERE p.id IN "
                "(SELECT m.person_id FROM committee_members m WHERE m.role = 'trainer' AND m.left_on IS NULL) "
                "ORDER BY p.last_name, p.first_name"
            )
        ]


# ===========================================================================  registration
@dataclass
class RegistrationRow:
    id: int
    person_id: int
    name: str
    phone: str
    workplace: str
    department: str
    shift: str
    status: str
    walk_in: bool
    evaluation: Optional[int]
    comment: str
    open_followups: int


@dataclass
class RegisterResult:
    added: int
    already: int
    over_capacity: int  # how many registrations exceed the capacity (0 when there is room)


def people_for_group(
    db: Database,
    committee_id: Optional[int] = None,
    workplace_id: Optional[int] = None,
    department_id: Optional[int] = None,
    shift_id: Optional[int] = None,
) -> list[int]:
    """People in a committee (active members) and/or a workplace / department / shift (all given
    conditions apply)."""
    where = []
    if committee_id is not None:
        where.append(
            f"p.id IN (SELECT person_id FROM committee_members WHERE committee_id = {int(committee_id)} "
            "AND left_on IS NULL)"
        )
    if workplace_id is not None:
        where.append(f"p.workplace_id = {int(workplace_id)}")
    if department_id is not None:
        where.append(f"p.department_id = {int(department_id)}")
    if shift_id is not None:
        where.append(f"p.shift_id = {int(shift_id)}")
    if not where:
        return []
    with db.engine.connect() as conn:
        return [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT p.id FROM people p WHERE " + " AND ".join(where) + " ORDER BY p.last_name, p.first_name"
            )
        ]


def _check_session(s: Session, session_id: int) -> TrainingSession:
    ts = s.get(TrainingSession, session_id)
    if ts is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That training session no longer exists."))
    return ts


def register_people(
    db: Database, session_id: int, person_ids: Iterable[int], walk_in: bool = False, status: str = "registered"
) -> RegisterResult:
    """Register people (already registered ones are skipped); the session may go over capacity,
    which the result reports so the caller can say so."""
    if status not in STATUSES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown attendance status."), field="status")
    wanted = list(dict.fromkeys(int(p) for p in person_ids))
    with db.write() as s:
        ts = _check_session(s, session_id)
        conn = s.connection()
        existing = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT person_id FROM training_registrations WHERE session_id = ?", (session_id,)
            )
        }
        known: set[int] = set()
        for chunk in _chunks(wanted):
            known.update(r[0] for r in conn.exec_driver_sql(f"SELECT id FROM people WHERE id IN ({_in(chunk)})"))
        new = [p for p in wanted if p not in existing and p in known]
        now = utcnow()
        if new:
            conn.execute(
                insert(TrainingRegistration),
                [dict(session_id=session_id, person_id=p, status=status, walk_in=walk_in, comment="",
                      registered_at=now) for p in new],
            )
        total = len(existing) + len(new)
        over = max(0, total - ts.capacity) if ts.capacity else 0
    return RegisterResult(len(new), len(wanted) - len(new), over)


def register_group(db: Database, session_id: int, **group) -> RegisterResult:
    """Register a whole committee / workplace / department / shift (see people_for_group)."""
    return register_people(db, session_id, people_for_group(db, **group))


def add_walk_in(db: Database, session_id: int, person) -> int:
    """A walk-in who is not on the roster yet: create the person (models.roster.people.create_person,
    with its validation) and mark them attended as a walk-in. Returns the new person's id.

    A trainer on a committee server may not add people at large: they go through the server's
    ``cd_add_walk_in`` (models/core/server_roles.py), which checks the session is theirs."""
    if current_role(db) == "trainer":
        return _add_walk_in_as_trainer(db, session_id, person)
    with db.session() as s:
        _check_session(s, session_id)
    person_id = create_person(db, person, consent_source=WALK_IN)
    register_people(db, session_id, [person_id], walk_in=True, status="attended")
    return person_id


def _add_walk_in_as_trainer(db: Database, session_id: int, person) -> int:
    """The same person create_person would write (validated and tidied here), through the server's
    one door for trainers: the person, their phones, the registration and the audit line."""
    from models.roster import consent  # lazy: only a trainer on a committee server
    from models.roster.people import _phones, _raise_if_invalid

    _raise_if_invalid(person)
    values: dict = dict(
        first_name=person.first_name.strip(), last_name=person.last_name.strip(),
        preferred_name=person.preferred_name.strip(), name_order=person.name_order,
        languages=",".join(dict.fromkeys(lang.strip().lower() for lang in person.languages if lang.strip())),
        workplace_id=person.workplace_id, department_id=person.department_id, shift_id=person.shift_id,
    )
    if any(value is not None for value in person.consent_values()):
        values.update(zip(consent.FIELDS, person.consent_values()))
        values.update(consent_source=WALK_IN, consent_date=consent.now().isoformat(sep=" "))
    phones = [dict(position=p.position, raw=p.raw, e164=p.e164, label=p.label) for p in _phones(person.phones)]
    with db.write() as s:
        conn = s.connection()
        person_id = conn.exec_driver_sql(
            "SELECT cd_add_walk_in(?, CAST(? AS jsonb), CAST(? AS jsonb))",
            (session_id, json.dumps(values), json.dumps(phones))).scalar_one()
        for table in ("people", "phones", "training_registrations", "audit_log"):  # what the other apps reload
            dialect._mark_written(conn, table)
    return int(person_id)


def unregister(db: Database, registration_ids: Iterable[int]) -> int:
    ids = list(registration_ids)
    with db.write() as s:
        count = 0
        for chunk in _chunks(ids):
            count += s.execute(delete(TrainingRegistration).where(TrainingRegistration.id.in_(chunk))).rowcount or 0
        return count


def set_status(db: Database, registration_ids: Iterable[int], status: str) -> None:
    if status not in STATUSES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown attendance status."), field="status")
    ids = list(registration_ids)
    with db.write() as s:
        for chunk in _chunks(ids):
            s.execute(update(TrainingRegistration).where(TrainingRegistration.id.in_(chunk)).values(status=status))


def set_evaluation(db: Database, registration_id: int, score: Optional[int], comment: str = "") -> None:
    if score is not None and not 1 <= score <= 5:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The evaluation is a number from 1 to 5."), field="evaluation"
        )
    with db.write() as s:
        reg = s.get(TrainingRegistration, registration_id)
        if reg is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That registration no longer exists."))
        reg.evaluation, reg.comment = score, comment.strip()


def list_registrations(db: Database, session_id: int, details: bool = True) -> list[RegistrationRow]:
    """Everyone registered for a session, by last name, with first phone, department and shift
    (``details=False``: the names alone, as the sign-in sheet prints them). A login that may read
    only the names (a trainer on the committee server) gets the names and the attendance, with
    the phone, workplace, department and shift left blank."""
    phone = ("(SELECT ph.raw FROM phones ph WHERE ph.person_id = p.id ORDER BY ph.position LIMIT 1)"
             if details and db.may_read("phones") else "NULL")
    places, joins = [], []
    for table, alias, column in (("workplaces", "w", "workplace_id"), ("departments", "d", "department_id"),
                                 ("shifts", "sh", "shift_id")):
        if details and db.may_read(table) and db.may_read("people", column):
            places.append(f"{alias}.name")
            joins.append(f"LEFT JOIN {table} {alias} ON {alias}.id = p.{column} ")
        else:
            places.append("NULL")
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT r.id, p.id, {_NAME_SQL}, {phone}, {', '.join(places)}, "
            "r.status, r.walk_in, r.evaluation, r.comment, "
            "(SELECT count(*) FROM training_followups f WHERE f.registration_id = r.id AND f.done = FALSE) "
            "FROM training_registrations r JOIN people p ON p.id = r.person_id "
            + "".join(joins) + "WHERE r.session_id = ? "
            "ORDER BY p.last_name, p.first_name, p.id",
            (session_id,),
        ).fetchall()
    return [
        RegistrationRow(rid, pid, name, phone or "", wp or "", dept or "", shift or "", status, bool(walk),
                        ev, comment or "", nf or 0)
        for rid, pid, name, phone, wp, dept, shift, status, walk, ev, comment, nf in rows
    ]


# ===========================================================================  follow-ups
@dataclass
class FollowupRow:
    id: int
    person_id: int
    person: str
    kind: str
    owner_id: Optional[int]
    owner: str
    due: Optional[date]
    done: bool
    note: str
    session_id: Optional[int]  # the session it came from, if any: its topic and start
    session_topic: str
    session_starts: Optional[datetime]


def add_followup(
    db: Database,
    person_id: int,
    kind: str,
    registration_id: Optional[int] = None,
    owner_id: Optional[int] = None,
    due: Optional[date] = None,
    note: str = "",
) -> int:
    kind = kind.strip()
    if not kind:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what the follow-up is."), field="kind")
    with db.write() as s:
        f = TrainingFollowup(registration_id=registration_id, person_id=person_id, kind=kind, owner_id=owner_id,
                             due=due, note=note.strip(), done=False)
        s.add(f)
        s.flush()
        return f.id


def set_followup_done(db: Database, followup_id: int, done: bool = True) -> None:
    with db.write() as s:
        f = s.get(TrainingFollowup, followup_id)
        if f is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That follow-up no longer exists."))
        f.done, f.done_at = done, (utcnow() if done else None)


def delete_followup(db: Database, followup_id: int) -> None:
    with db.write() as s:
        s.execute(delete(TrainingFollowup).where(TrainingFollowup.id == followup_id))


def list_followups(
    db: Database,
    registration_id: Optional[int] = None,
    session_ids: Optional[list[int]] = None,
    owner_id: Optional[int] = None,
    person_id: Optional[int] = None,
    open_only: bool = False,
) -> list[FollowupRow]:
    """Follow-ups matching all the given conditions; ``session_ids`` together with ``owner_id``
    means "from these sessions OR owned by this person" (the trainer's log)."""
    where = []
    if registration_id is not None:
        where.append(f"f.registration_id = {int(registration_id)}")
    if session_ids is not None and owner_id is not None:
        where.append(f"(r.session_id IN ({_in(session_ids)}) OR f.owner_id = {int(owner_id)})")
    elif session_ids is not None:
        where.append(f"r.session_id IN ({_in(session_ids)})")
    elif owner_id is not None:
        where.append(f"f.owner_id = {int(owner_id)}")
    if person_id is not None:
        where.append(f"f.person_id = {int(person_id)}")
    if open_only:
        where.append("f.done = FALSE")
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT f.id, p.id, {_NAME_SQL}, f.kind, f.owner_id, "
            "person_name(o.first_name, o.last_name, o.preferred_name, o.name_order), "
            "f.due, f.done, f.note, r.session_id, t.name, s.starts_at "
            "FROM training_followups f JOIN people p ON p.id = f.person_id "
            "LEFT JOIN people o ON o.id = f.owner_id "
            "LEFT JOIN training_registrations r ON r.id = f.registration_id "
            "LEFT JOIN training_sessions s ON s.id = r.session_id "
            "LEFT JOIN training_topics t ON t.id = s.topic_id"
            f"{clause} ORDER BY f.done, f.due IS NULL, f.due, f.id"
        ).fetchall()
    return [
        FollowupRow(fid, pid, name, kind, oid, owner or "", _parse_date(due), bool(done), note or "", sid,
                    topic or "", _parse_dt(starts) if topic else None)
        for fid, pid, name, kind, oid, owner, due, done, note, sid, topic, starts in rows
    ]


# ===========================================================================  trainer's log
@dataclass
class TrainerLog:
    trainer_id: int
    sessions: list[SessionSummary]
    open_followups: list[FollowupRow]

    @property
    def attended(self) -> int:
        return sum(s.attended for s in self.sessions)

    @property
    def registered(self) -> int:
        return sum(s.registered for s in self.sessions)


def trainer_log(db: Database, trainer_id: int) -> TrainerLog:
    """"My sessions": the sessions a trainer gives, their attendance counts, and the open
    follow-ups from those sessions or assigned to the trainer."""
    sessions = list_sessions(db, trainer_id=trainer_id)
    followups = list_followups(db, session_ids=[s.id for s in sessions], owner_id=trainer_id, open_only=True)
    return TrainerLog(trainer_id, sessions, followups)


@dataclass
class TrainerTotal:
    person_id: int
    name: str
    sessions: int
    registered: int
    attended: int
    no_show: int


def trainer_totals(db: Database) -> list[TrainerTotal]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT p.id, {_NAME_SQL}, count(DISTINCT t.session_id), count(r.id), "
            "count(CASE WHEN r.status = 'attended' THEN 1 END), count(CASE WHEN r.status = 'no-show' THEN 1 END) "
            "FROM training_session_trainers t JOIN people p ON p.id = t.person_id "
            "LEFT JOIN training_registrations r ON r.session_id = t.session_id "
            "GROUP BY p.id ORDER BY 5 DESC, p.last_name"
        ).fetchall()
    return [TrainerTotal(*row) for row in rows]


# ===========================================================================  a person's trainings
@dataclass
class PersonTraining:
    session_id: int
    topic_id: int
    topic: str
    starts_at: datetime
    status: str
    refresh_due: Optional[date]  # for the latest attended session of a topic with a refresh period
    is_due: bool


def person_trainings(db: Database, person_id: int, today: Optional[date] = None) -> list[PersonTraining]:
    """Every session the person was registered for (newest first); for each topic they attended
    and that has "refresh after N months", the latest attendance says when a refresh is due."""
    today = today or date.today()
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.id, t.id, t.name, s.starts_at, r.status, t.refresh_months FROM training_registrations r "
            "JOIN training_sessions s ON s.id = r.session_id JOIN training_topics t ON t.id = s.topic_id "
            "WHERE r.person_id = ? ORDER BY s.starts_at DESC",
            (person_id,),
        ).fetchall()
    result, seen_topics = [], set()
    for sid, tid, topic, starts, status, refresh in rows:
        starts = _parse_dt(starts)
        due, is_due = None, False
        if status == "attended" and tid not in seen_topics:
            seen_topics.add(tid)
            if refresh:
                due = add_months(starts.date(), refresh)
                is_due = due <= today
        result.append(PersonTraining(sid, tid, topic, starts, status, due, is_due))
    return result


def refreshes_due(db: Database, person_id: int, today: Optional[date] = None) -> list[PersonTraining]:
    return [t for t in person_trainings(db, person_id, today) if t.is_due]


# ===========================================================================  coverage
def trained_person_ids(db: Database, topic_id: int, since: Optional[datetime | date] = None) -> set[int]:
    """People who attended a session of the topic (on or after ``since`` when given)."""
    sql = (
        "SELECT DISTINCT r.person_id FROM training_registrations r JOIN training_sessions s ON s.id = r.session_id "
        "WHERE s.topic_id = ? AND r.status = 'attended'"
    )
    params: tuple = (topic_id,)
    if since is not None:
        if not isinstance(since, datetime):
            since = datetime(since.year, since.month, since.day)
        sql += " AND s.starts_at >= ?"
    with db.engine.connect() as conn:
        if since is not None:
            params += (dialect.timestamp(conn, since),)
        return {row[0] for row in conn.exec_driver_sql(sql, params)}


@dataclass
class CoverageCell:
    trained: int = 0
    total: int = 0

    @property
    def share(self) -> Optional[float]:
        return self.trained / self.total if self.total else None


@dataclass
class Coverage:
    workplace_id: int
    topic_id: int
    departments: list[tuple[Optional[int], str]]  # None = no department
    shifts: list[tuple[Optional[int], str]]  # None = no shift
    cells: dict[tuple[Optional[int], Optional[int]], CoverageCell]
    untrained: list[tuple[int, str, Optional[int], Optional[int]]]  # person id, name, department id, shift id

    def cell(self, department_id: Optional[int], shift_id: Optional[int]) -> CoverageCell:
        return self.cells.get((department_id, shift_id), CoverageCell())

    def department_total(self, department_id: Optional[int]) -> CoverageCell:
        return _sum_cells(c for (d, _), c in self.cells.items() if d == department_id)

    def shift_total(self, shift_id: Optional[int]) -> CoverageCell:
        return _sum_cells(c for (_, sh), c in self.cells.items() if sh == shift_id)

    @property
    def total(self) -> CoverageCell:
        return _sum_cells(self.cells.values())

    def untrained_in(self, department_id=..., shift_id=...) -> list[tuple[int, str, Optional[int], Optional[int]]]:
        """The untrained people of one cell, row or column (``...`` = any)."""
        return [
            u for u in self.untrained
            if (department_id is ... or u[2] == department_id) and (shift_id is ... or u[3] == shift_id)
        ]


def _sum_cells(cells: Iterable[CoverageCell]) -> CoverageCell:
    total = CoverageCell()
    for c in cells:
        total.trained += c.trained
        total.total += c.total
    return total


NO_DEPARTMENT = QT_TRANSLATE_NOOP("Errors", "(no department)")
NO_SHIFT = QT_TRANSLATE_NOOP("Errors", "(no shift)")


def coverage(db: Database, workplace_id: int, topic_id: int, since: Optional[datetime | date] = None) -> Coverage:
    """For a workplace and a topic: people trained / people there, by department x shift."""
    trained = trained_person_ids(db, topic_id, since)
    with db.engine.connect() as conn:
        run = conn.exec_driver_sql
        depts = run("SELECT id, name FROM departments WHERE workplace_id = ? ORDER BY name", (workplace_id,)).fetchall()
        shifts = run(
            "SELECT id, name FROM shifts WHERE workplace_id = ? ORDER BY position, name", (workplace_id,)
        ).fetchall()
        people = run(
            f"SELECT p.id, {_NAME_SQL}, p.department_id, p.shift_id FROM people p WHERE p.workplace_id = ? "
            "ORDER BY p.last_name, p.first_name, p.id",
            (workplace_id,),
        ).fetchall()
    cells: dict[tuple[Optional[int], Optional[int]], CoverageCell] = {}
    untrained = []
    dept_ids, shift_ids = {d for d, _ in depts}, {sh for sh, _ in shifts}
    for pid, name, dept, shift in people:
        dept = dept if dept in dept_ids else None
        shift = shift if shift in shift_ids else None
        cell = cells.setdefault((dept, shift), CoverageCell())
        cell.total += 1
        if pid in trained:
            cell.trained += 1
        else:
            untrained.append((pid, name, dept, shift))
    dept_list = [(d, n) for d, n in depts]
    if any(d is None for d, _ in cells):
        dept_list.append((None, NO_DEPARTMENT))
    shift_list = [(sh, n) for sh, n in shifts]
    if any(sh is None for _, sh in cells):
        shift_list.append((None, NO_SHIFT))
    return Coverage(workplace_id, topic_id, dept_list, shift_list, cells, untrained)


@dataclass
class CoverageRow:
    topic: str
    workplace: str
    department: str
    shift: str
    people: int
    trained: int

    @property
    def share(self) -> float:
        return self.trained / self.people if self.people else 0.0


def coverage_table(db: Database) -> list[CoverageRow]:
    """Every topic x workplace x department x shift with people: the report's coverage sheet
    (one grouped query, fast at 100k people)."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "WITH trained AS (SELECT DISTINCT s.topic_id, r.person_id FROM training_registrations r "
            "JOIN training_sessions s ON s.id = r.session_id WHERE r.status = 'attended') "
            "SELECT t.name, w.name, coalesce(d.name, ''), coalesce(sh.name, ''), count(p.id), count(tr.person_id) "
            "FROM training_topics t CROSS JOIN people p JOIN workplaces w ON w.id = p.workplace_id "
            "LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN shifts sh ON sh.id = p.shift_id "
            "LEFT JOIN trained tr ON tr.topic_id = t.id AND tr.person_id = p.id "
            "GROUP BY t.id, w.id, d.id, sh.id ORDER BY t.name, w.name, d.name NULLS FIRST, sh.position NULLS FIRST"
        ).fetchall()
    return [CoverageRow(*r) for r in rows]


@dataclass
class AttendanceRecord:
    session_id: int
    session: str
    starts_at: datetime
    topic: str
    person_id: int
    name: str
    workplace: str
    department: str
    shift: str
    status: str
    walk_in: bool
    evaluation: Optional[int]
    comment: str


def attendance_records(db: Database) -> Iterable[AttendanceRecord]:
    """Every registration with its session and person (for the Excel report), streamed."""
    with db.engine.connect() as conn:
        result = conn.exec_driver_sql(
            f"SELECT s.id, t.name, s.starts_at, p.id, {_NAME_SQL}, coalesce(w.name, ''), coalesce(d.name, ''), "
            "coalesce(sh.name, ''), r.status, r.walk_in, r.evaluation, r.comment "
            "FROM training_registrations r JOIN training_sessions s ON s.id = r.session_id "
            "JOIN training_topics t ON t.id = s.topic_id JOIN people p ON p.id = r.person_id "
            "LEFT JOIN workplaces w ON w.id = p.workplace_id LEFT JOIN departments d ON d.id = p.department_id "
            "LEFT JOIN shifts sh ON sh.id = p.shift_id ORDER BY s.starts_at, s.id, p.last_name, p.first_name"
        )
        for sid, topic, starts, pid, name, wp, dept, shift, status, walk, ev, comment in result:
            starts = _parse_dt(starts)
            yield AttendanceRecord(sid, session_label(topic, starts), starts, topic, pid, name, wp, dept, shift,
                                   status, bool(walk), ev, comment or "")


# ===========================================================================  demo
DEMO_PLACES = ["Union hall", "Church basement (St. Pius)", "Community center", "Break room", "Online call"]


def add_demo_sessions(s: Session, rng: random.Random, person_ids: list[int]) -> None:
    """Topics, past and upcoming sessions with attendance, evaluations and follow-ups, in
    proportion to the people added (bulk inserts; about 1 session per 40 people)."""
    if not person_ids:
        return
    _load_starter(s)
    conn = s.connection()
    topics = [r[0] for r in conn.exec_driver_sql("SELECT id FROM training_topics ORDER BY id")]
    if not topics:
        return
    workplaces = [r[0] for r in conn.exec_driver_sql("SELECT id FROM workplaces ORDER BY id")]
    trainers = [r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT person_id FROM committee_members WHERE role = 'trainer' ORDER BY person_id")]
    if len(trainers) < 3:
        trainers = list(dict.fromkeys(trainers + rng.sample(person_ids, min(len(person_ids), 4))))
    by_workplace: dict[int, list[int]] = {}
    for chunk in _chunks(person_ids):
        for pid, wp in conn.exec_driver_sql(f"SELECT id, workplace_id FROM people WHERE id IN ({_in(chunk)})"):
            by_workplace.setdefault(wp, []).append(pid)
    start_id = (conn.exec_driver_sql("SELECT max(id) FROM training_sessions").scalar() or 0) + 1
    start_reg = (conn.exec_driver_sql("SELECT max(id) FROM training_registrations").scalar() or 0) + 1
    count = max(10, len(person_ids) // 40)
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    sessions, session_trainers, regs, followups = [], [], [], []
    reg_id = start_reg
    for n in range(count):
        sid = start_id + n
        past = n < count * 0.8
        day = now + timedelta(days=(-rng.randint(1, 540) if past else rng.randint(1, 60)))
        starts = day.replace(hour=rng.choice([7, 10, 15, 18, 18, 19]))
        wp = rng.choice(workplaces) if workplaces and rng.random() < 0.7 else None
        pool = by_workplace.get(wp) if wp is not None else None
        pool = pool or person_ids
        capacity = rng.choice([None, 15, 20, 25, 30])
        sessions.append(dict(
            id=sid, topic_id=rng.choice(topics), starts_at=starts, place_workplace_id=wp,
            place_text=("" if wp and rng.random() < 0.5 else rng.choice(DEMO_PLACES)),
            languages=rng.choice(["es,en", "en", "es", "en,es", "es,en"]), capacity=capacity, notes="",
            materials=rng.choice(["", "kyr-card-2025.pdf", "whistle-protocol.pdf\nhttps://example.org/slides"]),
            created_at=now,
        ))
        for trainer in rng.sample(trainers, min(len(trainers), rng.choice([1, 1, 2]))):
            session_trainers.append(dict(session_id=sid, person_id=trainer))
        size = min(len(pool), rng.randint(6, capacity or 24))
        for pid in demo.mixed_sample(rng, pool, size):  # every script on every sign-in sheet
            if past:
                status = "attended" if rng.random() < 0.78 else "no-show"
            else:
                status = "registered"
            walk = past and status == "attended" and rng.random() < 0.08
            evaluation = rng.choice([3, 4, 4, 5, 5, None]) if status == "attended" else None
            regs.append(dict(id=reg_id, session_id=sid, person_id=pid, status=status, walk_in=walk,
                             evaluation=evaluation, comment="", registered_at=starts - timedelta(days=3)))
            if status == "attended" and rng.random() < 0.08:
                followups.append(dict(
                    registration_id=reg_id, person_id=pid, kind=rng.choice(FOLLOWUP_KINDS),
                    owner_id=session_trainers[-1]["person_id"], due=(starts + timedelta(days=14)).date(),
                    done=rng.random() < 0.5, note="", created_at=starts,
                ))
            reg_id += 1
    conn.execute(insert(TrainingSession), sessions)
    dialect.sync_ids(conn, "training_sessions")
    if session_trainers:
        conn.execute(insert(TrainingSessionTrainer), session_trainers)
    if regs:
        conn.execute(insert(TrainingRegistration), regs)
        dialect.sync_ids(conn, "training_registrations")
    if followups:
        conn.execute(insert(TrainingFollowup), followups)

