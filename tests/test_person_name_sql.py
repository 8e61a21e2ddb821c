"""SQL's person_name() names people exactly as models.core.text.display_name() does, on both
stores: a Python function registered on each SQLite connection (models/core/db.py), a SQL
function made by ``server init`` on the committee server (models/core/server_setup.py)."""

from __future__ import annotations

import pytest

from models.core.text import FAMILY_FIRST, GIVEN_FIRST, display_name

NAMES = [
    ("Ana", "García", ""),
    ("Ana", "García", "Anita"),
    ("José Luis", "Pérez Ortiz", ""),
    ("محمد", "الأحمد", ""),
    ("小明", "王", ""),
    ("明", "欧阳", "小明"),
    ("ゆき", "山田", ""),
    ("지민", "김", ""),
    ("Lan", "Trần Thị", ""),
    ("Anna", "Kovács", ""),
    ("小明", "Wang", ""),  # only one part CJK: a space
    ("Ming", "王", ""),
    ("𠀋", "𠀀", ""),  # CJK beyond the Basic Multilingual Plane
    ("王1", "李", ""),
    ("", "García", ""),
    ("Ana", "", ""),
    ("", "", "Nené"),
    ("", "", ""),
]


@pytest.mark.parametrize("order", [GIVEN_FIRST, FAMILY_FIRST, ""])
def test_person_name_is_display_name(db, order):
    with db.engine.connect() as conn:
        for first, last, preferred in NAMES:
            got = conn.exec_driver_sql("SELECT person_name(?, ?, ?, ?)", (first, last, preferred, order)).scalar()
            assert got == display_name(first, last, preferred, order), (first, last, preferred, order)


def test_person_name_of_nobody_is_null(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT person_name(NULL, NULL, NULL, NULL)").scalar() is None
        assert conn.exec_driver_sql("SELECT person_name('Ana', NULL, NULL, NULL)").scalar() == "Ana"
