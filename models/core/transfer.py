"""Copying a whole committee between an encrypted file and a committee server (issue 25).

``copy_to_server(file_db, server_db)`` fills a server database that ``server init`` set up and
that holds no people yet; ``copy_to_file(server_db, path, passphrase)`` writes a NEW encrypted
file (the server's backup in our own encrypted format). Both copy every table of the models in
foreign-key order (``Base.metadata.sorted_tables``), ids kept, reading one consistent snapshot of
the source (REPEATABLE READ on a server; one read transaction on a file) and writing in one
transaction on the target: a copy is whole or nothing. Afterwards the server's id sequences are
moved past the copied ids.

* ``app_meta`` comes from the source (the organization's name, the features' flags).
* ``logins`` and ``login_committees`` go into a file (a faithful backup) but never onto a
  server: a server's logins are made there, by ``server add-user``.
* The server's audit trigger (which writes the login's name as the user) is off inside the copy's
  transaction, so the audit trail keeps who did what in the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Table, func, select, update

from . import dialect, errors, tables  # noqa: F401  (every feature's tables: Base.metadata complete)
from .base import Base
from .db import Database
from .errors import QT_TRANSLATE_NOOP
from .server import ServerDatabase
from .server_setup import load_starter_data

log = logging.getLogger(__name__)

BATCH = 2000
SERVER_MADE = ("logins", "login_committees")  # made on the server by server add-user, not copied there
SETTINGS = "app_meta"
# pg-roles2: server init writes the starter training topics; copy replaces them with the file's.
STARTER_TOPICS = "training_topics"


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _self_references(table: Table) -> list[str]:
    """Columns that point into their own table (resolutions.based_on_id): filled in afterwards."""
    return [c.name for c in table.columns for fk in c.foreign_keys if fk.column.table is table]


def _copy_tables(source_conn, target_conn, skip: tuple[str, ...] = ()) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in _tables():
        if table.name in skip:
            continue
        if table.name in (SETTINGS, STARTER_TOPICS):
            target_conn.execute(table.delete())
        later = _self_references(table)
        # the fix-up UPDATE sets these as they were (else "updated_at" would become now)
        kept = later + [c.name for c in table.columns if c.onupdate is not None and c.name not in later]
        fixes: list[dict] = []
        order = list(table.primary_key.columns) or list(table.columns)
        result = source_conn.execution_options(stream_results=True).execute(select(table).order_by(*order))
        names = [c.name for c in table.columns]
        position = {name: i for i, name in enumerate(names)}
        keys = [position[k.name] for k in table.primary_key.columns]
        later_at = [position[c] for c in later]
        n = 0
        for chunk in result.partitions(BATCH):
            rows: list = chunk
            if later_at:
                rows = [list(row) for row in chunk]
                for row in rows:
                    if any(row[i] is not None for i in later_at):
                        fixes.append({**{f"k_{names[i]}": row[i] for i in keys},
                                      **{f"v_{c}": row[position[c]] for c in kept}})
                        for i in later_at:
                            row[i] = None
            # COPY onto a server, one executemany into a file (models/core/dialect.py)
            dialect.insert_table_rows(target_conn, table, rows)
            n += len(rows)
        result.close()
        if fixes:
            from sqlalchemy import bindparam  # lazy: only tables that point into themselves

            where = [k == bindparam(f"k_{k.name}") for k in table.primary_key.columns]
            target_conn.execute(update(table).where(*where).values({c: bindparam(f"v_{c}") for c in kept}), fixes)
        counts[table.name] = n
    return counts


def _only_starter_topics(conn, table: Table) -> bool:
    """The topics are those server init wrote (nothing refers to them: the sessions are empty)."""
    try:
        # lazy: optional feature: trainings may not be installed (ImportError)
        from models.trainings.sessions import starter_topics
    except ImportError:
        return False
    starters = {topic.name for topic in starter_topics()}
    return all(name in starters for name in conn.execute(select(table.c.name)).scalars())


def _refuse_unless_empty(conn) -> None:
    for table in _tables():
        if table.name in SERVER_MADE or table.name == SETTINGS:
            continue
        if table.name == STARTER_TOPICS and _only_starter_topics(conn, table):
            continue
        if conn.execute(select(func.count()).select_from(select(table).limit(1).subquery())).scalar():
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "The server's database already holds data, so nothing was copied."),
                QT_TRANSLATE_NOOP("Errors", "copy fills only a new, empty database: ask the server's owner for one and "
                                  "set it up with: committee-desk server init --db ADDRESS"),
            )


def _is_owner(raw) -> bool:
    return bool(raw.execute("SELECT pg_get_userbyid(datdba) = current_user FROM pg_database "
                            "WHERE datname = current_database()").fetchone()[0])


def _move_sequences(raw) -> None:
    """Each id sequence past the largest id copied (the next new row does not collide)."""
    for table in _tables():
        for column in table.primary_key.columns:
            sequence = raw.execute("SELECT pg_get_serial_sequence(%s, %s)", (table.name, column.name)).fetchone()[0]
            if sequence:
                raw.execute(f'SELECT setval(%s, coalesce((SELECT max("{column.name}") FROM "{table.name}"), 0) + 1, false)',
                            (sequence,))


def _set_aside_checks(raw) -> list[str]:
    """Drop the foreign keys and the plain (not unique) indexes of our tables, inside the copy's
    transaction, and return the statements that put them back. A bulk load checks each foreign
    key once per row (a trigger) and grows every index row by row; added afterwards, each key is
    checked by one join and each index is built in one sort, as pg_restore does. The copy's
    transaction holds the tables meanwhile (nobody sees them without), and a row that breaks a
    key still fails the whole copy, when the key is added back."""
    names = [t.name for t in _tables()]
    keys = raw.execute(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "WHERE c.contype = 'f' AND c.conrelid = ANY(SELECT to_regclass(n)::oid FROM unnest(%s::text[]) AS n) "
        "ORDER BY c.oid", (names,)).fetchall()
    indexes = raw.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE NOT i.indisunique AND NOT i.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
        "AND i.indrelid = ANY(SELECT to_regclass(n)::oid FROM unnest(%s::text[]) AS n) ORDER BY i.indexrelid",
        (names,)).fetchall()
    back = []
    for table, name, definition in keys:
        raw.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        back.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    for name, definition in indexes:
        raw.execute(f"DROP INDEX {name}")
        back.append(definition)
    return back


def copy_to_server(file_db: Database, server_db: ServerDatabase) -> dict[str, int]:
    """Every row of ``file_db`` into ``server_db`` (set up by server init, no data yet; logged in
    as the database's owner). Returns the rows copied per table."""
    with server_db.engine.connect() as target:
        raw = target.connection.driver_connection
        if not _is_owner(raw):
            target.rollback()
            raise errors.PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Copying onto a committee server is done as the database's owner."),
                QT_TRANSLATE_NOOP("Errors", "Use the owner's login in the address (the one that ran server init)."),
            )
        target.rollback()
        with target.begin():
            _refuse_unless_empty(target)
            audit_trigger = raw.execute("SELECT 1 FROM pg_trigger WHERE tgname = 'cd_audit_user' AND "
                                        "tgrelid = 'audit_log'::regclass").fetchone()
            if audit_trigger:
                raw.execute("ALTER TABLE audit_log DISABLE TRIGGER cd_audit_user")
            put_back = _set_aside_checks(raw)
            with file_db.engine.connect() as source, source.begin():
                counts = _copy_tables(source, target, skip=SERVER_MADE)
            for statement in put_back:
                raw.execute(statement)
            if audit_trigger:
                raw.execute("ALTER TABLE audit_log ENABLE TRIGGER cd_audit_user")
            _move_sequences(raw)
    load_starter_data(server_db)  # a file that never wrote them would on first use; here, now
    log.info("copied a file onto a committee server (%d rows)", sum(counts.values()))
    return counts


def copy_to_file(server_db: ServerDatabase, path: Path | str, passphrase: str) -> dict[str, int]:
    """Every row of ``server_db`` into a NEW encrypted file at ``path`` with ``passphrase``
    (refused if the file exists). The login must see everything: the owner or an admin."""
    from . import server_roles  # lazy: the roles' names, only for this check

    path = Path(path)
    with server_db.engine.connect() as probe:
        raw = probe.connection.driver_connection
        admin = server_roles.group_roles(server_db.url.database)["admin"]
        allowed = _is_owner(raw) or raw.execute("SELECT pg_has_role(current_user, %s, 'member')", (admin,)).fetchone()[0]
        probe.rollback()
    if not allowed:
        raise errors.PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only the server's owner or an admin can copy the whole database into a file."),
            QT_TRANSLATE_NOOP("Errors", "Nothing was written."),
        )
    file_db = Database.create(path, passphrase)
    try:
        with server_db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as source:
            with source.begin():
                source.exec_driver_sql("SET TRANSACTION READ ONLY")
                with file_db.write() as s:
                    counts = _copy_tables(source, s.connection())
    except BaseException:
        file_db.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    file_db.close()
    log.info("copied a committee server into an encrypted file (%d rows)", sum(counts.values()))
    return counts
