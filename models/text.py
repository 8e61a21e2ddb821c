"""Text helpers shared by search, import and matching: folding, phones, emails."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "US"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NON_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Accent- and case-insensitive form: "José Núñez" -> "jose nunez".

    Invisible format characters (Unicode category Cf: bidi controls such as U+202E, U+200E/F,
    U+2066-2069, zero-width joiners, soft hyphens) are dropped, so a name stored with them is
    found when typed without them, and the other way round."""
    if not value:
        return ""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    category, combining = unicodedata.category, unicodedata.combining
    stripped = "".join(ch for ch in decomposed if not combining(ch) and category(ch) != "Cf")
    return stripped.casefold()


def display_name(first: str, last: str, preferred: str) -> str:
    """How a person is named everywhere: preferred (else first) name, then last name."""
    return " ".join(part for part in ((preferred or first), last) if part)


def digits(value: str) -> str:
    return _NON_DIGITS.sub("", value or "")


def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 for a plausible number, or None. Excel floats such as "7735550142.0" are accepted."""
    value = (raw or "").strip()
    if not value:
        return None
    if re.fullmatch(r"\d+\.0+", value):
        value = value.split(".", 1)[0]
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip())) if value else True


def normalize_email(value: str) -> str:
    return (value or "").strip().casefold()


def split_list(value: str) -> list[str]:
    """"es, en;fr" -> ["es", "en", "fr"] (tags, languages)."""
    return [part.strip() for part in re.split(r"[,;]", value or "") if part.strip()]
