"""Alembic, driven from code on an already-unlocked connection.

Features may add revisions on their own branch (``down_revision`` = an existing revision);
the database is always upgraded to *all* heads, and a database that carries a revision this
version of the app does not know was written by a newer version: it is refused, untouched.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from . import errors

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def known_heads() -> set[str]:
    return set(script().get_heads())


def current_heads(conn) -> set[str]:
    return set(MigrationContext.configure(conn).get_current_heads())


def refuse_unknown(current: set[str]) -> None:
    for rev in current:
        try:
            found = script().get_revision(rev)
        except CommandError:
            found = None
        if found is None:
            raise errors.NewerSchema(
                "This database was saved by a newer version of Committee Desk.",
                "Install the newest version of Committee Desk to open it. The file was not changed.",
            )


def is_up_to_date(current: set[str]) -> bool:
    return current == known_heads()


def upgrade(conn) -> None:
    command.upgrade(config(conn), "heads")
