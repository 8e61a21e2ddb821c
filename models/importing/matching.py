"""Matching: the preview of an import. Each converted row gets a status (new, already in the
roster, repeats an earlier row, invalid) and, for a match, a default action."""

from __future__ import annotations

import enum
import operator
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from models.core import dialect
from models.core.db import Database
from models.core.gc_pause import gc_paused
from models.core.text import display_name, fold
from models.importing import identity
from .converting import _PHONES, Record, _phone_label, convert_rows
from .mapping import Mapping
from .messages import Problem, ProgressFn
from .reading import SourceTable


def name_key(first: str, last: str) -> str:
    """What names are matched on: folded (accents, case), whitespace collapsed."""
    key = f"{first} {last}"
    if key.isascii() and key.isprintable():  # the common case, without fold()'s cache
        key = key.lower()
        if "  " in key or key[:1] == " " or key[-1:] == " ":
            key = " ".join(key.split())
        return key
    # fold() per part: first and last names repeat, so its cache answers (whole names do not).
    return " ".join(f"{fold(first)} {fold(last)}".split())


_RECORD, _PROBLEMS = operator.itemgetter(0), operator.itemgetter(1)
_EMAIL = operator.attrgetter("email")


class _StrEnum(str, enum.Enum):
    """A str-valued enum that prints as its value: saved values, JSON and f-strings stay plain text."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class RowStatus(_StrEnum):
    """What a row of the file is, as the preview shows it."""

    NEW = "new"
    EXISTING = "existing"  # the same person as someone in the roster
    IN_FILE = "in-file"  # the same person as an earlier row of the file
    POSSIBLE_DUPLICATE = "possible-duplicate"  # shares an email or phone with someone, names differ
    INVALID = "invalid"


class Action(_StrEnum):
    """What applying does with a row."""

    MERGE = "merge"
    KEEP = "keep"  # keep both: the row becomes a new person
    SKIP = "skip"
    ADD = "add"  # a new person (not a duplicate: no choice to make)


NEW, EXISTING, IN_FILE, INVALID = RowStatus.NEW, RowStatus.EXISTING, RowStatus.IN_FILE, RowStatus.INVALID
POSSIBLE_DUPLICATE = RowStatus.POSSIBLE_DUPLICATE
CONVERT_CHUNK = 10000
TAIL_CHUNK = 1000


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the chunks plan_import converts and matches: :data:`CONVERT_CHUNK` rows,
    then halving towards the end (not below :data:`TAIL_CHUNK`). The last chunk planned is still
    to be written when planning ends, and nothing overlaps that wait: it is kept short."""
    start, tail = 0, min(TAIL_CHUNK, CONVERT_CHUNK)
    while start < total:
        left = total - start
        size = left if left < 2 * tail else min(CONVERT_CHUNK, max(tail, left // 2))
        yield start, start + size
        start += size


MERGE, KEEP, SKIP, ADD = Action.MERGE, Action.KEEP, Action.SKIP, Action.ADD
DUPLICATE_ACTIONS = (MERGE, KEEP, SKIP)


class PlanRow:
    __slots__ = ("source_row", "status", "problems", "record", "match_person", "match_row", "match_on", "action")

    def __init__(self, source_row: int, record: Record, problems: list[Problem]) -> None:
        self.source_row = source_row
        self.record = record
        self.problems = problems
        self.status = NEW
        self.match_person: Optional[int] = None
        self.match_row: Optional[int] = None  # index in plan.rows of the earlier row it duplicates
        self.match_on = ""  # the evidence: "external_id" | "email" | "phone" (identity.KINDS)
        self.action = ADD

    @property
    def is_duplicate(self) -> bool:
        """The same person as someone in the roster or an earlier row (on evidence)."""
        return self.status in (EXISTING, IN_FILE)

    @property
    def is_possible_duplicate(self) -> bool:
        """Shares an email or phone with someone whose name does not fit: for a person to decide."""
        return self.status == POSSIBLE_DUPLICATE

    @property
    def has_choice(self) -> bool:
        """Merge, keep both or skip can be chosen for this row."""
        return self.status in (EXISTING, IN_FILE, POSSIBLE_DUPLICATE)


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: Mapping
    rows: list[PlanRow]
    person_names: dict[int, str] = field(default_factory=dict)  # matched roster people, for the preview
    # The roster people possible duplicates were found beside, for the side-by-side review.
    person_details: dict[int, "PersonSummary"] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """What applying would do now: read, added, merged, skipped, invalid (+ warnings, and the
        possible duplicates among them)."""
        c = {"read": len(self.rows), "added": 0, "merged": 0, "skipped": 0, "invalid": 0, "warnings": 0,
             "possible": 0}
        skipped_rows: set[int] = set()
        for index, row in enumerate(self.rows):
            if any(p.warning for p in row.problems):
                c["warnings"] += 1
            if row.status == POSSIBLE_DUPLICATE:
                c["possible"] += 1
            if row.status == INVALID:
                c["invalid"] += 1
            elif row.action == SKIP:
                c["skipped"] += 1
                skipped_rows.add(index)
            elif row.action == MERGE and not (row.match_person is None and row.match_row in skipped_rows):
                c["merged"] += 1
            else:
                c["added"] += 1
        return c

    def problems(self) -> list[tuple[int, Problem]]:
        """Every problem with its source row number, in file order."""
        return [(row.source_row, p) for row in self.rows for p in row.problems]

    def possible_duplicates(self) -> list[int]:
        """Indexes of the rows to review: they share an email or phone with someone, names differ."""
        return [i for i, row in enumerate(self.rows) if row.status == POSSIBLE_DUPLICATE]

    def set_all_duplicates(self, action: str | Action) -> None:
        """One action for every row that is the same person as someone (possible duplicates are
        decided one by one)."""
        if action not in DUPLICATE_ACTIONS:
            raise ValueError(action)
        action = Action(action)
        for row in self.rows:
            if row.is_duplicate:
                row.action = action


@dataclass
class RosterKeys:
    """What the existing roster is matched on: per kind of evidence (:data:`identity.KINDS`) an
    index from key to person id (or the ids, in id order, of the people who share it), and each
    person's name and external ID to judge a shared key by."""

    index: dict[str, dict[str, Any]]
    ids: list[int] = field(default_factory=list)  # in id order; firsts and lasts follow it
    firsts: list[str] = field(default_factory=list)
    lasts: list[str] = field(default_factory=list)
    external_ids: dict[int, str] = field(default_factory=dict)  # only the people who have one

    @classmethod
    def empty(cls) -> "RosterKeys":
        return cls({kind: {} for kind in identity.KINDS})

    @property
    def phones(self) -> dict[str, Any]:
        return self.index[identity.PHONE]

    @property
    def emails(self) -> dict[str, Any]:
        return self.index[identity.EMAIL]

    def person(self, pid: int) -> identity.Person:
        at = bisect_left(self.ids, pid)
        return identity.Person(self.firsts[at], self.lasts[at], self.external_ids.get(pid, ""))


def load_roster_keys(db: Database) -> RosterKeys:
    """The roster's match keys (100,000 people: about a quarter of a second)."""
    return build_roster_keys(read_roster_keys(db))


def read_roster_keys(db: Database) -> tuple:
    """What the match keys are built from, each table as one list per column, read in bulk
    (models/core/dialect.py: on the file one JSON array per column, built in one step during
    which the driver releases the GIL: :func:`import_file` runs this on a thread while it reads
    the file, and ``json.loads`` makes the lists in half the time of 100,000 row tuples)."""
    with db.engine.connect() as conn:
        dialect.read_snapshot(conn)  # one read transaction for both queries
        people = dialect.bulk_columns(
            conn, ("id", "first_name", "last_name", "email", "email2", "external_id"),
            "SELECT id, first_name, last_name, email, email2, external_id FROM people ORDER BY id")
        phones = dialect.bulk_columns(
            conn, ("person_id", "e164"), "SELECT person_id, e164 FROM phones WHERE e164 != '' ORDER BY person_id")
    return people, phones


def _key_index(pairs: list[tuple[str, int]]) -> dict[str, Any]:
    """key -> id from (key, id) pairs in id order; a key several people share -> their ids."""
    index: dict[str, Any] = dict(pairs)
    if len(index) < len(pairs):  # a key repeats (shared, or one person's twice): only those are redone
        shared = {key for key, count in Counter(map(_KEY, pairs)).items() if count > 1}
        for key in shared:
            del index[key]
        for key, pid in pairs:
            if key in shared:
                identity.index_add(index, key, pid)
    return index


_KEY = operator.itemgetter(0)


def _norm_id(value: str) -> str:
    return value.strip().casefold() if value else ""


def build_roster_keys(read: tuple) -> RosterKeys:
    """The keys from :func:`read_roster_keys`, built a column at a time."""
    people, phones = read
    ids, firsts, lasts, emails, emails2, external = people
    phone_ids, numbers = phones
    del people, phones
    email_pairs = [(email.strip().casefold(), pid) for email, pid in zip(emails, ids) if email]
    email_pairs += [(email.strip().casefold(), pid) for email, pid in zip(emails2, ids) if email]
    email_pairs = sorted((pair for pair in email_pairs if pair[0]), key=operator.itemgetter(1))
    del emails, emails2
    external_ids = {pid: norm for pid, norm in zip(ids, map(_norm_id, external)) if norm}
    index = {
        identity.EXTERNAL_ID: _key_index([(norm, pid) for pid, norm in external_ids.items()]),
        identity.EMAIL: _key_index(email_pairs),
        identity.PHONE: _key_index(list(zip(numbers, phone_ids))),
    }
    return RosterKeys(index, ids, firsts, lasts, external_ids)


@dataclass
class PersonSummary:
    """Someone in the roster as the review of a possible duplicate shows them."""

    name: str
    phones: list[str]
    email: str
    workplace: str


def display_names(db: Database, person_ids: Iterable[int]) -> dict[int, str]:
    return {pid: summary.name for pid, summary in person_summaries(db, person_ids, phones=False).items()}


def person_summaries(db: Database, person_ids: Iterable[int], phones: bool = True) -> dict[int, PersonSummary]:
    """Name, phones (as typed), email and workplace of each of ``person_ids``."""
    ids = sorted(set(int(i) for i in person_ids))
    result: dict[int, PersonSummary] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(ids), 900):
            chunk = ",".join(map(str, ids[start : start + 900]))
            for pid, first, last, preferred, order, email, workplace in conn.exec_driver_sql(
                "SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.name_order, p.email, "
                f"coalesce(w.name, '') FROM people p LEFT JOIN workplaces w ON w.id = p.workplace_id "
                f"WHERE p.id IN ({chunk})"
            ):
                result[pid] = PersonSummary(display_name(first, last, preferred, order), [], email, workplace)
            if phones:
                for pid, raw in conn.exec_driver_sql(
                        f"SELECT person_id, raw FROM phones WHERE person_id IN ({chunk}) ORDER BY person_id, position"):
                    result[pid].phones.append(raw)
    return result


def _email_keys(*emails: str) -> tuple[tuple[str, str], ...]:
    found = dict.fromkeys(email.strip().casefold() for email in emails if email)
    found.pop("", None)
    return tuple((identity.EMAIL, email) for email in found)


def _row_keys(recs: Sequence[Record], external_ids: bool, second_emails: bool) -> list[list[tuple[str, str]]]:
    """Per row, what it is matched on, strongest first: its external ID (when the file has the
    column), its emails (casefolded), its numbers (E.164, in order)."""
    phones = [(((identity.PHONE, ph[0][1]),) if ph[0][1] else ()) if len(ph) == 1
              else tuple((identity.PHONE, p[1]) for p in ph if p[1]) if ph else ()
              for ph in map(_PHONES, recs)]
    if second_emails:
        emails = [_email_keys(rec.email, getattr(rec, "email2", "")) for rec in recs]
    else:
        emails = [((identity.EMAIL, e.strip().casefold()),) if e and e.strip() else () for e in map(_EMAIL, recs)]
    keys = [[*e, *p] if e else list(p) for e, p in zip(emails, phones)]
    if external_ids:
        for rec, row_keys in zip(recs, keys):
            found = _norm_id(getattr(rec, "external_id", ""))
            if found:
                row_keys.insert(0, (identity.EXTERNAL_ID, found))
    return keys


def _plan_rows(table: SourceTable, start: int, end: int, mapping: Mapping, labels: list[str],
               release_rows: bool) -> list[PlanRow]:
    """Rows ``start:end`` converted, each with its problems; a row with an error is INVALID."""
    chunk = table.rows[start:end]
    numbers = [number for number, _ in chunk]
    converted = convert_rows(table.headers, [cells for _, cells in chunk], mapping, labels)
    del chunk
    if release_rows:  # (memory: the CLI does not need the cells again)
        table.rows[start:end] = [(n, []) for n in numbers]
    problem_lists = list(map(_PROBLEMS, converted))
    if table.row_problems:
        found = table.row_problems
        problem_lists = [found[n] + p if n in found else p for n, p in zip(numbers, problem_lists)]
    rows = list(map(PlanRow, numbers, map(_RECORD, converted), problem_lists))
    for row, problems in zip(rows, problem_lists):
        if problems and not all(p.warning for p in problems):  # invalid: skipped, matched on nothing
            row.status, row.action = INVALID, SKIP
    return rows


def _set_match(row: PlanRow, decision: identity.Decision, on_duplicate: Action, on_possible: Action) -> None:
    if decision.group is not None:
        group = decision.group
        if group < 0:
            row.status, row.match_person = EXISTING, ~group
        else:
            row.status, row.match_row = IN_FILE, group
        row.action = on_duplicate
    elif decision.possible is not None:
        other = decision.possible
        if other < 0:
            row.match_person = ~other
        else:
            row.match_row = other
        row.status, row.action = POSSIBLE_DUPLICATE, on_possible
    row.match_on = decision.kind


@gc_paused()
def plan_import(
    table: SourceTable,
    mapping: Mapping,
    db: Optional[Database] = None,
    on_duplicate: str | Action = MERGE,
    progress: Optional[ProgressFn] = None,
    roster: Optional[RosterKeys] = None,
    release_rows: bool = False,
    names: bool = True,
    on_chunk: Optional[Callable[[list[PlanRow], int, int], None]] = None,
    on_possible: str | Action = KEEP,
) -> ImportPlan:
    """The preview: per row a status, problems and (for matches) the default action.

    Who is who is decided by :class:`identity.Matcher` (evidence in tiers, never a name alone,
    never a chain); ``on_duplicate`` is the action for rows that are the same person as someone,
    ``on_possible`` (keep both, unless the caller says otherwise) for possible duplicates.
    ``release_rows`` empties ``table.rows`` while converting (the CLI does not need the cells
    afterwards; the wizard keeps them to re-plan with another mapping). ``names`` reads the
    matched people's names for the preview (``plan.person_names``; the CLI shows none).
    Rows are converted and matched in chunks (:func:`_chunks`); ``on_chunk(rows, start, end)``
    is called after each (a row's status depends on earlier rows only, never on later ones):
    :func:`import_file` writes them while the next chunk is planned."""
    if on_duplicate not in DUPLICATE_ACTIONS or on_possible not in DUPLICATE_ACTIONS:
        raise ValueError(on_duplicate if on_duplicate not in DUPLICATE_ACTIONS else on_possible)
    on_duplicate, on_possible = Action(on_duplicate), Action(on_possible)
    if len(mapping.columns) != len(table.headers):
        mapping = Mapping((list(mapping.columns) + [None] * len(table.headers))[: len(table.headers)],
                          mapping.unmapped_to_notes)
    if roster is None:
        roster = load_roster_keys(db) if db is not None else RosterKeys.empty()
    labels = [_phone_label(h) for h in table.headers]
    external_ids, second_emails = "external_id" in mapping.columns, "email2" in mapping.columns
    rows: list[PlanRow] = []

    def row_person(index: int) -> identity.Person:
        rec = rows[index].record
        return identity.Person(rec.first_name, rec.last_name,
                               _norm_id(getattr(rec, "external_id", "")) if external_ids else "")

    matcher = identity.Matcher(roster.index, roster.person, row_person)
    total = len(table.rows)
    for start, end in _chunks(total):
        new_rows = _plan_rows(table, start, end, mapping, labels, release_rows)
        rows.extend(new_rows)
        keys = _row_keys([row.record for row in new_rows], external_ids, second_emails)
        for index, row, row_keys in zip(range(start, end), new_rows, keys):
            if row.status == INVALID:
                continue
            decision = matcher.decide(index, row_keys) if row_keys else identity.NEW_PERSON
            if decision is not identity.NEW_PERSON:
                _set_match(row, decision, on_duplicate, on_possible)
            matcher.record(index, decision.group, row_keys)
        del new_rows, keys
        if on_chunk is not None:
            on_chunk(rows, start, len(rows))
        if progress is not None:
            progress(len(rows), total)
    if release_rows:
        table.rows = []
    if progress is not None:
        progress(total, total)
    plan = ImportPlan(table, mapping, rows)
    if names and db is not None:
        _read_people(db, plan)
    return plan


def _read_people(db: Database, plan: ImportPlan) -> None:
    """The roster people the preview names: everyone matched, and beside possible duplicates."""
    matched = {row.match_person for row in plan.rows if row.match_person is not None}
    if not matched:
        return
    possible = {row.match_person for row in plan.rows if row.status == POSSIBLE_DUPLICATE}
    plan.person_details = person_summaries(db, possible - {None}) if possible - {None} else {}
    rest = matched - set(plan.person_details)
    plan.person_names = {pid: summary.name for pid, summary in plan.person_details.items()}
    if rest:
        plan.person_names.update(display_names(db, rest))
