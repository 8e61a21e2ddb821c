"""Mobilizations: events (actions), call lists, callers, phone banking, paper re-entry, phone trees,
check-in and turnout arithmetic.

Plain dataclasses go in and out; the UI, the CLI, the reports and the tests share this code.
Bulk paths (building a list, assignment, turnout) use Core / driver tuples, not ORM objects.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable, Iterable, Iterator, Mapping, Optional

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from models.core import audit, dialect, errors, versions
from models.roster import consent
from models.core.base import utcnow
from models.core.db import Database
from models.core.entities import Person
from models.core.errors import QT_TRANSLATE_NOOP
from models.roster.index import display_name
from .tables import (
    EVENT_KINDS,
    OUTCOMES,
    Call,
    CallList,
    CallListEntry,
    Checkin,
    Event,
    EventCommittee,
    EventScript,
)
from models.core.text import fold, split_list
from models.roster.consent import WALK_IN
from models.roster.people import create_person

__all__ = ["EVENT_KINDS", "OUTCOMES"]

# ------------------------------------------------------------------ outcome codes
OUTCOME_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Outcomes", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("Outcomes", "Maybe"),
    "no": QT_TRANSLATE_NOOP("Outcomes", "No"),
    "left-message": QT_TRANSLATE_NOOP("Outcomes", "Left message"),
    "no-answer": QT_TRANSLATE_NOOP("Outcomes", "No answer"),
    "wrong-number": QT_TRANSLATE_NOOP("Outcomes", "Wrong number"),
    "callback": QT_TRANSLATE_NOOP("Outcomes", "Call back later"),
    "do-not-call": QT_TRANSLATE_NOOP("Outcomes", "Do not call again"),
}
# One key per outcome: the phone-bank buttons, the paper sheet columns and re-entry use them.
OUTCOME_KEYS = {
    "yes": "Y",
    "maybe": "M",
    "no": "N",
    "left-message": "L",
    "no-answer": "A",
    "wrong-number": "W",
    "callback": "B",
    "do-not-call": "D",
}
OUTCOME_BY_KEY = {key: outcome for outcome, key in OUTCOME_KEYS.items()}
# We talked to the person.
REACHED = frozenset({"yes", "maybe", "no", "callback", "do-not-call"})
# Try again later.
RETRY = frozenset({"no-answer", "left-message"})

EVENT_KIND_LABELS = {
    "rally": QT_TRANSLATE_NOOP("EventKinds", "Rally"),
    "march": QT_TRANSLATE_NOOP("EventKinds", "March"),
    "picket": QT_TRANSLATE_NOOP("EventKinds", "Picket"),
    "meeting": QT_TRANSLATE_NOOP("EventKinds", "Meeting"),
    "rapid-response": QT_TRANSLATE_NOOP("EventKinds", "Rapid response"),
    "other": QT_TRANSLATE_NOOP("EventKinds", "Other"),
}

EXCLUSION_REASONS = ("do-not-contact", "not-ok-to-call", "consent-unknown", "no-phone")
EXCLUSION_LABELS = {
    "do-not-contact": QT_TRANSLATE_NOOP("Exclusions", "Do not contact"),
    "not-ok-to-call": QT_TRANSLATE_NOOP("Exclusions", "Not OK to call"),
    "consent-unknown": QT_TRANSLATE_NOOP("Exclusions", "Consent to call unknown"),
    "no-phone": QT_TRANSLATE_NOOP("Exclusions", "No phone number"),
}

# Who may be called from a list (``e`` its entry, ``p`` the person): not do-not-contact (unknown
# is no such request), and OK to call - or consent unknown on a list built to include them
# (ListCriteria.include_consent_unknown), where they are marked "consent unknown".
def callable_sql(bind) -> str:
    includes_unknown = ("EXISTS (SELECT 1 FROM call_lists cl WHERE cl.id = e.list_id AND "
                        f"{dialect.json_flag(bind, 'cl.criteria', 'include_consent_unknown')})")
    return f"p.do_not_contact IS NOT TRUE AND (p.ok_to_call = TRUE OR (p.ok_to_call IS NULL AND {includes_unknown}))"


def outcome_for_key(key: str, keys: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The outcome of a key (``keys``: outcome -> key, as from :func:`outcome_keys`; English by default)."""
    by_key = OUTCOME_BY_KEY if keys is None else {k: o for o, k in keys.items()}
    return by_key.get((key or "").strip().upper()[:1])


def _ascii_letters(text: str) -> str:
    return "".join(c for c in fold(text).upper() if "A" <= c <= "Z")


def outcome_keys(labels: Mapping[str, str], preferred: Mapping[str, str] = OUTCOME_KEYS) -> dict[str, str]:
    """One key per item, taken from its (translated) label and unique, in the order given:
    the preferred (English) key when it begins a word of the label, else the first unused
    initial, else the first unused letter ("Sí" -> S, "Tal vez" -> T, "No contestó" -> C).
    The English labels give exactly OUTCOME_KEYS. Items may include others (the phone bank's
    "skip", preferred "S")."""
    used: set[str] = set()
    keys: dict[str, str] = {}
    for item, label in labels.items():
        initials = [_ascii_letters(word)[:1] for word in label.split()]
        initials = [c for c in initials if c]
        want = preferred.get(item, "")
        candidates = ([want] if want and want in initials else []) + initials + list(_ascii_letters(label)) \
            + [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        key = next(c for c in candidates if c not in used)
        used.add(key)
        keys[item] = key
    return keys


# ----------------------------------------------------------------------- events
@dataclass
class EventInput:
    name: str = ""
    kind: str = "rally"
    starts_at: Optional[datetime] = None
    place: str = ""
    target: Optional[int] = None
    notes: str = ""
    committee_ids: list[int] = field(default_factory=list)
    # language code ("" = any language) -> call script
    scripts: dict[str, str] = field(default_factory=dict)
    version: Optional[int] = field(default=None, compare=False)  # as read: save_event(version=...)


@dataclass
class EventSummary:
    id: int
    name: str
    kind: str
    starts_at: Optional[datetime]
    place: str
    target: Optional[int]
    on_list: int = 0
    said_yes: int = 0
    attended: Optional[int] = 0  # None: this login may not read the check-ins (a caller)


def list_events(db: Database) -> list[EventSummary]:
    """Every event with its numbers; on the committee server the numbers are of the rows this
    login may see (a caller: their own entries), and who came is left out where it may not."""
    may_read_checkins = db.may_read("checkins")
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, name, kind, starts_at, place, target FROM events ORDER BY starts_at DESC NULLS LAST, name"
        ).all()
        on_list = dict(conn.exec_driver_sql(
            "SELECT l.event_id, count(DISTINCT e.person_id) FROM call_list_entries e "
            "JOIN call_lists l ON l.id = e.list_id GROUP BY l.event_id"
        ).all())
        yes = dict(conn.exec_driver_sql(
            "SELECT l.event_id, count(DISTINCT e.person_id) FROM call_list_entries e "
            "JOIN call_lists l ON l.id = e.list_id WHERE e.last_outcome = 'yes' GROUP BY l.event_id"
        ).all())
        attended = (dict(conn.exec_driver_sql("SELECT event_id, count(*) FROM checkins GROUP BY event_id").all())
                    if may_read_checkins else None)
    result = []
    for eid, name, kind, starts, place, target in rows:
        result.append(EventSummary(eid, name, kind, _dt(starts), place, target, on_list.get(eid, 0), yes.get(eid, 0),
                                   None if attended is None else attended.get(eid, 0)))
    return result


def _dt(value) -> Optional[datetime]:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def get_event(db: Database, event_id: int) -> EventInput:
    with db.session() as s:
        ev = s.get(Event, event_id)
        if ev is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That event no longer exists."))
        committees = list(s.scalars(select(EventCommittee.committee_id).where(EventCommittee.event_id == event_id)))
        scripts = {sc.language: sc.text for sc in s.scalars(select(EventScript).where(EventScript.event_id == event_id))}
        return EventInput(ev.name, ev.kind, ev.starts_at, ev.place, ev.target, ev.notes, committees, scripts,
                          version=ev.version)


