"""Converting: mapped rows into :class:`Record` people (names split, phones in E.164, yes/no,
membership, languages...), a column at a time, with the problems of each row."""

from __future__ import annotations

import operator
import re
from typing import Any, Callable, Optional, Sequence

from models.roster import consent
from models.core.text import (
    NANP_REGIONS,
    default_region,
    display_name,
    fold,
    is_cjk,
    is_valid_email,
    normalize_phone,
    phone_key,
    phone_text,
    split_phones,
)
from models.importing import person_fields
from .layouts import IGNORE
from .mapping import Mapping, _norm_header
from .messages import (
    MSG_BAD_ASSESSMENT,
    MSG_BAD_EMAIL,
    MSG_BAD_PHONE,
    MSG_DEPT_NO_WORKPLACE,
    MSG_MEMBERSHIP,
    MSG_NAME_ORDER,
    MSG_NO_NAME,
    MSG_TOO_LONG,
    Problem,
    _problem,
)
from .reading import MAX_CELL
from .tool_values import consent_word, locale_language, name_case, split_multi, tag_names, tagging_fields


_EMPTY_VALUES = {"", "n/a", "na", "n a", "none", "ninguno", "ninguna", "no tiene", "-", "--", "null", "nil", "?", "no aplica",
                 "0/0/00", "unspecified"}  # (the last two: Outlook's empty date and gender)
_YES = {"yes", "y", "si", "true", "1", "x", "ok", "sure", "claro", "verdadero", "✓", "✔"}
_NO = {"no", "n", "false", "0", "falso", "nunca", "never"}
_MEMBERSHIP = {
    "member": "member", "members": "member", "miembro": "member", "miembra": "member", "afiliado": "member",
    "afiliada": "member", "yes": "member", "si": "member", "y": "member", "full member": "member",
    "dues paying": "member", "activo": "member", "active": "member",
    "non-member": "non-member", "non member": "non-member", "nonmember": "non-member", "no": "non-member",
    "not a member": "non-member", "no miembro": "non-member", "no afiliado": "non-member", "n": "non-member",
    "steward": "steward", "delegado": "steward", "delegada": "steward", "shop steward": "steward",
    "officer": "officer", "oficial": "officer", "dirigente": "officer", "board": "officer",
}
_LANGUAGES = {
    "english": "en", "ingles": "en", "en": "en", "eng": "en",
    "spanish": "es", "espanol": "es", "castellano": "es", "es": "es", "spa": "es", "esp": "es",
    "vietnamese": "vi", "vietnamita": "vi", "tieng viet": "vi", "vi": "vi",
    "chinese": "zh", "chino": "zh", "mandarin": "zh", "cantonese": "zh", "mandarin chinese": "zh", "zh": "zh",
    "中文": "zh", "普通话": "zh", "粤语": "zh",
    "arabic": "ar", "arabe": "ar", "ar": "ar", "العربية": "ar",
    "haitian creole": "ht", "creole": "ht", "kreyol": "ht", "criollo": "ht", "ht": "ht",
    "polish": "pl", "polaco": "pl", "pl": "pl", "portuguese": "pt", "portugues": "pt", "pt": "pt",
    "french": "fr", "frances": "fr", "fr": "fr", "tagalog": "tl", "filipino": "tl", "tl": "tl",
    "korean": "ko", "coreano": "ko", "ko": "ko", "russian": "ru", "ruso": "ru", "ru": "ru",
    "somali": "so", "so": "so", "amharic": "am", "am": "am", "nepali": "ne", "hmong": "hmn",
    "k'iche'": "quc", "kiche": "quc", "mam": "mam", "quechua": "qu", "nahuatl": "nah", "hindi": "hi",
    "punjabi": "pa", "urdu": "ur", "bengali": "bn", "burmese": "my", "karen": "kar", "swahili": "sw",
    "ukrainian": "uk", "ucraniano": "uk", "italian": "it", "italiano": "it", "japanese": "ja", "japones": "ja",
}
_PHONE_CACHE: dict[str, Optional[str]] = {}
_PHONE_CACHE_REGION = [default_region()]  # the region _PHONE_CACHE's answers are for


