"""The fields real files carry beyond names and phones (issue 20 items 3 and 5), for converting
and writing: consent yes / no / unknown with where it came from, the tools' opt-out columns, the
postal address, an external (employee) ID, a second email and a hire date.

Consent is never invented: a file that says nothing leaves it unknown. An opt-out column ("Do Not
Phone", ``do_not_call``) that says yes makes OK to call *no*; one that says no is not a yes (the
person did not opt out; nobody asked them either), so it leaves unknown. A value that is neither
yes nor no stays unknown, with a warning. Where answers came from: the file's own "Consent
source" / "Consent date" columns (our export writes them), else "import: <file name>" and the
time of the import (models/roster/consent.py).
"""

from __future__ import annotations

import operator
from datetime import datetime
from typing import Any, Callable, Optional, Sequence

from models.roster import consent
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.text import fold, is_valid_email, normalize_email, parse_date
from .messages import Problem, _problem

MSG_CONSENT = QT_TRANSLATE_NOOP(
    "Importing", "\"{value}\" in column \"{column}\" is not yes or no: consent left unknown.")
MSG_BAD_DATE = QT_TRANSLATE_NOOP("Importing", "\"{value}\" in column \"{column}\" is not a date: kept in the notes.")
MSG_BAD_EMAIL2 = QT_TRANSLATE_NOOP(
    "Importing", "The second email address does not look right: kept in the notes.")

# Keys and labels (the labels are our export's headers: a file we wrote maps back exactly).
FIELDS: list[tuple[str, str]] = [
    ("ok_to_email", QT_TRANSLATE_NOOP("Importing", "OK to email")),
    ("do_not_call", QT_TRANSLATE_NOOP("Importing", "Do not call (yes: not OK to call)")),
    ("do_not_text", QT_TRANSLATE_NOOP("Importing", "Do not text (yes: not OK to text)")),
    ("do_not_email", QT_TRANSLATE_NOOP("Importing", "Do not email (yes: not OK to email)")),
    ("consent_source", QT_TRANSLATE_NOOP("Importing", "Consent source")),
    ("consent_date", QT_TRANSLATE_NOOP("Importing", "Consent date")),
    ("street", QT_TRANSLATE_NOOP("Importing", "Street")),
    ("city", QT_TRANSLATE_NOOP("Importing", "City")),
    ("region", QT_TRANSLATE_NOOP("Importing", "State / region")),
    ("postal_code", QT_TRANSLATE_NOOP("Importing", "Postal code")),
    ("country", QT_TRANSLATE_NOOP("Importing", "Country (postal)")),
    ("external_id", QT_TRANSLATE_NOOP("Importing", "External ID")),
    ("email2", QT_TRANSLATE_NOOP("Importing", "Email 2")),
    ("hire_date", QT_TRANSLATE_NOOP("Importing", "Hire date")),
]
# Headers (normalized: folded, punctuation as spaces) for these keys; the tools' own layouts and
# the general aliases are in .layouts and .mapping.
ALIASES: dict[str, tuple[str, ...]] = {
    "do_not_call": ("do not call", "do not phone", "dont call", "no llamar", "no llamarle", "do not call list"),
    "do_not_text": ("do not text", "do not sms", "no sms", "no textear", "no enviar mensajes", "sms opt out"),
    "do_not_email": ("do not email", "no email", "no bulk emails", "no enviar correos", "email opt out"),
    "consent_source": ("consent source", "origen del consentimiento", "fuente del consentimiento"),
    "consent_date": ("consent date", "fecha del consentimiento", "fecha de consentimiento"),
    "region": ("state region", "estado region"),
    "country": ("country postal", "pais postal", "postal country"),
}

# Consent columns: the field each sets, and whether a "yes" in it means "no" (an opt-out column).
CONSENT_TARGET = {"ok_to_call": "ok_to_call", "ok_to_text": "ok_to_text", "ok_to_email": "ok_to_email",
                  "do_not_contact": "do_not_contact", "do_not_call": "ok_to_call", "do_not_text": "ok_to_text",
                  "do_not_email": "ok_to_email"}
OPT_OUT = frozenset(("do_not_call", "do_not_text", "do_not_email"))


def consent_keys(columns: Sequence[Optional[str]]) -> list[str]:
    """The consent fields a mapping's columns go to, once each, in column order (none: the file
    says nothing about consent, and everyone from it keeps consent unknown)."""
    return list(dict.fromkeys(key for key in columns if key in CONSENT_TARGET))
TEXT_LENGTHS = {"street": 200, "city": 100, "region": 100, "postal_code": 20, "country": 100, "external_id": 100,
                "email2": 320, "consent_source": 200}
DATES = ("hire_date", "consent_date")
KEYS = frozenset(TEXT_LENGTHS) | frozenset(DATES) | frozenset(CONSENT_TARGET)
# What a Record carries besides the basics (its __slots__ add these), with their empty values.
# consent_source None: the file has no "Consent source" column (then the import is the source);
# "" from a file that has one: not recorded there either (our export of such a person).
RECORD_DEFAULTS: dict[str, Any] = {"ok_to_email": None, **dict.fromkeys(TEXT_LENGTHS, ""), "consent_source": None,
                                   "hire_date": None, "consent_date": None}