@versions.refuses_stale("event", "event_id", lambda db, i: (lambda d: (d.version, d))(get_event(db, i)),
                        QT_TRANSLATE_NOOP("Errors", "Someone else changed this event while you were editing."))
def save_event(db: Database, data: EventInput, event_id: Optional[int] = None, version: Optional[int] = None) -> int:
    """Create or update. ``version``: the one the form loaded (EventInput.version)."""
    name = data.name.strip()
    if not name:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the event a name."), field="name")
    if data.kind not in EVENT_KINDS:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose what kind of event this is."), field="kind")
    if data.target is not None and data.target < 0:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "The turnout target cannot be negative."), field="target")
    try:
        with db.write() as s:
            created = event_id is None
            if created:
                ev = Event(name=name)
                s.add(ev)
            else:
                ev = s.get(Event, event_id)
                if ev is None:
                    raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That event no longer exists."))
                versions.check(ev, version)
                versions.touch(ev)
            ev.name, ev.kind, ev.starts_at, ev.place = name, data.kind, data.starts_at, data.place.strip()
            ev.target, ev.notes = data.target, data.notes
            s.flush()
            s.execute(delete(EventCommittee).where(EventCommittee.event_id == ev.id))
            for cid in dict.fromkeys(data.committee_ids):
                s.add(EventCommittee(event_id=ev.id, committee_id=cid))
            s.execute(delete(EventScript).where(EventScript.event_id == ev.id))
            for language, text in data.scripts.items():
                if text.strip():
                    s.add(EventScript(event_id=ev.id, language=language.strip().lower(), text=text.strip()))
            if created:
                audit.record(s, "created", "event", ev.id)
            s.flush()
            return ev.id
    except IntegrityError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Another event already has that name."), field="name"
        ) from None


def delete_event(db: Database, event_id: int) -> None:
    """Delete an event with its call lists, calls and check-ins (the UI asks first)."""
    with db.write() as s:
        if s.execute(delete(Event).where(Event.id == event_id)).rowcount:
            audit.record(s, "deleted", "event", event_id)


def event_name(db: Database, event_id: int) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT name FROM events WHERE id = ?", (event_id,)).scalar() or ""


def event_scripts(db: Database, event_id: int) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT language, text FROM event_scripts WHERE event_id = ?", (event_id,)).all())


def pick_script(scripts: dict[str, str], languages: Iterable[str]) -> tuple[str, str]:
    """(language, text) of the script for the first of ``languages`` that has one, else the
    any-language script, else English, else any script."""
    for code in languages:
        if scripts.get(code):
            return code, scripts[code]
    for code in ("", "en"):
        if scripts.get(code):
            return code, scripts[code]
    for code, text in sorted(scripts.items()):
        if text:
            return code, text
    return "", ""


# ------------------------------------------------------------------- call lists
@dataclass
class ListCriteria:
    committee_ids: list[int] = field(default_factory=list)
    workplace_ids: list[int] = field(default_factory=list)
    department_ids: list[int] = field(default_factory=list)
    shift_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # any of these tags
    assessment_min: Optional[int] = None
    assessment_max: Optional[int] = None
    include_unassessed: bool = True
    languages: list[str] = field(default_factory=list)  # speaks any of these
    trained_topic_id: Optional[int] = None  # attended a training on this topic (models/trainings/sessions.py)
    # None = either; True = attended one of attended_event_ids (any event when empty); False = did not
    attended: Optional[bool] = None
    attended_event_ids: list[int] = field(default_factory=list)
    # People whose consent to be called is unknown: left out (the default), or on the list and
    # marked "consent unknown" (never counted as OK to call).
    include_consent_unknown: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ListCriteria":
        raw = json.loads(text or "{}")
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class BuildResult:
    list_id: Optional[int]
    matched: int  # people matching the filters (before exclusions)
    eligible: int  # matched minus the excluded
    added: int  # new entries this run
    already: int  # eligible people already on the list (left as they were)
    on_list: int  # entries on the list after the run
    excluded: dict[str, int]  # reason -> count (EXCLUSION_REASONS)
    consent_unknown: int = 0  # eligible people whose consent is unknown (include_consent_unknown)

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())


# The "trained on a topic" filter asks the trainings feature (models/trainings/sessions.py) for
# ``trained_person_ids(db, topic_id) -> set[int]``. Tests or another feature may set a hook.
_TRAINED_ON: Optional[Callable[[Database, int], set[int]]] = None


def set_trained_on_hook(fn: Optional[Callable[[Database, int], set[int]]]) -> None:
    global _TRAINED_ON
    _TRAINED_ON = fn


def trained_on_available() -> bool:
    return _trained_on_function() is not None


def _trained_on_function() -> Optional[Callable[[Database, int], set[int]]]:
    if _TRAINED_ON is not None:
        return _TRAINED_ON
    try:
        # lazy: optional feature: trainings may not be installed (ImportError)
        from models.trainings import sessions as trainings
    except ImportError:
        return None
    fn = getattr(trainings, "trained_person_ids", None)
    return fn if callable(fn) else None


def training_topics(db: Database) -> list[tuple[int, str]]:
    """(topic id, name) offered by the trainings feature, when it is installed."""
    try:
        # lazy: optional feature: trainings may not be installed (ImportError)
        from models.trainings import sessions as trainings
    except ImportError:
        return []
    fn = getattr(trainings, "topic_choices", None)
    return [(int(tid), str(name)) for tid, name in fn(db)] if callable(fn) else []


def _criteria_sql(c: ListCriteria, bind) -> tuple[str, list]:
    where, params = [], []
    like = dialect.like(bind)

    def ids_clause(column: str, ids: list[int]) -> None:
        where.append(f"{column} IN ({','.join('?' * len(ids))})")
        params.extend(int(i) for i in ids)

    if c.committee_ids:
        marks = ",".join("?" * len(c.committee_ids))
        where.append(f"p.id IN (SELECT person_id FROM committee_members WHERE committee_id IN ({marks}) AND left_on IS NULL)")
        params.extend(int(i) for i in c.committee_ids)
    if c.workplace_ids:
        ids_clause("p.workplace_id", c.workplace_ids)
    if c.department_ids:
        ids_clause("p.department_id", c.department_ids)
    if c.shift_ids:
        ids_clause("p.shift_id", c.shift_ids)
    if c.tags:
        marks = ",".join("?" * len(c.tags))
        where.append(f"p.id IN (SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name IN ({marks}))")
        params.extend(c.tags)
    if c.assessment_min is not None or c.assessment_max is not None:
        low = c.assessment_min if c.assessment_min is not None else 1
        high = c.assessment_max if c.assessment_max is not None else 5
        clause = "(p.assessment BETWEEN ? AND ?)"
        if c.include_unassessed:
            clause = f"({clause} OR p.assessment IS NULL)"
        where.append(clause)
        params.extend([low, high])
    elif not c.include_unassessed:
        where.append("p.assessment IS NOT NULL")
    if c.languages:
        parts = []
        for code in c.languages:
            parts.append(f"(',' || replace(p.languages, ' ', '') || ',') {like} ?")
            params.append(f"%,{code.strip().lower()},%")
        where.append("(" + " OR ".join(parts) + ")")
    if c.attended is not None:
        if c.attended_event_ids:
            marks = ",".join("?" * len(c.attended_event_ids))
            sub = f"SELECT person_id FROM checkins WHERE event_id IN ({marks})"
            params.extend(int(i) for i in c.attended_event_ids)
        else:
            sub = "SELECT person_id FROM checkins"
        where.append(f"p.id {'IN' if c.attended else 'NOT IN'} ({sub})")
    return (" AND ".join(where) or "TRUE"), params


