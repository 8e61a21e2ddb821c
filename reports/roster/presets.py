"""Exports other tools accept as they are (issue 20, item 7): Spoke, Action Network, Google
Contacts and vCard, for the whole roster or the people of a selection, a call list, an event or
a training session.

* Phones are written in E.164 (+16085550123). A cell that is only such a number cannot run as a
  formula, so it is written bare; every other cell is neutralized as in the roster export (a
  leading ``=``, ``+``, ``-``, ``@``, tab or CR gets an apostrophe), a phone that could not be
  read included.
* Texting and email tools get only people who may be reached that way: "no" and "do not
  contact" are always left out; "unknown" is left out too unless the caller asks for it
  (``include_unknown``). The result says how many were left out and why.
* Written atomically (reports/core/atomic.py); an ``exported`` audit entry records the preset and the
  count, never names.
"""

from __future__ import annotations

import csv
import enum
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from models.core import audit, errors
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.text import GIVEN_FIRST, display_name
from models.importing.vcard import VCardPerson, write_cards

from reports.core.atomic import atomic_write
from .export import neutralize_csv
from models.mobilization import operations as mobilization
from models.trainings import sessions as trainings
from .export import _max_phones

ProgressFn = Callable[[int, int], None]
CHUNK = 2000
E164 = re.compile(r"\+[1-9]\d{6,14}")


class Preset(enum.Enum):
    SPOKE = "spoke"
    ACTION_NETWORK = "action-network"
    GOOGLE = "google"
    VCARD = "vcard"

    @property
    def suffix(self) -> str:
        return ".vcf" if self is Preset.VCARD else ".csv"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    Preset.SPOKE: QT_TRANSLATE_NOOP("Exports", "Spoke (texting)"),
    Preset.ACTION_NETWORK: QT_TRANSLATE_NOOP("Exports", "Action Network"),
    Preset.GOOGLE: QT_TRANSLATE_NOOP("Exports", "Google Contacts"),
    Preset.VCARD: QT_TRANSLATE_NOOP("Exports", "vCard contacts (.vcf)"),
}
# Why a person was left out (the result counts them; the UI and CLI show the counts).
NO_CONSENT = QT_TRANSLATE_NOOP("Exports", "said no, or do not contact")
UNKNOWN_CONSENT = QT_TRANSLATE_NOOP("Exports", "consent not known")
NO_MOBILE = QT_TRANSLATE_NOOP("Exports", "no mobile number that can be read")
NO_EMAIL_OR_PHONE = QT_TRANSLATE_NOOP("Exports", "no email address or phone")

SPOKE_HEADERS = ["firstName", "lastName", "cell", "zip", "external_id", "workplace", "department", "shift",
                 "language"]
# Action Network's own column names (its activist reports use them; its upload matches them).
ACTION_NETWORK_HEADERS = ["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_user_address",
                          "can2_user_city", "can2_state_abbreviated", "country", "workplace", "department",
                          "job_title"]
GOOGLE_HEAD = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
               "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
               "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
               "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value"]
GOOGLE_ADDRESS = ["Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
                  "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
                  "Address 1 - Extended Address"]
GOOGLE_PHONE_LABELS = {"cell": "Mobile", "home": "Home", "work": "Work"}


@dataclass
class Person:
    """What the presets write about one person (phones as (shown, E.164 or "", label))."""

    id: int
    first: str
    last: str
    preferred: str = ""
    email: str = ""
    email2: str = ""
    phones: list[tuple[str, str, str]] = field(default_factory=list)
    languages: str = ""
    workplace: str = ""
    department: str = ""
    shift: str = ""
    job_title: str = ""
    tags: list[str] = field(default_factory=list)
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    external_id: str = ""
    name_order: str = GIVEN_FIRST
    ok_to_text: Optional[bool] = None
    ok_to_email: Optional[bool] = None
    do_not_contact: Optional[bool] = None

    def mobile(self) -> str:
        """The number to text: the first readable one marked mobile, else the first readable one
        without a label (a home or work line is not texted)."""
        for wanted in ("cell", ""):
            for _raw, e164, label in self.phones:
                if e164 and label == wanted:
                    return e164
        return ""

    def first_phone(self) -> str:
        return next((e164 for _raw, e164, _label in self.phones if e164), "")


@dataclass
class PresetResult:
    path: Path
    people: int
    left_out: dict[str, int]  # reason (an English template, context "Exports") -> count
    seconds: float


# ----------------------------------------------------------------- who
def people_of_call_list(db: Database, list_id: int) -> list[int]:
    return [row.person_id for row in mobilization.list_entries(db, list_id)]