TEXT_FILLED = tuple(TEXT_LENGTHS)  # merged like the other text fields: an empty one is filled


# ---------------------------------------------------------------------- values
def consent_reader(key: str, read: Callable[[str], Optional[bool]]) -> Callable[[str], tuple[Optional[bool], bool]]:
    """A cell -> (value for the field, understood) reader for the consent column ``key``; ``read``
    turns a word into True / False / None (the importer's yes/no with the tools' own words)."""
    if key in OPT_OUT:
        def opt_out(value: str) -> tuple[Optional[bool], bool]:
            said = read(value)
            return (False if said else None), said is not None
        return opt_out

    def plain(value: str) -> tuple[Optional[bool], bool]:
        said = read(value)
        return said, said is not None
    return plain


def parse_datetime(value: str) -> Optional[datetime]:
    text = value.strip()
    try:
        return datetime.fromisoformat(text[:19]).replace(microsecond=0)
    except ValueError:
        found = parse_date(text)
        return datetime(found.year, found.month, found.day) if found else None


# ---------------------------------------------------------------------- converting
class Extra:
    """The columns of these fields for one conversion (``convert_rows``), field by field."""

    def __init__(self, n: int, add_problem: Callable[[int, Problem], None],
                 column_map: Callable[[list[str], Callable[[str], Any]], list[Any]],
                 read_consent: Callable[[str], Optional[bool]]) -> None:
        self.n, self.add_problem, self.column_map, self.read_consent = n, add_problem, column_map, read_consent
        self.columns: dict[str, list[Any]] = {}
        self.notes: Optional[list[str]] = None  # "Header: value" lines for values that are kept aside

    def add(self, key: str, header: str, values: list[str]) -> None:
        if key in CONSENT_TARGET:
            self._consent(key, header, values)
        elif key in DATES:
            self._dates(key, header, values)
        else:
            self._text(key, values)

    def _keep_aside(self, i: int, header: str, value: str) -> None:
        if self.notes is None:
            self.notes = [""] * self.n
        line = f"{header}: {value}"
        self.notes[i] = f"{self.notes[i]}\n{line}" if self.notes[i] else line

    def _consent(self, key: str, header: str, values: list[str]) -> None:
        target = CONSENT_TARGET[key]
        reader = consent_reader(key, self.read_consent)
        read = self.column_map(values, lambda v: reader(v) if v else (None, True))
        have = self.columns.get(target)
        if have is None:
            have = self.columns[target] = [None] * self.n
        for i, (value, understood) in enumerate(read):
            if not understood:
                self.add_problem(i, _problem(MSG_CONSENT, warning=True, value=values[i][:40], column=header))
            elif value is not None:  # several columns: a refusal wins, a yes fills only unknown
                have[i] = consent.merged(target, have[i], value)

    def _dates(self, key: str, header: str, values: list[str]) -> None:
        if key == "hire_date":
            # A column headed in Spanish ("Fecha de alta", "Antigüedad") writes the day first.
            day_first = True if fold(header).lstrip().startswith(("fecha", "antiguedad")) else None
            read = self.column_map(values, lambda v: parse_date(v, day_first) if v else None)
        else:
            read = self.column_map(values, lambda v: parse_datetime(v) if v else None)
        have = self.columns.setdefault(key, [None] * self.n)
        for i, value in enumerate(read):
            if value is None and values[i]:
                self.add_problem(i, _problem(MSG_BAD_DATE, warning=True, value=values[i][:40], column=header))
                self._keep_aside(i, header, values[i])
            elif value is not None and have[i] is None:
                have[i] = value

    def _text(self, key: str, values: list[str]) -> None:
        length = TEXT_LENGTHS[key]
        cut = self.column_map(values, lambda v: " ".join(v.split())[:length] if v else "")
        have = self.columns.get(key)
        if have is None:
            self.columns[key] = cut
        elif key == "street":  # "Address line 1", "Address line 2"
            self.columns[key] = [f"{a}, {b}"[:length] if a and b else (a or b) for a, b in zip(have, cut)]
        else:
            self.columns[key] = [a or b for a, b in zip(have, cut)]

    def fill(self, records: Sequence[Any], headers_of: dict[str, str]) -> None:
        """Give each record its values (records come with RECORD_DEFAULTS)."""
        for name, column in self.columns.items():
            if name in ("ok_to_call", "ok_to_text", "do_not_contact"):
                continue  # (set by the caller with the record's other flags)
            keep_empty = name == "consent_source"  # a file's empty source: not recorded there either
            for rec, value in zip(records, column):
                if value or value is False or keep_empty:
                    setattr(rec, name, value)
        for i, rec in enumerate(records):
            if rec.email2:
                self._check_email2(i, rec, headers_of.get("email2", "Email 2"))
            if self.notes is not None and self.notes[i]:
                rec.notes = f"{rec.notes}\n{self.notes[i]}" if rec.notes else self.notes[i]

    def flags(self, name: str) -> Optional[list[Optional[bool]]]:
        return self.columns.get(name)

    def _check_email2(self, i: int, rec: Any, header: str) -> None:
        if not is_valid_email(rec.email2):
            self.add_problem(i, _problem(MSG_BAD_EMAIL2, warning=True))
            line = f"{header}: {rec.email2}"
            rec.notes = f"{rec.notes}\n{line}" if rec.notes else line
            rec.email2 = ""
        elif normalize_email(rec.email2) == normalize_email(rec.email):
            rec.email2 = ""  # the same address once