def _matching(db: Database, c: ListCriteria) -> list[tuple[int, int, int, int]]:
    """(person id, do_not_contact, ok_to_call, has a phone), in a paper-friendly order."""
    # Broad filters read most table pages anyway: one sequential scan decrypts each page once,
    # where index order would decrypt the same pages again and again (2-3x slower at 100k).
    narrow = bool(c.committee_ids or c.tags or (c.attended and c.attended_event_ids))
    sql = (
        "SELECT p.id, p.do_not_contact, p.ok_to_call, "
        "EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.raw != '') "
        "FROM people p {scan} WHERE {clause} "
        "ORDER BY p.workplace_id NULLS FIRST, p.department_id NULLS FIRST, p.shift_id NULLS FIRST, p.last_name, p.first_name, p.id"
    )
    with db.engine.connect() as conn:
        clause, params = _criteria_sql(c, conn)
        sql = sql.format(scan="" if narrow else dialect.not_indexed(conn), clause=clause)
        rows = conn.exec_driver_sql(sql, tuple(params)).all()
    if c.trained_topic_id is not None:
        fn = _trained_on_function()
        if fn is None:
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "Filtering by training needs the trainings feature."),
                QT_TRANSLATE_NOOP("Errors", "Remove the training filter and try again."),
            )
        trained = set(fn(db, c.trained_topic_id))
        rows = [r for r in rows if r[0] in trained]
    return rows


def _split_exclusions(rows, include_unknown: bool = False) -> tuple[list[int], dict[str, int], int]:
    """(people to call, left out by reason, how many of those to call have unknown consent)."""
    excluded = dict.fromkeys(EXCLUSION_REASONS, 0)
    keep = []
    unknown = 0
    for pid, dnc, ok_call, has_phone in rows:
        if dnc:
            excluded["do-not-contact"] += 1
        elif ok_call is None and not include_unknown:
            excluded["consent-unknown"] += 1
        elif ok_call is not None and not ok_call:
            excluded["not-ok-to-call"] += 1
        elif not has_phone:
            excluded["no-phone"] += 1
        else:
            keep.append(pid)
            unknown += ok_call is None
    return keep, excluded, unknown


def preview_call_list(db: Database, criteria: ListCriteria, list_id: Optional[int] = None) -> BuildResult:
    """What building would do, without writing (the builder shows it as the filters change)."""
    rows = _matching(db, criteria)
    keep, excluded, unknown = _split_exclusions(rows, criteria.include_consent_unknown)
    existing: set[int] = set()
    if list_id is not None:
        with db.engine.connect() as conn:
            existing = set(conn.exec_driver_sql("SELECT person_id FROM call_list_entries WHERE list_id = ?", (list_id,)).scalars())
    already = sum(1 for pid in keep if pid in existing)
    return BuildResult(list_id, len(rows), len(keep), len(keep) - already, already, len(existing | set(keep)), excluded,
                       unknown)


def create_call_list(db: Database, event_id: int, name: str, criteria: ListCriteria) -> BuildResult:
    name = name.strip() or "Call list"
    try:
        with db.write() as s:
            cl = CallList(event_id=event_id, name=name, criteria=criteria.to_json())
            s.add(cl)
            s.flush()
            list_id = cl.id
    except IntegrityError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This event already has a call list with that name."), field="name"
        ) from None
    return build_call_list(db, list_id)


def build_call_list(db: Database, list_id: int, criteria: Optional[ListCriteria] = None) -> BuildResult:
    """Add everyone who matches the (saved or given) filters and is not on the list yet.

    Entries already on the list, their callers and their calls are never touched.
    """
    with db.engine.connect() as conn:
        saved = conn.exec_driver_sql("SELECT criteria FROM call_lists WHERE id = ?", (list_id,)).scalar()
    if saved is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That call list no longer exists."))
    criteria = criteria or ListCriteria.from_json(saved)
    rows = _matching(db, criteria)
    keep, excluded, unknown = _split_exclusions(rows, criteria.include_consent_unknown)
    now = utcnow()
    with db.write() as s:
        conn = s.connection()
        existing = set(conn.exec_driver_sql("SELECT person_id FROM call_list_entries WHERE list_id = ?", (list_id,)).scalars())
        start = conn.exec_driver_sql("SELECT coalesce(max(position), 0) FROM call_list_entries WHERE list_id = ?", (list_id,)).scalar() or 0
        new = [pid for pid in keep if pid not in existing]
        stamp = dialect.timestamp(conn, now)
        conn.exec_driver_sql(
            "INSERT INTO call_list_entries (list_id, person_id, caller_id, position, added_at, attempts) "
            "VALUES (?, ?, NULL, ?, ?, 0)",
            # In person order: the person_id index then fills page by page instead of at random.
            sorted(((list_id, pid, start + i + 1, stamp) for i, pid in enumerate(new)), key=lambda r: r[1]),
        ) if new else None
        conn.exec_driver_sql(
            "UPDATE call_lists SET criteria = ?, excluded = ?, built_at = ?, version = version + 1 WHERE id = ?",
            (criteria.to_json(), json.dumps(excluded), stamp, list_id),
        )
    already = len(keep) - len(new)
    return BuildResult(list_id, len(rows), len(keep), len(new), already, len(existing) + len(new), excluded, unknown)


@dataclass
class CallListSummary:
    id: int
    event_id: int
    name: str
    criteria: ListCriteria
    excluded: dict[str, int]
    entries: int
    assigned: int
    called: int
    built_at: Optional[datetime]


def call_lists(db: Database, event_id: int) -> list[CallListSummary]:
    with db.engine.connect() as conn:
        lists = conn.exec_driver_sql(
            "SELECT id, event_id, name, criteria, excluded, built_at FROM call_lists WHERE event_id = ? ORDER BY id",
            (event_id,),
        ).all()
        counts = {
            lid: (n, assigned, called)
            for lid, n, assigned, called in conn.exec_driver_sql(
                "SELECT e.list_id, count(*), count(e.caller_id), count(CASE WHEN e.attempts > 0 THEN 1 END) FROM call_list_entries e "
                "JOIN call_lists l ON l.id = e.list_id WHERE l.event_id = ? GROUP BY e.list_id",
                (event_id,),
            )
        }
    return [
        CallListSummary(lid, eid, name, ListCriteria.from_json(crit), json.loads(exc or "{}"),
                        *counts.get(lid, (0, 0, 0)), _dt(built))
        for lid, eid, name, crit, exc, built in lists
    ]


def delete_call_list(db: Database, list_id: int) -> None:
    with db.write() as s:
        s.execute(delete(CallList).where(CallList.id == list_id))


@dataclass
class EntryRow:
    entry_id: int
    person_id: int
    name: str
    phone: str
    language: str
    workplace: str
    department: str
    shift: str
    caller_id: Optional[int]
    caller: str
    last_outcome: Optional[str]
    attempts: int
    position: int
    consent_unknown: bool = False  # on a list that includes them: ask before calling


