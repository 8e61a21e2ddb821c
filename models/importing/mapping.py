"""Mapping: which person field each column holds, guessed from English and Spanish headers; a
mapping the user confirmed is remembered per header set inside the (encrypted) database.

A tool's export is recognized by headers only it writes (``Layout.signature`` in layouts.py) and
its columns are then named exactly; other headers go through aliases, then word rules that refuse
columns describing another one ("Phone Type": ``_DESCRIBES``) or belonging to someone else
("Emergency contact phone"). A field the importer lacks falls back to the notes. ``IGNORE``
(layouts.py) leaves a column out; ``Mapping.defaults`` (the CLI's ``--workplace``) fills empty
fields and is not remembered; ``corrected()`` applies ``--map``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from models.core import errors
from models.core.base import utcnow
from models.core.db import Database
from models.core.errors import QT_TRANSLATE_NOOP
from models.importing import person_fields
from .layouts import IGNORE, MISSING, Layout, detect_layout, norm_header
from .tables import ImportMapping


# Field keys a column can map to (None = not mapped).
FIELDS: list[tuple[str, str]] = [
    ("first_name", QT_TRANSLATE_NOOP("Importing", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("Importing", "Last name")),
    ("full_name", QT_TRANSLATE_NOOP("Importing", "Full name (first and last)")),
    ("preferred_name", QT_TRANSLATE_NOOP("Importing", "Preferred name")),
    ("phone", QT_TRANSLATE_NOOP("Importing", "Phone")),
    # Columns about a phone column: its type ("Mobile", "Work") and its extension.
    ("phone_label", QT_TRANSLATE_NOOP("Importing", "Type of the phone beside it (Mobile, Work...)")),
    ("phone_extension", QT_TRANSLATE_NOOP("Importing", "Extension of the phone beside it")),
    ("email", QT_TRANSLATE_NOOP("Importing", "Email")),
    ("languages", QT_TRANSLATE_NOOP("Importing", "Languages")),
    ("workplace", QT_TRANSLATE_NOOP("Importing", "Workplace")),
    ("department", QT_TRANSLATE_NOOP("Importing", "Department")),
    ("shift", QT_TRANSLATE_NOOP("Importing", "Shift")),
    ("job_title", QT_TRANSLATE_NOOP("Importing", "Job title")),
    ("membership", QT_TRANSLATE_NOOP("Importing", "Membership")),
    ("assessment", QT_TRANSLATE_NOOP("Importing", "Assessment (1-5)")),
    ("tags", QT_TRANSLATE_NOOP("Importing", "Tags")),
    ("notes", QT_TRANSLATE_NOOP("Importing", "Notes")),
    *person_fields.FIELDS,  # consent columns, address, external ID, second email, hire date
    ("ok_to_call", QT_TRANSLATE_NOOP("Importing", "OK to call")),
    ("ok_to_text", QT_TRANSLATE_NOOP("Importing", "OK to text")),
    ("do_not_contact", QT_TRANSLATE_NOOP("Importing", "Do not contact")),
    ("name_order", QT_TRANSLATE_NOOP("Importing", "Name order (given or family name first)")),
    ("phone_labels", QT_TRANSLATE_NOOP("Importing", "Phone labels")),  # "cell, home": the row's phones, in order
]
FIELD_KEYS = [key for key, _ in FIELDS]
FIELD_LABELS = dict(FIELDS)

# Keys other parts of the importer may not have yet are named here too: a guess only gives a key
# FIELDS has (usable()), so a file maps the same way before and after a field is added.
_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "given names", "forename", "nombre",
                   "nombres", "primer nombre", "nombre de pila", "nombre s", "first name s", "ten", "prenom",
                   "middle name", "middlename", "middle initial", "segundo nombre"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "apellido", "apellidos",
                  "apellido s", "apellido paterno", "apellido materno", "primer apellido", "segundo apellido",
                  "ho", "nom", "last names"),
    "full_name": ("name", "full name", "fullname", "nombre completo", "nombre y apellido", "nombre y apellidos",
                  "your name", "su nombre", "tu nombre", "member name", "employee name", "worker name",
                  "contact name", "display name", "ho ten", "ho va ten", "nombre del trabajador", "sort name",
                  "nombre del empleado", "nombre y apellidos del trabajador"),
    "preferred_name": ("preferred name", "nickname", "nick name", "goes by", "apodo", "nombre preferido",
                       "sobrenombre", "alias"),
    "phone": ("phone", "phone number", "telephone", "tel", "mobile", "cell", "cell phone", "mobile phone",
              "home phone", "work phone", "telefono", "celular", "movil", "numero", "numero de telefono",
              "numero de celular", "whatsapp", "phone 1", "phone 2", "phone 3", "sdt", "so dien thoai",
              "telefono movil", "telefono fijo", "fijo", "pref phone", "preferred phone", "primary phone",
              "mobile number", "alt phone", "other phone", "telefono de casa", "telefono del trabajo"),
    "email": ("email", "e mail", "email address", "correo", "correo electronico", "mail", "e mail address",
              "direccion de correo", "direccion de correo electronico", "preferredemail", "preferred email",
              "email 1", "e mail 1", "email1", "personal email"),
    "email2": ("email 2", "e mail 2", "email2", "secondary email", "other email", "alternate email", "alt email",
               "second email", "correo 2", "otro correo", "correo secundario", "e mail 2 address"),
    "languages": ("language", "languages", "idioma", "idiomas", "lengua", "preferred language",
                  "idioma preferido", "spoken languages"),
    "workplace": ("workplace", "work place", "worksite", "work site", "site", "employer", "company", "location",
                  "lugar de trabajo", "empresa", "centro de trabajo", "planta", "trabajo", "employer name",
                  "donde trabaja", "facility", "store", "shop", "current employer", "company name",
                  "organization name", "centro"),
    "department": ("department", "dept", "departamento", "area", "seccion", "division", "depto"),
    "shift": ("shift", "turno", "horario", "work shift"),
    "job_title": ("job title", "title", "position", "job", "classification", "puesto", "cargo", "ocupacion",
                  "oficio", "job classification", "role at work", "occupation", "categoria profesional",
                  "categoria", "puesto de trabajo", "organization title", "profesion"),
    "membership": ("membership", "member status", "membership status", "member", "union member", "afiliacion",
                   "membresia", "miembro", "afiliado", "status de miembro", "afiliado a", "afiliada o",
                   "afiliado o", "afiliada", "socio", "socia", "socio a", "member", "is member"),
    "assessment": ("assessment", "rating", "evaluacion", "support level", "nivel de apoyo", "1 5", "assessment 1 5"),
    "tags": ("tags", "tag", "labels", "etiquetas", "etiqueta", "groups", "grupos", "tag s", "group s",
             "tag list", "categories", "categorias"),
    "notes": ("notes", "note", "comments", "comment", "comentarios", "notas", "observaciones", "nota", "note s"),
    "ok_to_call": ("ok to call", "can call", "se puede llamar", "llamar", "acepta llamadas"),
    "ok_to_text": ("ok to text", "can text", "se puede textear", "mensajes de texto", "acepta mensajes", "sms ok"),
    "ok_to_email": ("ok to email", "can email", "email ok", "acepta correos"),
    "do_not_contact": ("do not contact", "dnc", "no contactar", "no contact"),
    "name_order": ("name order", "order of names", "orden del nombre", "orden de nombre", "orden de los nombres"),
    "phone_labels": ("phone labels", "etiquetas de telefono", "etiquetas de los telefonos"),
    "external_id": ("external id", "external identifier", "employee id", "employee number", "employee no",
                    "emp id", "emp no", "badge", "badge number", "payroll number", "payroll id",
                    "member id", "member number", "ext id", "vanid", "van id", "voter file vanid",
                    "numero de empleado", "no empleado", "id empleado", "numero de afiliado", "n de afiliado",
                    "numero de nomina", "entity id"),
    "street": ("street", "street address", "address", "address 1", "address line 1", "home address",
               "mailing address", "calle", "direccion", "domicilio", "direccion postal", "street address 1"),
    "city": ("city", "town", "ciudad", "municipio", "localidad", "poblacion"),
    "region": ("state", "province", "region", "state province", "estado", "provincia", "state abbreviation",
               "state region"),
    "postal_code": ("zip", "zip code", "zipcode", "zip5", "postal code", "postcode", "post code", "codigo postal",
                    "cp", "c p"),
    "country": ("country", "pais", "country code", "country postal"),
    "hire_date": ("hire date", "date of hire", "date hired", "hired", "original hire date", "seniority date",
                  "start date", "fecha de contratacion", "fecha de ingreso", "fecha de alta", "fecha alta",
                  "fecha de antiguedad", "antiguedad"),
}
_ALIAS_INDEX = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
# Words that, anywhere in a header, point to a field (checked in this order).
_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("email", ("email", "correo", "mail")),
    ("phone", ("phone", "telephone", "telefono", "celular", "cell", "mobile", "movil", "whatsapp")),
    ("preferred_name", ("nickname", "apodo")),
    ("last_name", ("apellido", "apellidos", "surname")),
    ("shift", ("shift", "turno")),
    ("languages", ("language", "languages", "idioma", "idiomas")),
    ("department", ("department", "departamento")),
    ("workplace", ("workplace", "employer", "empresa", "worksite", "company")),
    ("tags", ("tags", "etiquetas")),
    ("notes", ("notes", "comments", "comentarios", "notas")),
    ("postal_code", ("zip", "postcode")),
]
_GENERIC_NAME = ("name", "nombre")
# The headers of .person_fields' own fields (where an alias above names a header, it wins).
for _key, _aliases in person_fields.ALIASES.items():
    for _alias in _aliases:
        _ALIAS_INDEX.setdefault(_alias, _key)
# A column about another column (its label, type, extension, flag, id...) is never that column's
# value: "Phone Type" is not a phone, "E-mail 1 - Label" not an e-mail, "Current Employer ID" not
# the employer. Such columns go to the notes unless an alias or a tool's layout names them.
_DESCRIBES = frozenset((
    "label", "type", "kind", "tipo", "extension", "ext", "id", "identifier", "bad", "verified", "valid",
    "format", "greeting", "hash", "provider", "status", "estado", "date", "fecha", "count", "amount", "score",
    "bulk", "hold", "url", "link", "photo", "image", "latitude", "longitude", "geocode", "source", "created",
    "modified", "updated", "timestamp", "suffix", "prefix", "initials", "screen",
))
# Whose column it is: another person's ("Emergency contact phone", "Spouse") or not a person's at
# all ("Event name", "Company Main Phone" is guessed before this). Neither names this person.
_SOMEONE_ELSE = frozenset((
    "phonetic", "yomi", "legal", "maiden", "previous", "emergency", "spouse", "partner", "manager", "managers",
    "assistant", "assistants", "supervisor", "steward", "recruiter", "referrer", "referred", "parent", "child",
    "children", "guardian", "contacto", "emergencia",
))
_NOT_A_PERSON = frozenset((
    "event", "evento", "company", "organization", "organisation", "org", "employer", "campaign", "file", "group",
    "list", "site", "shift", "department", "workplace", "union", "local", "chapter", "school", "church", "street",
    "city", "account", "household", "precinct", "market", "district", "address", "location", "project", "job",
    "position", "title", "program", "course", "training", "session", "team", "unit", "store", "plant",
    "facility", "building", "business", "agency", "user", "username", "login", "handle", "centro", "empresa",
    "sindicato", "seccion", "planta", "calle", "ciudad", "screen", "prefix", "suffix", "initials",
))
# Opt-out headers start "Do not..." / "No..." or say "opt out", "unsubscribed" anywhere; opt-in
# headers say "opt in", "OK to", "consent"... A "no" inside a header ("Teléfono (no WhatsApp)") is
# not an opt-out.
_NEGATIVE_START = ("do not ", "dont ", "don t ", "no ", "never ", "not ")
_NEGATIVE = ("opt out", "optout", "opted out", "unsubscribe", "donot")
_POSITIVE = ("opt in", "optin", "opted in", "ok to", "okay to", "consent", "subscribed", "subscription",
             "acepta", "permission", "sms status", "text status", "email status", " ok ")
_CHANNELS = (  # (words, channel); the first that a header names wins
    (("sms", "text", "texts", "texting", "textear", "mensajes", "mensaje", "mobile", "movil", "celular"), "text"),
    (("phone", "call", "calls", "llamar", "llamadas", "telefono", "donotcall", "donotphone"), "call"),
    (("email", "emails", "e mail", "correo", "correos", "donotemail"), "email"),
    (("contact", "contactar", "contacto"), "contact"),
)


def header_key(headers: Sequence[str]) -> str:
    """A stable fingerprint of a header set (what a remembered mapping is stored under)."""
    joined = "\x1f".join(_norm_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


_norm_header = norm_header


def usable(key: object) -> Optional[str]:
    """``key`` if the importer has that field (or it is :data:`IGNORE`), else None (to the notes)."""
    return key if key == IGNORE or key in FIELD_KEYS else None  # type: ignore[return-value]


_LABELS: dict[int, dict[str, str]] = {}


def _label_index() -> dict[str, str]:
    """Each field's own label ("Email 2", "Postal code"...) names it: our export reads back exactly."""
    index = _LABELS.get(len(FIELDS))
    if index is None:
        index = _LABELS[len(FIELDS)] = {_norm_header(label): key for key, label in FIELDS}
    return index


