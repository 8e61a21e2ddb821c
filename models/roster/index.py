"""An in-memory index of the roster for instant search, filters and sorting at 100,000 people.

``QSortFilterProxyModel`` needs 0.4-3.3 s per keystroke at that size; scanning a Python list of
pre-folded strings takes ~10-30 ms, and a Python sort ~50 ms. The Qt table model (ui/roster/page.py)
only maps view rows to positions in this index. No Qt here, so the benchmark and tests use it too.
"""

from __future__ import annotations

import queue
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Sequence

from models.core import dialect
from models.core.text import FAMILY_FIRST, digits, display_name, fold, split_list

from .people import PEOPLE_COLUMNS

if TYPE_CHECKING:
    from models.core.db import Database
    from .people import RosterData

# Column numbers of a roster row (what the grid shows).
NAME, PHONE, EMAIL, WORKPLACE, DEPARTMENT, SHIFT, MEMBERSHIP, ASSESSMENT, LANGUAGES, TAGS = range(10)
COLUMN_COUNT = 10


@dataclass(slots=True)
class RosterRow:
    id: int
    cells: tuple  # the 10 shown values, in column order
    workplace_id: Optional[int]
    department_id: Optional[int]
    shift_id: Optional[int]
    do_not_contact: bool
    haystack: str  # folded names, phones (as typed and digits), email
    sort_name: str  # folded "last first", what the Name column sorts by


@dataclass
class RosterFilter:
    text: str = ""
    workplace_id: Optional[int] = None
    department_id: Optional[int] = None  # 0 means "no department"
    shift_id: Optional[int] = None  # 0 means "no shift"
    committee_members: Optional[set[int]] = None  # ids, loaded by the caller for a chosen committee
    tag_members: Optional[set[int]] = None
    assessments: Optional[set[Optional[int]]] = None  # {1, 2} or {None} for "not assessed"
    language: str = ""

    def is_empty(self) -> bool:
        return not self.text.strip() and all(
            v in (None, "")
            for v in (
                self.workplace_id,
                self.department_id,
                self.shift_id,
                self.committee_members,
                self.tag_members,
                self.assessments,
                self.language,
            )
        )


def _fold_part(value: str) -> str:
    """fold() for a value that is usually unique (email, phones): skips fold's cache for ASCII."""
    return value.lower() if value.isascii() else fold(value)


def _phone_part(raw: str, e164: str) -> str:
    """What a phone adds to the haystack, folded: as typed, E.164, and E.164 without "+"
    (digits-only searches: "7735550142")."""
    part = f"{raw} {e164} {e164[1:]}" if e164 else f"{raw}  {digits(raw)}"
    return part.lower() if part.isascii() else fold(part)


def phone_entries(phones: dict[int, list[tuple[str, str]]]) -> dict[int, tuple[str, str]]:
    """person id -> (first phone as typed, the phones' haystack part), from each person's
    (raw, e164) phones in order (what ``models.roster.people.RosterData.phones`` holds)."""
    return {pid: (items[0][0], " ".join(_phone_part(raw, e164) for raw, e164 in items))
            for pid, items in phones.items() if items}


