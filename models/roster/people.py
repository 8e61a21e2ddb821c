"""Roster operations: validate, create, update, delete and read people.

Plain dataclasses go in and out, so the UI, the CLI and the tests share exactly this code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime
from typing import Iterable, Optional

from sqlalchemy import bindparam, delete, exists, select
from sqlalchemy.orm import Session, selectinload

from models.core.errors import QT_TRANSLATE_NOOP
from models.core import audit, dialect, errors, versions
from . import consent
from models.core.db import Database
from models.core.entities import (
    ASSESSMENT_VALUES,
    MEMBERSHIP_STATUSES,
    Assessment,
    CommitteeMember,
    Department,
    Person,
    Phone,
    Shift,
    Tag,
    Workplace,
    person_tags,
)
from models.core.text import (
    GIVEN_FIRST,
    NAME_ORDERS,
    display_name,
    is_valid_email,
    normalize_phone,
    phone_key,
    phone_text,
    split_list,
)
from models.mobilization.tables import CallList


@dataclass
class PhoneInput:
    raw: str
    label: str = ""


@dataclass
class PersonInput:
    first_name: str = ""
    last_name: str = ""
    preferred_name: str = ""
    phones: list[PhoneInput] = field(default_factory=list)
    email: str = ""
    languages: list[str] = field(default_factory=list)
    workplace_id: Optional[int] = None
    department_id: Optional[int] = None
    shift_id: Optional[int] = None
    job_title: str = ""
    membership: str = "non-member"
    assessment: Optional[int] = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    # Consent: True yes, False no, None unknown (models/roster/consent.py). A new person's is unknown.
    ok_to_call: Optional[bool] = None
    ok_to_text: Optional[bool] = None
    do_not_contact: Optional[bool] = None
    name_order: str = GIVEN_FIRST  # or FAMILY_FIRST (models.core.text.NAME_ORDERS)
    ok_to_email: Optional[bool] = None
    # Where and when the consent values were last set, as stored (read by get_person; a save
    # that changes consent records its own source and time: see create_person).
    consent_source: str = ""
    consent_date: Optional[datetime] = None
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # of the postal address
    external_id: str = ""
    email2: str = ""
    hire_date: Optional[date] = None

    def consent_values(self) -> tuple[Optional[bool], ...]:
        return tuple(getattr(self, name) for name in consent.FIELDS)


@dataclass
class AssessmentRecord:
    value: int
    assessed_by: str
    assessed_at: datetime
    note: str


@dataclass
class PersonDetail:
    id: int
    data: PersonInput
    display_name: str
    assessments: list[AssessmentRecord]
    committees: list[tuple[str, str]]  # (committee name, role)
    created_at: datetime
    updated_at: datetime
    version: int = 1  # the row's version when read: update_person(version=...) refuses an older one


@dataclass
class FieldProblem:
    field: str
    message: str  # English template (translated by the UI), with {placeholders} from values
    values: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.message.format(**self.values)


def validate(data: PersonInput) -> list[FieldProblem]:
    """Problems that block saving, each tied to a field (the editor shows them inline)."""
    problems: list[FieldProblem] = []
    if not (data.first_name.strip() or data.last_name.strip() or data.preferred_name.strip()):
        problems.append(FieldProblem("first_name", QT_TRANSLATE_NOOP("Errors", "Enter a first or last name.")))
    # A phone that cannot be read is no problem here: it is kept as typed and flagged (see
    # unreadable_phones), never a reason to refuse a person.
    for name in ("email", "email2"):
        if getattr(data, name).strip() and not is_valid_email(getattr(data, name)):
            problems.append(FieldProblem(name, QT_TRANSLATE_NOOP("Errors", "The email address does not look right (name@example.org).")))
    if data.membership not in MEMBERSHIP_STATUSES:
        problems.append(FieldProblem("membership", QT_TRANSLATE_NOOP("Errors", "Choose a membership status.")))
    if data.assessment is not None and data.assessment not in ASSESSMENT_VALUES:
        problems.append(FieldProblem("assessment", QT_TRANSLATE_NOOP("Errors", "The assessment is a number from 1 to 5.")))
    if data.name_order not in NAME_ORDERS:
        problems.append(FieldProblem("name_order", QT_TRANSLATE_NOOP("Errors", "Choose how the name is written.")))
    return problems


def _raise_if_invalid(data: PersonInput) -> None:
    problems = validate(data)
    if problems:
        raise errors.ValidationError(problems[0].message, field=problems[0].field, **problems[0].values)


def _tags(s: Session, names: Iterable[str]) -> list[Tag]:
    wanted = []
    seen = set()
    for name in names:
        clean = name.strip()
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            wanted.append(clean)
    if not wanted:
        return []
    existing = {t.name.casefold(): t for t in s.scalars(select(Tag))}
    result = []
    for name in wanted:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
            existing[name.casefold()] = tag
        result.append(tag)
    return result


def _check_places(s: Session, data: PersonInput) -> None:
    if data.department_id is not None:
        dept = s.get(Department, data.department_id)
        if dept is None or (data.workplace_id is not None and dept.workplace_id != data.workplace_id):
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The department does not belong to that workplace."), field="department")
    if data.shift_id is not None:
        shift = s.get(Shift, data.shift_id)
        if shift is None or (data.workplace_id is not None and shift.workplace_id != data.workplace_id):
            raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The shift does not belong to that workplace."), field="shift")


_TEXT_FIELDS = ("street", "city", "region", "postal_code", "country", "external_id", "email2")


def unreadable_phones(data: PersonInput) -> list[str]:
    """The numbers that cannot be read as phone numbers in the default country (kept as typed)."""
    return [p.raw.strip() for p in data.phones if p.raw.strip() and normalize_phone(p.raw) is None]


def _apply(s: Session, person: Person, data: PersonInput, consent_source: str) -> None:
    _check_places(s, data)
    before = tuple(getattr(person, name) for name in consent.FIELDS)
    if data.consent_values() != before:
        for name, value in zip(consent.FIELDS, data.consent_values()):
            setattr(person, name, value)
        person.consent_source = consent_source[:200]
        person.consent_date = consent.now()
    for name in _TEXT_FIELDS:
        setattr(person, name, getattr(data, name).strip())
    person.hire_date = data.hire_date
    person.first_name = data.first_name.strip()
    person.last_name = data.last_name.strip()
    person.preferred_name = data.preferred_name.strip()
    person.name_order = data.name_order
    person.email = data.email.strip()
    person.languages = ",".join(dict.fromkeys(lang.strip().lower() for lang in data.languages if lang.strip()))
    person.workplace_id = data.workplace_id
    person.department_id = data.department_id
    person.shift_id = data.shift_id
    person.job_title = data.job_title.strip()
    person.membership = data.membership
    person.notes = data.notes
    person.phones = _phones(data.phones)
    person.tags = _tags(s, data.tags)


def _phones(phones: Iterable[PhoneInput]) -> list[Phone]:
    """Phones as typed (tidied: models.core.text.phone_text), each number once: the same number typed
    twice, in any form, is kept at its first place. An unreadable one gets e164 ""."""
    result: list[Phone] = []
    seen: set[str] = set()
    for p in phones:
        raw = phone_text(p.raw)
        number = normalize_phone(raw) or ""
        key = phone_key(raw, number)
        if raw and key not in seen:
            seen.add(key)
            result.append(Phone(position=len(result), raw=raw, e164=number, label=p.label.strip()))
    return result


def create_person(
    db: Database, data: PersonInput, assessed_by: str = "", assessment_note: str = "", user: str = "",
    consent_source: str = consent.BY_HAND,
) -> int:
    """``consent_source`` is recorded (with the time) when ``data`` gives any consent value."""
    _raise_if_invalid(data)
    with db.write() as s:
        person = Person()
        _apply(s, person, data, consent_source)
        if data.assessment is not None:
            person.assessment = data.assessment
            person.assessments.append(
                Assessment(value=data.assessment, assessed_by=assessed_by, note=assessment_note)
            )
        s.add(person)
        s.flush()
        audit.record(s, "created", "person", person.id, user=user or assessed_by)
        return person.id


def update_person(
    db: Database, person_id: int, data: PersonInput, assessed_by: str = "", assessment_note: str = "",
    user: str = "", consent_source: str = consent.BY_HAND, version: Optional[int] = None,
) -> None:
    """Save changes; a changed assessment adds a history record (who, when, note); changed
    consent records ``consent_source`` and the time.

    ``version`` is the one the form loaded (``PersonDetail.version``): when someone else saved
    the person since, nothing is written and errors.Conflict carries what is saved now (its
    ``current`` a PersonInput, its ``version`` the one to pass to save over it knowingly)."""
    _raise_if_invalid(data)
    with versions.conflicts_as("person", person_id, lambda: _saved_now(db, person_id), PERSON_CHANGED):
        _update_person(db, person_id, data, assessed_by, assessment_note, user, consent_source, version)


PERSON_CHANGED = QT_TRANSLATE_NOOP("Errors", "Someone else changed this person while you were editing.")


def _saved_now(db: Database, person_id: int) -> tuple[int, PersonInput]:
    detail = get_person(db, person_id)
    return detail.version, detail.data


def _update_person(db: Database, person_id: int, data: PersonInput, assessed_by: str, assessment_note: str,
                   user: str, consent_source: str, version: Optional[int]) -> None:
    with db.write() as s:
        person = s.get(Person, person_id, options=[selectinload(Person.phones), selectinload(Person.tags)])
        if person is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That person is no longer in the roster."))
        versions.check(person, version)
        with s.no_autoflush:  # one UPDATE, one version step, per save
            _apply(s, person, data, consent_source)
        if data.assessment != person.assessment:
            person.assessment = data.assessment
            if data.assessment is not None:
                person.assessments.append(
                    Assessment(value=data.assessment, assessed_by=assessed_by, note=assessment_note)
                )
        person.updated_at = datetime.utcnow()  # (so the UPDATE, and the version bump, always happen)
        audit.record(s, "edited", "person", person_id, user=user or assessed_by)


def delete_people(db: Database, person_ids: Iterable[int], user: str = "") -> int:
    """Delete for real: rows go (call lists, committees, phones... cascade), secure_delete zeroes
    the freed space and a WAL checkpoint moves the change into the file (no old copy in -wal).
    What only they made goes too: a tag nobody else carries (its name may name them), and that
    name in saved call-list criteria (see ``_forget_tags``)."""
    ids = list(person_ids)
    if not ids:
        return 0
    with db.write() as s:
        count = 0
        tag_ids: set[int] = set()
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            tag_ids.update(s.scalars(select(person_tags.c.tag_id).where(person_tags.c.person_id.in_(chunk))))
            count += s.execute(delete(Person).where(Person.id.in_(chunk))).rowcount or 0
        if tag_ids:
            _forget_tags(s, tag_ids)
        if count:
            audit.record(s, "deleted", "person", ids[0] if len(ids) == 1 else None, count=count, user=user)
    db.checkpoint()
    return count


def _forget_tags(s: Session, tag_ids: set[int]) -> None:
    """Delete those of ``tag_ids`` nobody carries any more, and take their names out of the
    saved call-list criteria. A criteria whose every tag went keeps an empty name, which no tag
    has: rebuilding the list still adds nobody through it (an empty tag filter would add
    everyone)."""
    orphans = dict(s.execute(
        select(Tag.id, Tag.name).where(Tag.id.in_(tag_ids), ~exists().where(person_tags.c.tag_id == Tag.id))
    ).all())
    if not orphans:
        return
    s.execute(delete(Tag).where(Tag.id.in_(list(orphans))))
    names = set(orphans.values())
    for list_id, text in s.execute(select(CallList.id, CallList.criteria)).all():
        try:
            criteria = json.loads(text or "{}")
        except ValueError:
            continue
        tags = criteria.get("tags") if isinstance(criteria, dict) else None
        if not isinstance(tags, list) or not names.intersection(tags):
            continue
        criteria["tags"] = [t for t in tags if t not in names] or [""]
        s.execute(CallList.__table__.update().where(CallList.id == list_id)
                  .values(criteria=json.dumps(criteria, sort_keys=True),
                          version=CallList.__table__.c.version + 1))


def get_person(db: Database, person_id: int) -> PersonDetail:
    """One person with phones, tags, assessment history and committees, read as plain rows in one
    read transaction (Core, not ORM objects: the person dialog opens in a third of the time)."""
    with db.engine.connect() as conn:
        return _read_person(conn, person_id)


@dataclass
class PersonFormChoices:
    """What the person form offers to choose from, read with the person (:func:`person_form`)."""

    workplaces: list[tuple[int, str]]  # (id, name) by name
    workplace_id: Optional[int]  # the workplace whose departments and shifts these are
    departments: list[tuple[int, str]]
    shifts: list[tuple[int, str]]
    tag_names: list[str]


def person_form(db: Database, person_id: Optional[int]) -> tuple[Optional[PersonDetail], PersonFormChoices]:
    """The person (None for a new one) and the form's choices: every workplace, the departments
    and shifts of the person's workplace, every tag name. One connection and one read
    transaction: on a committee server each connection taken costs round trips of its own
    (BEGIN, ROLLBACK), and the form read these on four."""
    with db.engine.connect() as conn:
        detail = _read_person(conn, person_id) if person_id is not None else None
        cur = dialect.cursor(conn)  # ints and text only: the driver's values are the same on both stores
        workplaces = [tuple(r) for r in cur.execute("SELECT id, name FROM workplaces ORDER BY name").fetchall()]
        workplace_id = detail.data.workplace_id if detail is not None else None
        departments, shifts = [], []
        if workplace_id is not None:
            departments = [tuple(r) for r in cur.execute(
                "SELECT id, name FROM departments WHERE workplace_id = ? ORDER BY name", (workplace_id,)).fetchall()]
            shifts = [tuple(r) for r in cur.execute(
                "SELECT id, name FROM shifts WHERE workplace_id = ? ORDER BY position, name", (workplace_id,)).fetchall()]
        tags = [name for (name,) in cur.execute("SELECT name FROM tags ORDER BY name").fetchall()]
        cur.close()
    return detail, PersonFormChoices(workplaces, workplace_id, departments, shifts, tags)


@lru_cache(maxsize=1)
def _person_statements():
    """The two typed reads of :func:`_read_person` (the person row, the assessment history),
    built once: building a 30-column select cost more than running it."""
    p = Person.__table__.c
    person = bindparam("person_id")
    row = select(p.first_name, p.last_name, p.preferred_name, p.email, p.languages, p.workplace_id,
                 p.department_id, p.shift_id, p.job_title, p.membership, p.assessment, p.notes,
                 p.ok_to_call, p.ok_to_text, p.do_not_contact, p.created_at, p.updated_at,
                 p.name_order, p.ok_to_email, p.consent_source, p.consent_date, p.street, p.city, p.region,
                 p.postal_code, p.country, p.external_id, p.email2, p.hire_date, p.version).where(p.id == person)
    history = (select(Assessment.value, Assessment.assessed_by, Assessment.assessed_at, Assessment.note)
               .where(Assessment.person_id == person)
               .order_by(Assessment.assessed_at.desc(), Assessment.id.desc()))  # newest first
    return row, history


def _read_person(conn, person_id: int) -> PersonDetail:
    person_row, history = _person_statements()
    row = conn.execute(person_row, {"person_id": person_id}).first()
    if row is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That person is no longer in the roster."))
    # The small reads of text and ints on the driver's cursor: SQLAlchemy's statement handling
    # cost more than the statements themselves (a third of opening a person on a server).
    cur = dialect.cursor(conn)
    phones = cur.execute("SELECT raw, label FROM phones WHERE person_id = ? ORDER BY position", (person_id,)).fetchall()
    tags = [name for (name,) in cur.execute(
        "SELECT t.name FROM tags t JOIN person_tags pt ON pt.tag_id = t.id WHERE pt.person_id = ? ORDER BY t.name",
        (person_id,)).fetchall()]
    committees = cur.execute(
        "SELECT c.name, m.role FROM committee_members m JOIN committees c ON c.id = m.committee_id "
        "WHERE m.person_id = ? AND m.left_on IS NULL ORDER BY c.name", (person_id,)).fetchall()
    cur.close()
    assessments = conn.execute(history, {"person_id": person_id}).all()
    data = PersonInput(
        first_name=row.first_name,
        last_name=row.last_name,
        preferred_name=row.preferred_name,
        phones=[PhoneInput(raw, label) for raw, label in phones],
        email=row.email,
        languages=split_list(row.languages),
        workplace_id=row.workplace_id,
        department_id=row.department_id,
        shift_id=row.shift_id,
        job_title=row.job_title,
        membership=row.membership,
        assessment=row.assessment,
        tags=list(tags),
        notes=row.notes,
        ok_to_call=row.ok_to_call,
        ok_to_text=row.ok_to_text,
        do_not_contact=row.do_not_contact,
        name_order=row.name_order,
        ok_to_email=row.ok_to_email,
        consent_source=row.consent_source,
        consent_date=row.consent_date,
        hire_date=row.hire_date,
        **{name: getattr(row, name) for name in _TEXT_FIELDS},
    )
    history = [AssessmentRecord(value, by, at, note) for value, by, at, note in assessments]
    return PersonDetail(
        person_id,
        data,
        display_name(row.first_name, row.last_name, row.preferred_name, row.name_order),
        history,
        [(name, role) for name, role in committees],
        row.created_at,
        row.updated_at,
        row.version,
    )


# ------------------------------------------------------------------ grid rows
PEOPLE_COLUMNS = (
    "id, first_name, last_name, preferred_name, email, languages, workplace_id, department_id, "
    "shift_id, job_title, membership, assessment, do_not_contact, "
    "name_order = 'family_first' AS family_first"  # 0/1: cheaper in bulk than the text
)


@dataclass
class RosterData:
    """Plain tuples for the grid (ORM objects are 6x slower to load at 100k)."""

    people: list[tuple]
    phones: dict[int, list[tuple[str, str]]]
    tags: dict[int, str]
    workplaces: dict[int, str]
    departments: dict[int, str]
    shifts: dict[int, str]


def load_roster_rows(db: Database, ids: Optional[list[int]] = None) -> RosterData:
    where = ""
    if ids is not None:
        where = " WHERE {col} IN (" + ",".join(str(int(i)) for i in ids) + ")" if ids else " WHERE FALSE"
    with db.engine.connect() as conn:
        run = conn.exec_driver_sql
        people = run(f"SELECT {PEOPLE_COLUMNS} FROM people" + where.format(col="id")).fetchall()
        phone_rows = run("SELECT person_id, position, raw, e164 FROM phones" + where.format(col="person_id")).fetchall()
        tag_rows = run(
            f"SELECT pt.person_id, {dialect.string_agg(conn, 't.name', ', ')} "
            "FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
            + where.format(col="pt.person_id")
            + " GROUP BY pt.person_id"
        ).fetchall()
        workplaces = dict(run("SELECT id, name FROM workplaces").fetchall())
        departments = dict(run("SELECT id, name FROM departments").fetchall())
        shifts = dict(run("SELECT id, name FROM shifts").fetchall())
    phones: dict[int, list[tuple[int, str, str]]] = {}
    for person_id, position, raw, e164 in phone_rows:
        phones.setdefault(person_id, []).append((position, raw, e164))
    ordered = {
        pid: [(raw, e164) for _, raw, e164 in (sorted(items) if len(items) > 1 else items)]
        for pid, items in phones.items()
    }
    return RosterData(people, ordered, dict(tag_rows), workplaces, departments, shifts)


def committee_member_ids(db: Database, committee_id: int) -> set[int]:
    with db.session() as s:
        return set(
            s.scalars(
                select(CommitteeMember.person_id).where(
                    CommitteeMember.committee_id == committee_id, CommitteeMember.left_on.is_(None)
                )
            )
        )


def tag_member_ids(db: Database, tag_name: str) -> set[int]:
    with db.session() as s:
        return set(
            s.scalars(
                select(person_tags.c.person_id)
                .join(Tag, Tag.id == person_tags.c.tag_id)
                .where(Tag.name == tag_name)
            )
        )


def tag_names(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.name)))


def language_codes(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        values = conn.exec_driver_sql("SELECT DISTINCT languages FROM people WHERE languages != ''").scalars()
        return sorted({code for value in values for code in split_list(value)})


def count_people(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM people").scalar() or 0


def workplace_choices(db: Database) -> list[tuple[int, str]]:
    with db.session() as s:
        return [(w.id, w.name) for w in s.scalars(select(Workplace).order_by(Workplace.name))]
