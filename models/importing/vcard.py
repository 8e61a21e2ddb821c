"""Reading vCard files (2.1 with quoted-printable, 3.0, and 4.0 / RFC 6350) into the importer's table.

A phone's contacts export is one person per card. Each card becomes one row of a table whose
headers the importer's mapping already knows ("First name", "Mobile phone", "Email 2", "Postal
code", ...), so cards go through the same mapping, matching and writing as a spreadsheet. Values
the person fields do not hold (a birthday, a second address, a web page) get a column of their
own, which the importer keeps in the notes under its header: nothing a card says is dropped
silently. ``vobject`` unfolds the lines, reads the parameters and decodes quoted-printable; the
values (``;`` parts, ``,`` lists, backslash escapes) are split here.

No Qt here; messages are marked for translation (context "Importing"); nothing from a card is
ever logged (vobject's own logger, which prints the offending line, is silenced).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP
from .spreadsheet_guard import too_many_rows

MAX_CARDS = 500_000  # the importer's row bound (models/spreadsheet_guard.MAX_ROWS)

FIRST, LAST, FULL, PREFERRED = "First name", "Last name", "Full name", "Preferred name"
MOBILE, HOME, WORK, PHONE = "Mobile phone", "Home phone", "Work phone", "Phone"
EMAIL, WORKPLACE, DEPARTMENT, JOB = "Email", "Workplace", "Department", "Job title"
TAGS, NOTES, LANGUAGES = "Tags", "Notes", "Languages"
STREET, CITY, REGION, POSTAL, COUNTRY = "Street", "City", "Region", "Postal code", "Country"
OTHER_ADDRESS, UNREAD, SHOWN_AS = "Other address", "Unreadable vCard lines", "Shown as"
NAME_ORDER, FAMILY_FIRST = "Name order", "family first"  # as the roster export writes it

# Properties kept in a column of their own (the importer puts them in the notes).
EXTRA_COLUMNS = {
    "BDAY": "Birthday", "ANNIVERSARY": "Anniversary", "URL": "Web page", "IMPP": "Messaging",
    "ROLE": "Role", "RELATED": "Related person", "GENDER": "Gender", "FAX": "Fax", "PAGER": "Pager",
    "PREFIX": "Name prefix",
}
# The order of the columns (numbered repeats follow their first column).
ORDER = [FIRST, LAST, FULL, PREFERRED, MOBILE, HOME, WORK, PHONE, EMAIL, WORKPLACE, DEPARTMENT, JOB, TAGS,
         NOTES, STREET, CITY, REGION, POSTAL, COUNTRY, LANGUAGES, NAME_ORDER, SHOWN_AS, *EXTRA_COLUMNS.values(), OTHER_ADDRESS,
         UNREAD]
SIMPLE = {"TITLE": JOB, "NOTE": NOTES, "LANG": LANGUAGES}  # one text each
LISTS = {TAGS, LANGUAGES}  # several values joined in one cell
# Technical properties with nothing about the person in them.
SKIPPED = {"VERSION", "PRODID", "REV", "UID", "CLASS", "SORT-STRING", "NAME", "PROFILE", "SOURCE", "LABEL",
           "MAILER", "CLIENTPIDMAP", "KIND", "TZ", "GEO", "XML", "AGENT", "MEMBER"}
ATTACHMENTS = {"PHOTO", "LOGO", "SOUND", "KEY"}
GOOGLE_GROUPS = {"mycontacts", "starred"}  # as models/importing/tool_values.py leaves out "* myContacts"

MSG_UNREAD_LINES = QT_TRANSLATE_NOOP(
    "Importing", "Some lines of this contact could not be read; they were kept in the notes as written.")
NOTICE_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "Importing", "Photos and program-specific fields (X-…) in the vCard file are not imported.")
NO_CARDS = QT_TRANSLATE_NOOP("Errors", "The vCard file has no complete contact in it (BEGIN:VCARD … END:VCARD).")
NO_CARDS_HINT = QT_TRANSLATE_NOOP("Errors", "Export the contacts again from your phone or address book.")

_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)


@dataclass
class VCardTable:
    """Headers and one row per card; problems are message templates (context "Importing")."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (card number, 1-based; cells)
    row_problems: dict[int, list[str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def looks_like_vcard(head: bytes | str) -> bool:
    """True when the first non-blank text of a file is BEGIN:VCARD (any case, any encoding)."""
    if isinstance(head, bytes):
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = head.decode("utf-16", errors="ignore")
        else:
            head = head.decode("utf-8", errors="ignore")
    text = head.lstrip("\ufeff \t\r\n\x00").replace("\x00", "")
    return bool(re.match(r"BEGIN\s*:\s*VCARD\b", text, re.IGNORECASE))


def read_vcards(text: str) -> VCardTable:
    """Every card of ``text`` as a table row. Raises UserError when there is no card at all."""
    vobject = _vobject()
    cards: list[dict[str, str]] = []
    problems: dict[int, list[str]] = {}
    skipped_something = False
    for number, card_text in enumerate(split_cards(text), start=1):
        if number > MAX_CARDS:
            raise too_many_rows()
        lines, version, unread = _parse(vobject, card_text)
        values, skipped = card_values(lines, version)
        skipped_something |= skipped
        if unread:
            for line in unread:
                _put(values, UNREAD, line)
            problems[number] = [MSG_UNREAD_LINES]
        cards.append(values)
    if not cards:
        raise errors.UserError(NO_CARDS, NO_CARDS_HINT)
    headers = _headers(cards)
    rows = [(n, [values.get(h, "") for h in headers]) for n, values in enumerate(cards, start=1)]
    return VCardTable(headers, rows, problems, [NOTICE_NOT_IMPORTED] if skipped_something else [])


def split_cards(text: str) -> Iterator[str]:
    """The text of each top-level BEGIN:VCARD … END:VCARD block (a card nested in AGENT stays inside)."""
    depth, lines = 0, []  # type: int, list[str]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _BEGIN.match(line):
            depth += 1
        if depth:
            lines.append(line)
        if depth and _END.match(line):
            depth -= 1
            if depth == 0:
                yield "\r\n".join(lines) + "\r\n"
                lines = []


# ---------------------------------------------------------------- parsing
def _vobject():
    # lazy: vobject loads only when a vCard is read or written (installer spec lists it)
    import vobject

    logging.getLogger("vobject").setLevel(logging.CRITICAL + 1)  # its messages quote the card's lines
    logging.getLogger("vobject.base").setLevel(logging.CRITICAL + 1)
    return vobject


@dataclass
class _Line:
    name: str  # upper case, without its group ("item1.TEL" -> "TEL")
    value: str  # as written (escapes kept), quoted-printable already decoded
    types: set[str]


def _parse(vobject: Any, card_text: str) -> tuple[list[_Line], str, list[str]]:
    """(content lines, vCard version, lines that could not be read). vobject unfolds the lines
    (also 2.1's quoted-printable soft breaks), reads the parameters and decodes quoted-printable
    in the given CHARSET; the values are split here, so that an unescaped comma in a note is a
    comma (vobject's text decoding keeps only what comes before it). A line that cannot be read
    costs that line, kept as written, never the person."""
    lines: list[_Line] = []
    unread: list[str] = []
    version, depth = "3.0", 0
    for text, number in vobject.base.getLogicalLines(io.StringIO(card_text), allowQP=True):
        if _BEGIN.match(text) or _END.match(text):
            depth += 1 if _BEGIN.match(text) else -1
            continue
        if depth > 1:  # a card inside the card (2.1's AGENT): not this person
            continue
        try:
            line = vobject.base.textLineToContentLine(text, number)
        except Exception:  # noqa: BLE001 - ParseError, or UnicodeError/LookupError from a CHARSET
            unread.append(" ".join(text.split()))
            continue
        name = line.name.upper()
        if name == "VERSION":
            version = str(line.value).strip()
        lines.append(_Line(name, str(line.value), _types(line)))
    return lines, version, unread


def _types(line: Any) -> set[str]:
    """TYPE=cell,voice / TYPE="voice,cell" / 2.1's bare ;CELL;PREF / 4.0's PREF=1, lower case."""
    found: set[str] = set()
    for value in list(line.params.get("TYPE", [])) + list(getattr(line, "singletonparams", [])):
        found.update(part.strip().strip('"').lower() for part in str(value).split(","))
    if line.params.get("PREF"):
        found.add("pref")
    found.discard("")
    return found


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def _split(value: str, separator: str) -> list[str]:
    """``value`` split at each ``separator`` not escaped with a backslash (escapes kept)."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    r"""\n -> new line, \, -> ",", \; -> ";", \\ -> "\"; anything else as written."""
    if "\\" not in value:
        return value.strip()
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), value).strip()