def _row_builder(phones: dict, tags: dict, workplaces: dict, departments: dict,
                 shifts: dict) -> Callable[..., list[RosterRow]]:
    """A function turning people tuples (models.roster.people.PEOPLE_COLUMNS) into index rows;
    ``phones`` as :func:`phone_entries` gives them.

    Names are folded part by part: first and last names repeat across a roster, so fold()'s
    cache answers most of them (folding the whole haystack missed it on every row); folding works
    per character and the parts are joined with spaces, so the result is the same. Repeated
    short values (languages, membership) share one string object."""
    wp_get, dept_get, shift_get, tag_get, phone_get = workplaces.get, departments.get, shifts.get, tags.get, phones.get
    fold_part = _fold_part
    shared: dict[str, str] = {}
    share = shared.setdefault

    def build(people: Iterable[tuple], sort_names: Optional[Iterable[str]] = None) -> list[RosterRow]:
        """``sort_names``: theirs, already worked out (the same strings are kept, not new ones)."""
        result = []
        append = result.append
        given = iter(sort_names) if sort_names is not None else None
        for (pid, first, last, preferred, email, languages, wp_id, dept_id, shift_id,
             _job, membership, assessment, dnc, family_first) in people:
            phone = phone_get(pid)
            if family_first:
                name = display_name(first, last, preferred, FAMILY_FIRST)
            else:  # display_name() for given-first, inline: most rows, one call less each
                shown_first = preferred or first
                name = f"{shown_first} {last}" if shown_first and last else (shown_first or last)
            folded_first, folded_last = fold(first), fold(last)
            folded_preferred = fold(preferred) if preferred else ""
            if phone is None:
                first_phone = ""
                hay = f"{folded_first} {folded_last} {folded_preferred} {fold_part(email)}"
            else:
                first_phone, phones_hay = phone
                hay = f"{folded_first} {folded_last} {folded_preferred} {fold_part(email)} {phones_hay}"
            if family_first and " " not in name:  # "王小明" as written finds them too
                hay = f"{hay} {fold(name)}"
            cells = (
                name,
                first_phone,
                email,
                wp_get(wp_id, ""),
                dept_get(dept_id, ""),
                shift_get(shift_id, ""),
                share(membership, membership),
                assessment,
                share(languages, languages),
                tag_get(pid, ""),
            )
            append(RosterRow(pid, cells, wp_id, dept_id, shift_id, bool(dnc), hay,
                             next(given) if given is not None else f"{folded_last} {folded_preferred or folded_first}"))
        return result

    return build


def _in_name_order(rows: list[RosterRow]) -> list[RosterRow]:
    """Sort by name (the roster's default order) and lay the searched strings out in memory in
    that order: a keystroke scans them 2.5x faster than when it hops around the heap."""
    rows.sort(key=attrgetter("sort_name"))
    for row in rows:
        row.haystack = row.haystack.encode().decode()  # a fresh copy, allocated in view order
    return rows


def make_rows(data: "RosterData") -> list[RosterRow]:
    """Build index rows from models.roster.people.load_roster_rows() output, sorted by name."""
    build = _row_builder(phone_entries(data.phones), data.tags, data.workplaces, data.departments, data.shifts)
    return _in_name_order(build(data.people))


PEOPLE_CHUNK = 10000  # people per bulk read in load_rows
# The people columns by name (an expression "… AS alias" by its alias).
_PEOPLE_NAMES = tuple(c.split(" AS ")[-1].strip() for c in PEOPLE_COLUMNS.split(","))


@dataclass
class RosterSource:
    """The roster as read (:func:`read_source`), before any row is built: the people tuples
    (:data:`models.roster.people.PEOPLE_COLUMNS`) by id, every phone as three columns (by
    person id, then position), each person's tags and the names of places. Building its rows
    uses it up: each person's tuple and the phone columns are let go as the rows are built."""

    people: list[Sequence[Any]]
    phone_person_ids: Sequence[int]
    phone_raws: Sequence[str]
    phone_e164s: Sequence[str]
    tags: dict[int, str]
    workplaces: dict[int, str]
    departments: dict[int, str]
    shifts: dict[int, str]
    sort_names: Optional[list[str]] = None  # each person's RosterRow.sort_name, when read with them

    def phones_of(self, person_id: int) -> list[tuple[str, str]]:
        """One person's phones, (as typed, E.164), in order."""
        ids = self.phone_person_ids
        start, end = bisect_left(ids, person_id), bisect_right(ids, person_id)
        return list(zip(self.phone_raws[start:end], self.phone_e164s[start:end]))

    def language_values(self) -> set[str]:
        """The people's ``languages`` values, each once ("es,en", "vi")."""
        return {p[5] for p in self.people}


def _sort_names(people: Iterable[Sequence[Any]]) -> list[str]:
    """Each person's ``RosterRow.sort_name`` (folded "last first"), without building rows."""
    return [f"{fold(p[2])} {fold(p[3]) or fold(p[1])}" for p in people]


