"""Writing: one import in ONE transaction (new people in bulk on a statement thread, merges with
what undo needs to take them back), for the wizard and the CLI alike.

One writer, two callers: the wizard's ``apply_import(plan)`` feeds the whole plan at once; the
CLI's ``import_file`` feeds each planned chunk while the next is planned (``_Applier.feed``). A
later row may merge into a new person already written: ``as_written`` keeps that record and
``finish`` writes the difference, so both callers give exactly the same database.

The big statements (new people, their phones, their assessment history) run on
``_StatementThread`` over the same connection, so the store inserts while Python plans; only one
thread uses the connection at a time. On the file they are ``INSERT … SELECT … FROM
jsonb_each(?)``, one ``sqlite3_step`` each; on the committee server ``COPY … FROM STDIN`` (psycopg
waits for the server without the GIL). Which road is asked of models/core/dialect.py
(``bulk_strategy``). New people's ids follow the highest one (``dialect.next_free_id``: on the
server the table is locked against another import until this one commits; ``dialect.ids_given``
then moves the id sequence past them). New people are recorded as an id range plus the batch's
time stamp (``created_refs``): undo spares an id SQLite gave again to someone added later. Why it
is built this way, with the figures: docs/performance-log.md.
"""

from __future__ import annotations

import json
import logging
import operator
import queue
import threading
from array import array
from itertools import repeat
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from models.roster import consent
from models.core import dialect
from models.core.base import utcnow
from models.core.db import Database
from models.core.gc_pause import gc_paused
from models.core.text import fold, split_list
from models.importing import person_fields
from .converting import _PHONES, Record, differs, with_note
from .mapping import Mapping, _remember
from .matching import INVALID, MERGE, SKIP, ImportPlan, PlanRow
from .messages import ProgressFn
from .reading import SourceTable

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    batch_id: Optional[int]
    read: int
    added: int
    merged: int
    skipped: int
    invalid: int
    dry_run: bool = False

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "added": self.added, "merged": self.merged, "skipped": self.skipped,
                "invalid": self.invalid}


_DT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite
# The write connection's page cache while a large import runs (SQLite's default is 2 MB): the
# indexes it adds to stay in memory instead of being written out, read back and decrypted again
# mid-transaction (about a tenth of a 100,000-row import). Back to the default afterwards.
# 16 MB: as fast as 32 MB since the import writes while it plans, and 15 MB less at the peak
# (the roster's match keys and the plan are held meanwhile).
IMPORT_CACHE_KIB = 16 * 1024
_page_cache = dialect.page_cache  # (nothing to tune on the server)


INSERT_CHUNK = 10000  # rows per json_each insert


def _json_rows(rows: Iterable[Sequence[Any]]) -> str:
    """Rows as one JSON array of arrays, the parameter of an ``INSERT ... FROM json_each(?)``."""
    return json.dumps(list(rows), ensure_ascii=False, separators=(",", ":"))


