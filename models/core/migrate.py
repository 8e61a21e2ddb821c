"""Alembic, driven from code on an already-unlocked connection.

Features may add revisions on their own branch (``down_revision`` = an existing revision);
the database is always upgraded to *all* heads, and a database that carries a revision this
version of the app does not know was written by a newer version: it is refused, untouched.

Opening an up-to-date database does not import Alembic (0.7 s): the revision graph is read from
the files in ``migrations/versions`` (``revision`` and ``down_revision`` lines) and compared with
the ``alembic_version`` table. Alembic runs only when an upgrade is due.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

from . import errors
from .errors import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"  # models/migrations
_REVISION = re.compile(r"^revision\s*=\s*(.+)$", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


def config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


@lru_cache(maxsize=1)
def revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every known revision, the heads), read from the revision files without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if not found:
            continue
        revisions.add(ast.literal_eval(found.group(1).strip()))
        down = _DOWN_REVISION.search(text)
        value = ast.literal_eval(down.group(1).strip()) if down else None
        if isinstance(value, str):
            parents.add(value)
        elif isinstance(value, (tuple, list)):
            parents.update(value)
    return frozenset(revisions), frozenset(revisions - parents)


def known_heads() -> set[str]:
    return set(revision_graph()[1])


def current_heads(conn) -> set[str]:
    exists = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).scalar()
    if not exists:
        return set()
    return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def refuse_unknown(current: set[str]) -> None:
    known = revision_graph()[0]
    if any(rev not in known for rev in current):
        raise errors.NewerSchema(
            QT_TRANSLATE_NOOP("Errors", "This database was saved by a newer version of Committee Desk."),
            QT_TRANSLATE_NOOP("Errors", "Install the newest version of Committee Desk to open it. The file was not changed."),
        )


def is_up_to_date(current: set[str]) -> bool:
    return current == known_heads()


def upgrade(conn) -> None:
    from alembic import command

    command.upgrade(config(conn), "heads")