def read_source(db: "Database", sort_names: bool = False) -> RosterSource:
    """Everyone, as :class:`RosterSource`, read in one snapshot on one connection.

    The reads run on a second thread (models/core/dialect.py, ``bulk_read``): on the file every
    query is ONE step (during which the driver releases the GIL) that returns each column as a
    JSON array, decoded here; on the server one plain fetch of tuples, kept as they are. Phones
    first, then tags and the workplace/department/shift names, then the people
    :data:`PEOPLE_CHUNK` at a time; with ``sort_names``, theirs are worked out here while the
    next chunk is read.

    (Fetching row tuples from SQLite on a second thread was slower: each row fetched hands the
    GIL back and forth between the threads, so SQLCipher's decryption hardly overlapped.)"""
    with db.engine.connect() as conn:
        dialect.read_snapshot(conn)  # one read transaction: every query sees the same snapshot
        run = conn.exec_driver_sql

        def reads() -> Iterator[Any]:
            yield dialect.bulk_read(conn, ("person_id", "raw", "e164"),
                                    "SELECT person_id, raw, e164 FROM phones ORDER BY person_id, position")
            yield dict(run(
                f"SELECT pt.person_id, {dialect.string_agg(conn, 't.name', ', ')} "
                "FROM person_tags pt JOIN tags t ON t.id = pt.tag_id GROUP BY pt.person_id").fetchall())
            yield [dict(run(f"SELECT id, name FROM {table}").fetchall())
                   for table in ("workplaces", "departments", "shifts")]
            after = 0
            while True:
                chunk = dialect.bulk_read(conn, _PEOPLE_NAMES, f"SELECT {PEOPLE_COLUMNS} FROM people "
                                          f"WHERE id > ? ORDER BY id LIMIT {PEOPLE_CHUNK}", (after,))
                last = chunk.last(0)  # (the ids decoded here: where the next chunk starts)
                if last is None:
                    return
                yield chunk
                after = last

        with _Prefetch(reads()) as read:
            phones = read()
            tags = read()
            places = read()
            people: list[Sequence[Any]] = []
            names: Optional[list[str]] = [] if sort_names else None
            for chunk in read:
                start = len(people)
                people.extend(chunk.rows())
                if names is not None:
                    names.extend(_sort_names(people[start:]))
    return RosterSource(people, phones.column(0), phones.column(1), phones.column(2), tags, *places, sort_names=names)


def build_rows(source: RosterSource, positions: Optional[Iterable[int]] = None) -> list[RosterRow]:
    """Index rows from ``source``: everyone in the source's order, or the people at ``positions``."""
    if positions is not None:
        people = [source.people[i] for i in positions]
        phones = phone_entries({p[0]: found for p in people if (found := source.phones_of(p[0]))})
        return _row_builder(phones, source.tags, source.workplaces, source.departments, source.shifts)(people)
    steps = _RowBuild(source)
    for _ in steps:
        pass
    return steps.rows


class _RowBuild:
    """Builds every row of ``source`` (in its order) in slices: each ``next()`` does about
    :data:`ROWS_PER_STEP` phones or people; ``rows`` so far. Each person's tuple in
    ``source.people`` is let go (None) once their row is built: the whole table never sits in
    memory beside the rows (the app's peak at 100,000 people)."""

    def __init__(self, source: RosterSource, sort_names: Optional[list[str]] = None) -> None:
        self.rows: list[RosterRow] = []
        self.build: Optional[Callable[..., list[RosterRow]]] = None  # once the phones are in
        self._steps = self._run(source, sort_names)

    def __iter__(self) -> Iterator[None]:
        return self._steps

    def _run(self, source: RosterSource, sort_names: Optional[list[str]]) -> Iterator[None]:
        phones: dict[int, tuple[str, str]] = {}  # as phone_entries() gives them
        get = phones.get
        columns = (source.phone_person_ids, source.phone_raws, source.phone_e164s)
        for start in range(0, len(columns[0]), ROWS_PER_STEP):
            for person_id, raw, e164 in zip(*(c[start:start + ROWS_PER_STEP] for c in columns)):
                part = f"{raw} {e164} {e164[1:]}" if e164 else f"{raw}  {digits(raw)}"  # (_phone_part, inline)
                part = part.lower() if part.isascii() else fold(part)
                found = get(person_id)
                phones[person_id] = (raw, part) if found is None else (found[0], f"{found[1]} {part}")
            yield
        # The phones' columns let go: from here a row is built from this dict (RosterIndex.row).
        source.phone_person_ids = source.phone_raws = source.phone_e164s = ()
        build = self.build = _row_builder(phones, source.tags, source.workplaces, source.departments, source.shifts)
        people = source.people
        for start in range(0, len(people), ROWS_PER_STEP):
            chunk = people[start:start + ROWS_PER_STEP]
            self.rows.extend(build(chunk, sort_names[start:start + len(chunk)] if sort_names is not None else None))
            people[start:start + len(chunk)] = [None] * len(chunk)
            yield