_PHONE_PUNCT = str.maketrans("", "", " ().-")
_EXCEL_FLOAT = re.compile(r"\d+\.0+")
_SPACES = re.compile(r"\s{2,}")


def e164(raw: str) -> Optional[str]:
    """models.core.text.normalize_phone (in the default country), with a fast path for plain North
    American numbers when that country is one of them.

    phonenumbers costs ~40 µs a call, which dominates a 100,000-row import; "(773) 555-0142",
    "773.555.0142", "+1 773 555 0142" and "17735550142" take the fast path (tests prove it agrees);
    other strings are parsed once per import and region (a file repeats a switchboard number).
    """
    value = raw.strip()
    d = value.translate(_PHONE_PUNCT)
    plus = d[:1] == "+"
    if plus:
        d = d[1:]
    region = default_region()
    if d.isascii() and d.isdigit() and "\n" not in value and "\t" not in value and not (
        # "2125550.000" is an Excel float to normalize_phone ("2125550"), not 212-555-0000
        "." in value and _EXCEL_FLOAT.fullmatch(value)
    ):
        n = len(d)
        if plus:
            if n == 11 and d[0] == "1" and d[1] in "23456789":
                return "+" + d
        elif region in NANP_REGIONS:
            if n == 10 and d[0] in "23456789":
                return "+1" + d
            elif n == 11 and d[0] == "1" and d[1] in "23456789":
                return "+" + d
    if _PHONE_CACHE_REGION[0] != region:
        _PHONE_CACHE.clear()
        _PHONE_CACHE_REGION[0] = region
    cached = _PHONE_CACHE.get(value, "")
    if cached != "":
        return cached
    result = normalize_phone(value)
    if len(_PHONE_CACHE) > 100000:
        _PHONE_CACHE.clear()
    _PHONE_CACHE[value] = result
    return result


def _clean(value: str) -> str:
    value = value.strip()
    # Exports made safe against formula injection carry a leading apostrophe: take it off again;
    # so do numbers and zips written "'02134" to stay text in Excel (NationBuilder).
    if value[:1] == "'" and len(value) > 1 and (value[1] in ("=", "+", "-", "@", "\t", "\r") or value[1].isdigit()):
        value = value[1:]
    return value


def _is_empty(value: str) -> bool:
    return not value or (len(value) < 12 and fold(value).strip(" .") in _EMPTY_VALUES)


def _one_line(value: str) -> str:
    """Collapse runs of whitespace (and newlines) to one space, cheaply for the common case."""
    if "\n" in value or "\t" in value or "  " in value or "\r" in value:
        return " ".join(value.split())
    return value


def _yes_no(value: str) -> Optional[bool]:
    folded = fold(value).strip(" .!")
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def _consent(value: str) -> Optional[bool]:
    """A consent answer: the tools' own words ("unsubscribed", "OPT_IN") or yes/no; None if unclear."""
    found = consent_word(value)
    return found if found is not None else _yes_no(value)


# Name order values (folded, "_"/"-" as spaces); the export writes "given first" / "family first".
_NAME_ORDER_VALUES = {
    **dict.fromkeys(("given first", "given name first", "first name first", "given", "nombre primero",
                     "nombre de pila primero"), "given_first"),
    **dict.fromkeys(("family first", "family name first", "surname first", "last name first", "family",
                     "apellido primero"), "family_first"),
}


def _name_order_value(value: str) -> tuple[Optional[str], Optional[Problem]]:
    found = _NAME_ORDER_VALUES.get(" ".join(fold(value).replace("_", " ").replace("-", " ").split()))
    if found is None:
        return None, _problem(MSG_NAME_ORDER, warning=True, value=value[:40])
    return found, None


_LANG_SPLIT = re.compile(r"[,;/&+]|\band\b|\by\b")


def _language_codes(value: str) -> list[str]:
    simple = _LANGUAGES.get(value) or _LANGUAGES.get(fold(value))
    if simple:
        return [simple]
    codes = []
    for part in _LANG_SPLIT.split(value):
        part = part.strip()
        if not part:
            continue
        folded = fold(part)
        code = _LANGUAGES.get(folded) or _LANGUAGES.get(part) or locale_language(folded)
        if code is None:
            code = folded if len(folded) <= 3 else folded[:20]
        codes.append(code)
    return list(dict.fromkeys(codes))