class _StatementThread:
    """Runs an import's statements in order on a second thread, over the import's own connection
    (so inside its transaction), while the calling thread builds the next ones.

    A statement over ``json_each(?)`` is ONE ``sqlite3_step``, during which the sqlite driver
    releases the GIL: SQLite's work (B-tree and index inserts) overlaps the Python work (an
    ``executemany`` would take the GIL back for every row). On the server the thread runs the
    COPYs (queued with :meth:`call`), and psycopg waits for the server's inserts without the GIL
    (4.0 s instead of 5.4 s for 100,000 people on the calling thread). One thread at a time uses the
    connection: :meth:`idle` waits until every queued statement has run, and the caller runs its
    own SQL only after that. A failed statement is raised in the calling thread (at the next
    :meth:`put`, :meth:`idle` or :meth:`close`); what was queued after it is dropped.
    """

    def __init__(self, dbapi_connection: Any, depth: int = 4) -> None:
        self._conn = dbapi_connection
        self._queue: Any = queue.Queue(maxsize=depth)  # bounded: at most `depth` chunks in memory
        self._error: Optional[BaseException] = None
        self._discard = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cur = self._conn.cursor()
        try:
            while True:
                item = self._queue.get()
                try:
                    if item is None:
                        return
                    if self._error is None and not self._discard:
                        if callable(item[0]):
                            try:
                                item[1].set_result(item[0](cur))
                            except BaseException as exc:  # noqa: BLE001
                                item[1].set_exception(exc)
                                raise
                        else:
                            cur.execute(*item)
                    elif callable(item[0]):
                        item[1].cancel()
                except BaseException as exc:  # noqa: BLE001 - raised again in the calling thread
                    self._error = exc
                finally:
                    self._queue.task_done()
        finally:
            cur.close()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def put(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._raise()
        self._queue.put((sql, params))

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """Queue ``fn(cursor)``; a ``concurrent.futures.Future`` of what it returns."""
        self._raise()
        future: Any = Future()
        self._queue.put((fn, future))
        return future

    def idle(self) -> None:
        if not self._closed:
            self._queue.join()
        self._raise()

    def close(self, discard: bool = False) -> None:
        """Wait for the queued statements (or with ``discard`` only the one running) and stop."""
        if self._closed:
            return
        self._discard = self._discard or discard
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        if not discard:
            self._raise()


def _merge_targets(conn: Any, ids: Sequence[int]) -> tuple[dict[int, list], dict[int, list[list[str]]],
                                                          dict[int, set[int]]]:
    """The people merges go into, as they are now: person rows (``[id, *_MERGE_COLUMNS]``, each
    value as SQLite stores it: consent 0/1, dates as text), their phones ([raw, e164]) and their
    tag ids. Read in bulk (models/core/dialect.py: on the file each query is one JSON value
    SQLite builds in one step, during which the writer thread does not hold the GIL)."""
    if not ids:
        return {}, {}, {}
    where, wanted = dialect.id_set(conn), (dialect.id_param(conn, ids),)

    def read(columns: str, table: str) -> list:
        key = "id" if table == "people" else "person_id"
        return dialect.bulk_rows(conn, columns, f"SELECT * FROM {table} WHERE {key} IN ({where})", wanted)

    current = {row[0]: row for row in read(_MERGE_SELECT, "people")}
    phones: dict[int, list[list[str]]] = {}
    for pid, raw, number in read("person_id, raw, e164", "phones"):
        if pid in phones:
            phones[pid].append([raw, number])
        else:
            phones[pid] = [[raw, number]]
    tag_ids: dict[int, set[int]] = {}
    for pid, tid in read("person_id, tag_id", "person_tags"):
        tag_ids.setdefault(pid, set()).add(tid)
    return current, phones, tag_ids


class _Applier:
    """Writes an import in ONE transaction (any exception, cancel or kill leaves the database as
    it was) and records it as a batch that :func:`undo_import` can take back.

    Rows come in with :meth:`feed`, in file order, as many at a time as are planned (all at once
    from the wizard; a chunk at a time from :func:`import_file`, while the next is planned). Each
    row is grouped with the person it becomes: a new one (key: its row index) or an existing one
    (key: ``~person id``, a negative number; ints, not tuples: 100,000 keys). New people are written at once, by the statement thread; a later row that
    merges into one of them already written is kept aside and written by :meth:`finish` as the
    difference it makes (the same result as if the person had been written once, complete).
    Merges into existing people are written by :meth:`finish`, with their undo record.
    """

    def __init__(self, s: Any, sheet: str, file_name: str, imported_by: str, overwrite_conflicts: bool,
                 progress: Optional[ProgressFn], total_steps: int) -> None:
        self.conn = conn = s.connection()
        self.session = s
        self.writer: Optional[_StatementThread] = None  # while it runs, this thread's SQL waits for it
        self.imported_by, self.overwrite = imported_by, overwrite_conflicts
        self.progress, self.total_steps = progress, max(1, total_steps)
        self.stamp = utcnow().strftime(_DT_FORMAT)
        # Where and when consent came from, for rows whose file does not say.
        self.consent_default = (consent.import_source(file_name), consent.now().strftime(_DT_FORMAT))
        self.created_refs: dict[str, list[Any]] = {"workplaces": [], "departments": [], "shifts": [], "tags": []}
        self.bulk = dialect.bulk_strategy(conn)
        # New people's ids follow the highest one (on the server the table is locked against
        # another import until this one commits: before the places and tags are read, so both
        # do not create the same ones).
        self.first_new = self.next_person = dialect.next_free_id(conn, "people")
        run = self.run
        # Workplaces, departments, shifts and tags by (folded) name; the missing ones are created.
        self.workplaces = {fold(name): wid for wid, name in run("SELECT id, name FROM workplaces")}
        self.departments = {(wid, fold(name)): did
                            for did, wid, name in run("SELECT id, workplace_id, name FROM departments")}
        self.shifts = {(wid, fold(name)): sid for sid, wid, name in run("SELECT id, workplace_id, name FROM shifts")}
        self.shift_pos = dict(run("SELECT workplace_id, max(position) FROM shifts GROUP BY workplace_id").fetchall())
        self.tags = {name.casefold(): tid for tid, name in run("SELECT id, name FROM tags")}
        self.batch_id = run(
            "INSERT INTO import_batches (file_name, sheet, imported_at, imported_by, rows_read, added, merged, "
            "skipped, invalid, created_refs, undone_at) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, '', NULL) RETURNING id",
            (file_name[:500], sheet[:200], self.stamp, imported_by[:200])).scalar()
        self.groups: dict[int, Record] = {}
        self.outcome: list[Optional[int]] = []  # per row: its group's key
        self.copied: set[int] = set()
        self.person_of = array("q")  # per row: the id a new person was written with
        self.written_upto = 0  # new people of rows before this index are written
        self.as_written: dict[int, Record] = {}  # new people written before a row merged in
        self.tag_rows: list[tuple[int, int]] = []
        self.added = self.merged = self.skipped = self.invalid = self.done = 0
        self.writer = _StatementThread(conn.connection.dbapi_connection)

    # ------------------------------------------------------------------ SQL on this thread
    def run(self, sql: str, *params: Any) -> Any:
        if self.writer is not None:
            self.writer.idle()  # one thread at a time on the connection
        return self.conn.exec_driver_sql(sql, *params)

    def workplace_id(self, name: str) -> Optional[int]:
        if not name:
            return None
        key = fold(name)
        wid = self.workplaces.get(key)
        if wid is None:
            wid = self.run("INSERT INTO workplaces (name, employer, address, union_local, created_at, updated_at) "
                           "VALUES (?, '', '', '', ?, ?) RETURNING id", (name, self.stamp, self.stamp)).scalar()
            self.workplaces[key] = wid
            self.created_refs["workplaces"].append(wid)
        return wid

    def department_id(self, wid: Optional[int], name: str) -> Optional[int]:
        if wid is None or not name:
            return None
        key = (wid, fold(name))
        did = self.departments.get(key)
        if did is None:
            did = self.run("INSERT INTO departments (workplace_id, name) VALUES (?, ?) RETURNING id", (wid, name)).scalar()
            self.departments[key] = did
            self.created_refs["departments"].append(did)
        return did

    def shift_id(self, wid: Optional[int], name: str) -> Optional[int]:
        if wid is None or not name:
            return None
        key = (wid, fold(name))
        sid = self.shifts.get(key)
        if sid is None:
            before = self.shift_pos.get(wid)
            position = (before if before is not None else -1) + 1
            self.shift_pos[wid] = position
            sid = self.run("INSERT INTO shifts (workplace_id, name, position) VALUES (?, ?, ?) RETURNING id",
                           (wid, name, position)).scalar()
            self.shifts[key] = sid
            self.created_refs["shifts"].append(sid)
        return sid

    def place_ids(self, place: tuple[str, str, str]) -> tuple[Any, Any, Any]:
        wid = self.workplace_id(place[0])
        return wid, self.department_id(wid, place[1]), self.shift_id(wid, place[2])

    def tag_id(self, name: str) -> int:
        key = name.casefold()
        tid = self.tags.get(key)
        if tid is None:
            tid = self.run("INSERT INTO tags (name) VALUES (?) RETURNING id", (name,)).scalar()
            self.tags[key] = tid
            self.created_refs["tags"].append(tid)
        return tid

    # ------------------------------------------------------------------ rows
    def feed(self, rows: Sequence[PlanRow], start: int, end: int) -> None:
        """Group ``rows[start:end]`` (every earlier row was fed before) and write the new people."""
        groups, outcome, copied = self.groups, self.outcome, self.copied
        fresh: list[int] = []
        for index in range(start, end):
            row = rows[index]
            if row.status == INVALID:
                self.invalid += 1
                outcome.append(None)
                continue
            if row.action == SKIP:
                self.skipped += 1
                outcome.append(None)
                continue
            key: int
            if row.action == MERGE and row.match_person is not None:
                key = ~row.match_person
                self.merged += 1
            elif row.action == MERGE and row.match_row is not None and outcome[row.match_row] is not None:
                key = outcome[row.match_row]  # type: ignore[assignment]
                self.merged += 1
            else:
                key = index
                self.added += 1
                fresh.append(index)
            outcome.append(key)
            found = groups.get(key)
            if found is None:
                groups[key] = row.record  # shared until a second row merges in (the plan stays as it was)
                continue
            written = 0 <= key < self.written_upto
            if key not in copied:
                if written:
                    self.as_written[key] = found  # the plan's own record: unchanged since written
                found = groups[key] = found.copy()
                copied.add(key)
            elif written and key not in self.as_written:
                self.as_written[key] = found.copy()
            found.absorb(row.record)
        self.written_upto = end
        self.person_of.frombytes(bytes(8 * (end - len(self.person_of))))
        if fresh:
            self._write_new([groups[i] for i in fresh], fresh)

    def _write_new(self, recs: list[Record], indexes: list[int]) -> None:
        writer, stamp = self.writer, self.stamp
        assert writer is not None
        # Places the file names are created in the order it names them (shift positions follow it).
        place_ids = {place: self.place_ids(place) for place in dict.fromkeys(map(_PLACE, recs))}
        # Sorted by name before they get their ids: the name index then fills in order instead of
        # at random (a fifth of the insert's time at 100,000 rows).
        order = sorted(range(len(recs)), key=[_NAME_ORDER(r) for r in recs].__getitem__)
        recs = [recs[i] for i in order]
        first = self.next_person
        self.next_person += len(recs)
        person_of = self.person_of
        for pid, i in enumerate(order, first):
            person_of[indexes[i]] = pid
        for pid, rec in enumerate(recs, first):  # their tags, created in the order the people are
            for name in rec.tags:
                self.tag_rows.append((pid, self.tag_id(name)))
        if self.bulk == dialect.COPY:
            self._copy_new(recs, first, place_ids)
            return
        # Columns that hold one default value for every new person are written into the statement
        # instead of bound row by row.
        for start in range(0, len(recs), INSERT_CHUNK):
            chunk = recs[start : start + INSERT_CHUNK]
            bound = [name for name in _NEW_PERSON_DEFAULTS if name in _PERSON_SET and _PERSON_SET[name](chunk)]
            values = ", ".join(f"j.value ->> {bound.index(name)}" if name in bound else _NEW_PERSON_DEFAULTS[name]
                               for name in _NEW_PERSON_DEFAULTS if name != "id")
            columns = [_person_column(name, chunk, place_ids.__getitem__, self.consent_default) for name in bound]
            phones = list(map(_PHONES, chunk))  # each row's phones follow its columns: [[raw, e164, label], ...]
            rows = _json_rows(zip(*columns, phones))
            del columns
            base = first + start
            writer.put(f"INSERT INTO people ({', '.join(_NEW_PERSON_DEFAULTS)}, created_at, updated_at) "
                       f"SELECT {base} + j.key, {values}, '{stamp}', '{stamp}' FROM jsonb_each(?) AS j", (rows,))
            # Their phones right after them (ids given by SQLite, in person order): each phone's
            # check that its person exists reads a page just written.
            if any(phones):
                writer.put("INSERT INTO phones (person_id, position, raw, e164, label) "
                           f"SELECT {base} + p.key, ph.key, ph.value ->> 0, ph.value ->> 1, ph.value ->> 2 "
                           f"FROM jsonb_each(?) AS p, jsonb_each(p.value, '$[{len(bound)}]') AS ph", (rows,))
            if "assessment" in bound:  # their assessment history, from their rows as written
                writer.put("INSERT INTO assessments (person_id, value, assessed_by, assessed_at, note) "
                           "SELECT id, assessment, ?, ?, 'import' FROM people WHERE id BETWEEN ? AND ? "
                           "AND assessment IS NOT NULL", (self.imported_by, stamp, base, base + len(chunk) - 1))
            del rows, phones
            self._step(len(chunk))

    def _copy_new(self, recs: list[Record], first: int, place_ids: dict) -> None:
        """The server's road (models/core/dialect.py, COPY): new people and their phones are
        written with COPY by the statement thread, a chunk at a time, while this thread plans
        (psycopg waits for the server without the GIL); their assessment history from their rows
        as written."""
        writer = self.writer
        assert writer is not None
        stamp = self.stamp
        for start in range(0, len(recs), INSERT_CHUNK):
            chunk = recs[start : start + INSERT_CHUNK]
            n = len(chunk)
            base = first + start
            values: list[Iterable[Any]] = [range(base, base + n)]
            for name in _NEW_PERSON_DEFAULTS:
                if name == "id":
                    continue
                if _PERSON_SET[name](chunk):
                    column = _person_column(name, chunk, place_ids.__getitem__, self.consent_default)
                    values.append(column if name not in _BOOLEAN else [_stored(name, v) for v in column])
                else:
                    values.append(repeat(_DEFAULT_VALUES[name], n))
            values += [repeat(stamp, n), repeat(stamp, n)]
            phones = [(pid, position, raw, e164, label)
                      for pid, rec in enumerate(chunk, base) for position, (raw, e164, label) in enumerate(rec.phones)]
            assessed = any(rec.assessment is not None for rec in chunk)
            writer.call(partial(self._copy_chunk, values, phones, base, n, assessed))
            del values, phones
            self._step(n)

    def _copy_chunk(self, values: list, phones: list, base: int, n: int, assessed: bool, _cursor: Any) -> None:
        """On the statement thread: one chunk of new people (``values``: their columns), their
        phones and assessments."""
        conn = self.conn
        dialect.copy_rows(conn, "people", _COPY_PEOPLE, zip(*values))
        if phones:
            dialect.copy_rows(conn, "phones", ("person_id", "position", "raw", "e164", "label"), phones)
        if assessed:
            conn.exec_driver_sql("INSERT INTO assessments (person_id, value, assessed_by, assessed_at, note) "
                                 "SELECT id, assessment, ?, ?, 'import' FROM people WHERE id BETWEEN ? AND ? "
                                 "AND assessment IS NOT NULL", (self.imported_by, self.stamp, base, base + n - 1))

    def _step(self, count: int) -> None:
        self.done += count
        if self.progress is not None:  # (a cancel raised here rolls back the whole import)
            self.progress(min(self.done, self.total_steps), self.total_steps)

    # ------------------------------------------------------------------ the end
    def finish(self, read: int, table: SourceTable, mapping: Mapping, remember: bool) -> ImportResult:
        """Merges, what later rows added to people already written, the undo record."""
        writer, stamp, imported_by, run = self.writer, self.stamp, self.imported_by, self.run
        assert writer is not None
        merge_groups = sorted((~k, rec) for k, rec in self.groups.items() if k < 0)
        # The merged people's rows as they are now (none of them is among the new ones).
        targets = writer.call(lambda _cur: _merge_targets(self.conn, [pid for pid, _ in merge_groups]))
        updates: dict[tuple[str, ...], list[tuple]] = {}
        phone_rows: list[list[Any]] = []  # [id, person, position, raw, e164, label]; ids given below
        tag_rows, assess_rows, batch_rows = self.tag_rows, [], []
        late_assessments: list[tuple[int, int]] = []  # (new person, value) a later row gave them

        def update(pid: int, changes: dict[str, Any]) -> None:
            cols = tuple(sorted(changes))
            params = tuple(_stored(c, changes[c]) for c in cols) + (stamp, pid)
            if cols in updates:
                updates[cols].append(params)
            else:
                updates[cols] = [params]

        # New people a row merged into after they were written: what that row added (their columns
        # as written and as they are now, a column at a time: one pass each, not one per person).
        late = list(self.as_written.items())
        n_late = len(late)
        columns = {name: _person_column(name, [before for _, before in late] + [self.groups[key] for key, _ in late],
                                        self.place_ids, self.consent_default) for name in _PERSON_SET} if late else {}
        for i, (key, before) in enumerate(late):
            after, pid = self.groups[key], self.person_of[key]
            changes = {name: column[n_late + i] for name, column in columns.items()
                       if column[n_late + i] != column[i]}
            if changes:
                update(pid, changes)
                if changes.get("assessment") is not None:
                    late_assessments.append((pid, changes["assessment"]))
            for position, (raw, number, label) in enumerate(after.phones[len(before.phones):], len(before.phones)):
                phone_rows.append([0, pid, position, raw, number, label])
            had = set(before.tags)
            for name in after.tags:
                if name not in had:
                    tag_rows.append((pid, self.tag_id(name)))
        writer.idle()  # (raises what failed on the statement thread, if anything did)
        current, have_phones, have_tags = targets.result()
        next_phone = dialect.next_free_id(self.conn, "phones")
        next_assessment = dialect.next_free_id(self.conn, "assessments")
        for row in phone_rows:
            row[0] = next_phone
            next_phone += 1
        for pid, value in late_assessments:
            assess_rows.append((next_assessment, pid, value, imported_by, stamp, "import"))
            next_assessment += 1

        # Merges into existing people: fill empty fields, add phones/tags; remember for undo.
        for pid, rec in merge_groups:
            row = current.get(pid)
            if row is None:  # deleted meanwhile: nothing to merge into
                continue
            changed = _merge_changes(row, rec, self.overwrite, self.workplace_id, self.department_id, self.shift_id,
                                     self.consent_default)
            record: dict[str, Any] = {}
            if changed:
                update(pid, {c: new for c, (_old, new) in changed.items()})
                record["fields"] = {c: list(changed[c]) for c in sorted(changed)}
                if "assessment" in changed and changed["assessment"][1] is not None:
                    assess_rows.append((next_assessment, pid, changed["assessment"][1], imported_by, stamp, "import"))
                    record["assessments"] = [next_assessment]
                    next_assessment += 1
            if rec.phones:
                existing = have_phones.get(pid, ())
                known = {number or fold(raw) for raw, number in existing}
                position = len(existing)
                added_phones = []
                for raw, number, label in rec.phones:
                    key = number or fold(raw)
                    if key in known:
                        continue
                    known.add(key)
                    phone_rows.append([next_phone, pid, position, raw, number, label])
                    added_phones.append(next_phone)
                    next_phone += 1
                    position += 1
                if added_phones:
                    record["phones"] = added_phones
            if rec.tags:
                added_tags = []
                tagged = have_tags.get(pid, set())
                for name in rec.tags:
                    tid = self.tag_id(name)
                    if tid not in tagged:
                        tagged.add(tid)
                        tag_rows.append((pid, tid))
                        added_tags.append(tid)
                if added_tags:
                    record["tags"] = added_tags
            if record and not changed:  # only phones or tags added: the person changed all the same
                update(pid, {})
            if record:  # a merge that changed nothing has nothing to undo
                batch_rows.append((self.batch_id, pid, "merged", json.dumps(record, ensure_ascii=False)))
            self.done += 1
            if self.progress is not None and self.done % 5000 == 0:
                self._step(0)
        del current, have_phones, have_tags
        self.close()
        run = self.run
        conn = self.conn
        for cols, params in updates.items():
            # version + 1 (also when only a phone or tag is added: no columns): an editor who
            # loaded the person before the import gets a conflict.
            run(f"UPDATE people SET {''.join(c + ' = ?, ' for c in cols)}updated_at = ?, "
                "version = version + 1 WHERE id = ?", params)
        dialect.bulk_insert(conn, "phones", ("id", "person_id", "position", "raw", "e164", "label"), phone_rows)
        dialect.bulk_insert(conn, "person_tags", ("person_id", "tag_id"), tag_rows)
        dialect.bulk_insert(conn, "assessments", ("id", "person_id", "value", "assessed_by", "assessed_at", "note"),
                            assess_rows)
        for written in ("people", "phones", "assessments"):  # (written with ids of their own)
            dialect.ids_given(conn, written)
        first, last = self.first_new, self.next_person - 1
        if last >= first:
            self.created_refs["people"] = [first, last, stamp]
        dialect.bulk_insert(conn, "import_batch_people", ("batch_id", "person_id", "action", "changes"), batch_rows)
        run("UPDATE import_batches SET rows_read = ?, added = ?, merged = ?, skipped = ?, invalid = ?, "
            "created_refs = ? WHERE id = ?", (read, self.added, self.merged, self.skipped, self.invalid,
                                              json.dumps(self.created_refs), self.batch_id))
        if remember:
            _remember(self.session, table.headers, mapping)
        if self.progress is not None:
            self.progress(self.total_steps, self.total_steps)
        log.info("import finished: %d read, %d added, %d merged, %d skipped, %d invalid",
                 read, self.added, self.merged, self.skipped, self.invalid)
        return ImportResult(self.batch_id, read, self.added, self.merged, self.skipped, self.invalid)

    def close(self, discard: bool = False) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.close(discard=discard)


@contextmanager
def _applying(db: Database, expected_rows: int, **kw: Any) -> Iterator[_Applier]:
    """An :class:`_Applier` inside one write transaction (rolled back on any exception). A large
    import's commit leaves the WAL checkpoint to a background thread (Database.write)."""
    large = expected_rows > 5000
    with db.write(checkpoint_later=large) as s, _page_cache(s.connection(), IMPORT_CACHE_KIB if large else 0):
        applier = _Applier(s, **kw)
        try:
            yield applier
        except BaseException:
            applier.close(discard=True)  # what is still queued is dropped; the transaction rolls back
            raise
        applier.close()


@gc_paused()
def apply_import(
    db: Database,
    plan: ImportPlan,
    file_name: str = "",
    imported_by: str = "",
    overwrite_conflicts: bool = False,
    remember: bool = True,
    progress: Optional[ProgressFn] = None,
) -> ImportResult:
    """Write the plan in ONE transaction (any exception, cancel or kill leaves the database as it
    was) and record it as an import batch that :func:`undo_import` can take back."""
    with _applying(db, len(plan.rows), sheet=plan.table.sheet, file_name=file_name, imported_by=imported_by,
                   overwrite_conflicts=overwrite_conflicts, progress=progress,
                   total_steps=len(plan.rows)) as applier:
        applier.feed(plan.rows, 0, len(plan.rows))
        return applier.finish(len(plan.rows), plan.table, plan.mapping, remember)


# New people's columns and the SQL value each has when no row sets it (see apply_import).
_NEW_PERSON_DEFAULTS = {
    "id": "NULL", "first_name": "''", "last_name": "''", "preferred_name": "''", "email": "''", "languages": "''",
    "workplace_id": "NULL", "department_id": "NULL", "shift_id": "NULL", "job_title": "''",
    "membership": "'non-member'", "assessment": "NULL", "notes": "''", "name_order": "'given_first'",
    **person_fields.NEW_PERSON_DEFAULTS,  # consent unknown (NULL) unless the file says; address, IDs...
}


# The same defaults as Python values (a COPY writes every column).
_DEFAULT_VALUES = {name: None if sql == "NULL" else sql.strip("'") for name, sql in _NEW_PERSON_DEFAULTS.items()}
_BOOLEAN = frozenset(person_fields.CONSENT_COLUMNS)
_COPY_PEOPLE = (*_NEW_PERSON_DEFAULTS, "created_at", "updated_at")


def _stored(column: str, value: Any) -> Any:
    """A value as written to ``people.<column>``: consent as a boolean (the converter gives 0/1,
    which SQLite stores as they are and PostgreSQL refuses for a boolean column)."""
    return (None if value is None else bool(value)) if column in _BOOLEAN else value


_NAME_ORDER = operator.attrgetter("last_name", "first_name")  # ix_people_names order (BINARY: code points)
_PLACE = operator.attrgetter("workplace", "department", "shift")
_ASSESSMENT = operator.attrgetter("assessment")


def _any_set(name: str) -> Callable[[Sequence["Record"]], bool]:
    get = operator.attrgetter(name)
    return lambda recs: any(map(get, recs))


# New people's columns that some row sets to other than the default (each test one pass in C).
_PERSON_SET: dict[str, Callable[[Sequence["Record"]], bool]] = {
    "first_name": lambda recs: True, "last_name": lambda recs: True,
    **{name: _any_set(name) for name in ("preferred_name", "email", "languages", "job_title", "membership",
                                         "notes")},
    "workplace_id": _any_set("workplace"), "department_id": _any_set("department"), "shift_id": _any_set("shift"),
    "assessment": lambda recs: bool(set(map(_ASSESSMENT, recs)) - {None}),
    "name_order": _any_set("name_order"),
    **{name: person_fields.any_set(name) for name in person_fields.NEW_PERSON_DEFAULTS},
}
_PLACE_COLUMN = {"workplace_id": 0, "department_id": 1, "shift_id": 2}


def _person_column(name: str, recs: Sequence["Record"], place_ids: Callable[[tuple[str, str, str]], tuple],
                   consent_default: tuple[str, str] = ("", "")) -> list[Any]:
    """One column of new people's values, as written to ``people.<name>``; ``place_ids`` gives
    the (workplace, department, shift) ids of a record's place names, ``consent_default`` where
    and when consent came from when the file does not say."""
    more = person_fields.column(name, recs, *consent_default)
    if more is not None:
        return more
    if name in _PLACE_COLUMN:
        at = _PLACE_COLUMN[name]
        return [ids[at] for ids in map(place_ids, map(_PLACE, recs))]
    values = map(operator.attrgetter(name), recs)
    if name == "email":
        return list(map(str.strip, values))
    if name == "languages":
        return list(map(",".join, values))
    if name == "membership":
        return [value or "non-member" for value in values]
    if name == "name_order":
        return [value or "given_first" for value in values]
    return list(values)


_MERGE_COLUMNS = ("first_name", "last_name", "preferred_name", "email", "languages", "workplace_id", "department_id",
                  "shift_id", "job_title", "membership", "assessment", "notes", "ok_to_call", "ok_to_text",
                  "do_not_contact", "name_order", *person_fields.MERGE_COLUMNS)


_COL = {name: i for i, name in enumerate(("id",) + _MERGE_COLUMNS)}
# What _merge_targets reads: each value as SQLite stores it, on either store (consent 0/1, dates as text).
_MERGE_SELECT = ", ".join(["id"] + [f"CAST({name} AS INTEGER)" if name in _BOOLEAN else
                                    f"CAST({name} AS TEXT)" if name in person_fields.DATES else name
                                    for name in _MERGE_COLUMNS])
_MERGE_TEXT = tuple((name, _COL[name]) for name in ("first_name", "last_name", "preferred_name", "email", "job_title"))
_WP, _DEPT, _SHIFT = _COL["workplace_id"], _COL["department_id"], _COL["shift_id"]
_LANGS, _MEMBER, _ASSESS, _NOTES = _COL["languages"], _COL["membership"], _COL["assessment"], _COL["notes"]
_MORE = tuple((name, _COL[name]) for name in (*person_fields.CONSENT_COLUMNS, *person_fields.MERGE_COLUMNS))


def _merge_changes(row: tuple, rec: Record, overwrite: bool, workplace_id, department_id, shift_id,
                   consent_default: tuple[str, str] = ("", "")) -> dict[str, tuple]:
    """column -> (old, new) for what a merge changes on an existing person row (a tuple in
    ``("id",) + _MERGE_COLUMNS`` order). Runs once per merged person: kept to plain indexing."""
    current = list(row)
    changes: dict[str, tuple] = {}
    for name, i in _MERGE_TEXT:
        value = getattr(rec, name)
        if value:
            value = value.strip()
            if value:
                old = current[i]
                if old != value and (old is None or old == "" or overwrite):
                    changes[name] = (old, value)
                    current[i] = value
    wid = None
    if rec.workplace and (current[_WP] is None or overwrite):
        wid = workplace_id(rec.workplace)
        old = current[_WP]
        if wid is not None and old != wid:
            changes["workplace_id"] = (old, wid)
            current[_WP] = wid
            if old is not None:
                # Moved to another workplace: the old department and shift no longer apply.
                for column, i in (("department_id", _DEPT), ("shift_id", _SHIFT)):
                    if current[i] is not None:
                        changes[column] = (current[i], None)
                        current[i] = None
    effective_wp = current[_WP]
    if effective_wp is not None and (wid is None or wid == effective_wp):
        for value, column, i, make in ((rec.department, "department_id", _DEPT, department_id),
                                       (rec.shift, "shift_id", _SHIFT, shift_id)):
            if value and (current[i] is None or overwrite):
                new = make(effective_wp, value)
                old = current[i]
                if new is not None and old != new and (old is None or old == "" or overwrite):
                    changes[column] = (old, new)
                    current[i] = new
    if rec.languages:
        have_text = current[_LANGS] or ""
        have = split_list(have_text) if have_text else []
        merged = list(dict.fromkeys([*have, *rec.languages]))
        if merged != have:
            changes["languages"] = (current[_LANGS], ",".join(merged))
    membership = current[_MEMBER]
    if rec.membership and rec.membership != membership:
        if membership in (None, "", "non-member") or overwrite:
            changes["membership"] = (membership, rec.membership)
    if rec.assessment is not None:
        old = current[_ASSESS]
        if old != rec.assessment and (old is None or old == "" or overwrite):
            changes["assessment"] = (old, rec.assessment)
    if rec.notes and rec.notes not in (current[_NOTES] or ""):
        old = current[_NOTES] or ""
        changes["notes"] = (old, f"{old}\n{rec.notes}" if old else rec.notes)
    # Consent (never unknown over an answer, a refusal always wins), address, IDs, hire date.
    changes.update(person_fields.merge_changes({name: current[i] for name, i in _MORE}, rec, overwrite,
                                               *consent_default))
    # Name order: the file's answer replaces the default (given first), another only when overwriting.
    order = current[_COL["name_order"]]
    if rec.name_order and rec.name_order != order and (order in (None, "", "given_first") or overwrite):
        changes["name_order"] = (order, rec.name_order)
    _keep_aside(current, rec, changes)
    return changes


_ASIDE_MORE = ("email2", "street", "city", "region", "postal_code", "country", "external_id")


def _keep_aside(current: list, rec: Record, changes: dict[str, tuple]) -> None:
    """What the row says differently from what the person keeps is not dropped: a second email
    becomes Email 2 when that is free, anything else a "<field>: <value>" line in the notes."""
    def kept(name: str) -> Any:
        return changes[name][1] if name in changes else current[_COL[name]]

    notes = kept("notes") or ""
    before = notes
    for name, _i in _MERGE_TEXT:
        value = (getattr(rec, name) or "").strip()
        if not differs(kept(name) or "", value):
            continue
        if name == "email":
            if not differs(kept("email2") or "", value):
                continue
            if not kept("email2"):
                changes["email2"] = (current[_COL["email2"]], value)
                continue
        notes = with_note(notes, name, value)
    for name in _ASIDE_MORE:
        value = getattr(rec, name)
        if differs(kept(name) or "", value) and not (name == "email2" and not differs(kept("email") or "", value)):
            notes = with_note(notes, name, value)
    if notes != before:
        changes["notes"] = (current[_NOTES], notes)