# ---------------------------------------------------------------------- writing
CONSENT_COLUMNS = ("ok_to_call", "ok_to_text", "ok_to_email", "do_not_contact")
NEW_PERSON_DEFAULTS = {
    "ok_to_call": "NULL", "ok_to_text": "NULL", "do_not_contact": "NULL", "ok_to_email": "NULL",
    "consent_source": "''", "consent_date": "NULL", **{name: "''" for name in TEXT_LENGTHS if name != "consent_source"},
    "hire_date": "NULL",
}


def consent_given(rec: Any) -> bool:
    return any(getattr(rec, name) is not None for name in CONSENT_COLUMNS)


def bit(value: Optional[bool]) -> Optional[int]:
    return None if value is None else int(bool(value))


def column(name: str, recs: Sequence[Any], source: str, stamp: str) -> Optional[list[Any]]:
    """New people's values for ``people.<name>`` if it is one of these fields (else None).
    ``source`` and ``stamp`` are where and when consent came from when the file does not say."""
    if name in CONSENT_COLUMNS:
        return [bit(getattr(rec, name)) for rec in recs]
    if name == "consent_source":
        return [_source(rec, source) for rec in recs]
    if name == "consent_date":
        return [_when(rec, stamp) for rec in recs]
    if name == "hire_date":
        return [rec.hire_date.isoformat() if rec.hire_date else None for rec in recs]
    if name in TEXT_LENGTHS:
        return [getattr(rec, name) for rec in recs]
    return None


def _some_answer(name: str) -> Callable[[Sequence[Any]], bool]:
    get = operator.attrgetter(name)
    return lambda recs: bool(set(map(get, recs)) - {None})


_ANSWERED = [_some_answer(name) for name in CONSENT_COLUMNS]


def any_set(name: str) -> Callable[[Sequence[Any]], bool]:
    """Whether some new person's ``name`` differs from the NULL / '' default (one pass in C)."""
    if name in CONSENT_COLUMNS:
        return _some_answer(name)
    get = operator.attrgetter(name)
    if name in ("consent_source", "consent_date"):
        return lambda recs: any(answered(recs) for answered in _ANSWERED) or bool(set(map(get, recs)) - {None, ""})
    return lambda recs: any(map(get, recs))


def _source(rec: Any, source: str) -> str:
    """Where a new person's consent came from: the file's own column if it has one, else the
    import (when the file gives any consent value)."""
    if rec.consent_source is not None:
        return rec.consent_source
    return source if consent_given(rec) else ""


def _when(rec: Any, stamp: str) -> Optional[str]:
    if rec.consent_source is not None or rec.consent_date is not None:
        return _stamp(rec.consent_date) if rec.consent_date else None
    return stamp if consent_given(rec) else None


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


MERGE_COLUMNS = ("ok_to_email", "consent_source", "consent_date", *(n for n in TEXT_LENGTHS if n != "consent_source"),
                 "hire_date")


def merge_changes(current: dict[str, Any], rec: Any, overwrite: bool, source: str, stamp: str) -> dict[str, tuple]:
    """column -> (old, new) these fields change on an existing person (``current``: column ->
    value as stored). Consent: ``models.roster.consent.merged`` (unknown never overwrites, a refusal
    always wins, a yes fills only unknown); a change records its source and time."""
    changes: dict[str, tuple] = {}
    for name in CONSENT_COLUMNS:
        old = current[name]
        old_value = None if old is None else bool(old)
        new = consent.merged(name, old_value, getattr(rec, name))
        if new != old_value:
            changes[name] = (old, bit(new))
    if changes:
        changes["consent_source"] = (current["consent_source"], _source(rec, source))
        changes["consent_date"] = (current["consent_date"], _when(rec, stamp))
    for name in TEXT_FILLED:
        if name == "consent_source":
            continue
        value, old = getattr(rec, name), current[name]
        if value and old != value and (not old or overwrite):
            changes[name] = (old, value)
    if rec.hire_date is not None:
        value, old = rec.hire_date.isoformat(), current["hire_date"]
        if old != value and (old is None or overwrite):
            changes["hire_date"] = (old, value)
    return changes