def _consent_field(norm: str, words: list[str]) -> object:
    """An opt-in or opt-out column ("Do Not Phone", "mobile_opt_in", "SMS status"): its consent key,
    None for one about something else ("Do Not Mail", "Do Not Trade"), MISSING if it is none."""
    padded = f" {norm} "
    negative = norm.startswith(_NEGATIVE_START) or any(n in norm for n in _NEGATIVE)
    positive = not negative and (norm.startswith("can ") or any(p in padded for p in _POSITIVE))
    if not (negative or positive):
        return MISSING
    for names, channel in _CHANNELS:
        if any(f" {n} " in padded or n in words for n in names):
            if channel == "contact":
                return "do_not_contact" if negative else MISSING
            return f"{'do_not' if negative else 'ok_to'}_{channel}"
    return None if negative else MISSING


def _guess_field(header: str) -> Optional[str]:
    """The field a header names by itself (no tool layout), or None."""
    norm = _norm_header(header)
    if not norm:
        return None
    found = _ALIAS_INDEX.get(norm) or _label_index().get(norm)
    if found is None:
        stripped = re.sub(r"\s*\d+$", "", norm)
        found = _ALIAS_INDEX.get(stripped) if stripped != norm else None
        if found in ("email", "email2"):  # "Email 3": neither the first nor the second address
            found = None
    if found is not None:
        return usable(found)
    words = norm.split()
    consent = _consent_field(norm, words)
    if consent is not MISSING:
        return usable(consent)
    if _SOMEONE_ELSE.intersection(words):
        return None
    if _DESCRIBES.intersection(words):  # about another column: a phone's type or extension, else notes
        return usable(_phone_detail(words))
    return usable(_guess_by_words(norm, words))