def _phone_label(header: str) -> str:
    norm = _norm_header(header)
    if any(w in norm for w in ("cell", "celular", "mobile", "movil", "whatsapp")):
        return "cell"
    if any(w in norm for w in ("home", "casa", "fijo", "particular")):
        return "home"
    if any(w in norm for w in ("work", "trabajo", "oficina", "office", "business")):
        return "work"
    return ""


_PHONES = operator.attrgetter("phones")

# A value the file brings that differs from the one kept when two rows (or a row and a person)
# are merged is never dropped: a second email goes to "Email 2" when that is free, anything else
# to the notes as "<field>: <value>" (the notes are data, in the file's words, not translated).
ASIDE_LABELS = {"first_name": "First name", "last_name": "Last name", "preferred_name": "Preferred name",
                "email": "Email", "email2": "Email 2", "workplace": "Workplace", "department": "Department",
                "shift": "Shift", "job_title": "Job title", "street": "Street", "city": "City",
                "region": "State / region", "postal_code": "Postal code", "country": "Country (postal)",
                "external_id": "External ID"}


def differs(kept: Any, brought: Any) -> bool:
    """True when ``brought`` says something ``kept`` does not (case and accents aside)."""
    if not brought or brought == kept:
        return False
    if isinstance(kept, str) and isinstance(brought, str):
        return fold(kept.strip()) != fold(brought.strip())
    return True


def with_note(notes: str, field: str, value: Any) -> str:
    """``notes`` with a line "<field label>: <value>" added (once)."""
    line = f"{ASIDE_LABELS[field]}: {value}"
    if line in notes.split("\n"):
        return notes
    return f"{notes}\n{line}" if notes else line


class Record:
    """One person as read from a row (names of workplace/department/shift, not ids yet)."""

    __slots__ = ("first_name", "last_name", "preferred_name", "phones", "email", "languages", "workplace",
                 "department", "shift", "job_title", "membership", "assessment", "tags", "notes",
                 "ok_to_call", "ok_to_text", "do_not_contact", "name_order", *person_fields.RECORD_DEFAULTS)
    SCALARS = ("first_name", "last_name", "preferred_name", "email", "workplace", "department", "shift", "job_title",
               *person_fields.TEXT_FILLED, "hire_date", "consent_date")

    def __init__(self, first_name: str = "", last_name: str = "", preferred_name: str = "",
                 phones: Sequence[tuple[str, str, str]] = (), email: str = "", languages: Sequence[str] = (),
                 workplace: str = "", department: str = "", shift: str = "", job_title: str = "",
                 membership: Optional[str] = None, assessment: Optional[int] = None, tags: Sequence[str] = (),
                 notes: str = "", ok_to_call: Optional[bool] = None, ok_to_text: Optional[bool] = None,
                 do_not_contact: Optional[bool] = None, name_order: Optional[str] = None) -> None:
        # phones, languages and tags are lists, or a shared empty tuple (100,000 rows: 3 lists
        # each would be 17 MB of nothing); copy() makes them lists before absorb() adds to them.
        self.first_name, self.last_name, self.preferred_name = first_name, last_name, preferred_name
        self.phones = phones  # (raw, e164 or "", label)
        self.email, self.languages, self.workplace = email, languages, workplace
        self.department, self.shift, self.job_title = department, shift, job_title
        self.membership, self.assessment, self.tags, self.notes = membership, assessment, tags, notes
        self.ok_to_call, self.ok_to_text, self.do_not_contact = ok_to_call, ok_to_text, do_not_contact
        self.name_order = name_order  # None: the file does not say
        # person_fields.RECORD_DEFAULTS (one chained assignment each: 100,000 records)
        self.ok_to_email = self.hire_date = self.consent_date = self.consent_source = None
        self.street = self.city = self.region = self.postal_code = self.country = self.external_id = self.email2 = ""

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name, self.name_order or "")

    def set_aside(self, name: str, value: Any) -> None:
        if name == "email" and not differs(self.email2, value):
            return
        if name == "email" and not self.email2:
            self.email2 = value
        else:
            self.notes = with_note(self.notes, name, value)

    def copy(self) -> "Record":
        twin = Record()
        for name in self.__slots__:
            value = getattr(self, name)
            setattr(twin, name, list(value) if isinstance(value, (list, tuple)) else value)
        return twin

    def absorb(self, other: "Record") -> None:
        """Fill what is empty here from ``other``; add its phones, tags, languages, notes; what
        ``other`` says differently is kept aside (a second email as Email 2, else in the notes)."""
        for name in self.SCALARS:
            mine, theirs = getattr(self, name), getattr(other, name)
            if not mine and theirs:
                setattr(self, name, theirs)
            elif name in ASIDE_LABELS and differs(mine, theirs):
                self.set_aside(name, theirs)
        known = {p[1] or p[0] for p in self.phones}
        for phone in other.phones:
            if (phone[1] or phone[0]) not in known:
                self.phones.append(phone)
                known.add(phone[1] or phone[0])
        self.tags = list(dict.fromkeys([*self.tags, *other.tags]))
        self.languages = list(dict.fromkeys([*self.languages, *other.languages]))
        if other.notes and other.notes not in self.notes:
            self.notes = f"{self.notes}\n{other.notes}" if self.notes else other.notes
        if self.membership is None:
            self.membership = other.membership
        if self.assessment is None:
            self.assessment = other.assessment
        if self.name_order is None:
            self.name_order = other.name_order
        # Consent: a refusal wins, a yes fills only unknown, unknown changes nothing.
        for name in person_fields.CONSENT_COLUMNS:
            setattr(self, name, consent.merged(name, getattr(self, name), getattr(other, name)))


