"""Matching: the preview of an import. Each converted row gets a status (new, already in the
roster, repeats an earlier row, invalid) and, for a match, a default action."""

from __future__ import annotations

import enum
import json
import operator
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from ..db import Database
from ..gc_pause import gc_paused
from ..text import display_name, fold
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
_EMAIL, _WORKPLACE = operator.attrgetter("email"), operator.attrgetter("workplace")
_FIRST_NAME, _LAST_NAME = operator.attrgetter("first_name"), operator.attrgetter("last_name")


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
    INVALID = "invalid"


class Action(_StrEnum):
    """What applying does with a row."""

    MERGE = "merge"
    KEEP = "keep"  # keep both: the row becomes a new person
    SKIP = "skip"
    ADD = "add"  # a new person (not a duplicate: no choice to make)


NEW, EXISTING, IN_FILE, INVALID = RowStatus.NEW, RowStatus.EXISTING, RowStatus.IN_FILE, RowStatus.INVALID
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
        self.match_on = ""  # "phone" | "email" | "name"
        self.action = ADD

    @property
    def is_duplicate(self) -> bool:
        return self.status in (EXISTING, IN_FILE)


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: Mapping
    rows: list[PlanRow]
    person_names: dict[int, str] = field(default_factory=dict)  # matched roster people, for the preview

    def counts(self) -> dict[str, int]:
        """What applying would do now: read, added, merged, skipped, invalid (+ warnings)."""
        c = {"read": len(self.rows), "added": 0, "merged": 0, "skipped": 0, "invalid": 0, "warnings": 0}
        skipped_rows: set[int] = set()
        for index, row in enumerate(self.rows):
            if any(p.warning for p in row.problems):
                c["warnings"] += 1
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

    def set_all_duplicates(self, action: str | Action) -> None:
        if action not in DUPLICATE_ACTIONS:
            raise ValueError(action)
        action = Action(action)
        for row in self.rows:
            if row.is_duplicate:
                row.action = action


@dataclass
class RosterKeys:
    """What the existing roster is matched on."""

    phones: dict[str, int]
    emails: dict[str, int]
    names: dict[str, Any]
    display: dict[int, str]
    workplaces: dict[str, int]  # folded name -> id
    workplace_names: dict[int, str]
    # Who has an email, who has a phone number: all a same-name match needs to know of them.
    with_email: set[int] = field(default_factory=set)
    with_phone: set[int] = field(default_factory=set)


def load_roster_keys(db: Database) -> RosterKeys:
    """The roster's match keys (100,000 people: about a quarter of a second)."""
    return build_roster_keys(read_roster_keys(db))