def _phone_detail(words: list[str]) -> Optional[str]:
    """"Phone Type", "Tipo de teléfono" -> phone_label; "Phone Extension", "Work Phone Ext" ->
    phone_extension; None for anything else."""
    if not {"phone", "telephone", "telefono", "tel", "cell", "mobile"}.intersection(words):
        return None
    if {"ext", "extension"}.intersection(words):
        return "phone_extension"
    if {"type", "label", "kind", "tipo"}.intersection(words):
        return "phone_label"
    return None


def _guess_by_words(norm: str, words: list[str]) -> Optional[str]:
    person = not _NOT_A_PERSON.intersection(words)
    if person and "name" in words:
        if "last" in words or "family" in words:
            return "last_name"
        if "first" in words or "given" in words or "middle" in words:
            return "first_name"
    if "preferred" in words and ("name" in words or "nombre" in words):
        return "preferred_name"
    if "where" in words and "work" in words or "lugar de trabajo" in norm or "donde trabaja" in norm:
        return "workplace"
    for key, keys in _KEYWORDS:
        if any(k in words for k in keys):
            if key == "email":
                number = re.search(r"\d+", norm)
                return {None: "email", "1": "email", "2": "email2"}.get(number and number.group())
            return key
    if "nombre completo" in norm or "full name" in norm:
        return "full_name"
    if person and any(w in _GENERIC_NAME for w in words) and len(words) <= 4:
        return "full_name"
    return None


