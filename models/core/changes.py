"""What a write changed, announced by the data layer itself (no Qt here).

Every committed write transaction on a :class:`models.core.db.Database` is announced to the
database's change listeners as a :class:`Changes` value: the kinds of data it touched, found
from the tables its statements wrote (``INSERT`` / ``UPDATE`` / ``DELETE`` / ``REPLACE``). No
write function has to remember to say what it changed, and no page has to tell the others: the
UI (ui/context.py) delivers each announcement on the UI thread to every page, and a page
refreshes when ``changes.touches(Kind.X, ...)`` for a kind it shows.

Writes that bypass SQLAlchemy (the import's statement thread) are covered by the table they
also write through it (``import_batches`` -> IMPORTS and PEOPLE); a model function may add what
it knows more precisely with ``db.announce(Changes.of(Kind.PEOPLE, ids=...))``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Iterable


class Kind(enum.Enum):
    PEOPLE = "people"
    WORKPLACES = "workplaces"
    COMMITTEES = "committees"
    COMMITTEE_LIFE = "committee-life"  # meetings, attendance, tasks
    TAGS = "tags"
    EVENTS = "events"
    CALL_LISTS = "call-lists"
    CALLS = "calls"
    CHECKINS = "checkins"
    SESSIONS = "sessions"  # training topics and sessions
    REGISTRATIONS = "registrations"  # training registrations, attendance, follow-ups
    RESOLUTIONS = "resolutions"
    LEAFLETS = "leaflets"
    IMPORTS = "imports"
    AUDIT = "audit"
    SETTINGS = "settings"  # app_meta


#: table -> the kinds a write to it changes. A table missing here is announced as no kind at all
#: (tests/test_changes.py checks every table of the schema is listed).
TABLE_KINDS: dict[str, frozenset[Kind]] = {
    table: frozenset(kinds)
    for table, kinds in {
        "people": (Kind.PEOPLE,),
        "phones": (Kind.PEOPLE,),
        "assessments": (Kind.PEOPLE,),
        "person_tags": (Kind.PEOPLE, Kind.TAGS),
        "tags": (Kind.TAGS,),
        "workplaces": (Kind.WORKPLACES,),
        "departments": (Kind.WORKPLACES,),
        "shifts": (Kind.WORKPLACES,),
        "committees": (Kind.COMMITTEES,),
        "committee_members": (Kind.COMMITTEES,),
        "meetings": (Kind.COMMITTEE_LIFE,),
        "meeting_attendance": (Kind.COMMITTEE_LIFE,),
        "committee_tasks": (Kind.COMMITTEE_LIFE,),
        "events": (Kind.EVENTS,),
        "event_committees": (Kind.EVENTS,),
        "event_scripts": (Kind.EVENTS,),
        "call_lists": (Kind.CALL_LISTS,),
        "call_list_entries": (Kind.CALL_LISTS,),
        "calls": (Kind.CALLS,),
        "checkins": (Kind.CHECKINS,),
        "training_topics": (Kind.SESSIONS,),
        "training_sessions": (Kind.SESSIONS,),
        "training_session_trainers": (Kind.SESSIONS,),
        "training_registrations": (Kind.REGISTRATIONS,),
        "training_followups": (Kind.REGISTRATIONS,),
        "resolutions": (Kind.RESOLUTIONS,),
        "resolution_versions": (Kind.RESOLUTIONS,),
        "resolution_sponsors": (Kind.RESOLUTIONS,),
        "resolution_votes": (Kind.RESOLUTIONS,),
        "leaflets": (Kind.LEAFLETS,),
        # An import (or its undo) writes people on a second thread, outside SQLAlchemy's view.
        "import_batches": (Kind.IMPORTS, Kind.PEOPLE, Kind.TAGS, Kind.WORKPLACES),
        "import_batch_people": (Kind.IMPORTS, Kind.PEOPLE),
        "import_mappings": (Kind.IMPORTS,),
        "audit_log": (Kind.AUDIT,),
        "app_meta": (Kind.SETTINGS,),
        "logins": (Kind.SETTINGS,),
        "login_committees": (Kind.SETTINGS,),
    }.items()
}


@dataclass(frozen=True)
class Changes:
    """The kinds of data one write (or several, merged with ``|``) changed, and the ids it
    knows of (pairs ``(kind, id)``; empty means "any of that kind")."""

    kinds: frozenset[Kind] = frozenset()
    ids: frozenset[tuple[Kind, int]] = frozenset()
    elsewhere: bool = False  # written (also) by another app on the committee server: no page has shown it yet

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[tuple[Kind, int]] = ()) -> "Changes":
        return cls(frozenset(kinds), frozenset(ids))

    @classmethod
    def from_tables(cls, tables: Iterable[str], elsewhere: bool = False) -> "Changes":
        kinds: set[Kind] = set()
        for table in tables:
            kinds |= TABLE_KINDS.get(table, frozenset())
        return cls(frozenset(kinds), elsewhere=elsewhere)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds, self.ids | other.ids, self.elsewhere or other.elsewhere)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind in self.kinds for kind in kinds)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        return frozenset(i for k, i in self.ids if k is kind)


_WRITE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)
_WRITE_AFTER_WITH = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|DELETE\s+FROM)\s+[\"`\[]?(\w+)", re.IGNORECASE)


def written_table(statement: str) -> str | None:
    """The table an INSERT / UPDATE / DELETE / REPLACE statement writes, else None."""
    match = _WRITE.match(statement)
    if match is None and statement.lstrip()[:4].upper() == "WITH":  # WITH ... INSERT INTO t ...
        match = _WRITE_AFTER_WITH.search(statement)
    return match.group(1).lower() if match else None
