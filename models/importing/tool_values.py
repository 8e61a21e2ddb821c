"""Values the tools write their own way, read back as a person would mean them.

Google Contacts joins several values in one cell with `` ::: `` and marks its system groups with
``* `` (``* myContacts``, ``* starred``); employers write names in capitals; CiviCRM writes
languages as locales (``es_MX``); Action Network, Mobilize and NationBuilder answer consent
questions with ``subscribed``/``unsubscribed``, ``OPT_IN``/``OPT_OUT`` or ``true``/``false``.
"""

from __future__ import annotations

import re
from typing import Optional

from models.core.text import fold, split_list

MULTI_VALUE = " ::: "  # Google Contacts: several values in one cell
# Google's own groups: every contact is in "* myContacts"; "* starred" is a favourite mark.
_SYSTEM_LABELS = frozenset(("mycontacts", "starred", "other contacts", "othercontacts"))


def tag_names(value: str) -> list[str]:
    """Tags from one cell: "a, b; c", Google's "* myContacts ::: Trainers" (system labels left out,
    "* coworkers" kept as "coworkers"), each cut to 100 characters, no repeats."""
    parts = value.split(":::") if ":::" in value else [value]
    names: list[str] = []
    for part in parts:
        for name in split_list(part):
            if name.startswith("* "):
                name = name[2:].strip()
                if fold(name) in _SYSTEM_LABELS:
                    continue
            if name:
                names.append(name[:100])
    return list(dict.fromkeys(names))


# Action Builder writes its taggings "Section: Field: Response" ("Workplace Info: Department:
# Packaging", "Assessment: Support: 2"): the ones that are this app's fields become those fields.
_TAGGING = re.compile(r"(?:[^:]+:\s*)?(department|departamento|shift|turno|assessment|support)\s*:\s*(.+)", re.I)
_TAGGING_FIELD = {"department": "department", "departamento": "department", "shift": "shift", "turno": "shift"}
_LEVEL = re.compile(r"(?:[^:]*:\s*)?([1-5])")


def tagging_fields(tags: list[str], has_workplace: bool) -> tuple[list[str], dict[str, object]]:
    """(tags left, {field: value}) for a record's tags: a tagging that names a department or a
    shift fills that field when the record has a workplace (else it stays a tag: kept, and
    searchable), an assessment tagging with a level 1-5 fills the assessment."""
    left: list[str] = []
    found: dict[str, object] = {}
    for tag in tags:
        match = _TAGGING.fullmatch(tag.strip()) if ":" in tag else None
        if match:
            key, value = match.group(1).lower(), match.group(2).strip()
            field = _TAGGING_FIELD.get(key)
            if field and has_workplace and field not in found:
                found[field] = value
                continue
            level = _LEVEL.fullmatch(value) if field is None else None
            if level and "assessment" not in found:
                found["assessment"] = int(level.group(1))
                continue
        left.append(tag)
    return left, found


def split_multi(value: str) -> list[str]:
    """Google's "a ::: b" as ["a", "b"]; any other value as itself."""
    if ":::" not in value:
        return [value]
    return [part.strip() for part in value.split(":::") if part.strip()]


_LOCALE = re.compile(r"([a-z]{2,3})[_-][a-z]{2,4}")


def locale_language(folded: str) -> Optional[str]:
    """"es_mx" -> "es", "zh-hant" -> "zh" (CiviCRM, browsers); None for anything else."""
    match = _LOCALE.fullmatch(folded)
    return match.group(1) if match else None


# Names are cased like this except when they start the name: "DE LA CRUZ, ANA" -> "de la Cruz"
# is wrong at the start, right in the middle ("Ana de la Cruz").
_PARTICLES = frozenset(("de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "van", "von", "der",
                        "den", "di", "du", "le", "bin", "binti", "ibn"))
_LETTERS = re.compile(r"[^\W\d_]+")


def name_case(name: str) -> str:
    """A name written in capitals, in the case people write it: "GARCIA LOPEZ" -> "Garcia Lopez",
    "O'BRIEN" -> "O'Brien", "AL-HADDAD" -> "Al-Haddad", "NGUYỄN THỊ" -> "Nguyễn Thị". A name
    with any small letter, or none with a case (王芳), is returned as it is."""
    if not name or name != name.upper() or name == name.lower():
        return name
    words = []
    for index, word in enumerate(name.lower().split()):
        if index and word in _PARTICLES:
            words.append(word)
        else:
            words.append(_LETTERS.sub(lambda m: m.group().capitalize(), word))
    return " ".join(words)


# Consent as the tools write it (folded; "_" and "-" as spaces). Anything else is left to the
# ordinary yes/no reading.
CONSENT_WORDS: dict[str, bool] = {
    **dict.fromkeys(("subscribed", "opt in", "opted in", "optin", "subscribe", "confirmed opt in", "granted"), True),
    **dict.fromkeys(("unsubscribed", "opt out", "opted out", "optout", "unsubscribe", "bouncing", "bounced",
                     "spam complaint", "complained", "revoked", "stop", "stopped", "denied"), False),
}


def consent_word(value: str) -> Optional[bool]:
    """True / False for a tool's consent word ("subscribed", "OPT_OUT"), None otherwise."""
    return CONSENT_WORDS.get(" ".join(fold(value).replace("_", " ").replace("-", " ").split()))
