"""Text helpers shared by search, import and matching: folding, phones, emails.

* Names: :func:`display_name` is how a person is named everywhere (given or family name first,
  ``people.name_order``). Never compose a name by hand: pass the three names and the order (SQL
  uses ``person_name(first_name, last_name, preferred_name, name_order)``, the same function,
  registered on every connection by models/core/db.py). Sorting by name stays by last name.
* Phones: :func:`normalize_phone` gives E.164 in the default region (``set_default_region``, from
  the settings or ``--region``) or None; an unreadable number is stored as typed with
  ``e164 = ""``, which is the flag the UI warns on. :func:`phone_key` counts one number once.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
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


# ------------------------------------------------------------------ phones
# The country a number without "+" or "00" belongs to: Settings (ui/settings.py) and the CLI's
# --region set it for the whole process, like audit.set_default_user.
_region = DEFAULT_REGION
_EXCEL_FLOAT = re.compile(r"\d+\.0+")
_PHONE_LIST = re.compile(r"\s*(?::::|[;/|,\n]|\s{3,})\s*")
_MEXICO = 52
# Regions of the North American Numbering Plan (+1): "(773) 555-0142" is the same number in each.
NANP_REGIONS = frozenset(r for r in phonenumbers.SUPPORTED_REGIONS if phonenumbers.country_code_for_region(r) == 1)
_EXTENSION = re.compile(r"(?:#|\bx|\bext\.?|\bextension|\bext\b|\banexo|\bextensi[oó]n)\s*:?\s*(\d{1,7})\s*$", re.I)


def default_region() -> str:
    return _region


def set_default_region(code: str) -> str:
    """Use ``code`` (ISO 3166 "MX", "es") for numbers written without a country; an unknown code
    keeps the current one. Returns the region in use."""
    global _region
    code = (code or "").strip().upper()
    if code in phonenumbers.SUPPORTED_REGIONS:
        _region = code
    return _region


@lru_cache(maxsize=1024)
def region_name(code: str, language: str = "en") -> str:
    """"MX" -> "México" in ``language`` ("es") where phonenumbers has the name, else in English,
    else the code."""
    # lazy: phonenumbers' region names load only when a region is named
    from phonenumbers.geodata.locale import LOCALE_DATA

    entry = LOCALE_DATA.get(code, {})
    for key in (language, "en"):
        value = entry.get(key, "")
        while value.startswith("*"):  # "*aa": the same as that language's name
            value = entry.get(value[1:], "")
        if value:
            return value
    return code


def region_names(language: str) -> list[tuple[str, str]]:
    """(code, country name) of every region phone numbers are read for, sorted by name."""
    names = ((code, region_name(code, language)) for code in phonenumbers.SUPPORTED_REGIONS)
    return sorted(names, key=lambda item: fold(item[1]))


def phone_text(raw: str) -> str:
    """A number as typed, tidied: spaces around it, Excel's text-marking apostrophe ("'0034 612…",
    NationBuilder's "'+1 773…") and Excel's ".0" ("7735550142.0") taken off. This is what is kept."""
    value = (raw or "").strip()
    while value[:1] in ("'", "\u2019"):
        value = value[1:].lstrip()
    if "." in value and _EXCEL_FLOAT.fullmatch(value):
        value = value.split(".", 1)[0]
    return value


def phone_key(raw: str, e164: str) -> str:
    """What makes two phones the same number: E.164 and the extension ("x12" and "x13" on one
    switchboard are two numbers); an unreadable one by its digits (or its text if it has none)."""
    if not e164:
        return digits(raw) or raw.strip().casefold()
    found = _EXTENSION.search(raw)
    return f"{e164};ext={found.group(1)}" if found else e164


def split_phones(value: str) -> list[str]:
    """One cell with several numbers -> each number: Google's "a ::: b", "a; b", "a / b", lines."""
    return [part for part in _PHONE_LIST.split(value or "") if part]


def normalize_phone(raw: str, region: str | None = None) -> str | None:
    """E.164 for a number that can be read, else None: never a guessed number.

    Region is the default country (``set_default_region``). "+" and "00" international forms,
    the region's own international prefix (011 in the US), Mexican mobiles written the old way
    ("+52 1 55 …", "044 55 …") and extensions ("x123", kept in the text, not in E.164) are read.
    A number too short or too long for its country (a 9-digit number in the US, a 7-digit one
    without area code) is None: kept as typed by the caller, flagged unreadable."""
    return _e164(phone_text(raw), region or _region)


@lru_cache(maxsize=131072)
def _e164(value: str, region: str) -> str | None:
    if not value:
        return None
    if value[:2] == "00" or value[:3] in ("+00", "(00"):
        value = "+" + value.lstrip("+(")[2:]
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE and parsed.country_code == _MEXICO:
        parsed = _mexican(value, parsed, region) or parsed
        reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:  # (not "local only": that has no area code)
        return None
    if parsed.country_code == 1 and (parsed.italian_leading_zero or str(parsed.national_number)[0] in "01"):
        return None  # no North American area code starts with 0 or 1: "070-174 06 06" is not +1 070...
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _mexican(value: str, parsed, region: str):
    """Mexico dropped its mobile "1" (+52 1 55 1234 5678) and the 044/045/01 prefixes in 2019-2020:
    the ten digits after them are the number."""
    national = str(parsed.national_number)
    if parsed.italian_leading_zero:
        national = "0" * (parsed.number_of_leading_zeros or 1) + national
    for prefix, length in (("1", 11), ("044", 13), ("045", 13), ("01", 12)):
        if national.startswith(prefix) and len(national) == length:
            try:
                return phonenumbers.parse("+52" + national[len(prefix):], region)
            except phonenumbers.NumberParseException:
                return None
    return None


# ------------------------------------------------------------------ dates (hire dates, files)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d")
_SLASHED = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_MONTH_FIRST = frozenset(("US", "CA", "PH", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "VI", "UM"))


def parse_date(value: str, day_first: bool | None = None) -> date | None:
    """"2019-03-04", "2019-03-04 00:00", "3/4/2019" (month first where the default country writes
    it so, else day first - or as ``day_first`` says, e.g. for a column headed in Spanish; a day
    above 12 decides either way), "04.03.2019"; None otherwise."""
    text = value.strip()[:19]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text[:10], fmt).date()
        except ValueError:
            continue
    found = _SLASHED.fullmatch(text.split(" ")[0])
    if not found:
        return None
    a, b, year = int(found.group(1)), int(found.group(2)), int(found.group(3))
    if year < 100:
        year += 2000 if year < 70 else 1900
    month_first = default_region() in _MONTH_FIRST if day_first is None else not day_first
    month, day = (a, b) if (month_first and a <= 12) or b > 12 else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None



def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip())) if value else True


def normalize_email(value: str) -> str:
    return (value or "").strip().casefold()


def split_list(value: str) -> list[str]:
    """"es, en;fr" -> ["es", "en", "fr"] (tags, languages)."""
    return [part.strip() for part in re.split(r"[,;]", value or "") if part.strip()]