@dataclass
class Mapping:
    """Per column: a field key, :data:`IGNORE` (left out) or None (to the notes when
    ``unmapped_to_notes``). ``defaults`` fill fields a row leaves empty (``{"workplace": "Plant 2"}``,
    the CLI's --workplace); they belong to one import and are not remembered."""

    columns: list[Optional[str]]
    unmapped_to_notes: bool = True
    defaults: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns, "unmapped_to_notes": self.unmapped_to_notes})

    @classmethod
    def from_json(cls, text: str, width: int) -> Optional["Mapping"]:
        try:
            data = json.loads(text)
            columns = [usable(c) for c in data["columns"]]
        except (ValueError, KeyError, TypeError):
            return None
        if len(columns) != width:
            return None
        return cls(columns, bool(data.get("unmapped_to_notes", True)))


# Fields a person has several of (or that several columns fill together); any other field takes
# one column, the first guessed.
_MULTI = frozenset(("phone", "phone_label", "phone_extension", "tags", "notes", "languages", "first_name", "last_name", "ok_to_call", "ok_to_text",
                    "ok_to_email", "do_not_contact", "do_not_call", "do_not_text", "do_not_email", IGNORE))


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Each column's field: the tool's own layout first (:mod:`.layouts`), then the header's words."""
    norms = [_norm_header(h) for h in headers]
    layout = detect_layout(set(norms))
    columns = [_layout_field(layout, norm, header) for header, norm in zip(headers, norms)]
    has_last = "last_name" in columns
    for i, (norm, key) in enumerate(zip(norms, columns)):
        if key == "full_name" and has_last and norm in ("nombre", "nombres", "name", "nombre s"):
            columns[i] = "first_name"
        elif key == "first_name" and not has_last and norm in ("nombre", "nombres", "nombre s"):
            columns[i] = "full_name"
    # One value per person for single-valued fields: keep the first guess, leave the rest unmapped.
    seen: set[str] = set()
    for i, key in enumerate(columns):
        if key is None or key in _MULTI:
            continue
        if key in seen:
            columns[i] = None
        seen.add(key)
    return Mapping(columns)