def _split_full_name(value: str) -> tuple[str, str]:
    value = name_case(value)  # "GARCIA LOPEZ, MARIA JOSE" from an employer's list
    if "," in value:  # "García López, María"
        last, _, first = value.partition(",")
        return first.strip(), last.strip()
    parts = value.split()
    if len(parts) <= 1:
        return value.strip(), ""
    if len(parts) >= 4:  # "María José García López": two given names, two surnames
        return " ".join(parts[:2]), " ".join(parts[2:])
    return parts[0], " ".join(parts[1:])


_SIMPLE = ("preferred_name", "workplace", "department", "shift", "job_title", "email", "phone_labels")
_EMPTY_LOWER = frozenset(v for base in _EMPTY_VALUES for v in (base, base + ".", base.upper(), base.title()))


_NAME_FIELDS = frozenset(("first_name", "last_name", "full_name", "preferred_name"))
_NAMES_NOT_EMPTY = frozenset(("na", "nil"))


def _names_kept(raw: Sequence[str], values: list[str]) -> list[str]:
    """In a name column "Na" (a surname) and "Nil" (a given name) are names, not "n/a" and "nil"."""
    if "" not in values:
        return values
    return [r.strip() if not v and r and fold(r.strip()) in _NAMES_NOT_EMPTY else v for r, v in zip(raw, values)]


def _slow_clean(value: str) -> str:
    value = _clean(value)
    if value and len(value) < 12 and fold(value).strip(" .") in _EMPTY_VALUES:
        return ""
    return value


def _clean_column(column: Sequence[str]) -> list[str]:
    """Stripped values, formula apostrophes taken off, "n/a"-style placeholders emptied.

    Column-at-a-time list comprehensions (no Python call per cell); a column whose values repeat
    (workplace, language, yes/no) is cleaned once per distinct value.
    """
    empty = _EMPTY_LOWER
    distinct = set(column)
    if len(distinct) * 3 < len(column):
        memo = {}
        for v in distinct:
            w = v.strip() if v else ""
            memo[v] = (_slow_clean(w) if (w[0] == "'" or w in empty or (len(w) < 12 and w.lower() in empty))
                       else w) if w else ""
        return list(map(memo.__getitem__, column))
    stripped = [v.strip() if v else "" for v in column]
    return [
        (_slow_clean(v) if (v[0] == "'" or v in empty or (len(v) < 12 and v.lower() in empty)) else v) if v else ""
        for v in stripped
    ]