def list_entries(db: Database, list_id: int, caller_id: Optional[int] = None, include_excluded: bool = True) -> list[EntryRow]:
    """The entries of a list (with display fields) in list order; ``caller_id=0`` = unassigned."""
    sql = (
        "SELECT e.id, p.id, p.first_name, p.last_name, p.preferred_name, p.name_order, "
        "(SELECT raw FROM phones ph WHERE ph.person_id = p.id ORDER BY ph.position LIMIT 1), "
        "p.languages, w.name, d.name, sh.name, e.caller_id, c.first_name, c.last_name, c.preferred_name, "
        "c.name_order, e.last_outcome, e.attempts, e.position, p.ok_to_call IS NULL "
        "FROM call_list_entries e JOIN people p ON p.id = e.person_id "
        "LEFT JOIN workplaces w ON w.id = p.workplace_id LEFT JOIN departments d ON d.id = p.department_id "
        "LEFT JOIN shifts sh ON sh.id = p.shift_id LEFT JOIN people c ON c.id = e.caller_id "
        "WHERE e.list_id = ?"
    )
    params: list = [list_id]
    if caller_id == 0:
        sql += " AND e.caller_id IS NULL"
    elif caller_id is not None:
        sql += " AND e.caller_id = ?"
        params.append(caller_id)
    sql += " ORDER BY e.position"
    with db.engine.connect() as conn:
        if not include_excluded:
            sql = sql.replace(" ORDER BY", f" AND {callable_sql(conn)} ORDER BY")
        rows = conn.exec_driver_sql(sql, tuple(params)).all()
    result = []
    for (eid, pid, first, last, pref, order, phone, langs, wp, dept, shift, cid, cf, cl, cp, co, outcome, attempts,
         pos, unknown) in rows:
        result.append(EntryRow(eid, pid, display_name(first, last, pref, order), phone or "", (split_list(langs) or [""])[0],
                               wp or "", dept or "", shift or "", cid,
                               display_name(cf or "", cl or "", cp or "", co or "") if cid else "",
                               outcome, attempts, pos, bool(unknown)))
    return result


# ---------------------------------------------------------------------- callers
@dataclass
class Caller:
    id: int
    name: str
    languages: list[str]
    committee_ids: set[int]
    assigned: int = 0


def list_callers(db: Database, event_id: Optional[int] = None, list_id: Optional[int] = None,
                 all_callers: bool = False) -> list[Caller]:
    """People with the caller role (active) — in the event's committees when it names some."""
    with db.engine.connect() as conn:
        committee_filter: list[int] = []
        if event_id is not None and not all_callers:
            committee_filter = list(conn.exec_driver_sql(
                "SELECT committee_id FROM event_committees WHERE event_id = ?", (event_id,)).scalars())
        rows = conn.exec_driver_sql(
            "SELECT m.person_id, m.committee_id, p.first_name, p.last_name, p.preferred_name, p.name_order, p.languages "
            "FROM committee_members m JOIN people p ON p.id = m.person_id "
            "WHERE m.role = 'caller' AND m.left_on IS NULL"
        ).all()
        assigned: dict[int, int] = {}
        if list_id is not None:
            assigned = dict(conn.exec_driver_sql(
                "SELECT caller_id, count(*) FROM call_list_entries WHERE list_id = ? AND caller_id IS NOT NULL GROUP BY caller_id",
                (list_id,)).all())
            # Callers already holding entries stay visible even if they left the committee.
            extra = [cid for cid in assigned]
        else:
            extra = []
    callers: dict[int, Caller] = {}
    for pid, cid, first, last, pref, order, langs in rows:
        caller = callers.get(pid)
        if caller is None:
            caller = callers[pid] = Caller(pid, display_name(first, last, pref, order), split_list(langs.lower()), set())
        caller.committee_ids.add(cid)
    if committee_filter:
        callers = {pid: c for pid, c in callers.items() if c.committee_ids & set(committee_filter) or pid in assigned}
    if extra:
        missing = [pid for pid in extra if pid not in callers]
        if missing:
            with db.engine.connect() as conn:
                marks = ",".join("?" * len(missing))
                for pid, first, last, pref, order, langs in conn.exec_driver_sql(
                    f"SELECT id, first_name, last_name, preferred_name, name_order, languages FROM people WHERE id IN ({marks})",
                    tuple(missing)
                ):
                    callers[pid] = Caller(pid, display_name(first, last, pref, order), split_list(langs.lower()), set())
    for pid, count in assigned.items():
        if pid in callers:
            callers[pid].assigned = count
    return sorted(callers.values(), key=lambda c: fold(c.name))


ASSIGN_MODES = ("even", "language", "committee")


