"""An in-memory index of the roster for instant search, filters and sorting at 100,000 people.

``QSortFilterProxyModel`` needs 0.4-3.3 s per keystroke at that size; scanning a Python list of
pre-folded strings takes ~10-30 ms, and a Python sort ~50 ms. The Qt table model (ui/roster/page.py)
only maps view rows to positions in this index. No Qt here, so the benchmark and tests use it too.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field, fields
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

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
                 shifts: dict) -> Callable[[Iterable[tuple]], list[RosterRow]]:
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

    def build(people: Iterable[tuple]) -> list[RosterRow]:
        result = []
        append = result.append
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
                             f"{folded_last} {folded_preferred or folded_first}"))
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


def load_rows(db: "Database") -> list[RosterRow]:
    """Everyone's index rows (sorted by name), read in one snapshot on one connection.

    The reads run on a second thread while this one builds rows (models/core/dialect.py,
    ``bulk_read``): on the file every query is ONE step (during which the driver releases the
    GIL) that returns each column as a JSON array, decoded here; on the server one plain fetch
    of tuples, used as they are. Phones first, then tags and the workplace/department/shift names, then the
    people :data:`PEOPLE_CHUNK` at a time, so the whole table never sits in memory beside the
    index (the peak at 100k people). Same rows as
    ``make_rows(models.roster.people.load_roster_rows(db))``.

    (Fetching row tuples from SQLite on a second thread was slower: each row fetched hands the
    GIL back and forth between the threads, so SQLCipher's decryption hardly overlapped.)"""
    rows: list[RosterRow] = []
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
            phones: dict[int, tuple[str, str]] = {}  # as phone_entries() gives them, built as read
            get = phones.get
            for person_id, raw, e164 in read().rows():
                part = f"{raw} {e164} {e164[1:]}" if e164 else f"{raw}  {digits(raw)}"  # (_phone_part, inline)
                part = part.lower() if part.isascii() else fold(part)
                found = get(person_id)
                phones[person_id] = (raw, part) if found is None else (found[0], f"{found[1]} {part}")
            tags = read()
            build = _row_builder(phones, tags, *read())
            for chunk in read:
                rows.extend(build(chunk.rows()))
    return _in_name_order(rows)


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


def language_codes(rows: Iterable[RosterRow]) -> list[str]:
    """The language codes the rows use, sorted (what ``models.roster.people.language_codes`` reads from
    the database, without another pass over the table)."""
    values = {row.cells[LANGUAGES] for row in rows}
    return sorted({code for value in values if value for code in split_list(value)})


def _simple_words(words: list[str]) -> bool:
    """Words whose only needle is the word itself (no separate digits-only form)."""
    return all(w.isdigit() or not any(c.isdigit() for c in w) for w in words)


def _same_except_text(a: RosterFilter, b: RosterFilter) -> bool:
    return all(getattr(a, f.name) == getattr(b, f.name) for f in fields(RosterFilter) if f.name != "text")


@dataclass
class RosterIndex:
    rows: list[RosterRow] = field(default_factory=list)
    _by_id: dict[int, int] = field(default_factory=dict)
    _sort_keys: dict[int, list] = field(default_factory=dict)
    # Typing narrows: the last filter, its result in view order (and that order), so the next
    # keystroke scans only those rows and needs no sort. Any change to the rows drops it.
    _memo: Optional[tuple] = None
    _pending: Optional[tuple] = None
    _haystacks: Optional[list[str]] = None
    _orders: dict[tuple[int, bool], list[int]] = field(default_factory=dict)
    _view_order: Optional[tuple[int, bool]] = None  # (column, descending) of the last sort

    def __post_init__(self) -> None:
        self._reindex()

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
        return len(self.rows)

    def position_of(self, person_id: int) -> Optional[int]:
        return self._by_id.get(person_id)

    # ---------------------------------------------------------------- changes
    def upsert(self, new_rows: list[RosterRow]) -> None:
        for row in new_rows:
            pos = self._by_id.get(row.id)
            if pos is None:
                self._by_id[row.id] = len(self.rows)
                self.rows.append(row)
            else:
                self.rows[pos] = row
        self._changed()

    def remove(self, person_ids: set[int]) -> None:
        self.rows = [row for row in self.rows if row.id not in person_ids]
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
        if memo is not None and memo[2] is base and memo[4] is not None:
            return memo[4]
        hays = self._hays()
        return [hays[i] for i in base]

    def filter(self, flt: RosterFilter) -> list[int]:
        """Positions of rows matching every part of the filter (all words of the text).

        Positions come in index order, or (when narrowing the previous result) in that result's
        view order, which :meth:`sort` then keeps without sorting again."""
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
            if from_filter and len(result) == len(self.rows):
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
        rows = self.rows
        if column == ASSESSMENT:
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
        if n > 2000 and n * 8 > len(rows):
            # Many rows: pick them out of the column's full order (sorted once) instead of sorting.
            order = self._orders.get((column, descending))
            if order is None:
                order = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
                self._orders[(column, descending)] = order
            if n == len(rows):
                return list(order)
            wanted = bytearray(len(rows))
            for i in positions:
                wanted[i] = 1
            return list(compress(order, map(wanted.__getitem__, order)))
        return sorted(positions, key=keys.__getitem__, reverse=descending)
