"""Who goes on the printed directory and on mailing labels (reports/roster/directory.py,
reports/roster/mailing_labels.py): people with what those printouts show, read in one snapshot.

The directory is for the committee: name (in its own order), workplace, department, shift, job
title, languages and membership; a phone only when asked for (``with_phones``). Never an
assessment. Mailing labels take the postal address fields people have (street, city, region,
postal_code, country) and leave out anyone marked "do not contact" or without an address.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from models.core.db import Database
from models.core.entities import Person
from models.core.text import display_name, fold
from sqlalchemy import select

ADDRESS_FIELDS = ("street", "city", "region", "postal_code", "country")


@dataclass
class DirectoryEntry:
    id: int
    name: str
    sort_key: str
    workplace: str  # "" when none
    department: str
    shift: str
    shift_position: int
    job_title: str
    languages: str
    membership: str
    phone: str = ""  # only with_phones


def _where_ids(column: str, person_ids: Optional[Iterable[int]]) -> str:
    if person_ids is None:
        return ""
    ids = ",".join(str(int(i)) for i in person_ids)
    return f" WHERE {column} IN ({ids})" if ids else " WHERE FALSE"


def sort_key(first: str, last: str, preferred: str) -> str:
    """Family name, then given name, accents and case folded (as the roster sorts)."""
    return fold(f"{last} {preferred or first}")


def directory_entries(db: Database, person_ids: Optional[Iterable[int]] = None,
                      with_phones: bool = False) -> list[DirectoryEntry]:
    """Everyone (or ``person_ids``) ordered by workplace, department, shift (in its position),
    then name; people without a workplace, department or shift come after the others."""
    ids = list(person_ids) if person_ids is not None else None
    with db.engine.connect() as conn:
        run = conn.exec_driver_sql
        workplaces = dict(run("SELECT id, name FROM workplaces").fetchall())
        departments = dict(run("SELECT id, name FROM departments").fetchall())
        shifts = {sid: (name, position) for sid, name, position in run("SELECT id, name, position FROM shifts")}
        people = run("SELECT id, first_name, last_name, preferred_name, name_order, workplace_id, department_id, "
                     "shift_id, job_title, languages, membership FROM people" + _where_ids("id", ids)).fetchall()
        phones: dict[int, str] = {}
        if with_phones:
            for pid, raw in run("SELECT person_id, raw FROM phones" + _where_ids("person_id", ids)
                                + " ORDER BY person_id, position DESC"):
                phones[pid] = raw  # the first position wins (rows come last position first)
    entries = []
    for pid, first, last, preferred, order, wp, dept, shift, job, languages, membership in people:
        shift_name, position = shifts.get(shift, ("", 1 << 30))
        entries.append(DirectoryEntry(
            pid, display_name(first or "", last or "", preferred or "", order or ""),
            sort_key(first or "", last or "", preferred or ""), workplaces.get(wp, ""), departments.get(dept, ""),
            shift_name, position, job or "", languages or "", membership or "", phones.get(pid, "")))
    entries.sort(key=lambda e: (e.workplace == "", fold(e.workplace), e.department == "", fold(e.department),
                                e.shift == "", e.shift_position, fold(e.shift), e.sort_key, e.id))
    return entries


@dataclass
class Addressee:
    """One mailing label: the name in its own order and the postal address fields."""

    id: int
    name: str
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def has_address(self) -> bool:
        return bool(self.street.strip() and (self.city.strip() or self.postal_code.strip()))


def has_postal_addresses() -> bool:
    """Whether people have postal address fields in this version of the schema."""
    return all(hasattr(Person, name) for name in ADDRESS_FIELDS)


def addressee_for(person) -> Addressee:
    """An ``Addressee`` from any object with the name and address attributes of a person."""
    def text(name: str) -> str:
        return (getattr(person, name, "") or "").strip()

    return Addressee(getattr(person, "id", 0) or 0,
                     display_name(text("first_name"), text("last_name"), text("preferred_name"),
                                  getattr(person, "name_order", "") or ""),
                     *(text(name) for name in ADDRESS_FIELDS))


def mailing_addressees(db: Database, person_ids: Optional[Iterable[int]] = None) -> tuple[list[Addressee], int]:
    """(addressees with a postal address, in name order; how many were left out: no address,
    or "do not contact")."""
    if not has_postal_addresses():
        count = len(list(person_ids)) if person_ids is not None else None
        if count is None:
            with db.engine.connect() as conn:
                count = conn.exec_driver_sql("SELECT count(*) FROM people").scalar() or 0
        return [], count
    query = select(Person)
    if person_ids is not None:
        query = query.where(Person.id.in_(list(person_ids)))
    chosen, left_out = [], 0
    with db.session() as s:
        for person in s.scalars(query):
            addressee = addressee_for(person)
            if person.do_not_contact or not addressee.has_address():
                left_out += 1
                continue
            chosen.append((sort_key(person.first_name, person.last_name, person.preferred_name), addressee))
    chosen.sort(key=lambda pair: (pair[0], pair[1].id))
    return [addressee for _key, addressee in chosen], left_out