def assign_callers(db: Database, list_id: int, caller_ids: list[int], mode: str = "even",
                   only_unassigned: bool = True) -> dict[int, int]:
    """Give the list's entries to callers; returns caller id -> entries they now hold.

    ``even``: balanced counts, in list order (contiguous blocks for paper sheets).
    ``language``: a caller who speaks the person's preferred language (else any of the person's
    languages, else anyone), the least loaded first. ``committee``: a caller from one of the
    person's committees when there is one. Entries that already have calls keep their caller
    unless ``only_unassigned`` is False (and even then, called entries keep theirs).
    """
    if mode not in ASSIGN_MODES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how to split the list."), field="mode")
    caller_ids = list(dict.fromkeys(caller_ids))
    if not caller_ids:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one caller."), field="callers")
    with db.engine.connect() as conn:
        entries = conn.exec_driver_sql(
            "SELECT e.id, e.person_id, e.caller_id, e.attempts, p.languages FROM call_list_entries e "
            "JOIN people p ON p.id = e.person_id WHERE e.list_id = ? ORDER BY e.position",
            (list_id,),
        ).all()
        marks = ",".join("?" * len(caller_ids))
        caller_langs = {pid: split_list((langs or "").lower()) for pid, langs in conn.exec_driver_sql(
            f"SELECT id, languages FROM people WHERE id IN ({marks})", tuple(caller_ids))}
        caller_committees: dict[int, set[int]] = defaultdict(set)
        for pid, cid in conn.exec_driver_sql(
            f"SELECT person_id, committee_id FROM committee_members WHERE person_id IN ({marks}) AND left_on IS NULL",
            tuple(caller_ids),
        ):
            caller_committees[pid].add(cid)
        person_committees: dict[int, set[int]] = defaultdict(set)
        if mode == "committee":
            for pid, cid in conn.exec_driver_sql(
                "SELECT m.person_id, m.committee_id FROM committee_members m JOIN call_list_entries e "
                "ON e.person_id = m.person_id WHERE e.list_id = ? AND m.left_on IS NULL", (list_id,)
            ):
                person_committees[pid].add(cid)
    load = Counter({cid: 0 for cid in caller_ids})
    todo = []
    for eid, pid, current, attempts, langs in entries:
        keeps = current is not None and (only_unassigned or attempts > 0)
        if keeps:
            if current in load:
                load[current] += 1
        else:
            todo.append((eid, pid, langs))
    changes: list[tuple[int, int]] = []
    if mode == "even":
        total = sum(load.values()) + len(todo)
        share = -(-total // len(caller_ids))
        index = 0
        for eid, _pid, _langs in todo:
            while load[caller_ids[index]] >= share:
                index = (index + 1) % len(caller_ids)
            cid = caller_ids[index]
            load[cid] += 1
            changes.append((cid, eid))
    else:
        for eid, pid, langs in todo:
            candidates: list[int] = []
            if mode == "language":
                codes = split_list((langs or "").lower())
                if codes:
                    candidates = [c for c in caller_ids if codes[0] in caller_langs.get(c, [])]
                    if not candidates:
                        candidates = [c for c in caller_ids if set(codes) & set(caller_langs.get(c, []))]
            else:
                mine = person_committees.get(pid, set())
                candidates = [c for c in caller_ids if caller_committees.get(c, set()) & mine]
            if not candidates:
                candidates = caller_ids
            cid = min(candidates, key=lambda c: (load[c], caller_ids.index(c)))
            load[cid] += 1
            changes.append((cid, eid))
    with db.write() as s:
        s.connection().exec_driver_sql("UPDATE call_list_entries SET caller_id = ? WHERE id = ?", changes) if changes else None
    return dict(load)


def move_entries(db: Database, entry_ids: Iterable[int], caller_id: Optional[int]) -> int:
    """Move entries to another caller (None = unassigned)."""
    ids = [(caller_id, int(e)) for e in entry_ids]
    if not ids:
        return 0
    with db.write() as s:
        s.connection().exec_driver_sql("UPDATE call_list_entries SET caller_id = ? WHERE id = ?", ids)
    return len(ids)


# ----------------------------------------------------------------- phone banking
RETRY_AFTER = timedelta(hours=1)
MAX_ATTEMPTS = 3

_NEXT_BASE = "SELECT e.id FROM call_list_entries e JOIN people p ON p.id = e.person_id WHERE e.list_id = ? AND {callable}"


def next_entry(db: Database, list_id: int, caller_id: Optional[int] = None, skip: Iterable[int] = (),
               now: Optional[datetime] = None, unassigned: bool = False) -> Optional[int]:
    """The entry to call next: a call-back now due, else the first never-called entry, else
    someone not reached (no answer / message) at least an hour ago, fewer than 3 attempts.

    ``caller_id`` limits to that caller's entries (``unassigned=True``: entries with no caller).
    ``skip`` holds entries passed over in this session. One indexed query per tier.
    """
    now = now or utcnow()
    base = _NEXT_BASE
    params: list = [list_id]
    if unassigned:
        base += " AND e.caller_id IS NULL"
    elif caller_id is not None:
        base += " AND e.caller_id = ?"
        params.append(caller_id)
    skip = [int(x) for x in skip]
    if skip:
        base += f" AND e.id NOT IN ({','.join('?' * len(skip))})"
        params.extend(skip)
    # Each tier reads one index range in order (see the indexes on call_list_entries).
    with _read_cursor(db) as cur:
        return _next_entry(cur, base, params, db.engine, now)


def _next_entry(cur, base: str, params: list, bind, now: datetime, lock: str = "") -> Optional[int]:
    """The tiers of :func:`next_entry` on ``cur`` (``lock``: a row-locking clause for each query)."""
    base = base.format(callable=callable_sql(bind))
    stamp = dialect.timestamp(bind, now)
    retry_before = dialect.timestamp(bind, now - RETRY_AFTER)
    tiers = [
        [(" AND e.last_outcome = 'callback' AND e.callback_at <= ? ORDER BY e.callback_at LIMIT 1", [stamp])],
        [(" AND e.last_outcome IS NULL ORDER BY e.position LIMIT 1", [])],
        [(f" AND e.last_outcome = '{outcome}' AND e.last_called_at <= ? AND e.attempts < ? "
          "ORDER BY e.last_called_at LIMIT 1", [retry_before, MAX_ATTEMPTS]) for outcome in ("no-answer", "left-message")],
    ]
    for queries in tiers:
        found = []
        for tail, extra in queries:
            row = cur.execute(base.replace("SELECT e.id", "SELECT e.id, e.last_called_at") + tail + lock,
                              tuple(params + extra)).fetchone()
            if row is not None:
                found.append((row[1] or "", row[0]))
        if found:
            return min(found)[1]
    return None


class _Statements:
    """``execute(sql, params)`` on a SQLAlchemy Connection (what :func:`_next_entry` runs on)."""

    def __init__(self, conn) -> None:
        self.execute = conn.exec_driver_sql


def claim_next_entry(db: Database, list_id: int, caller_id: int, skip: Iterable[int] = (),
                     now: Optional[datetime] = None) -> Optional[int]:
    """The next entry for a caller working the list alongside others: their own next entry
    (as :func:`next_entry`), else the next unassigned one, which becomes theirs in the same
    transaction. Callers asking at the same moment never get the same person: on the server
    each passes over the entries another is taking (``FOR UPDATE … SKIP LOCKED``); the file
    has one writer at a time."""
    now = now or utcnow()
    skip = [int(x) for x in skip]
    avoid = f" AND e.id NOT IN ({','.join('?' * len(skip))})" if skip else ""
    with db.write() as s:
        conn = s.connection()
        lock = dialect.skip_locked(conn, of="e")
        statements = _Statements(conn)
        entry = _next_entry(statements, _NEXT_BASE + " AND e.caller_id = ?" + avoid, [list_id, caller_id] + skip,
                            conn, now, lock)
        if entry is None:
            entry = _next_entry(statements, _NEXT_BASE + " AND e.caller_id IS NULL" + avoid, [list_id] + skip,
                                conn, now, lock)
            if entry is not None:
                conn.exec_driver_sql("UPDATE call_list_entries SET caller_id = ? WHERE id = ? AND caller_id IS NULL",
                                     (caller_id, entry))
        return entry


@contextmanager
def _read_cursor(db: Database) -> Iterator:
    """A DB-API cursor in one read transaction, for the phone bank's small hot queries (each
    SQLAlchemy ``exec_driver_sql`` adds ~40 µs; "next person" runs eight of them)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # opens the read transaction: one consistent snapshot
        cur = dialect.cursor(conn)
        try:
            yield cur
        finally:
            cur.close()


@dataclass
class Attempt:
    called_at: datetime
    outcome: str
    note: str
    caller: str
    flagged: bool
    callback_at: Optional[datetime]


@dataclass
class PastEvent:
    name: str
    starts_at: Optional[datetime]
    outcome: Optional[str]  # their latest answer for that event
    attended: bool


@dataclass
class PersonCard:
    """Everything the phone-bank screen shows about one person on a list."""

    entry_id: int
    list_id: int
    event_id: int
    person_id: int
    name: str
    phones: list[tuple[str, str]]  # (as typed, label)
    languages: list[str]
    workplace: str
    department: str
    shift: str
    assessment: Optional[int]
    caller_id: Optional[int]
    script_language: str
    script: str
    attempts: list[Attempt]
    past_events: list[PastEvent]
    do_not_contact: bool
    ok_to_call: Optional[bool]  # None: consent unknown (a list that includes them: ask first)


_CARD_DETAILS = ("w.name, d.name, sh.name, p.assessment", "LEFT JOIN workplaces w ON w.id = p.workplace_id "
                 "LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN shifts sh ON sh.id = p.shift_id ")
_CARD_NAMES_ONLY = ("NULL, NULL, NULL, NULL", "")


def person_card(db: Database, entry_id: int, details: bool = True) -> PersonCard:
    """``details=False``: what a caller may read on a committee server (name, phones, languages,
    consent, their calls to them for this event): no workplace, department, shift, assessment,
    nor past events."""
    columns, joins = _CARD_DETAILS if details else _CARD_NAMES_ONLY
    with _read_cursor(db) as cur:
        row = cur.execute(
            "SELECT e.id, e.list_id, l.event_id, p.id, p.first_name, p.last_name, p.preferred_name, p.languages, "
            f"{columns}, e.caller_id, p.do_not_contact, p.ok_to_call, p.name_order "
            "FROM call_list_entries e JOIN call_lists l ON l.id = e.list_id JOIN people p ON p.id = e.person_id "
            f"{joins}WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "There is no row with that ID on this event's lists."))
        (eid, list_id, event_id, pid, first, last, pref, langs, wp, dept, shift, assessment, caller_id, dnc, ok, order) = row
        phones = [tuple(r) for r in cur.execute(
            "SELECT raw, label FROM phones WHERE person_id = ? ORDER BY position", (pid,))]
        scripts = dict(cur.execute("SELECT language, text FROM event_scripts WHERE event_id = ?", (event_id,)).fetchall())
        attempts = [
            Attempt(_dt(at), outcome, note, display_name(cf or "", cl or "", cp or "", co or ""), bool(flag), _dt(cb))
            for at, outcome, note, flag, cb, cf, cl, cp, co in cur.execute(
                "SELECT c.called_at, c.outcome, c.note, c.flagged, c.callback_at, k.first_name, k.last_name, k.preferred_name, "
                "k.name_order "
                "FROM calls c LEFT JOIN people k ON k.id = c.caller_id WHERE c.event_id = ? AND c.person_id = ? "
                "ORDER BY c.called_at, c.id", (event_id, pid))
        ]
        past: dict[int, PastEvent] = {}
        for ev_id, name, starts, outcome in () if not details else cur.execute(
            "SELECT ev.id, ev.name, ev.starts_at, c.outcome FROM calls c JOIN events ev ON ev.id = c.event_id "
            "WHERE c.person_id = ? AND c.event_id != ? ORDER BY c.called_at, c.id", (pid, event_id)
        ):
            item = past.setdefault(ev_id, PastEvent(name, _dt(starts), None, False))
            if outcome in REACHED or item.outcome is None:
                item.outcome = outcome
        for ev_id, name, starts in () if not details else cur.execute(
            "SELECT ev.id, ev.name, ev.starts_at FROM checkins k JOIN events ev ON ev.id = k.event_id "
            "WHERE k.person_id = ? AND k.event_id != ?", (pid, event_id)
        ):
            past.setdefault(ev_id, PastEvent(name, _dt(starts), None, False)).attended = True
    codes = split_list((langs or "").lower())
    script_language, script = pick_script(scripts, codes)
    past_events = sorted(past.values(), key=lambda p: p.starts_at or datetime.min, reverse=True)
    return PersonCard(eid, list_id, event_id, pid, display_name(first, last, pref, order), phones, codes, wp or "",
                      dept or "", shift or "", assessment, caller_id, script_language, script, attempts,
                      past_events, bool(dnc), None if ok is None else bool(ok))


def record_call(db: Database, entry_id: int, outcome: str, caller_id: Optional[int] = None, note: str = "",
                flagged: bool = False, callback_at: Optional[datetime] = None, source: str = "phone",
                called_at: Optional[datetime] = None) -> int:
    """Keep one attempt. "Do not call again" also marks the person do-not-contact (and not OK to
    call); "Call back later" needs a time."""
    if outcome not in OUTCOMES:
        raise errors.ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose an outcome for the call."), field="outcome")
    if outcome == "callback" and callback_at is None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say when to call back."), field="callback_at")
    if outcome != "callback":
        callback_at = None
    called_at = called_at or utcnow()
    with db.write() as s:
        conn = s.connection()
        row = conn.exec_driver_sql(
            "SELECT e.person_id, l.event_id, e.caller_id FROM call_list_entries e JOIN call_lists l ON l.id = e.list_id "
            "WHERE e.id = ?", (entry_id,)).first()
        if row is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "There is no row with that ID on this event's lists."))
        person_id, event_id, assigned = row
        caller = caller_id if caller_id is not None else assigned
        call = Call(event_id=event_id, person_id=person_id, entry_id=entry_id, caller_id=caller, outcome=outcome,
                    called_at=called_at, callback_at=callback_at, note=note.strip(), flagged=bool(flagged), source=source)
        s.add(call)
        s.flush()
        conn.exec_driver_sql(
            "UPDATE call_list_entries SET last_outcome = ?, last_called_at = ?, callback_at = ?, attempts = attempts + 1, "
            "caller_id = coalesce(caller_id, ?) WHERE id = ?",
            (outcome, dialect.timestamp(conn, called_at), dialect.timestamp(conn, callback_at), caller, entry_id),
        )
        if outcome == "do-not-call":
            conn.exec_driver_sql(
                "UPDATE people SET do_not_contact = TRUE, ok_to_call = FALSE, consent_source = ?, consent_date = ?, "
                "updated_at = ?, version = version + 1 WHERE id = ?",
                (consent.PHONE_BANK, dialect.timestamp(conn, called_at.replace(microsecond=0)),
                 dialect.timestamp(conn, called_at), person_id),
            )
        return call.id


def entry_for_event(db: Database, event_id: int, entry_id: int) -> Optional[tuple[int, str]]:
    """(person id, display name) of a paper row ID, if it belongs to one of the event's lists."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.name_order FROM call_list_entries e "
            "JOIN call_lists l ON l.id = e.list_id JOIN people p ON p.id = e.person_id WHERE e.id = ? AND l.event_id = ?",
            (entry_id, event_id)).first()
    if row is None:
        return None
    return row[0], display_name(row[1], row[2], row[3], row[4])


