"""Translated labels for the stored codes (membership, committee kinds, roles, assessment, languages)."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

MEMBERSHIP = {
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
    "non-member": QT_TRANSLATE_NOOP("Labels", "Non-member"),
    "steward": QT_TRANSLATE_NOOP("Labels", "Steward"),
    "officer": QT_TRANSLATE_NOOP("Labels", "Officer"),
}
COMMITTEE_KINDS = {
    "workplace": QT_TRANSLATE_NOOP("Labels", "Workplace committee"),
    "defend-immigrants": QT_TRANSLATE_NOOP("Labels", "Committee to defend immigrants"),
    "rapid-response": QT_TRANSLATE_NOOP("Labels", "Rapid-response team"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
ROLES = {
    "chair": QT_TRANSLATE_NOOP("Labels", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("Labels", "Secretary"),
    "caller": QT_TRANSLATE_NOOP("Labels", "Caller"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "Trainer"),
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
}
ASSESSMENT = {
    1: QT_TRANSLATE_NOOP("Labels", "1 – Strong support"),
    2: QT_TRANSLATE_NOOP("Labels", "2 – Leaning support"),
    3: QT_TRANSLATE_NOOP("Labels", "3 – Undecided"),
    4: QT_TRANSLATE_NOOP("Labels", "4 – Leaning against"),
    5: QT_TRANSLATE_NOOP("Labels", "5 – Opposed"),
}
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "es": QT_TRANSLATE_NOOP("Labels", "Spanish"),
    "vi": QT_TRANSLATE_NOOP("Labels", "Vietnamese"),
    "zh": QT_TRANSLATE_NOOP("Labels", "Chinese"),
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "ht": QT_TRANSLATE_NOOP("Labels", "Haitian Creole"),
    "pl": QT_TRANSLATE_NOOP("Labels", "Polish"),
    "pt": QT_TRANSLATE_NOOP("Labels", "Portuguese"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "tl": QT_TRANSLATE_NOOP("Labels", "Tagalog"),
    "ko": QT_TRANSLATE_NOOP("Labels", "Korean"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "so": QT_TRANSLATE_NOOP("Labels", "Somali"),
}
# Phone labels: the standard ones are stored as these English keys and shown translated; a label
# typed freely is stored and shown as typed.
PHONE_LABELS = {
    "cell": QT_TRANSLATE_NOOP("Labels", "Cell"),
    "home": QT_TRANSLATE_NOOP("Labels", "Home"),
    "work": QT_TRANSLATE_NOOP("Labels", "Work"),
}
# Other spellings of the standard labels, in every language the app speaks (older versions saved
# the translated text, so "Celular" written by a Spanish user still reads as the cell phone).
PHONE_LABEL_SYNONYMS = {
    "cell": ("cell", "cell phone", "cellphone", "mobile", "mobile phone", "celular", "móvil", "movil"),
    "home": ("home", "home phone", "casa", "hogar", "domicilio"),
    "work": ("work", "work phone", "trabajo", "oficina"),
}
# Assessment colors: 1 green ... 5 red (also used by the wall chart).
ASSESSMENT_COLORS = {1: "#1a9850", 2: "#91cf60", 3: "#fee08b", 4: "#fc8d59", 5: "#d73027"}


def label(table: dict, code) -> str:
    text = table.get(code)
    return QCoreApplication.translate("Labels", text) if text else (str(code) if code is not None else "")


def language_name(code: str) -> str:
    return label(LANGUAGES, code) if code in LANGUAGES else code


def languages_text(codes: str | Iterable[str]) -> str:
    """Language codes ("es,en" or a list) as names in the UI language ("Spanish, English")."""
    items = codes.split(",") if isinstance(codes, str) else codes
    return ", ".join(language_name(c.strip()) for c in items if c.strip())


def phone_label_key(text: str) -> str:
    """What to store for a phone label: the key of a standard label in any known spelling or
    language ("Celular", "Cell", "mobile" -> "cell"), otherwise the text as typed."""
    text = (text or "").strip()
    folded = text.casefold()
    for key, english in PHONE_LABELS.items():
        spellings = {key, english.casefold(), label(PHONE_LABELS, key).casefold(), *PHONE_LABEL_SYNONYMS[key]}
        if folded in spellings:
            return key
    return text


def phone_label_text(stored: str) -> str:
    """How a stored phone label reads in the UI language: standard labels translated, others as typed."""
    key = phone_label_key(stored)
    return label(PHONE_LABELS, key) if key in PHONE_LABELS else key