def _components(line: _Line, version: str, joiner: str) -> list[str]:
    """A structured value (N, ADR, ORG) by its ``;`` parts. In 3.0 and 4.0 a part may be a
    comma list (two given names), joined with ``joiner``; 2.1 has no such lists."""
    parts = _split(line.value, ";")
    if version.startswith("2") or not joiner:
        return [_unescape(p) for p in parts]
    return [joiner.join(v for v in (_unescape(x) for x in _split(p, ",")) if v) for p in parts]


def _text(line: _Line) -> str:
    text = _unescape(line.value)
    return text if "\n" in text else " ".join(text.split())


def _preferred_first(lines: Sequence[_Line]) -> list[_Line]:
    return sorted(lines, key=lambda line: "pref" not in line.types)


def _put(values: dict[str, str], header: str, value: str) -> None:
    """The first value under ``header``, later ones under "header 2", "header 3" (tags and
    languages, which a person has several of, are joined in one cell)."""
    value = value.strip()
    if not value:
        return
    if header in LISTS and values.get(header):
        values[header] = f"{values[header]}; {value}"
        return
    name, n = header, 1
    while name in values:
        if values[name] == value:
            return  # the same value twice (a phone listed as cell and as voice) is kept once
        n += 1
        name = f"{header} {n}"
    values[name] = value