def record_paper_outcome(db: Database, event_id: int, entry_id: int, key: str, note: str = "",
                         callback_at: Optional[datetime] = None, keys: Optional[Mapping[str, str]] = None) -> str:
    """Re-enter one row of a paper call sheet: its row ID and outcome key (Y, M, N, L, A, W, B, D,
    or ``keys``, the ones printed on sheets in another language). Returns the person's display
    name, for the confirmation line."""
    outcome = outcome_for_key(key, keys)
    if outcome is None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown outcome key {key}: use Y, M, N, L, A, W, B or D."), field="outcome",
            key=(key or "")[:3])
    found = entry_for_event(db, event_id, entry_id)
    if found is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "Row {row} is not on this event's call sheets."), row=entry_id)
    if outcome == "callback" and callback_at is None:
        callback_at = utcnow() + timedelta(days=1)
    record_call(db, entry_id, outcome, note=note, callback_at=callback_at, source="paper")
    return found[1]


def flagged_calls(db: Database, event_id: int) -> list[tuple[int, int, str, str, datetime]]:
    """(call id, entry id, person name, note, called_at) of calls flagged for an organizer."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT c.id, c.entry_id, p.first_name, p.last_name, p.preferred_name, p.name_order, c.note, c.called_at "
            "FROM calls c "
            "JOIN people p ON p.id = c.person_id WHERE c.event_id = ? AND c.flagged = TRUE ORDER BY c.called_at DESC",
            (event_id,)).all()
    return [(cid, eid, display_name(f, l, pr, o), note, _dt(at)) for cid, eid, f, l, pr, o, note, at in rows]


# ------------------------------------------------------------------- phone tree
@dataclass
class TreeNode:
    person_id: int
    name: str
    phone: str
    languages: list[str]
    role: str
    parent_id: Optional[int]
    depth: int
    children: list["TreeNode"] = field(default_factory=list)


ROLE_RANK = {"chair": 0, "secretary": 1, "caller": 2, "trainer": 3, "member": 4}


def phone_tree_left_out(db: Database, committee_id: int) -> tuple[int, int]:
    """(asked not to be contacted, without a phone): the committee's active members that
    :func:`build_phone_tree` leaves out, so the tree can say so instead of dropping them silently."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT count(CASE WHEN p.do_not_contact IS TRUE THEN 1 END), "
            "count(CASE WHEN p.do_not_contact IS NOT TRUE AND NOT EXISTS "
            "(SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.raw <> '') THEN 1 END) "
            "FROM (SELECT DISTINCT person_id FROM committee_members WHERE committee_id = ? AND left_on IS NULL) m "
            "JOIN people p ON p.id = m.person_id", (committee_id,)).one()
    return int(row[0]), int(row[1])


def build_phone_tree(db: Database, committee_id: int, per_caller: int = 5) -> list[TreeNode]:
    """A tree over the committee's active members where each person calls at most ``per_caller``
    others, chairs and callers near the top, matching languages where possible.
    Returns the roots (normally one); walk ``children`` for the rest. People without a phone or
    marked do-not-contact are left out."""
    per_caller = max(1, int(per_caller))
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.languages, m.role, "
            "(SELECT raw FROM phones ph WHERE ph.person_id = p.id ORDER BY ph.position LIMIT 1), p.name_order "
            "FROM committee_members m JOIN people p ON p.id = m.person_id "
            "WHERE m.committee_id = ? AND m.left_on IS NULL AND p.do_not_contact IS NOT TRUE",
            (committee_id,)).all()
    people: dict[int, tuple] = {}
    for pid, first, last, pref, langs, role, phone, order in rows:
        if not phone:
            continue
        current = people.get(pid)
        if current is None or ROLE_RANK.get(role, 9) < ROLE_RANK.get(current[4], 9):
            people[pid] = (display_name(first, last, pref, order), phone, split_list((langs or "").lower()), pid, role)
    ordered = sorted(people.values(), key=lambda p: (ROLE_RANK.get(p[4], 9), fold(p[0])))
    if not ordered:
        return []
    nodes = [TreeNode(pid, name, phone, langs, role, None, 0) for name, phone, langs, pid, role in ordered]
    root = nodes[0]
    open_parents: list[TreeNode] = [root]  # in breadth-first order
    for node in nodes[1:]:
        # Parents at the shallowest depth with room; a language match among them if any.
        while len(open_parents[0].children) >= per_caller:
            open_parents.pop(0)
        depth = open_parents[0].depth
        same_level = [p for p in open_parents if p.depth == depth and len(p.children) < per_caller]
        wanted = node.languages[:1]
        match = next((p for p in same_level if wanted and wanted[0] in p.languages), None)
        if match is None:
            match = next((p for p in same_level if set(node.languages) & set(p.languages)), same_level[0])
        node.parent_id, node.depth = match.person_id, match.depth + 1
        match.children.append(node)
        open_parents.append(node)
    return [root]