ROWS_PER_STEP = 4000  # rows (or phones) per slice of a build: ~20-40 ms
_DONE = object()


def load_rows(db: "Database") -> list[RosterRow]:
    """Everyone's index rows, sorted by name (:func:`read_source`, then :func:`build_rows`). Same
    rows as ``make_rows(models.roster.people.load_roster_rows(db))``."""
    return _in_name_order(build_rows(read_source(db)))


class _Prefetch:
    """Runs a generator on a thread, a few items ahead of the caller: ``read()`` is the next item
    (an exception in the generator is raised there), iterating gives the rest. Leaving the
    ``with`` block early stops the generator at its next item and waits for the thread."""

    def __init__(self, source: Iterator[Any], ahead: int = 2) -> None:
        self._source = source
        self._queue: Any = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="roster-read", daemon=True)

    _END = object()

    def _run(self) -> None:
        try:
            for item in self._source:
                if self._stop.is_set():
                    return
                self._queue.put((item, None))
            self._queue.put((self._END, None))
        except BaseException as exc:  # noqa: BLE001 - raised again in the reading thread
            self._queue.put((self._END, exc))

    def __enter__(self) -> "_Prefetch":
        self._thread.start()
        return self

    def __call__(self) -> Any:
        item, error = self._queue.get()
        if error is not None:
            raise error
        if item is self._END:
            raise RuntimeError("roster read ended early")
        return item

    def __iter__(self) -> Iterator[Any]:
        while True:
            item, error = self._queue.get()
            if error is not None:
                raise error
            if item is self._END:
                return
            yield item

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        while self._thread.is_alive():  # let a put waiting for room go through
            try:
                self._queue.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()


def language_codes(index: "RosterIndex") -> list[str]:
    """The language codes the index's people use, sorted (what ``models.roster.people.language_codes``
    reads from the database, without another pass over the table)."""
    values = index.language_values()
    return sorted({code for value in values if value for code in split_list(value)})


def _simple_words(words: list[str]) -> bool:
    """Words whose only needle is the word itself (no separate digits-only form)."""
    return all(w.isdigit() or not any(c.isdigit() for c in w) for w in words)


def _same_except_text(a: RosterFilter, b: RosterFilter) -> bool:
    return all(getattr(a, f.name) == getattr(b, f.name) for f in fields(RosterFilter) if f.name != "text")