def _cached(fn: Callable[[str], Any]) -> Callable[[str], Any]:
    """Per-import memo for columns with few distinct values (languages, membership, yes/no)."""
    memo: dict[str, Any] = {}

    def call(value: str) -> Any:
        try:
            return memo[value]
        except KeyError:
            result = memo[value] = fn(value)
            return result

    return call


def _membership_value(value: str) -> tuple[Optional[str], Optional[Problem]]:
    found = _MEMBERSHIP.get(value) or _MEMBERSHIP.get(fold(value).strip(" ."))
    if found is None:
        return "non-member", _problem(MSG_MEMBERSHIP, warning=True, value=value[:40])
    return found, None


def _assessment_value(value: str) -> tuple[Optional[int], Optional[Problem]]:
    if value in ("1", "2", "3", "4", "5") or re.fullmatch(r"[1-5](\.0+)?", value):
        return int(value[0]), None
    return None, _problem(MSG_BAD_ASSESSMENT)


def _column_map(values: list[str], fn: Callable[[str], Any]) -> list[Any]:
    """``fn`` over a column, computed once per distinct value when values repeat (workplaces,
    languages, yes/no): a dict lookup per cell instead of a Python call."""
    distinct = set(values)
    if len(distinct) * 3 < len(values):
        memo = {v: fn(v) for v in distinct}
        return list(map(memo.__getitem__, values))
    return [fn(v) for v in values]


def _one_line_200(value: str) -> str:
    return _one_line(value)[:200] if value else ""


def _without_repeats(notes: str, headers: set[str], values: Sequence[str]) -> str:
    """The notes without the lines of unmapped columns that only repeat the person's e-mail
    (NationBuilder writes the primary address again in "email" after "email1")."""
    same = {v.casefold() for v in values if v}
    lines = notes.split("\n")
    kept = [line for line in lines
            if not (line.partition(": ")[0] in headers and line.partition(": ")[2].casefold() in same)]
    return "\n".join(kept) if len(kept) != len(lines) else notes


def _first_and_more(values: list[str]) -> tuple[list[str], list[str]]:
    """Cells holding "a ::: b" as two columns: the first values, and the rest joined by ", "."""
    split = [split_multi(v) if ":::" in v else [v] for v in values]
    return [p[0] if p else "" for p in split], [", ".join(p[1:]) for p in split]


def _join_columns(first: list[str], second: list[str], sep: str) -> list[str]:
    """Two columns of text for the same field, joined per row (empty cells left out)."""
    return [f"{a}{sep}{b}" if a and b else (a or b) for a, b in zip(first, second)]


def _label_phones(phones: list[Any], labels: list[str]) -> None:
    """A "Phone labels" column ("cell, home": each row's phones' labels, in order; our export
    writes it) labels the row's phones, over what their columns' headers said."""
    for found, text in zip(phones, labels):
        if not (found and text):
            continue
        for at, label in enumerate(text.split(",")[: len(found)]):
            label = label.strip()[:40]
            if label:
                raw, number, _ = found[at]
                found[at] = (raw, number, label)


def _phone_column(phones: list[Any], values: list[str], label: str, header: str,
                  add_problem: Callable[[int, Problem], None], row_labels: Optional[Sequence[str]] = None) -> None:
    """Add a phone column's numbers to each row's ``phones`` (raw, e164 or "", label): ``label``
    from the header, or the row's own from a type column (``row_labels``).

    A cell may hold several numbers ("a ::: b", "a; b"); Excel's text apostrophe is taken off. A
    number that cannot be read is kept as typed, with a warning (never a reason to refuse the
    person, never guessed into a number). The same number twice in a row is kept once."""
    for i, value in enumerate(values):
        if not value:
            continue
        if len(value) <= 17 and "/" not in value and ";" not in value and "," not in value \
                and ":" not in value and "\n" not in value:  # one number (the common case: no list made for it)
            if len(value) < 12 and _is_empty(value):
                continue
            parts = (value,)
        else:
            parts = split_phones(value)
        found = phones[i]
        if row_labels is not None and row_labels[i]:
            label_here = row_labels[i]
        else:
            label_here = label
        for part in parts:
            if _is_empty(part):
                continue
            if part[0] == "'":
                part = phone_text(part)
            number = e164(part) or ""
            if not number:
                add_problem(i, _problem(MSG_BAD_PHONE, warning=True, column=header))
            if found:
                key = phone_key(part, number)
                if any(phone_key(raw, e) == key for raw, e, _ in found):
                    continue  # the same number in another column
                found.append((part[:60], number, label_here))
            else:
                found = phones[i] = [(part[:60], number, label_here)]