def walk_tree(roots: list[TreeNode]) -> Iterator[TreeNode]:
    """Depth-first (the printed order)."""
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


# --------------------------------------------------------------------- check-in
@dataclass(slots=True)
class CheckinRow:
    person_id: int
    name: str
    workplace: str
    department: str
    phone: str
    on_list: bool
    said_yes: bool
    checked_in: bool
    haystack: str
    shift: str = ""  # with department and phone, tells apart people of the same name


def load_checkin_rows(db: Database, event_id: int) -> list[CheckinRow]:
    """Everyone in the roster, people on the event's lists (those who said yes first) on top."""
    with db.engine.connect() as conn:
        on_list = {pid: outcome for pid, outcome in conn.exec_driver_sql(
            "SELECT e.person_id, e.last_outcome FROM call_list_entries e JOIN call_lists l ON l.id = e.list_id "
            "WHERE l.event_id = ?", (event_id,))}
        present = set(conn.exec_driver_sql("SELECT person_id FROM checkins WHERE event_id = ?", (event_id,)).scalars())
        phones = dict(conn.exec_driver_sql("SELECT person_id, raw FROM phones WHERE position = 0").all())
        workplaces = dict(conn.exec_driver_sql("SELECT id, name FROM workplaces").all())
        departments = dict(conn.exec_driver_sql("SELECT id, name FROM departments").all())
        shifts = dict(conn.exec_driver_sql("SELECT id, name FROM shifts").all())
        people = conn.exec_driver_sql(
            "SELECT id, first_name, last_name, preferred_name, workplace_id, department_id, name_order, shift_id"
            " FROM people").all()
    rows = []
    for pid, first, last, pref, wp, dept, order, shift in people:
        phone = phones.get(pid, "")
        outcome = on_list.get(pid, False)
        name = display_name(first, last, pref, order)
        joined = f" {fold(name)}" if order == "family_first" and " " not in name else ""  # "王小明" as written
        rows.append(CheckinRow(pid, name, workplaces.get(wp, ""), departments.get(dept, ""),
                               phone, pid in on_list, outcome == "yes", pid in present,
                               f"{fold(first)} {fold(last)} {fold(pref)} {phone} {''.join(c for c in phone if c.isdigit())}"
                               f"{joined}",
                               shifts.get(shift, "")))
    rows.sort(key=lambda r: (not r.said_yes, not r.on_list, fold(r.name)))
    return rows


def search_checkin_rows(rows: list[CheckinRow], text: str, limit: int = 200) -> list[int]:
    """Positions of rows matching every word (accent/case-insensitive, phones by digits)."""
    words = [fold(w) for w in text.split()]
    if not words:
        return list(range(min(limit, len(rows))))
    result = []
    for i, row in enumerate(rows):
        hay = row.haystack
        if all(w in hay for w in words):
            result.append(i)
            if len(result) >= limit:
                break
    return result


def check_in(db: Database, event_id: int, person_id: int, walk_in: bool = False) -> bool:
    """Mark present; False when they were already checked in."""
    with db.write() as s:
        conn = s.connection()
        done = conn.exec_driver_sql(
            "INSERT INTO checkins (event_id, person_id, checked_in_at, walk_in) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (event_id, person_id, dialect.timestamp(conn, utcnow()), bool(walk_in)))
        return done.rowcount > 0


def undo_check_in(db: Database, event_id: int, person_id: int) -> None:
    with db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM checkins WHERE event_id = ? AND person_id = ?", (event_id, person_id))


def add_walk_in(db: Database, event_id: int, data) -> int:
    """Create a new person on the spot (a ``models.roster.people.PersonInput``) and check them in."""
    person_id = create_person(db, data, consent_source=WALK_IN)
    check_in(db, event_id, person_id, walk_in=True)
    return person_id


def checked_in_count(db: Database, event_id: int) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM checkins WHERE event_id = ?", (event_id,)).scalar() or 0


# ---------------------------------------------------------------------- turnout
@dataclass
class TurnoutNumbers:
    on_list: int = 0
    called: int = 0
    reached: int = 0
    yes: int = 0
    maybe: int = 0
    attended: int = 0
    attended_without_yes: int = 0
    # Said yes, did not come: None until the event has started (nobody has failed to come yet).
    flakes: Optional[int] = 0

    @property
    def flake_rate(self) -> Optional[float]:
        """None before the event (see ``flakes``)."""
        if self.flakes is None:
            return None
        return self.flakes / self.yes if self.yes else 0.0

    @property
    def reach_rate(self) -> float:
        return self.reached / self.called if self.called else 0.0


@dataclass
class ProgressDay:
    day: date
    days_before: int
    calls: int
    called: int  # cumulative people called
    reached: int  # cumulative people reached
    yes: int  # people whose answer so far is yes


@dataclass
class Turnout:
    event: EventSummary
    target: Optional[int]
    totals: TurnoutNumbers
    breakdowns: dict[str, list[tuple[str, TurnoutNumbers]]]  # kind -> [(label, numbers)]
    progress: list[ProgressDay]
    calls: int


BREAKDOWNS = ("workplace", "department", "shift", "committee", "caller")
BREAKDOWN_LABELS = {
    "workplace": QT_TRANSLATE_NOOP("Turnout", "Workplace"),
    "department": QT_TRANSLATE_NOOP("Turnout", "Department"),
    "shift": QT_TRANSLATE_NOOP("Turnout", "Shift"),
    "committee": QT_TRANSLATE_NOOP("Turnout", "Committee"),
    "caller": QT_TRANSLATE_NOOP("Turnout", "Caller"),
}
NONE_LABEL = QT_TRANSLATE_NOOP("Turnout", "(none)")


def _event_summary(conn, event_id: int) -> EventSummary:
    row = conn.exec_driver_sql("SELECT id, name, kind, starts_at, place, target FROM events WHERE id = ?", (event_id,)).first()
    if row is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("Errors", "That event no longer exists."))
    return EventSummary(row[0], row[1], row[2], _dt(row[3]), row[4], row[5])


