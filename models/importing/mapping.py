"""Mapping: which person field each column holds, guessed from English and Spanish headers; a
mapping the user confirmed is remembered per header set inside the (encrypted) database."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ..base import utcnow
from ..db import Database
from ..errors import QT_TRANSLATE_NOOP
from ..text import fold
from .tables import ImportMapping


# Field keys a column can map to (None = not mapped).
FIELDS: list[tuple[str, str]] = [
    ("first_name", QT_TRANSLATE_NOOP("Importing", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("Importing", "Last name")),
    ("full_name", QT_TRANSLATE_NOOP("Importing", "Full name (first and last)")),
    ("preferred_name", QT_TRANSLATE_NOOP("Importing", "Preferred name")),
    ("phone", QT_TRANSLATE_NOOP("Importing", "Phone")),
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
    ("ok_to_call", QT_TRANSLATE_NOOP("Importing", "OK to call")),
    ("ok_to_text", QT_TRANSLATE_NOOP("Importing", "OK to text")),
    ("do_not_contact", QT_TRANSLATE_NOOP("Importing", "Do not contact")),
    ("name_order", QT_TRANSLATE_NOOP("Importing", "Name order (given or family name first)")),
    ("phone_labels", QT_TRANSLATE_NOOP("Importing", "Phone labels")),  # "cell, home": the row's phones, in order
]
FIELD_KEYS = [key for key, _ in FIELDS]
FIELD_LABELS = dict(FIELDS)

_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "given names", "forename", "nombre",
                   "nombres", "primer nombre", "nombre de pila", "nombre s", "first name s", "ten", "prenom"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "apellido", "apellidos",
                  "apellido s", "apellido paterno", "apellido materno", "primer apellido", "segundo apellido",
                  "ho", "nom", "last names"),
    "full_name": ("name", "full name", "fullname", "nombre completo", "nombre y apellido", "nombre y apellidos",
                  "your name", "su nombre", "tu nombre", "member name", "employee name", "worker name",
                  "contact name", "display name", "ho ten", "ho va ten", "nombre del trabajador"),
    "preferred_name": ("preferred name", "nickname", "nick name", "goes by", "apodo", "nombre preferido",
                       "sobrenombre", "alias"),
    "phone": ("phone", "phone number", "telephone", "tel", "mobile", "cell", "cell phone", "mobile phone",
              "home phone", "work phone", "telefono", "celular", "movil", "numero", "numero de telefono",
              "numero de celular", "whatsapp", "phone 1", "phone 2", "phone 3", "sdt", "so dien thoai"),
    "email": ("email", "e mail", "email address", "correo", "correo electronico", "mail", "e mail address",
              "direccion de correo", "direccion de correo electronico"),
    "languages": ("language", "languages", "idioma", "idiomas", "lengua", "preferred language",
                  "idioma preferido", "spoken languages"),
    "workplace": ("workplace", "work place", "worksite", "work site", "site", "employer", "company", "location",
                  "lugar de trabajo", "empresa", "centro de trabajo", "planta", "trabajo", "employer name",
                  "donde trabaja", "facility", "store", "shop"),
    "department": ("department", "dept", "departamento", "area", "seccion", "division", "depto"),
    "shift": ("shift", "turno", "horario", "work shift"),
    "job_title": ("job title", "title", "position", "job", "classification", "puesto", "cargo", "ocupacion",
                  "oficio", "job classification", "role at work"),
    "membership": ("membership", "member status", "membership status", "member", "union member", "afiliacion",
                   "membresia", "miembro", "afiliado", "status de miembro"),
    "assessment": ("assessment", "rating", "evaluacion", "support level", "nivel de apoyo", "1 5", "assessment 1 5"),
    "tags": ("tags", "tag", "labels", "etiquetas", "etiqueta", "groups", "grupos"),
    "notes": ("notes", "note", "comments", "comment", "comentarios", "notas", "observaciones", "nota"),
    "ok_to_call": ("ok to call", "can call", "se puede llamar", "llamar", "acepta llamadas"),
    "ok_to_text": ("ok to text", "can text", "se puede textear", "mensajes de texto", "acepta mensajes", "sms ok"),
    "do_not_contact": ("do not contact", "dnc", "no contactar", "no contact"),
    "name_order": ("name order", "order of names", "orden del nombre", "orden de nombre", "orden de los nombres"),
    "phone_labels": ("phone labels", "etiquetas de telefono", "etiquetas de los telefonos"),
}
_ALIAS_INDEX = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
# Words that, anywhere in a header, point to a field (checked in this order).
_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("do_not_contact", ("dnc",)),
    ("email", ("email", "correo", "mail")),
    ("phone", ("phone", "telephone", "telefono", "celular", "cell", "mobile", "movil", "whatsapp")),
    ("preferred_name", ("nickname", "apodo")),
    ("last_name", ("apellido", "apellidos", "surname")),
    ("shift", ("shift", "turno")),
    ("languages", ("language", "languages", "idioma", "idiomas")),
    ("department", ("department", "departamento")),
    ("workplace", ("workplace", "employer", "empresa", "worksite")),
    ("tags", ("tags", "etiquetas")),
    ("notes", ("notes", "comments", "comentarios", "notas")),
]
_GENERIC_NAME = ("name", "nombre")


def header_key(headers: Sequence[str]) -> str:
    """A stable fingerprint of a header set (what a remembered mapping is stored under)."""
    joined = "\x1f".join(_norm_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _norm_header(header: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(header)).replace("_", " ").split())


def _guess_field(header: str) -> Optional[str]:
    norm = _norm_header(header)
    if not norm:
        return None
    if norm in _ALIAS_INDEX:
        return _ALIAS_INDEX[norm]
    stripped = re.sub(r"\s*\d+$", "", norm)
    if stripped in _ALIAS_INDEX:
        return _ALIAS_INDEX[stripped]
    words = norm.split()
    if ("last" in words or "family" in words) and "name" in words:
        return "last_name"
    if ("first" in words or "given" in words) and "name" in words:
        return "first_name"
    if "preferred" in words and ("name" in words or "nombre" in words):
        return "preferred_name"
    if "where" in words and "work" in words or "lugar de trabajo" in norm or "donde trabaja" in norm:
        return "workplace"
    for key, keys in _KEYWORDS:
        if any(k in words for k in keys):
            return key
    if "nombre completo" in norm or "full name" in norm:
        return "full_name"
    if any(w in _GENERIC_NAME for w in words) and len(words) <= 4:
        return "full_name"
    return None


@dataclass
class Mapping:
    """Per column: a field key or None; ``unmapped_to_notes`` keeps unmapped columns in notes."""

    columns: list[Optional[str]]
    unmapped_to_notes: bool = True

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns, "unmapped_to_notes": self.unmapped_to_notes})

    @classmethod
    def from_json(cls, text: str, width: int) -> Optional["Mapping"]:
        try:
            data = json.loads(text)
            columns = [c if c in FIELD_KEYS else None for c in data["columns"]]
        except (ValueError, KeyError, TypeError):
            return None
        if len(columns) != width:
            return None
        return cls(columns, bool(data.get("unmapped_to_notes", True)))


def guess_mapping(headers: Sequence[str]) -> Mapping:
    columns = [_guess_field(h) for h in headers]
    has_last = "last_name" in columns
    for i, (header, key) in enumerate(zip(headers, columns)):
        norm = _norm_header(header)
        if key == "full_name" and has_last and norm in ("nombre", "nombres", "name", "nombre s"):
            columns[i] = "first_name"
        elif key == "first_name" and not has_last and norm in ("nombre", "nombres", "nombre s"):
            columns[i] = "full_name"
    # One value per person for single-valued fields: keep the first guess, leave the rest unmapped.
    multi = {"phone", "tags", "notes", "languages", "first_name", "last_name"}
    seen: set[str] = set()
    for i, key in enumerate(columns):
        if key is None or key in multi:
            continue
        if key in seen:
            columns[i] = None
        seen.add(key)
    return Mapping(columns)


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
    return {c for c in mapping.columns if c}


def describe_mapping(headers: Sequence[str], mapping: Mapping) -> list[tuple[str, str]]:
    return [(h, FIELD_LABELS.get(k, "") if k else "") for h, k in zip(headers, mapping.columns)]
