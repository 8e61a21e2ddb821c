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


GIVEN_FIRST, FAMILY_FIRST = "given_first", "family_first"
NAME_ORDERS = (GIVEN_FIRST, FAMILY_FIRST)

# Han (with extensions and compatibility ideographs), Hiragana, Katakana, Hangul: scripts whose
# names are written without a space between family and given name ("王小明", "김민준").
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3130-\u318f"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\uff66-\uffdc\U00020000-\U0003134f]+"
)


def is_cjk(value: str) -> bool:
    """True when every character of ``value`` is Han, Hiragana, Katakana or Hangul."""
    return bool(value) and _CJK.fullmatch(value) is not None


def display_name(first: str, last: str, preferred: str, order: str = GIVEN_FIRST) -> str:
    """How a person is named everywhere.

    Given name first (the default): preferred (else first) name, then last name ("Ana García").
    Family name first: last name, then preferred (else first) name; written together when both
    are CJK ("王小明"), else with a space ("Trần Thị Lan", "Kovács Anna")."""
    given = preferred or first
    if order != FAMILY_FIRST:
        return " ".join(part for part in (given, last) if part)
    if not (given and last):
        return given or last
    if not last.isascii() and is_cjk(last) and is_cjk(given):
        return last + given
    return f"{last} {given}"


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