_PHONE_DETAILS = ("phone_label", "phone_extension")
_GENERIC_PHONE_TYPES = frozenset(("phone", "telefono", "tel", "other", "otro", "main"))


def _row_phone_label(value: str) -> str:
    """A phone's type as a file gives it ("Mobile", "* Work", "Casa") as the label we store:
    cell / home / work, or the text as written; "" for one that says nothing ("Phone", "Other")."""
    text = value.strip().lstrip("*").strip()
    if not text or fold(text) in _GENERIC_PHONE_TYPES:
        return ""
    return _phone_label(text) or text[:40]


def _described_phone(headers: Sequence[str], phone_columns: list[int], col: int) -> int:
    """The phone column a type or extension column is about: the one with the same number in its
    header ("Phone 2 - Label" -> "Phone 2 - Value"), else the nearest before it, else after it."""
    number = re.findall(r"\d+", headers[col]) if col < len(headers) else []
    same = [c for c in phone_columns if c < len(headers) and re.findall(r"\d+", headers[c]) == number] if number else []
    candidates = same or phone_columns
    before = [c for c in candidates if c < col]
    return before[-1] if before else candidates[0]


def _phone_details(headers: Sequence[str], keys: Sequence[Optional[str]],
                   columns: Sequence[Sequence[str]]) -> dict[int, tuple[Optional[list[str]], Optional[list[str]]]]:
    """Phone column -> (each row's type, each row's extension) from the columns that describe it.
    Without a phone column they describe nothing and are left to the notes."""
    phone_columns = [c for c, key in enumerate(keys) if key == "phone" and c < len(columns)]
    details: dict[int, tuple[Optional[list[str]], Optional[list[str]]]] = {}
    for col, key in enumerate(keys):
        if key not in _PHONE_DETAILS or col >= len(columns) or not phone_columns:
            continue
        target = _described_phone(headers, phone_columns, col)
        values = _clean_column(columns[col])
        labels, extensions = details.get(target, (None, None))
        if key == "phone_label":
            labels = _column_map(values, _row_phone_label)
        else:
            extensions = [re.sub(r"^\D+", "", v) for v in values]
        details[target] = (labels, extensions)
    return details


