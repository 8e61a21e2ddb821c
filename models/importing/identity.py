"""Who is the same person: the evidence an import matches people on (issue 20).

Tiers, strongest first:

1. the same external / employee ID;
2. the same email (case-insensitive) and a compatible name;
3. the same phone number (E.164) and a compatible name;

and a name alone never. A shared email or phone with a name that is not compatible makes a
*possible duplicate* a person decides on; it is never merged on its own. Different external IDs
on both sides always tell two people apart.

Matches never chain. A row is compared directly with everyone in the group it would join: a
roster person and the rows already found to be them, or earlier rows of the file found to be one
new person. Every one of them must fit (no union-find: "John Smith" joining "J. Smith" does not
let "Jane Smith" in through the initial).
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Iterable, Optional, Sequence

from models.core.text import fold

# Kinds of evidence, in the order they are tried (and the words PlanRow.match_on holds).
EXTERNAL_ID, EMAIL, PHONE = "external_id", "email", "phone"
KINDS = (EXTERNAL_ID, EMAIL, PHONE)

_NAME_PUNCT = str.maketrans({".": " ", ",": " ", "-": " ", "\u2010": " ", "_": " ", "'": "", "\u2019": ""})


@functools.lru_cache(maxsize=32768)
def name_tokens(text: str) -> tuple[str, ...]:
    """A name as folded words: accents and case gone, "Jean-Baptiste" = "Jean Baptiste", "M." = "M"."""
    return tuple(fold(text).translate(_NAME_PUNCT).split())


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names: the same words, or one side's words are the first words of the other's, each
    whole or as its initial ("M." ~ "María", "M. J." ~ "María José", "María" ~ "María José").
    No nicknames, no partial words: "Alex" is not "Alejandro"."""
    if a == b:
        return True
    if not a or not b:
        return False
    for word, other in zip(a, b):  # (as far as the shorter one goes: the rest are further given names)
        if word != other and not (len(word) == 1 and other[0] == word) and not (len(other) == 1 and word[0] == other):
            return False
    return True


def names_compatible(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    """Could these two names be the same person's? Conservative: when unsure, no.

    Yes when the folded words are the same in any order or split between first and last name
    ("Thị Lan" "Trần" = "Trần Thị Lan"), or when the family names are the same and the given
    names compatible (:func:`_given_compatible`), either way round. A missing name is never
    compatible; family names must match word for word ("García" is not "García López")."""
    a_given, a_family = name_tokens(first_a), name_tokens(last_a)
    b_given, b_family = name_tokens(first_b), name_tokens(last_b)
    if a_given == b_given and a_family == b_family:
        return bool(a_given or a_family)
    everything_a, everything_b = a_given + a_family, b_given + b_family
    if not everything_a or not everything_b:
        return False
    if sorted(everything_a) == sorted(everything_b):
        return True
    # The same family name and compatible given names, with either side's fields the other way
    # round ("Mora" "Luis" for "L." "Mora").
    for given, family, other_given, other_family in ((a_given, a_family, b_given, b_family),
                                                     (a_given, a_family, b_family, b_given),
                                                     (a_family, a_given, b_given, b_family)):
        if family and family == other_family and _given_compatible(given, other_given):
            return True
    return False


def candidates(value: Any) -> Sequence[int]:
    """The ids an index holds for a key: nothing, one id, or a list of them."""
    if value is None:
        return ()
    return value if type(value) is list else (value,)


def index_add(index: dict[str, Any], key: str, value: int) -> None:
    """Add ``value`` under ``key`` (an id alone, or a list once a second one shares the key)."""
    found = index.get(key)
    if found is None:
        index[key] = value
    elif type(found) is list:
        if value not in found:
            found.append(value)
    elif found != value:
        index[key] = [found, value]


class Person:
    """What identity is judged on: a name, and the external ID if there is one."""

    __slots__ = ("first", "last", "external_id")

    def __init__(self, first: str, last: str, external_id: str = "") -> None:
        self.first, self.last, self.external_id = first, last, external_id


def same_person(row: Person, other: Person, kind: str) -> bool:
    """Is the evidence of ``kind`` (a key both share) enough to say ``row`` is ``other``?"""
    if row.external_id and other.external_id and row.external_id != other.external_id:
        return False  # two different IDs: two people, whatever else they share
    if kind == EXTERNAL_ID:
        return True
    return names_compatible(row.first, row.last, other.first, other.last)


class Decision:
    """Where a row belongs: ``group`` it joins (None: a new person) or, when only a possible
    duplicate was found, ``possible``; ``kind`` is the evidence."""

    __slots__ = ("group", "possible", "kind")

    def __init__(self, group: Optional[int] = None, possible: Optional[int] = None, kind: str = "") -> None:
        self.group, self.possible, self.kind = group, possible, kind


NEW_PERSON = Decision()


class Matcher:
    """Decides, row by row in file order, who each row is.

    Groups are people: ``~person_id`` (a negative number) for someone in the roster, the index of
    its first row for a person new in this file. ``roster_index[kind]`` and ``roster_person`` give
    the roster's side; the rows' own keys are indexed as they are decided, under their group."""

    def __init__(self, roster_index: dict[str, dict[str, Any]], roster_person: Callable[[int], Person],
                 row_person: Callable[[int], Person]) -> None:
        self.roster_index = roster_index
        self.roster_person = roster_person
        self.row_person = row_person
        self.seen: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
        self.members: dict[int, list[int]] = {}  # group -> its rows, once a second one joined (or any, for ~pid)

    def _group_people(self, group: int) -> Iterable[Person]:
        if group < 0:
            yield self.roster_person(~group)
        for index in self.members.get(group, (group,) if group >= 0 else ()):
            yield self.row_person(index)

    def _in_roster(self, kind: str, value: str) -> Sequence[int]:
        found = self.roster_index[kind].get(value)
        return () if found is None else [~pid for pid in candidates(found)]

    def _in_file(self, kind: str, value: str) -> Sequence[int]:
        return candidates(self.seen[kind].get(value))

    def decide(self, index: int, keys: Sequence[tuple[str, str]]) -> Decision:
        """``keys``: the row's (kind, value) pairs, strongest kind first. Roster evidence first
        (the row's own keys against each person), then the file's earlier people. The row must
        fit the person and every row already found to be them."""
        row: Optional[Person] = None  # made only when some key is found (most rows find none)
        possible: Optional[Decision] = None
        for lookup in (self._in_roster, self._in_file):
            for kind, value in keys:
                groups = lookup(kind, value)
                if not groups:
                    continue
                row = row or self.row_person(index)
                for group in groups:
                    if all(same_person(row, other, kind) for other in self._group_people(group)):
                        return Decision(group, None, kind)
                    possible = possible or Decision(None, group, kind)
        return possible or NEW_PERSON

    def record(self, index: int, group: Optional[int], keys: Sequence[tuple[str, str]]) -> None:
        """The row at ``index`` is in ``group`` (None: it starts its own): later rows find it by its keys."""
        if group is None:
            group = index
        else:
            members = self.members.get(group)
            if members is None:
                members = self.members[group] = [group] if group >= 0 else []
            members.append(index)
        seen = self.seen
        for kind, value in keys:
            index = seen[kind]
            if value in index:
                index_add(index, value, group)
            else:  # (the common case, without a call)
                index[value] = group
