"""The demo data stays what it was before the feature list (issue 24): the same rows, drawn from
the same random stream in the same order.

Before models/features.py each feature registered its demo function when its module was first
imported, so the demo depended on what the process had imported: the fingerprint below is that
of the order the sidebar imports them in (resolutions with committee life, trainings, leaflets,
mobilization), now FEATURES order. (A bare ``demo.generate`` drew trainings first: b591a99d...;
``committee-desk demo`` drew resolutions last: 59edade3....)"""

from __future__ import annotations

import hashlib

from sqlalchemy import Date, DateTime

from models.core import demo

# Recorded on the code of commit 7705dc6 (see the module docstring).
FINGERPRINT_300 = "5503e58f89c036d65a1a7e56078f5e21712b38cb3951032c54a703a6a027e1ee"
SKIPPED_TABLES = {"logins", "login_committees", "app_meta", "audit_log"}  # the key settings and who wrote what: not demo data


def fingerprint(db) -> str:
    """A hash of every demo row, dates and times left out (they follow today's date)."""
    from models.core.base import Base

    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
            if table.name in SKIPPED_TABLES:
                continue
            columns = [c for c in table.columns if not isinstance(c.type, (Date, DateTime)) and c.name != "version"]  # (row versions count edits, not data)
            rows = conn.execute(table.select().with_only_columns(*columns)).all()
            digest.update(table.name.encode())
            for row in sorted(repr(tuple(r)) for r in rows):
                digest.update(row.encode())
    return digest.hexdigest()


def test_demo_data_unchanged(db):
    demo.generate(db, people=300, seed=1886)
    assert fingerprint(db) == FINGERPRINT_300