def convert_rows(headers: Sequence[str], rows: Sequence[Sequence[str]], mapping: Mapping,
                 labels: Optional[Sequence[str]] = None) -> list[tuple[Record, list[Problem]]]:
    """Source rows -> (Record, problems) each. A row with a non-warning problem is invalid.

    The checks are the roster's own (models.roster.people.validate): a name, phones that normalize, a
    well-formed email (models.core.text.is_valid_email), membership and assessment values;
    tests/test_import.py keeps the two in agreement.

    Column at a time: a 100,000-row file has ~2 million cells, and a Python call per cell would
    cost more than everything else in the import. Each field is built as a whole column (values
    that repeat are converted once), then one pass makes the records.
    """
    n = len(rows)
    width = len(mapping.columns)
    if labels is None:
        labels = [_phone_label(h) for h in headers]
    columns: list[Sequence[str]]
    if n and width:
        padded = rows if all(len(r) >= width for r in rows) else \
            [r if len(r) >= width else list(r) + [""] * (width - len(r)) for r in rows]
        columns = list(zip(*padded))[:width]
        del padded
    else:
        columns = []
    no_problems: list[Problem] = []  # shared by every row without problems (never appended to)
    problems: list[list[Problem]] = [no_problems] * n

    def add_problem(i: int, problem: Problem) -> None:
        if problems[i] is no_problems:
            problems[i] = [problem]
        else:
            problems[i].append(problem)

    text: dict[str, list[str]] = {}  # field -> column of text (first/last/notes joined, others first wins)
    headers_of: dict[str, str] = {}  # field -> the header of its (first) column
    unmapped: set[str] = set()  # headers of the columns kept in the notes
    extra: Optional[list[str]] = None  # unmapped columns, as "Header: value" lines for notes
    phones: Optional[list[Any]] = None
    lists: dict[str, list[Any]] = {}  # languages, tags -> per row a list (or ())
    membership: Optional[list[Optional[str]]] = None
    assessment: Optional[list[Optional[int]]] = None
    more = person_fields.Extra(n, add_problem, _column_map, _consent)  # consent, address, IDs, dates...
    name_orders: Optional[list[Optional[str]]] = None
    languages = _cached(_language_codes)
    tag_lists = _cached(tag_names)
    described = _phone_details(headers, mapping.columns, columns)
    has_phone = "phone" in mapping.columns
    for col, key in enumerate(mapping.columns):
        if col >= len(columns):
            break
        if key == IGNORE or (key in _PHONE_DETAILS and has_phone):  # left out / read with their phone
            continue
        values = _clean_column(columns[col])
        if key in _NAME_FIELDS:
            values = _names_kept(columns[col], values)
        columns[col] = ()  # type: ignore[call-overload]  # memory: the cleaned copy replaces it
        header = headers[col] if col < len(headers) else f"Column {col + 1}"
        if values and max(map(len, values)) > MAX_CELL:
            for i, value in enumerate(values):
                if len(value) > MAX_CELL:
                    values[i] = value[:MAX_CELL]
                    add_problem(i, _problem(MSG_TOO_LONG, warning=True, column=header))
        if key is None or key in _PHONE_DETAILS:
            if mapping.unmapped_to_notes:
                lines = [f"{header}: {v}" if v else "" for v in values]
                extra = lines if extra is None else _join_columns(extra, lines, "\n")
                unmapped.add(header)
            continue
        if key in ("first_name", "last_name"):
            values = _column_map(values, _one_line)
            text[key] = values if key not in text else _join_columns(text[key], values, " ")
        elif key in _SIMPLE or key == "full_name":
            if key != "email":
                values = _column_map(values, _one_line if key == "full_name" else _one_line_200)
            elif any(":::" in v for v in values):  # Google's "a ::: b": the first is the address
                values, rest = _first_and_more(values)
                lines = [f"{header}: {v}" if v else "" for v in rest]
                extra = lines if extra is None else _join_columns(extra, lines, "\n")
            headers_of.setdefault(key, header)
            text[key] = values if key not in text else [a or b for a, b in zip(text[key], values)]
        elif key == "notes":
            text[key] = values if key not in text else _join_columns(text[key], values, "\n")
        elif key == "phone":
            if phones is None:
                phones = [()] * n
            row_labels, extensions = described.get(col, (None, None))
            if extensions is not None:  # "(312) 555-0113 x204": the extension stays in the number as typed
                values = [f"{v} x{e}" if v and e else v for v, e in zip(values, extensions)]
            _phone_column(phones, values, labels[col] if col < len(labels) else "", header, add_problem, row_labels)
        elif key in ("languages", "tags"):
            convert = languages if key == "languages" else tag_lists
            found_lists = _column_map(values, lambda v, convert=convert: convert(v) if v else ())
            have = lists.get(key)
            if have is None:
                lists[key] = found_lists
            else:
                lists[key] = [list(dict.fromkeys([*a, *b])) if a and b else (a or b) for a, b in zip(have, found_lists)]
        elif key == "membership":
            converted = _column_map(values, lambda v: _membership_value(v) if v else (None, None))
            if membership is None:
                membership = [None] * n
            for i, (found, problem) in enumerate(converted):
                if found is not None:
                    membership[i] = found  # the last membership column with a value wins
                if problem is not None:
                    add_problem(i, problem)
        elif key == "assessment":
            converted = _column_map(values, lambda v: _assessment_value(v) if v else (None, None))
            if assessment is None:
                assessment = [None] * n
            for i, (found, problem) in enumerate(converted):
                if problem is not None:
                    add_problem(i, problem)
                elif found is not None and assessment[i] is None:
                    assessment[i] = found
        elif key == "name_order":
            converted = _column_map(values, lambda v: _name_order_value(v) if v else (None, None))
            if name_orders is None:
                name_orders = [None] * n
            for i, (found, problem) in enumerate(converted):
                if found is not None:
                    name_orders[i] = found  # the last column with a value wins
                if problem is not None:
                    add_problem(i, problem)
        elif key in person_fields.KEYS:
            headers_of.setdefault(key, header)
            more.add(key, header, values)
    del columns
    blank: list[str] = [""] * n
    nothing: list[Any] = [None] * n
    empty: list[Any] = [()] * n
    get = text.get
    firsts, lasts, fulls = get("first_name", blank), get("last_name", blank), get("full_name", blank)
    if "first_name" in text:
        firsts = [v[:200] for v in firsts]
    if "last_name" in text:
        lasts = [v[:200] for v in lasts]
    notes = get("notes", blank)
    if extra is not None:
        notes = _join_columns(notes, extra, "\n")
    if phones is not None and "phone_labels" in text:
        _label_phones(phones, text["phone_labels"])
    records = list(map(
        Record, firsts, lasts, get("preferred_name", blank), phones or empty, get("email", blank),
        lists.get("languages", empty), get("workplace", blank), get("department", blank), get("shift", blank),
        get("job_title", blank), membership or nothing, assessment or nothing, lists.get("tags", empty),
        notes, more.flags("ok_to_call") or nothing, more.flags("ok_to_text") or nothing,
        more.flags("do_not_contact") or nothing, name_orders or nothing,
    ))
    more.fill(records, headers_of)
    email_ok = is_valid_email
    default_workplace = mapping.defaults.get("workplace", "").strip()[:200]
    for i, rec in enumerate(records):
        if unmapped and rec.notes and (rec.email or rec.email2):
            rec.notes = _without_repeats(rec.notes, unmapped, (rec.email, rec.email2))
        if fulls[i]:
            full = fulls[i]
            if not (rec.first_name or rec.last_name):
                rec.first_name, rec.last_name = (p[:200] for p in _split_full_name(full))
            elif not rec.last_name:
                rec.last_name = _split_full_name(full)[1][:200]
        if (rec.name_order is None and not rec.first_name.isascii() and is_cjk(rec.first_name)
                and is_cjk(rec.last_name)):
            rec.name_order = "family_first"  # 王 / 芳: written and said family name first (王芳)
        if not rec.workplace and default_workplace:
            rec.workplace = default_workplace
        if rec.tags and any(":" in tag for tag in rec.tags):
            _taggings_to_fields(rec)
        if (rec.department or rec.shift) and not rec.workplace:  # kept, in the notes
            add_problem(i, _problem(MSG_DEPT_NO_WORKPLACE, warning=True))
            place = [f"{headers_of[k]}: {v}" for k, v in (("department", rec.department), ("shift", rec.shift)) if v]
            rec.notes = "\n".join([rec.notes, *place] if rec.notes else place)
            rec.department = rec.shift = ""
        # models.roster.people.validate's rules for name and email (membership/assessment are mapped above).
        if not (rec.first_name or rec.last_name or rec.preferred_name):
            add_problem(i, _problem(MSG_NO_NAME))
        if rec.email and not email_ok(rec.email):
            add_problem(i, _problem(MSG_BAD_EMAIL))
    return list(zip(records, problems))


def _taggings_to_fields(rec: Record) -> None:
    """Action Builder's "Section: Field: Response" taggings that are fields here fill them (when
    the file's own column left them empty)."""
    left, found = tagging_fields(list(rec.tags), bool(rec.workplace))
    for field, value in found.items():
        if field == "assessment":
            if rec.assessment is None:
                rec.assessment = value
            else:
                left.append(f"Assessment: {value}")
        elif not getattr(rec, field):
            setattr(rec, field, value)
        else:
            left.append(f"{field.capitalize()}: {value}")
    rec.tags = left


def convert_row(headers: Sequence[str], cells: Sequence[str], mapping: Mapping,
                labels: Optional[Sequence[str]] = None) -> tuple[Record, list[Problem]]:
    """One source row -> (Record, problems) (see :func:`convert_rows`)."""
    return convert_rows(headers, [cells], mapping, labels)[0]
