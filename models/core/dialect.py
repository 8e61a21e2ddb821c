"""The one small layer that knows which store a connection talks to (issue 25).

A committee's data lives either in its encrypted SQLCipher file or on its PostgreSQL server; the
same models and the same SQL run on both. SQL that only one of them speaks goes through here:

* parameters: raw statements are written with SQLite's ``?``; on PostgreSQL the engine rewrites
  them to psycopg's ``%s`` (and doubles a literal ``%``) before they reach the driver
  (:func:`driver_placeholders`, hooked up by models/core/server.py);
* bulk reads: :func:`group_array` (``json_group_array`` / ``json_agg``) and :func:`json_array`
  (``json_array`` / ``json_build_array``), both read back with :func:`load_json`;
* id sets: :func:`id_set` and :func:`id_param` (``json_each(?)`` / ``unnest(?::bigint[])``);
* the catalogue: :func:`table_exists` (``sqlite_master`` / ``to_regclass``).

Everything else (``INSERT … RETURNING``, ``ON CONFLICT DO NOTHING``, ``TRUE``/``FALSE``,
``coalesce``) is SQL both stores speak; feature code uses that and never asks which store it has.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

SERVER = "postgresql"


def name(bind) -> str:
    """``"sqlite"`` or ``"postgresql"`` for a Connection, Engine or Session."""
    if hasattr(bind, "get_bind"):  # a Session
        bind = bind.get_bind()
    return bind.dialect.name


def is_server(bind) -> bool:
    return name(bind) == SERVER


def driver_placeholders(statement: str) -> str:
    """A statement written with ``?`` parameters as psycopg wants it: ``?`` becomes ``%s`` and a
    literal ``%`` becomes ``%%``, outside quoted strings and identifiers (which are kept)."""
    if "?" not in statement and "%" not in statement:
        return statement
    out: list[str] = []
    quote = ""
    for ch in statement:
        if quote:
            if ch == "%":
                out.append("%%")
                continue
            if ch == quote:
                quote = ""
            out.append(ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def group_array(bind, expression: str, order_by: str = "") -> str:
    """An aggregate of ``expression`` over the rows as one JSON array (text; ``[]`` for none)."""
    order = f" ORDER BY {order_by}" if order_by else ""
    if is_server(bind):
        return f"coalesce(json_agg({expression}{order})::text, '[]')"
    return f"json_group_array({expression}{order})"


def json_array(bind, *expressions: str) -> str:
    return ("json_build_array(" if is_server(bind) else "json_array(") + ", ".join(expressions) + ")"


def load_json(value: Any) -> Any:
    """A JSON value read back: text from SQLite (and from :func:`group_array`), already decoded
    when PostgreSQL's driver returned a ``json`` column."""
    if value is None:
        return []
    if isinstance(value, (str, bytes, bytearray)):
        return json.loads(value)
    return value


def id_set(bind) -> str:
    """A sub-select of the ids given as one parameter (pass :func:`id_param`):
    ``WHERE id IN (<id_set>)``."""
    if is_server(bind):
        return "SELECT unnest(CAST(? AS bigint[]))"
    return "SELECT value FROM json_each(?)"


def id_param(bind, ids: Iterable[int]) -> Any:
    values = [int(i) for i in ids]
    return values if is_server(bind) else json.dumps(values)


def table_exists(conn, table: str) -> bool:
    if is_server(conn):
        return conn.exec_driver_sql("SELECT to_regclass(?) IS NOT NULL", (table,)).scalar()
    return bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar())


# pg-features
def timestamp(bind, value: Any) -> Any:
    """A datetime bound into raw SQL, stored as the ORM stores it: SQLAlchemy's text on the file
    (so text comparisons with the ORM's values hold), the value itself on the server."""
    if value is None or is_server(bind):
        return value
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def like(bind) -> str:
    """The operator of a case-insensitive ``LIKE`` (SQLite's ``LIKE`` already ignores case)."""
    return "ILIKE" if is_server(bind) else "LIKE"


def sync_ids(conn, table: str) -> None:
    """After rows were inserted with ids chosen by the caller: the next id the server hands out
    follows the largest (SQLite's rowid does that by itself)."""
    if is_server(conn):
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}")


def json_flag(bind, column: str, key: str) -> str:
    """SQL true when the JSON object in the text ``column`` has ``key`` set to true."""
    if is_server(bind):
        return f"coalesce(CAST(CAST({column} AS json) ->> '{key}' AS boolean), FALSE)"
    return f"json_extract({column}, '$.{key}') = 1"


def not_indexed(bind) -> str:
    """SQLite's ``NOT INDEXED`` after a table (a scan, where the planner would pick an index);
    nothing on the server, whose planner decides from its statistics."""
    return "" if is_server(bind) else "NOT INDEXED"


def skip_locked(bind, of: str = "") -> str:
    """``FOR UPDATE [OF of] SKIP LOCKED`` on the server (rows another writer is taking are passed
    over); nothing on the file, where one writer at a time holds the whole database."""
    if not is_server(bind):
        return ""
    return f" FOR UPDATE OF {of} SKIP LOCKED" if of else " FOR UPDATE SKIP LOCKED"


class _PlaceholderCursor:
    """A psycopg cursor that takes statements written with ``?`` (as the engine's rewrite does)."""

    def __init__(self, cursor) -> None:
        self._cursor = cursor

    def execute(self, statement: str, parameters=None):
        self._cursor.execute(driver_placeholders(statement), parameters)
        return self._cursor

    def close(self) -> None:
        self._cursor.close()


def cursor(conn):
    """A DB-API cursor of a SQLAlchemy Connection for hot loops of small statements (no
    SQLAlchemy overhead), taking ``?`` parameters on both stores; ``execute`` returns an
    iterable cursor with ``fetchone``/``fetchall``."""
    raw = conn.connection.cursor()
    return _PlaceholderCursor(raw) if is_server(conn) else raw