def card_values(lines: Sequence[_Line], version: str) -> tuple[dict[str, str], bool]:
    """(header -> value, whether photos or X- fields were left out) for one card's lines."""
    values: dict[str, str] = {}
    _names(lines, version, values)
    for line in _preferred_first([ln for ln in lines if ln.name == "TEL"]):
        _put(values, _phone_header(line.types), _phone_value(_text(line)))
    for line in _preferred_first([ln for ln in lines if ln.name == "EMAIL"]):
        _put(values, EMAIL, _text(line))
    _addresses([ln for ln in lines if ln.name == "ADR"], version, values)
    skipped = False
    for line in lines:
        if line.name in ("N", "FN", "TEL", "EMAIL", "ADR") or line.name in SKIPPED:
            continue
        if line.name in ATTACHMENTS or line.name.startswith("X-"):
            skipped = True
        elif line.name == "ORG":
            parts = _components(line, version, "")
            _put(values, WORKPLACE, parts[0])
            _put(values, DEPARTMENT, " / ".join(p for p in parts[1:] if p))
        elif line.name == "NICKNAME":
            for item in _list_items(line, version):
                _put(values, PREFERRED, item)
        elif line.name == "CATEGORIES":  # without Google's own groups (every contact is in "myContacts")
            _put(values, TAGS, "; ".join(i for i in _list_items(line, version) if i.casefold() not in GOOGLE_GROUPS))
        elif line.name in SIMPLE:
            _put(values, SIMPLE[line.name], _text(line))
        else:
            _put(values, EXTRA_COLUMNS.get(line.name, line.name.title()), _text(line))
    return values, skipped



def _list_items(line: _Line, version: str) -> list[str]:
    """CATEGORIES:a,b\\,c -> ["a", "b,c"] (2.1 writers also separate them with ";")."""
    items = [line.value]
    for separator in (",;" if version.startswith("2") else ","):
        items = [piece for item in items for piece in _split(item, separator)]
    return [text for text in map(_unescape, items) if text]


def _names(lines: Sequence[_Line], version: str, values: dict[str, str]) -> None:
    """N gives first and last name; FN is kept as the full name when there is no N, and under
    "Shown as" when it says more than N (a name in another script in brackets). When FN starts
    with the family name, the person's name order is family first."""
    n = next((ln for ln in lines if ln.name == "N"), None)
    fn = next((_text(ln) for ln in lines if ln.name == "FN"), "")
    family, given, additional, prefix, suffix = (_components(n, version, " ") + [""] * 5)[:5] if n else [""] * 5
    if not (given or family):
        _put(values, FULL, fn or additional)
        return
    _put(values, FIRST, " ".join(p for p in (given, additional) if p))
    _put(values, LAST, " ".join(p for p in (family, suffix) if p))
    _put(values, EXTRA_COLUMNS["PREFIX"], prefix)
    if fn and not _letters(fn) <= _letters(" ".join((prefix, given, additional, family, suffix))):
        _put(values, SHOWN_AS, fn)
    shown = fn.casefold()
    if given and family and shown.startswith(family.casefold()) and not shown.startswith(given.casefold()):
        _put(values, NAME_ORDER, FAMILY_FIRST)  # "王小明", "Nguyễn Thị Lan": the family name comes first


