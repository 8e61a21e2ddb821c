"""Alembic, driven from code on an already-unlocked connection.

One linear history from 0014_one_history on (it joined the seven feature branches of 0002-0013):
a new revision's ``down_revision`` is the current head, and tests/test_migrations.py fails on a
second head. The database is upgraded to that head; a database that carries a revision this
version of the app does not know was written by a newer version: it is refused, untouched.

Opening an up-to-date database does not import Alembic (0.7 s): the revision graph is read from
the files in ``migrations/versions`` (``revision`` and ``down_revision`` lines) and compared with
the ``alembic_version`` table. Alembic runs only when an upgrade is due.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

from . import dialect, errors
from .errors import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"  # models/migrations


def config(connection=None):
    from alembic.config import Config  # lazy: alembic loads only when a schema is migrated

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def script():
    from alembic.script import ScriptDirectory  # lazy: alembic loads only when a schema is migrated

    return ScriptDirectory.from_config(config())


def _assigned(path: Path) -> dict[str, object]:
    """The module-level ``name = literal`` assignments above a revision file's first function
    (``revision``, ``down_revision``: read, not imported)."""
    text = path.read_text(encoding="utf-8")
    values: dict[str, object] = {}
    for node in ast.parse(text.split("\ndef ", 1)[0]).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


@lru_cache(maxsize=1)
def revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every known revision, the heads), read from the revision files without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        values = _assigned(path)
        if "revision" not in values:
            continue
        revisions.add(values["revision"])
        value = values.get("down_revision")
        if isinstance(value, str):
            parents.add(value)
        elif isinstance(value, (tuple, list)):
            parents.update(value)
    return frozenset(revisions), frozenset(revisions - parents)


def known_heads() -> set[str]:
    return set(revision_graph()[1])


def current_heads(conn) -> set[str]:
    if not dialect.table_exists(conn, "alembic_version"):
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
    from alembic import command  # lazy: alembic loads only when a schema is migrated

    command.upgrade(config(conn), "head")