def _layout_field(layout: Optional[Layout], norm: str, header: str) -> Optional[str]:
    if layout is not None:
        key = layout.field_for(norm)
        if key is not MISSING:
            return usable(key)
    return _guess_field(header)


def layout_name(headers: Sequence[str]) -> str:
    """The tool whose export these headers are ("CiviCRM", "Google Contacts"...), or ""."""
    layout = detect_layout({_norm_header(h) for h in headers})
    return layout.name if layout else ""


def remembered_mapping(db: Database, headers: Sequence[str]) -> Optional[Mapping]:
    with db.session() as s:
        row = s.get(ImportMapping, header_key(headers))
        return Mapping.from_json(row.mapping, len(headers)) if row else None


def remember_mapping(db: Database, headers: Sequence[str], mapping: Mapping) -> None:
    with db.write() as s:
        _remember(s, headers, mapping)


def _remember(s, headers: Sequence[str], mapping: Mapping) -> None:
    key = header_key(headers)
    row = s.get(ImportMapping, key)
    if row is None:
        s.add(ImportMapping(header_key=key, mapping=mapping.to_json()))
    else:
        row.mapping = mapping.to_json()
        row.updated_at = utcnow()


def mapping_for(db: Optional[Database], headers: Sequence[str]) -> tuple[Mapping, bool]:
    """(mapping, remembered?): the remembered one for this header set, else a guess."""
    if db is not None:
        found = remembered_mapping(db, headers)
        if found is not None:
            return found, True
    return guess_mapping(headers), False


def mapped_fields(mapping: Mapping) -> set[str]:
    return {c for c in mapping.columns if c and c != IGNORE}


def describe_mapping(headers: Sequence[str], mapping: Mapping) -> list[tuple[str, str]]:
    return [(h, FIELD_LABELS.get(k, "") if k else "") for h, k in zip(headers, mapping.columns)]


# ---------------------------------------------------------------- corrections (the CLI's --map)
_LEAVE_OUT = ("", "ignore", "-", "none", "nothing", "skip")


def field_named(name: str) -> Optional[str]:
    """The field a person names by its key ("first_name") or its label ("First name"); "" or
    "ignore" is :data:`IGNORE`; None if no field has that name."""
    norm = _norm_header(name)
    if norm in _LEAVE_OUT:
        return IGNORE
    keys = {_norm_header(key): key for key in FIELD_KEYS}
    return keys.get(norm) or _label_index().get(norm)


def corrected(headers: Sequence[str], mapping: Mapping, specs: Sequence[str]) -> Mapping:
    """``mapping`` with each "HEADER=field" of ``specs`` applied (a new Mapping; the given one is
    untouched). A header is matched as written, else case- and accent-insensitively; every column
    with that header takes the field. Raises UserError for any spec that cannot apply, before
    changing anything."""
    columns = list(mapping.columns)
    for spec in specs:
        header, equals, name = spec.rpartition("=")
        if not equals or not header.strip():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "A column correction must be written HEADER=FIELD, not \"{spec}\"."),
                QT_TRANSLATE_NOOP("Errors", "For example: --map \"Cell=phone\", or --map \"Cell=\" to leave the column out."),
                spec=spec)
        key = field_named(name)
        if key is None:
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "No field is called \"{name}\"."),
                QT_TRANSLATE_NOOP("Errors", "The fields are: {fields}."),
                name=name.strip(), fields=", ".join(FIELD_KEYS))
        found = [i for i, h in enumerate(headers) if h == header.strip()] or \
            [i for i, h in enumerate(headers) if _norm_header(h) == _norm_header(header)]
        if not found:
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "The file has no column \"{header}\"."),
                QT_TRANSLATE_NOOP("Errors", "Its columns are: {headers}."),
                header=header.strip(), headers=", ".join(headers))
        for i in found:
            columns[i] = key
    return Mapping(columns, mapping.unmapped_to_notes, dict(mapping.defaults))
