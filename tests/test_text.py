"""Folding for accent- and case-insensitive search and matching."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from models.core.text import fold


def reference_fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf").casefold()


def test_examples():
    assert fold("José Núñez") == "jose nunez"
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"
    assert fold("ÁLVAREZ Ibáñez") == "alvarez ibanez"
    assert fold("") == ""


def test_invisible_format_characters_are_dropped():
    # Bidi overrides, marks and isolates, zero-width joiners, a soft hyphen: none of them is typed.
    for control in ("\u202e", "\u202b", "\u202c", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068",
                    "\u2069", "\u200d", "\u00ad", "\ufeff"):
        assert fold(f"{control}Ana{control}") == "ana", repr(control)
    assert fold("\u202bفاطمة\u202c") == fold("فاطمة")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_matches_the_reference(value):
    assert fold(value) == reference_fold(value)
