"""Folding for accent- and case-insensitive search and matching."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from models.text import fold


def reference_fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def test_examples():
    assert fold("José Núñez") == "jose nunez"
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"
    assert fold("ÁLVAREZ Ibáñez") == "alvarez ibanez"
    assert fold("") == ""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_matches_the_reference(value):
    assert fold(value) == reference_fold(value)
