"""Consent: yes, no or unknown, never assumed (issue 20 item 3).

A person's ok_to_call, ok_to_text, ok_to_email and do_not_contact are each True (yes), False (no)
or None (unknown: nobody asked, or the file said nothing). Unknown is never shown or counted as
yes. ``consent_source`` and ``consent_date`` on the person say where and when the last value came
from; the sources are stored in English (the UI translates the ones below).
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from models.core.errors import QT_TRANSLATE_NOOP
from models.core.text import fold

Consent = Optional[bool]

FIELDS = ("ok_to_call", "ok_to_text", "ok_to_email", "do_not_contact")
# The value that refuses contact: an opt-out always wins over a yes (see ``merged``).
REFUSING = {"ok_to_call": False, "ok_to_text": False, "ok_to_email": False, "do_not_contact": True}

BY_HAND = "entered by hand"
WALK_IN = "walk-in"
PHONE_BANK = "phone bank"
IMPORT_PREFIX = "import: "
SOURCE_LABELS = {
    BY_HAND: QT_TRANSLATE_NOOP("Consent", "entered by hand"),
    WALK_IN: QT_TRANSLATE_NOOP("Consent", "walk-in"),
    PHONE_BANK: QT_TRANSLATE_NOOP("Consent", "phone bank"),
}

WORDS = {True: "yes", False: "no", None: "unknown"}
WORD_LABELS = {
    True: QT_TRANSLATE_NOOP("Consent", "Yes"),
    False: QT_TRANSLATE_NOOP("Consent", "No"),
    None: QT_TRANSLATE_NOOP("Consent", "Unknown"),
}

# Values files use (folded: no accents, lower case). Opt-out tools' words ("unsubscribed",
# "opted out") are "no"; a subscription status "subscribed" is "yes".
_YES = frozenset({"yes", "y", "si", "s", "true", "t", "1", "x", "ok", "okay", "sure", "claro", "verdadero",
                  "✓", "✔", "subscribed", "opted in", "opt in", "opted-in", "opt-in", "allowed", "permitido"})
_NO = frozenset({"no", "n", "false", "f", "0", "falso", "nunca", "never", "unsubscribed", "opted out", "opt out",
                 "opted-out", "opt-out", "bouncing", "bounced", "denied", "refused", "stop", "stopped",
                 "do not call", "do not text", "do not email", "do not contact", "no contactar"})
_UNKNOWN = frozenset({"", "unknown", "?", "n/a", "na", "none", "null", "desconocido", "no se sabe", "-", "--",
                      "not asked", "sin preguntar"})


def word(value: Consent) -> str:
    """"yes", "no" or "unknown" (exports, the CLI)."""
    return WORDS[None if value is None else bool(value)]


def parse(text: str) -> tuple[Consent, bool]:
    """(value, understood) of a cell: "Sí" -> (True, True), "" -> (None, True),
    "maybe" -> (None, False). Not understood stays unknown (the importer warns)."""
    folded = " ".join(fold(text or "").strip(" .!").replace("_", " ").split())
    if folded in _UNKNOWN:
        return None, True
    if folded in _YES:
        return True, True
    if folded in _NO:
        return False, True
    return None, False


def negated(value: Consent) -> Consent:
    """For opt-out columns ("Do Not Phone" = yes -> OK to call = no). Unknown stays unknown."""
    return None if value is None else not value


def merged(field: str, current: Consent, incoming: Consent) -> Consent:
    """The value after an import brings ``incoming`` for a person who has ``current``.

    Unknown never overwrites anything; a refusal (no to a contact, yes to do-not-contact) always
    wins; a yes fills only what was unknown (it never overrides a refusal)."""
    if incoming is None:
        return current
    if incoming == REFUSING[field] or current is None:
        return incoming
    return current


def import_source(file_name: str) -> str:
    return (IMPORT_PREFIX + file_name)[:200]


def now() -> datetime:
    """When consent is recorded: to the second (exports and the editor show no more)."""
    return datetime.utcnow().replace(microsecond=0)