def people_of_event(db: Database, event_id: int) -> list[int]:
    """Everyone on the event's call lists, and everyone checked in at it."""
    return [row.person_id for row in mobilization.load_checkin_rows(db, event_id) if row.on_list or row.checked_in]


def people_of_session(db: Database, session_id: int) -> list[int]:
    return [row.person_id for row in trainings.list_registrations(db, session_id)]


# ----------------------------------------------------------------- reading
_PEOPLE_SQL = (
    "SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.email, p.email2, p.languages, "
    "coalesce(w.name, ''), coalesce(d.name, ''), coalesce(s.name, ''), p.job_title, p.street, p.city, p.region, "
    "p.postal_code, p.country, p.external_id, p.name_order, p.ok_to_text, p.ok_to_email, p.do_not_contact "
    "FROM people p LEFT JOIN workplaces w ON w.id = p.workplace_id LEFT JOIN departments d ON d.id = p.department_id "
    "LEFT JOIN shifts s ON s.id = p.shift_id WHERE p.id IN ({ids}) ORDER BY p.id"
)


def load_people(db: Database, person_ids: Optional[Iterable[int]] = None,
                progress: Optional[ProgressFn] = None) -> Iterator[Person]:
    """People in id order, read CHUNK at a time (everyone when ``person_ids`` is None)."""
    with db.engine.connect() as conn:
        if person_ids is None:
            ids = list(conn.exec_driver_sql("SELECT id FROM people ORDER BY id").scalars())
        else:
            ids = sorted({int(i) for i in person_ids})
    for start in range(0, len(ids), CHUNK):
        chunk = ",".join(map(str, ids[start : start + CHUNK]))
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(_PEOPLE_SQL.format(ids=chunk)).all()
            phones = conn.exec_driver_sql(
                f"SELECT person_id, raw, e164, label FROM phones WHERE person_id IN ({chunk}) "
                "ORDER BY person_id, position").all()
            tags = conn.exec_driver_sql(
                "SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id "
                f"WHERE pt.person_id IN ({chunk})").all()
        by_person: dict[int, list[tuple[str, str, str]]] = {}
        for pid, raw, e164, label in phones:
            by_person.setdefault(pid, []).append((raw or "", e164 or "", (label or "").lower()))
        tags_of: dict[int, list[str]] = {}
        # Names in code point order (SQLite's BINARY): a server's collation may order them otherwise.
        for pid, name in sorted(tags, key=lambda row: row[1]):
            tags_of.setdefault(pid, []).append(name)
        for row in rows:
            pid = row[0]
            text = ["" if v is None else str(v) for v in row[1:18]]
            yield _person(pid, text, row[18:], by_person.get(pid, []), tags_of.get(pid, []))
        if progress is not None:
            progress(min(start + CHUNK, len(ids)), len(ids))


def _person(pid: int, text: list[str], consent: tuple, phones: list, tags: list[str]) -> Person:
    (first, last, preferred, email, email2, languages, workplace, department, shift, job_title, street, city,
     region, postal_code, country, external_id, name_order) = text
    return Person(pid, first, last, preferred, email, email2, phones, languages, workplace, department, shift,
                  job_title, tags, street, city, region, postal_code, country, external_id, name_order,
                  ok_to_text=consent[0], ok_to_email=consent[1], do_not_contact=consent[2])


# ----------------------------------------------------------------- who is left out
def _consent(value: Optional[bool]) -> str:
    return "yes" if value else ("no" if value is not None else "unknown")


def left_out_reason(preset: Preset, person: Person, include_unknown: bool) -> str:
    """Why ``person`` is not written by ``preset`` ("" = written)."""
    if preset is Preset.SPOKE:
        channel = person.ok_to_text
    elif preset is Preset.ACTION_NETWORK:
        channel = person.ok_to_email
    else:
        return ""  # an address book: contacts, not messages
    if person.do_not_contact or _consent(channel) == "no":
        return NO_CONSENT
    if channel is None and not include_unknown:
        return UNKNOWN_CONSENT
    if preset is Preset.SPOKE and not person.mobile():
        return NO_MOBILE
    if preset is Preset.ACTION_NETWORK and not (person.email or person.first_phone()):
        return NO_EMAIL_OR_PHONE
    return ""


# ----------------------------------------------------------------- cells
def cell(value: str) -> str:
    """Any cell: never a formula."""
    return neutralize_csv(value or "")


def phone_cell(value: str) -> str:
    """A phone cell: bare when it is only an E.164 number (no formula can hide in one), else as any cell."""
    return value if E164.fullmatch(value or "") else cell(value)


def _language(person: Person) -> str:
    return next((p.strip() for p in re.split(r"[,;]", person.languages) if p.strip()), "")