def read_roster_keys(db: Database) -> tuple:
    """What the match keys are built from, as SQLite gives it: each table as one JSON array per
    column, built in one step during which the driver releases the GIL (:func:`import_file` runs
    this on a thread while it reads the file) and turned into lists by ``json.loads`` in half the
    time of 100,000 row tuples."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # one read transaction for every query below
        cur = conn.connection.cursor()
        try:
            workplace_names = dict(cur.execute("SELECT id, name FROM workplaces").fetchall())
            people = cur.execute(
                "SELECT json_group_array(id), json_group_array(first_name), json_group_array(last_name), "
                "json_group_array(email), json_group_array(workplace_id) "
                "FROM (SELECT id, first_name, last_name, email, workplace_id FROM people ORDER BY id)").fetchone()
            phones = cur.execute(
                "SELECT json_group_array(person_id), json_group_array(e164) "
                "FROM (SELECT person_id, e164 FROM phones WHERE e164 != '' ORDER BY person_id)").fetchone()
        finally:
            cur.close()
    return workplace_names, people, phones


def build_roster_keys(read: tuple) -> RosterKeys:
    """The keys from :func:`read_roster_keys`, built a column at a time. The first person (lowest
    id) wins a shared phone or email."""
    workplace_names, people, phones_json = read
    ids, firsts, lasts, emails_col, wids = map(json.loads, people)
    phone_ids, numbers = map(json.loads, phones_json)
    del people, phones_json
    wp_fold: dict[Any, str] = {wid: fold(name) for wid, name in workplace_names.items()}
    wp_fold[None] = ""
    person_emails = [(pid, email.strip().casefold()) for pid, email in zip(ids, emails_col) if email]
    person_emails = [(pid, norm) for pid, norm in person_emails if norm]
    del emails_col
    emails = {norm: pid for pid, norm in reversed(person_emails)}  # reversed: the lowest id wins
    phones = dict(zip(reversed(numbers), reversed(phone_ids)))
    with_email = set(map(operator.itemgetter(0), person_emails))
    with_phone = set(phone_ids)
    del person_emails, phone_ids, numbers
    keys = list(map(name_key, firsts, lasts))
    del firsts, lasts
    keys = [f"{key}\x1f{wp_fold.get(wid, '')}" if key else "" for key, wid in zip(keys, wids)]
    del wids
    names: dict[str, Any] = {}  # key -> id, or the ids (in id order) of those who share it
    get = names.get
    for key, pid in zip(keys, ids):
        found = get(key)
        if found is None:
            names[key] = pid
        elif type(found) is list:
            found.append(pid)
        else:
            names[key] = [found, pid]
    names.pop("", None)
    del wp_fold[None]
    return RosterKeys(phones, emails, names, {}, {v: k for k, v in wp_fold.items()}, workplace_names,
                      with_email, with_phone)


def _candidates(value: Any) -> Iterable[int]:
    if value is None:
        return ()
    return value if type(value) is list else (value,)


def display_names(db: Database, person_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(int(i) for i in person_ids))
    result: dict[int, str] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(ids), 900):
            chunk = ",".join(map(str, ids[start : start + 900]))
            for pid, first, last, preferred, order in conn.exec_driver_sql(
                f"SELECT id, first_name, last_name, preferred_name, name_order FROM people WHERE id IN ({chunk})"
            ):
                result[pid] = display_name(first, last, preferred, order)
    return result


def _compatible(phones: Sequence[str], email: str, other_phones: Sequence[str], other_email: str) -> bool:
    """A same-name match is only the same person when nothing contradicts it: a different email,
    or phones on both sides with none in common (two María García at one plant are common).
    Called for every earlier row with the same name and workplace: kept allocation-free. (Against
    the roster, plan_import applies the same rule as two set lookups: ``RosterKeys.with_email``
    and ``with_phone``.)"""
    if email and other_email and email != other_email:
        return False
    if phones and other_phones:
        for number in other_phones:
            if number in phones:
                return True
        return False
    return True


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
) -> ImportPlan:
    """The preview: per row a status, problems and (for matches) the default action.

    ``release_rows`` empties ``table.rows`` while converting (the CLI does not need the cells
    afterwards; the wizard keeps them to re-plan with another mapping). ``names`` reads the
    matched people's names for the preview (``plan.person_names``; the CLI shows none).
    Rows are converted and matched in chunks (:func:`_chunks`); ``on_chunk(rows, start, end)``
    is called after each (a row's status depends on earlier rows only, never on later ones):
    :func:`import_file` writes them while the next chunk is planned."""
    if on_duplicate not in DUPLICATE_ACTIONS:
        raise ValueError(on_duplicate)
    on_duplicate = Action(on_duplicate)
    if len(mapping.columns) != len(table.headers):
        mapping = Mapping((list(mapping.columns) + [None] * len(table.headers))[: len(table.headers)],
                          mapping.unmapped_to_notes)
    if roster is None:
        roster = load_roster_keys(db) if db is not None else RosterKeys({}, {}, {}, {}, {}, {})
    labels = [_phone_label(h) for h in table.headers]
    headers = table.headers
    seen_phones: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    seen_names: dict[str, Any] = {}  # name key -> row index, or a list of them
    rows: list[PlanRow] = []
    matched_people: set[int] = set()
    row_phones: list[Sequence[str]] = []  # per row: its numbers and email as matched (same-name checks)
    row_emails: list[str] = []
    folded_places: dict[str, str] = {}
    total = len(table.rows)
    row_problems = table.row_problems
    r_emails, r_names = roster.emails, roster.names
    r_phone = roster.phones.get
    r_with_email, r_with_phone = roster.with_email, roster.with_phone
    seen_phone, seen_email, seen_name = seen_phones.get, seen_emails.get, seen_names.get
    # Convert and match in chunks; with release_rows the cells are dropped as we go (memory).
    numbers = [number for number, _ in table.rows]
    for start, end in _chunks(total):
        chunk = table.rows[start:end]
        converted = convert_rows(headers, [cells for _, cells in chunk], mapping, labels)
        del chunk
        if release_rows:
            table.rows[start:end] = [(n, []) for n, _ in table.rows[start:end]]
        recs = list(map(_RECORD, converted))
        problem_lists = list(map(_PROBLEMS, converted))
        del converted
        chunk_numbers = numbers[start:end]
        if row_problems:
            problem_lists = [row_problems[n] + p if n in row_problems else p
                             for n, p in zip(chunk_numbers, problem_lists)]
        new_rows = list(map(PlanRow, chunk_numbers, recs, problem_lists))
        rows.extend(new_rows)
        # What each row is matched on, a column at a time: its numbers (E.164, in order), its
        # email (casefolded) and its name key with the workplace (None without a name).
        phone_keys: list[Sequence[str]] = [
            (((ph[0][1],) if ph[0][1] else ()) if len(ph) == 1 else [p[1] for p in ph if p[1]]) if ph else ()
            for ph in map(_PHONES, recs)]
        emails = [e.strip().casefold() if e else "" for e in map(_EMAIL, recs)]
        workplaces = list(map(_WORKPLACE, recs))
        for workplace in set(workplaces).difference(folded_places):
            folded_places[workplace] = fold(workplace)
        firsts, lasts = list(map(_FIRST_NAME, recs)), list(map(_LAST_NAME, recs))
        name_col: list[Optional[str]] = [
            f"{key}\x1f{place}" if first or last else None
            for key, place, first, last in zip(map(name_key, firsts, lasts), map(folded_places.__getitem__, workplaces),
                                               firsts, lasts)]
        del recs, workplaces, firsts, lasts
        for offset, problems in enumerate(problem_lists):
            if problems and not all(p.warning for p in problems):  # invalid: skipped, matched on nothing
                row = new_rows[offset]
                row.status, row.action = INVALID, SKIP
                phone_keys[offset], emails[offset], name_col[offset] = (), "", None
        del problem_lists
        row_phones.extend(phone_keys)
        row_emails.extend(emails)
        # The roster's person for each row (independent of the other rows): by its first number
        # on someone, else its email, else the same-name people (checked in the loop below).
        by_phone = [(r_phone(ps[0]) if len(ps) == 1 else next(filter(None, map(r_phone, ps)), None)) if ps else None
                    for ps in phone_keys]
        by_email = list(map(r_emails.get, emails))  # ("" and None are never keys)
        by_name = list(map(r_names.get, name_col))
        for index, row, ps, email, name, pid, email_pid, same_name in zip(
                range(start, end), new_rows, phone_keys, emails, name_col, by_phone, by_email, by_name):
            on = "phone"
            if pid is None:
                pid, on = email_pid, "email"
                if pid is None:
                    # Same name and workplace is the same person unless something contradicts it: a
                    # different email, or phones on both sides with none in common. This row's email and
                    # numbers are on nobody in the roster (else it matched above), so any email or phone
                    # the person has contradicts it (the in-file rule of _compatible, in set lookups).
                    for candidate in _candidates(same_name):
                        if not ((email and candidate in r_with_email) or (ps and candidate in r_with_phone)):
                            pid, on = candidate, "name"
                            break
            earlier = None
            if pid is None:
                for number_e164 in ps:
                    earlier = seen_phone(number_e164)
                    if earlier is not None:
                        on = "phone"
                        break
                if earlier is None:
                    if email:
                        earlier, on = seen_email(email), "email"
                    if earlier is None and name is not None:
                        for candidate in _candidates(seen_name(name)):
                            if _compatible(ps, email, row_phones[candidate], row_emails[candidate]):
                                earlier, on = candidate, "name"
                                break
                if earlier is not None:
                    pid = rows[earlier].match_person
            # Later rows find this one (or, if it merges into an earlier row, that row).
            if pid is not None:
                row.status, row.match_person, row.match_on, row.action = EXISTING, pid, on, on_duplicate
                row.match_row = earlier
                matched_people.add(pid)
                target = index
            elif earlier is not None:
                row.status, row.match_row, row.match_on, row.action = IN_FILE, earlier, on, on_duplicate
                target = earlier
            else:
                target = index
            for number_e164 in ps:
                seen_phones.setdefault(number_e164, target)
            if email:
                seen_emails.setdefault(email, target)
            if name is not None:
                same_name = seen_name(name)
                if same_name is None:
                    seen_names[name] = target
                elif type(same_name) is list:
                    same_name.append(target)
                else:
                    seen_names[name] = [same_name, target]
        del new_rows, phone_keys, emails, name_col, by_phone, by_email, by_name
        if on_chunk is not None:
            on_chunk(rows, start, len(rows))
        if progress is not None:
            progress(len(rows), total)
    if release_rows:
        table.rows = []
    if progress is not None:
        progress(total, total)
    plan = ImportPlan(table, mapping, rows)
    plan.person_names = display_names(db, matched_people) if names and db is not None and matched_people else {}
    return plan