def _letters(text: str) -> Counter:
    """The letters and digits of a name, counted ("王小明" has those of "王" and "小明")."""
    return Counter(ch for ch in text.casefold() if ch.isalnum())


def _phone_header(types: set[str]) -> str:
    if types & {"fax"}:
        return EXTRA_COLUMNS["FAX"]
    if types & {"pager"}:
        return EXTRA_COLUMNS["PAGER"]
    if types & {"cell", "mobile", "iphone"}:
        return MOBILE
    if "home" in types:
        return HOME
    if "work" in types:
        return WORK
    return PHONE


def _phone_value(value: str) -> str:
    """tel:+1-608-555-0123;ext=12 (4.0's URI form) -> +1-608-555-0123 ext. 12."""
    text = value
    if text.lower().startswith("tel:"):
        text = text[4:]
        number, _, params = text.partition(";")
        ext = re.search(r"(?:^|;)ext=([^;]+)", params, re.IGNORECASE)
        text = f"{number} ext. {ext.group(1)}" if ext else number
    return text


def _addresses(lines: Sequence[_Line], version: str, values: dict[str, str]) -> None:
    """The first (or preferred) address in its fields; others whole, on one line each."""
    for index, line in enumerate(_preferred_first(lines)):
        box, extended, street, city, region, code, country = (_components(line, version, ", ") + [""] * 7)[:7]
        street = ", ".join(p for p in (street, extended, box) if p)
        if index == 0:
            for header, value in ((STREET, street), (CITY, city), (REGION, region), (POSTAL, code),
                                  (COUNTRY, country)):
                _put(values, header, value)
        else:
            _put(values, OTHER_ADDRESS, ", ".join(p for p in (street, city, region, code, country) if p))


def _headers(cards: Iterable[dict[str, str]]) -> list[str]:
    seen: dict[str, None] = {}
    for values in cards:
        for header in values:
            seen.setdefault(header, None)
    rank = {header: i for i, header in enumerate(ORDER)}

    def key(header: str) -> tuple[int, int, str]:
        base, _, n = header.rpartition(" ")
        if base and n.isdigit() and base in rank:
            return rank[base], int(n), header
        return rank.get(header, len(ORDER)), 1, header

    return sorted(seen, key=key)


# ---------------------------------------------------------------- writing (the export preset)
def write_card(vobject: Any, person: "VCardPerson") -> str:
    """One vCard 3.0 (what Google, Apple and Android all read) for ``person``. Notes are never
    written: a phone's address book is synced to other companies' servers."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=person.last, given=person.first)
    card.add("fn").value = person.display or " ".join(p for p in (person.first, person.last) if p) or "?"
    for number, label in person.phones:
        tel = card.add("tel")
        tel.value = number
        tel.type_param = {"cell": "CELL", "home": "HOME", "work": "WORK"}.get(label, "VOICE")
    for email in person.emails:
        line = card.add("email")
        line.value = email
        line.type_param = "INTERNET"
    if person.workplace or person.department:
        card.add("org").value = [person.workplace, person.department] if person.department else [person.workplace]
    if person.job_title:
        card.add("title").value = person.job_title
    if person.tags:
        card.add("categories").value = list(person.tags)
    if any(person.address):
        street, city, region, code, country = person.address
        card.add("adr").value = vobject.vcard.Address(street=street, city=city, region=region, code=code,
                                                      country=country)
    if person.preferred:
        card.add("nickname").value = person.preferred
    for code in person.languages:
        card.add("lang").value = code
    return card.serialize()


@dataclass
class VCardPerson:
    """What the vCard export writes about one person."""

    first: str
    last: str
    display: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (E.164 or as typed, label)
    emails: list[str] = field(default_factory=list)
    workplace: str = ""
    department: str = ""
    job_title: str = ""
    tags: list[str] = field(default_factory=list)
    address: tuple[str, str, str, str, str] = ("", "", "", "", "")  # street, city, region, code, country
    preferred: str = ""
    languages: list[str] = field(default_factory=list)


def write_cards(people: Iterable[VCardPerson]) -> Iterator[str]:
    vobject = _vobject()
    for person in people:
        yield write_card(vobject, person)