def spoke_row(person: Person) -> list[str]:
    return [cell(person.first or person.preferred), cell(person.last), phone_cell(person.mobile()),
            cell(person.postal_code), cell(person.external_id), cell(person.workplace), cell(person.department),
            cell(person.shift), cell(_language(person))]


def action_network_row(person: Person) -> list[str]:
    return [cell(person.first or person.preferred), cell(person.last), cell(person.email), cell(person.postal_code),
            phone_cell(person.mobile() or person.first_phone()), cell(person.street), cell(person.city),
            cell(person.region), cell(person.country), cell(person.workplace), cell(person.department),
            cell(person.job_title)]


def google_headers(phone_columns: int) -> list[str]:
    phones = [f"Phone {n} - {part}" for n in range(1, phone_columns + 1) for part in ("Label", "Value")]
    return GOOGLE_HEAD + phones + GOOGLE_ADDRESS


def google_row(person: Person, phone_columns: int) -> list[str]:
    labels = " ::: ".join(["* myContacts"] + person.tags)
    head = [person.first, "", person.last, "", "", "", "", "", person.preferred, "", person.workplace,
            person.job_title, person.department, "", "", "", labels,
            "* " if person.email else "", person.email, "" if not person.email2 else "Other", person.email2]
    phones: list[str] = []
    for raw, e164, label in person.phones[:phone_columns]:
        phones += [cell(GOOGLE_PHONE_LABELS.get(label, "")), phone_cell(e164 or raw)]
    phones += [""] * (2 * phone_columns - len(phones))
    formatted = ", ".join(p for p in (person.street, person.city, person.region, person.postal_code, person.country)
                          if p)
    address = ["Home" if formatted else "", formatted, person.street, person.city, "", person.region,
               person.postal_code, person.country, ""]
    return [cell(v) for v in head] + phones + [cell(v) for v in address]


def vcard_person(person: Person) -> VCardPerson:
    return VCardPerson(
        first=person.first, last=person.last, display=display_name(person.first, person.last, "", person.name_order)
        or person.preferred, phones=[(e164 or raw, label) for raw, e164, label in person.phones],
        emails=[e for e in (person.email, person.email2) if e], workplace=person.workplace,
        department=person.department, job_title=person.job_title, tags=list(person.tags),
        address=(person.street, person.city, person.region, person.postal_code, person.country),
        preferred=person.preferred, languages=[p.strip() for p in re.split(r"[,;]", person.languages) if p.strip()])


# ----------------------------------------------------------------- writing
def export_preset(db: Database, preset: Preset | str, out: str | Path, person_ids: Optional[Iterable[int]] = None,
                  include_unknown: bool = False, progress: Optional[ProgressFn] = None) -> PresetResult:
    """Write ``out`` in ``preset``'s layout with everyone, or only ``person_ids``."""
    preset = Preset(preset)
    out = Path(out)
    if out.suffix.lower() != preset.suffix:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "Export this format to a file ending in {suffix}."),
            QT_TRANSLATE_NOOP("Errors", "Choose a file name with that ending."),
            suffix=preset.suffix,
        )
    started = time.perf_counter()
    left_out: dict[str, int] = {}
    ids = list(person_ids) if person_ids is not None else None

    def chosen() -> Iterator[Person]:
        for person in load_people(db, ids, progress):
            reason = left_out_reason(preset, person, include_unknown)
            if reason:
                left_out[reason] = left_out.get(reason, 0) + 1
            else:
                yield person

    with atomic_write(out) as tmp:
        count = _write(preset, tmp, chosen(), _phone_columns(db, ids) if preset is Preset.GOOGLE else 0)
    audit.record_after_file(db, "exported", f"export-{preset.value}", count=count)
    return PresetResult(out, count, left_out, time.perf_counter() - started)


def _write(preset: Preset, path: Path, people: Iterator[Person], phone_columns: int) -> int:
    if preset is Preset.VCARD:
        count = 0
        with open(path, "w", encoding="utf-8", newline="") as handle:
            for text in write_cards(vcard_person(p) for p in people):
                handle.write(text)
                count += 1
        return count
    if preset is Preset.SPOKE:
        headers, row = SPOKE_HEADERS, spoke_row
    elif preset is Preset.ACTION_NETWORK:
        headers, row = ACTION_NETWORK_HEADERS, action_network_row
    else:
        headers = google_headers(phone_columns)

        def row(person: Person) -> list[str]:
            return google_row(person, phone_columns)

    count = 0
    # UTF-8 without a BOM: these files go to web uploaders, which take a BOM for part of the first header.
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for person in people:
            writer.writerow(row(person))
            count += 1
    return count


def _phone_columns(db: Database, ids: Optional[list[int]]) -> int:
    with db.engine.connect() as conn:
        return _max_phones(conn, sorted(set(ids)) if ids is not None else None)