def turnout(db: Database, event_id: int) -> Turnout:
    """The numbers organizers report: on list, called, reached, said yes / maybe (their latest
    answer when reached), attended, attended without a yes, flakes (said yes, did not come)."""
    with db.engine.connect() as conn:
        event = _event_summary(conn, event_id)
        entries = conn.exec_driver_sql(
            "SELECT e.person_id, e.caller_id FROM call_list_entries e JOIN call_lists l ON l.id = e.list_id "
            "WHERE l.event_id = ? ORDER BY e.id", (event_id,)).all()
        calls = conn.exec_driver_sql(
            "SELECT person_id, caller_id, outcome, called_at FROM calls WHERE event_id = ? ORDER BY called_at, id",
            (event_id,)).all()
        present = set(conn.exec_driver_sql("SELECT person_id FROM checkins WHERE event_id = ?", (event_id,)).scalars())
        names = {}
        for pid, first, last, pref, order in conn.exec_driver_sql(
            "SELECT DISTINCT p.id, p.first_name, p.last_name, p.preferred_name, p.name_order FROM people p WHERE p.id IN "
            "(SELECT caller_id FROM calls WHERE event_id = ? UNION SELECT e.caller_id FROM call_list_entries e "
            "JOIN call_lists l ON l.id = e.list_id WHERE l.event_id = ?)", (event_id, event_id)):
            names[pid] = display_name(first, last, pref, order)
        workplaces = dict(conn.exec_driver_sql("SELECT id, name FROM workplaces").all())
        departments = {did: (wp, name) for did, wp, name in conn.exec_driver_sql("SELECT id, workplace_id, name FROM departments")}
        shifts = dict(conn.exec_driver_sql("SELECT id, name FROM shifts").all())
        committees = dict(conn.exec_driver_sql("SELECT id, name FROM committees").all())
        person_committees: dict[int, list[int]] = defaultdict(list)
        for pid, cid in conn.exec_driver_sql("SELECT DISTINCT person_id, committee_id FROM committee_members WHERE left_on IS NULL"):
            person_committees[pid].append(cid)

        on_list: dict[int, Optional[int]] = {}
        for pid, cid in entries:
            if pid not in on_list or (on_list[pid] is None and cid is not None):
                on_list[pid] = cid
        called: set[int] = set()
        reached: set[int] = set()
        answer: dict[int, str] = {}
        last_caller: dict[int, Optional[int]] = {}
        progress: list[ProgressDay] = []
        yes_now = 0
        day_calls = 0
        current_day: Optional[date] = None
        event_day = event.starts_at.date() if event.starts_at else None

        def snapshot() -> None:
            if current_day is not None:
                before = (event_day - current_day).days if event_day else 0
                progress.append(ProgressDay(current_day, before, day_calls, len(called), len(reached), yes_now))

        for pid, caller, outcome, at in calls:
            when = _dt(at)
            if when.date() != current_day:
                snapshot()
                current_day, day_calls = when.date(), 0
            day_calls += 1
            called.add(pid)
            if caller is not None:
                last_caller[pid] = caller
            if outcome in REACHED:
                reached.add(pid)
                before = answer.get(pid)
                if before == "yes":
                    yes_now -= 1
                answer[pid] = outcome
                if outcome == "yes":
                    yes_now += 1
        snapshot()

        universe = set(on_list) | called | present
        attrs: dict[int, tuple] = {}
        ids = list(universe)
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for pid, wp, dept, shift in conn.exec_driver_sql(
                f"SELECT id, workplace_id, department_id, shift_id FROM people WHERE id IN ({','.join('?' * len(chunk))})",
                tuple(chunk)):
                attrs[pid] = (wp, dept, shift)

    # No-shows exist only once the event has started (or someone has already checked in).
    held = bool(present) or (event.starts_at is not None and event.starts_at <= datetime.now())

    def numbers_for(pids: Iterable[int]) -> TurnoutNumbers:
        n = TurnoutNumbers(flakes=0 if held else None)
        for pid in pids:
            came = pid in present
            said = answer.get(pid)
            n.on_list += pid in on_list
            n.called += pid in called
            n.reached += pid in reached
            n.yes += said == "yes"
            n.maybe += said == "maybe"
            n.attended += came
            n.attended_without_yes += came and said != "yes"
            if held:
                n.flakes += said == "yes" and not came
        return n

    totals = numbers_for(universe)
    none = NONE_LABEL
    groups: dict[str, dict[str, list[int]]] = {kind: defaultdict(list) for kind in BREAKDOWNS}
    for pid in universe:
        wp, dept, shift = attrs.get(pid, (None, None, None))
        groups["workplace"][workplaces.get(wp, none) if wp else none].append(pid)
        if dept in departments:
            dwp, dname = departments[dept]
            groups["department"][f"{dname} ({workplaces.get(dwp, '')})"].append(pid)
        else:
            groups["department"][none].append(pid)
        groups["shift"][shifts.get(shift, none) if shift else none].append(pid)
        cids = person_committees.get(pid)
        if cids:
            for cid in cids:
                groups["committee"][committees.get(cid, none)].append(pid)
        else:
            groups["committee"][none].append(pid)
        caller = last_caller.get(pid) or on_list.get(pid)
        groups["caller"][names.get(caller, none) if caller else none].append(pid)
    breakdowns = {}
    for kind, by_label in groups.items():
        items = [(label, numbers_for(pids)) for label, pids in by_label.items()]
        items.sort(key=lambda item: (item[0] == none, -item[1].on_list, -item[1].attended, fold(item[0])))
        breakdowns[kind] = items
    return Turnout(event, event.target, totals, breakdowns, progress, len(calls))


DETAIL_COLUMNS = (
    QT_TRANSLATE_NOOP("Turnout", "Call ID"),
    QT_TRANSLATE_NOOP("Turnout", "Called at"),
    QT_TRANSLATE_NOOP("Turnout", "Row ID"),
    QT_TRANSLATE_NOOP("Turnout", "Person"),
    QT_TRANSLATE_NOOP("Turnout", "Workplace"),
    QT_TRANSLATE_NOOP("Turnout", "Department"),
    QT_TRANSLATE_NOOP("Turnout", "Shift"),
    QT_TRANSLATE_NOOP("Turnout", "Caller"),
    QT_TRANSLATE_NOOP("Turnout", "Outcome"),
    QT_TRANSLATE_NOOP("Turnout", "Call back at"),
    QT_TRANSLATE_NOOP("Turnout", "Flagged"),
    QT_TRANSLATE_NOOP("Turnout", "Source"),
    QT_TRANSLATE_NOOP("Turnout", "Attended"),
    QT_TRANSLATE_NOOP("Turnout", "Note"),
)


def iter_call_details(db: Database, event_id: int, batch: int = 5000) -> Iterator[tuple]:
    """Every call of an event, one tuple per call in DETAIL_COLUMNS order (streamed)."""
    with db.engine.connect() as conn:
        workplaces = dict(conn.exec_driver_sql("SELECT id, name FROM workplaces").all())
        departments = dict(conn.exec_driver_sql("SELECT id, name FROM departments").all())
        shifts = dict(conn.exec_driver_sql("SELECT id, name FROM shifts").all())
        present = set(conn.exec_driver_sql("SELECT person_id FROM checkins WHERE event_id = ?", (event_id,)).scalars())
        callers = {pid: display_name(f, l, p, o) for pid, f, l, p, o in conn.exec_driver_sql(
            "SELECT id, first_name, last_name, preferred_name, name_order FROM people WHERE id IN "
            "(SELECT DISTINCT caller_id FROM calls WHERE event_id = ?)", (event_id,))}
        result = conn.exec_driver_sql(
            "SELECT c.id, c.called_at, c.entry_id, p.id, p.first_name, p.last_name, p.preferred_name, p.workplace_id, "
            "p.department_id, p.shift_id, c.caller_id, c.outcome, c.callback_at, c.flagged, c.source, c.note, p.name_order "
            "FROM calls c JOIN people p ON p.id = c.person_id WHERE c.event_id = ? ORDER BY c.called_at, c.id",
            (event_id,))
        while True:
            chunk = result.fetchmany(batch)
            if not chunk:
                break
            for (cid, at, entry, pid, first, last, pref, wp, dept, shift, caller, outcome, cb, flag, source, note,
                 order) in chunk:
                yield (cid, _dt(at), entry, display_name(first, last, pref, order), workplaces.get(wp, ""),
                       departments.get(dept, ""), shifts.get(shift, ""), callers.get(caller, ""), outcome,
                       _dt(cb), bool(flag), source, pid in present, note)


def call_count(db: Database, event_id: int) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM calls WHERE event_id = ?", (event_id,)).scalar() or 0


def event_id_by_name(db: Database, name: str) -> Optional[int]:
    with db.session() as s:
        return s.scalar(select(Event.id).where(Event.name == name))