class RosterIndex:
    """Everyone, for the roster's search, filters and sorting (positions are places in ``rows``).

    ``RosterIndex(rows)`` holds built rows. ``RosterIndex.deferred(source)`` holds what was read
    and builds rows later: everyone in name order needs only the sort names, and the view asks
    for the few rows it shows (:meth:`row`). :meth:`build_step` builds the rest a slice at a
    time once the roster shows; the first use that needs them all (a search, another filter or
    sort, a change) builds what is left."""

    def __init__(self, rows: Optional[list[RosterRow]] = None) -> None:
        self._rows: Optional[list[RosterRow]] = rows if rows is not None else []
        self._source: Optional[RosterSource] = None
        self._shown: dict[int, RosterRow] = {}  # deferred: rows built one by one for the view
        self._steps: Optional[_RowBuild] = None  # deferred: the build under way
        self._building = threading.Lock()
        self._by_id: Optional[dict[int, int]] = {}
        self._sort_keys: dict[int, list] = {}
        # Typing narrows: the last filter, its result in view order (and that order), so the next
        # keystroke scans only those rows and needs no sort. Any change to the rows drops it.
        self._memo: Optional[tuple] = None
        self._pending: Optional[tuple] = None
        self._haystacks: Optional[list[str]] = None
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._view_order: Optional[tuple[int, bool]] = None  # (column, descending) of the last sort
        self._reindex()

    @classmethod
    def deferred(cls, source: RosterSource) -> "RosterIndex":
        index = cls()
        index._rows = None
        index._source = source
        index._by_id = None  # made when first asked (_positions)
        index._sort_keys[NAME] = source.sort_names if source.sort_names is not None else _sort_names(source.people)
        return index

    @property
    def built(self) -> bool:
        return self._rows is not None

    @property
    def rows(self) -> list[RosterRow]:
        rows = self._rows
        if rows is None:
            self.build()
            rows = self._rows
            assert rows is not None
        return rows

    def build(self) -> None:
        """Build every row of a deferred index (what :meth:`build_step` has not built yet)."""
        while self.build_step():
            pass

    def build_step(self) -> bool:
        """One slice of a deferred index's build (~20-40 ms); False once every row is built.

        The roster page runs these one per turn of the UI thread's event loop once the roster
        shows: built on another thread instead, every call the view's painting makes into
        Python waited for the build to hand over the GIL (the roster froze until it ended).
        The rows keep their positions (the people's order), so nothing shown moves. Last, the
        haystacks are copied in view order (the first keystroke's)."""
        with self._building:
            source = self._source
            if self._rows is not None or source is None:
                return False
            if self._steps is None:
                self._steps = _RowBuild(source, self._sort_keys.get(NAME))
            if next(iter(self._steps), _DONE) is not _DONE:
                return True
            rows = self._steps.rows
            view = self._view_order
            order = self._orders.get(view) if view is not None else None
            if view is not None and order is not None and len(order) == len(rows):
                # The haystacks copied in view order (as _ordered_hays), kept by the rows too:
                # one copy of each in memory.
                copies = []
                for i in order:  # each replaced as copied: never two of them at once
                    row = rows[i]
                    row.haystack = row.haystack.encode().decode()
                    copies.append(row.haystack)
                self._orders[(-1 - view[0], view[1])] = copies  # type: ignore[assignment]
            self._haystacks = [row.haystack for row in rows]
            self._rows = rows
            self._source = self._steps = None
            self._shown = {}
            return False

    def _built_so_far(self) -> list[RosterRow]:
        steps = self._steps
        return steps.rows if steps is not None else []

    def row(self, position: int) -> RosterRow:
        """The row at ``position`` (of a deferred index, built alone when not built yet)."""
        rows = self._rows
        if rows is not None:
            return rows[position]
        so_far = self._built_so_far()
        if position < len(so_far):
            return so_far[position]
        found = self._shown.get(position)
        if found is None:
            source = self._source
            if source is None:  # built meanwhile
                return self.rows[position]
            steps = self._steps
            if steps is not None and steps.build is not None:
                found = steps.build([source.people[position]])[0]
            else:
                found = build_rows(source, [position])[0]
            self._shown[position] = found
        return found

    def person_id(self, position: int) -> int:
        rows = self._rows
        if rows is not None:
            return rows[position].id
        so_far = self._built_so_far()
        if position < len(so_far):
            return so_far[position].id
        source = self._source
        return source.people[position][0] if source is not None else self.rows[position].id

    def language_values(self) -> set[str]:
        source = self._source
        if self._rows is None and source is not None and self._steps is None:
            return source.language_values()
        return {row.cells[LANGUAGES] for row in self.rows}

    def _reindex(self) -> None:
        self._by_id = {row.id: i for i, row in enumerate(self.rows)}
        self._changed()

    def _changed(self) -> None:
        self._sort_keys.clear()
        self._orders.clear()
        self._memo = self._pending = self._haystacks = None

    def _keys(self, column: int) -> list:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == NAME:
                keys = [row.sort_name for row in self.rows]
            else:
                keys = [fold(str(row.cells[column] or "")) for row in self.rows]
            self._sort_keys[column] = keys
        return keys

    def _hays(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = [row.haystack for row in self.rows]
        return self._haystacks

    def prepare(self, column: int = NAME, descending: bool = False) -> None:
        """Sort everyone once by ``column`` (in a background thread, before the view shows the
        index), so the first keystroke scans rows already in view order."""
        self.sort(self.filter(RosterFilter()), column, descending)

    def __len__(self) -> int:
        rows, source = self._rows, self._source
        if rows is None and source is not None:
            return len(source.people)
        return len(self.rows)

    def _positions(self) -> dict[int, int]:
        """Person id -> position (a deferred index makes it when first asked)."""
        if self._by_id is None:
            source = self._source
            if source is not None:
                so_far = self._built_so_far()
                ids = [row.id for row in so_far] + [person[0] for person in source.people[len(so_far):]]
                self._by_id = {person_id: i for i, person_id in enumerate(ids)}
            else:
                self._by_id = {row.id: i for i, row in enumerate(self.rows)}
        return self._by_id

    def position_of(self, person_id: int) -> Optional[int]:
        return self._positions().get(person_id)

    # ---------------------------------------------------------------- changes
    def upsert(self, new_rows: list[RosterRow]) -> None:
        rows, by_id = self.rows, self._positions()
        for row in new_rows:
            pos = by_id.get(row.id)
            if pos is None:
                by_id[row.id] = len(rows)
                rows.append(row)
            else:
                rows[pos] = row
        self._changed()

    def remove(self, person_ids: set[int]) -> None:
        self._rows = [row for row in self.rows if row.id not in person_ids]
        self._reindex()

    # ----------------------------------------------------------- filter, sort
    def _narrowing_base(self, flt: RosterFilter, words: list[str]) -> Optional[list[int]]:
        """The previous result when ``flt`` can only match a subset of it (the user typed more)."""
        memo = self._memo
        if memo is None:
            return None
        old, old_words, base = memo[0], memo[1], memo[2]
        if not _same_except_text(old, flt) or not _simple_words(words) or not _simple_words(old_words):
            return None
        # Each earlier word must be inside a word typed now: then every match now matched before.
        if all(any(o in w for w in words) for o in old_words):
            return base
        return None

    def _base_hays(self, base: list[int]) -> list[str]:
        memo = self._memo
        if memo is not None and memo[2] is base:
            if memo[4] is not None:
                return memo[4]
            if memo[3] is not None and len(base) == len(self):  # everyone in that view order
                ordered = self._ordered_hays(*memo[3])
                if ordered is not None:
                    return ordered
        hays = self._hays()
        return [hays[i] for i in base]

    def filter(self, flt: RosterFilter) -> list[int]:
        """Positions of rows matching every part of the filter (all words of the text).

        Positions come in index order, or (when narrowing the previous result) in that result's
        view order, which :meth:`sort` then keeps without sorting again."""
        if self._rows is None and flt.is_empty():  # everyone: a deferred index needs no row for that
            result = list(range(len(self)))
            self._pending = (flt, [], result, None, None)
            return result
        rows = self.rows
        words = [fold(word) for word in flt.text.split()]
        memo = self._memo
        if memo is not None and memo[1] == words and memo[0] == flt:
            # The same filter again (a refresh): the same rows in the same order.
            result = list(memo[2])
            self._pending = (flt, words, result, memo[3], memo[4])
            return result
        base = self._narrowing_base(flt, words)
        hays = self._hays()
        candidates: list[int]
        order_of_base = self._memo[3] if base is not None else None
        full_order = self._orders.get(self._view_order) if base is None and self._view_order else None
        if base is not None:
            candidates = base
            base_hays = self._base_hays(base) if words else None
        elif full_order is not None and words:
            # Scan everyone in the view's order: the result then needs no sort.
            candidates = full_order
            base_hays = self._ordered_hays(*self._view_order)
            order_of_base = self._view_order
        else:
            candidates = list(range(len(rows)))
            base_hays = hays
        if words:
            # Phone-shaped words also match the digits-only form ("773.555" -> "773555").
            for word in words:
                word_digits = digits(word) if any(c.isdigit() for c in word) and len(digits(word)) >= 3 else ""
                if word_digits and word_digits != word:
                    mask = [word in h or word_digits in h for h in base_hays]
                else:
                    mask = [word in h for h in base_hays]
                candidates = list(compress(candidates, mask))
                base_hays = list(compress(base_hays, mask))
        elif base is not None:
            candidates = list(candidates)
            base_hays = self._memo[4]
        narrowed = candidates
        if flt.workplace_id is not None:
            candidates = [i for i in candidates if rows[i].workplace_id == flt.workplace_id]
        if flt.department_id is not None:
            wanted_dept = flt.department_id or None
            candidates = [i for i in candidates if rows[i].department_id == wanted_dept]
        if flt.shift_id is not None:
            wanted_shift = flt.shift_id or None
            candidates = [i for i in candidates if rows[i].shift_id == wanted_shift]
        if flt.committee_members is not None:
            members = flt.committee_members
            candidates = [i for i in candidates if rows[i].id in members]
        if flt.tag_members is not None:
            tagged = flt.tag_members
            candidates = [i for i in candidates if rows[i].id in tagged]
        if flt.assessments is not None:
            wanted = flt.assessments
            candidates = [i for i in candidates if rows[i].cells[ASSESSMENT] in wanted]
        if flt.language:
            code = flt.language.lower()
            candidates = [i for i in candidates if code in rows[i].cells[LANGUAGES].split(",")]
        # The haystacks stay aligned with the result only when no other filter took rows out.
        hays_out = base_hays if candidates is narrowed and base_hays is not hays else None
        self._pending = (flt, words, candidates, order_of_base, hays_out)
        return candidates

    def sort(self, positions: list[int], column: int, descending: bool = False) -> list[int]:
        pending, self._pending = self._pending, None
        self._view_order = (column, descending)
        from_filter = pending is not None and pending[2] is positions
        hays = None
        if from_filter and pending[3] == (column, descending):
            result = positions  # narrowed from a result already in this order
            hays = pending[4]
        else:
            result = self._sorted(positions, column, descending)
            if from_filter and len(result) == len(self) and self._rows is not None:
                hays = self._ordered_hays(column, descending)  # everyone: the next keystroke scans these
        self._memo = (pending[0], pending[1], result, (column, descending), hays) if from_filter else None
        return result

    def _ordered_hays(self, column: int, descending: bool) -> Optional[list[str]]:
        order = self._orders.get((column, descending))
        if order is None:
            return None
        key = (-1 - column, descending)  # cached beside the orders, dropped with them
        cached = self._orders.get(key)
        if cached is None and all(a < b for a, b in zip(order, order[1:])):
            cached = self._orders[key] = self._hays()  # the rows are in this order already (make_rows)
        if cached is None:
            hays = self._hays()
            # Fresh copies, laid out in memory in view order: scanning them is 2.5x faster than
            # following references scattered over the heap (12 vs 31 ms per keystroke at 100k).
            cached = [hays[i].encode().decode() for i in order]
            self._orders[key] = cached  # type: ignore[assignment]
        return cached

    def _sorted(self, positions: list[int], column: int, descending: bool) -> list[int]:
        total = len(self)
        if column == ASSESSMENT:
            rows = self.rows
            # Not-assessed rows always sort last.
            def key(i: int):
                value = rows[i].cells[ASSESSMENT]
                return (value is None, value if value is not None else 0)

            present = [i for i in positions if rows[i].cells[ASSESSMENT] is not None]
            absent = [i for i in positions if rows[i].cells[ASSESSMENT] is None]
            present.sort(key=key, reverse=descending)
            return present + absent
        keys = self._keys(column)
        n = len(positions)
        if n > 2000 and n * 8 > total:
            # Many rows: pick them out of the column's full order (sorted once) instead of sorting.
            order = self._orders.get((column, descending))
            if order is None:
                order = sorted(range(total), key=keys.__getitem__, reverse=descending)
                self._orders[(column, descending)] = order
            if n == total:
                return list(order)
            wanted = bytearray(total)
            for i in positions:
                wanted[i] = 1
            return list(compress(order, map(wanted.__getitem__, order)))
        return sorted(positions, key=keys.__getitem__, reverse=descending)
