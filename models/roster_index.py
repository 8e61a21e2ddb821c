"""An in-memory index of the roster for instant search, filters and sorting at 100,000 people.

``QSortFilterProxyModel`` needs 0.4-3.3 s per keystroke at that size; scanning a Python list of
pre-folded strings takes ~10-30 ms, and a Python sort ~50 ms. The Qt table model (ui/roster.py)
only maps view rows to positions in this index. No Qt here, so the benchmark and tests use it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from typing import TYPE_CHECKING

from .text import digits, fold

if TYPE_CHECKING:
    from .roster import RosterData

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


def display_name(first: str, last: str, preferred: str) -> str:
    return " ".join(part for part in ((preferred or first), last) if part)


def make_rows(data: "RosterData") -> list[RosterRow]:
    """Build index rows from models.roster.load_roster_rows() output (~0.3 s for 100k people)."""
    result = []
    append = result.append
    phones, tags = data.phones, data.tags
    workplaces, departments, shifts = data.workplaces, data.departments, data.shifts
    wp_get, dept_get, shift_get, tag_get, phone_get = workplaces.get, departments.get, shifts.get, tags.get, phones.get
    for (pid, first, last, preferred, email, languages, wp_id, dept_id, shift_id,
         _job, membership, assessment, dnc) in data.people:
        person_phones = phone_get(pid)
        shown_first = preferred or first
        name = f"{shown_first} {last}" if shown_first and last else (shown_first or last)
        hay = f"{first} {last} {preferred} {email}"
        if person_phones:
            first_phone = person_phones[0][0]
            # As typed, E.164, and E.164 without "+" (digits-only searches: "7735550142").
            hay += " " + " ".join(f"{raw} {e164} {e164[1:] if e164 else digits(raw)}" for raw, e164 in person_phones)
        else:
            first_phone = ""
        hay = hay.lower() if hay.isascii() else fold(hay)
        cells = (
            name,
            first_phone,
            email,
            wp_get(wp_id, ""),
            dept_get(dept_id, ""),
            shift_get(shift_id, ""),
            membership,
            assessment,
            languages,
            tag_get(pid, ""),
        )
        lf = f"{last} {shown_first}"
        append(RosterRow(pid, cells, wp_id, dept_id, shift_id, bool(dnc), hay, lf.lower() if lf.isascii() else fold(lf)))
    return result


@dataclass
class RosterIndex:
    rows: list[RosterRow] = field(default_factory=list)
    _by_id: dict[int, int] = field(default_factory=dict)
    _sort_keys: dict[int, list] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._reindex()

    def _reindex(self) -> None:
        self._by_id = {row.id: i for i, row in enumerate(self.rows)}
        self._sort_keys.clear()

    def _keys(self, column: int) -> list:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == NAME:
                keys = [row.sort_name for row in self.rows]
            else:
                keys = [fold(str(row.cells[column] or "")) for row in self.rows]
            self._sort_keys[column] = keys
        return keys

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
        self._sort_keys.clear()

    def remove(self, person_ids: set[int]) -> None:
        self.rows = [row for row in self.rows if row.id not in person_ids]
        self._reindex()

    # ----------------------------------------------------------- filter, sort
    def filter(self, flt: RosterFilter) -> list[int]:
        """Positions of rows matching every part of the filter (all words of the text)."""
        rows = self.rows
        positions = range(len(rows))
        words = [fold(word) for word in flt.text.split()]
        candidates: list[int]
        if words:
            # Phone-shaped words also match the digits-only form ("773.555" -> "773555").
            needles = [(w, digits(w) if any(c.isdigit() for c in w) and len(digits(w)) >= 3 else "") for w in words]
            first, first_digits = needles[0]
            if first_digits and first_digits != first:
                candidates = [i for i in positions if first in rows[i].haystack or first_digits in rows[i].haystack]
            else:
                candidates = [i for i in positions if first in rows[i].haystack]
            for word, word_digits in needles[1:]:
                if word_digits and word_digits != word:
                    candidates = [i for i in candidates if word in rows[i].haystack or word_digits in rows[i].haystack]
                else:
                    candidates = [i for i in candidates if word in rows[i].haystack]
        else:
            candidates = list(positions)
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
        return candidates

    def sort(self, positions: list[int], column: int, descending: bool = False) -> list[int]:
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
        return sorted(positions, key=keys.__getitem__, reverse=descending)
