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
import logging
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Optional, Sequence

_log = logging.getLogger(__name__)

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
# ---------------------------------------------------------------- pg-roster: roster, importer, exports
# Bulk work takes a different road on each store, chosen here and nowhere else:
# * the file (SQLite): one statement over a JSON parameter (``INSERT … SELECT … FROM jsonb_each(?)``)
#   or one JSON value per read (``json_group_array``), each ONE ``sqlite3_step`` during which the
#   driver releases the GIL, so a second thread's SQL overlaps Python's work
#   (docs/performance-log.md);
# * the server (PostgreSQL): ``COPY … FROM STDIN`` for bulk writes and plain SELECTs fetched in
#   one go for bulk reads, on the calling thread (psycopg does both in C; the JSON round trip and
#   the second thread would only add work there).
JSON_STEPS = "json-steps"
COPY = "copy"


def bulk_strategy(bind) -> str:
    """How this store takes bulk reads and writes: :data:`JSON_STEPS` (the file) or :data:`COPY`
    (the server)."""
    return COPY if is_server(bind) else JSON_STEPS


def string_agg(bind, expression: str, separator: str) -> str:
    """The values of ``expression`` over a group joined with the text ``separator``:
    ``group_concat`` / ``string_agg``."""
    literal = "'" + separator.replace("'", "''") + "'"
    if is_server(bind):
        return f"string_agg({expression}, {literal})"
    return f"group_concat({expression}, {literal})"


@contextmanager
def page_cache(conn, kib: int) -> Iterator[None]:
    """SQLite's page cache set to ``kib`` KiB for a large write, then back (the server tunes its
    own memory: nothing to do there)."""
    if not kib or is_server(conn):
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
        except Exception:  # noqa: BLE001 - the write's own error (if any) is the one to report
            _log.warning("could not restore the page cache size")


def read_snapshot(conn) -> None:
    """Start ``conn``'s read transaction so that every query after this one sees the same data
    (SQLite: its first read opens the snapshot; PostgreSQL: REPEATABLE READ)."""
    if is_server(conn):
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    else:
        conn.exec_driver_sql("SELECT 1")


def _fetch_all(conn, statement: str, params: Sequence[Any]) -> list:
    """PostgreSQL: every row as a plain tuple, fetched by psycopg in C on ``conn``'s own driver
    connection (in its transaction), without SQLAlchemy's Row objects (a third of the time)."""
    with conn.connection.dbapi_connection.cursor() as cur:
        cur.execute(driver_placeholders(statement), tuple(params))
        return cur.fetchall()


def bulk_rows(conn, columns: str, source: str, params: Sequence[Any] = (), order_by: str = "") -> list:
    """The rows of ``SELECT <columns> FROM (<source>) ORDER BY <order_by>`` as a list of
    sequences, read in one go: on SQLite as ONE JSON value (one step, without the GIL), on
    PostgreSQL fetched by psycopg. Values are what JSON carries on SQLite (text, numbers, NULL);
    select text, numbers and NULL only, so both stores give the same."""
    order = f" ORDER BY {order_by}" if order_by else ""
    if is_server(conn):
        return _fetch_all(conn, f"SELECT {columns} FROM ({source}) AS bulk{order}", params)
    value = conn.exec_driver_sql(f"SELECT json_group_array(json_array({columns}){order}) FROM ({source}) AS bulk",
                                 tuple(params)).scalar()
    return json.loads(value or "[]")


def bulk_columns(conn, columns: Sequence[str], source: str, params: Sequence[Any] = (), decode: bool = True) -> list:
    """Each of ``columns`` (names or aliases of ``source``'s columns) as one list, in ``source``'s
    order: on SQLite one JSON array per column built in one step, on PostgreSQL one fetch.
    ``decode=False``: SQLite's JSON texts are left for :func:`decoded_columns` (a reading thread
    hands them to the thread that uses them, which decodes them there)."""
    if is_server(conn):
        rows = _fetch_all(conn, f"SELECT {', '.join(columns)} FROM ({source}) AS bulk", params)
        return [list(column) for column in zip(*rows)] if rows else [[] for _ in columns]
    arrays = ", ".join(f"json_group_array({c})" for c in columns)
    row = conn.exec_driver_sql(f"SELECT {arrays} FROM ({source}) AS bulk", tuple(params)).fetchone()
    return [json.loads(value) for value in row] if decode else list(row)


def decoded_columns(columns: Sequence[Any]) -> list[list]:
    """What :func:`bulk_columns` gave with ``decode=False``, as lists."""
    return [json.loads(value) if isinstance(value, str) else value for value in columns]


def _mark_written(conn, table: str) -> None:
    """Tell the store's change announcements (models/core/store.py) that ``table`` was written by
    a statement that did not go through SQLAlchemy's execute (COPY)."""
    conn.info.setdefault("written_tables", set()).add(table)


def copy_rows(conn, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """PostgreSQL only: ``rows`` into ``table`` with ``COPY … FROM STDIN``, on ``conn``'s own
    driver connection, inside its transaction. PostgreSQL refuses COPY into a table whose
    row-level security applies to this login (every role but the owner's): then one pipelined
    ``executemany`` INSERT, which the policies check row by row."""
    with conn.connection.dbapi_connection.cursor() as cur:
        if cur.execute("SELECT row_security_active(%s)", (table,)).fetchone()[0]:
            marks = ", ".join(["%s"] * len(columns))
            cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        else:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                write = copy.write_row
                for row in rows:
                    write(row)
    _mark_written(conn, table)


def bulk_insert(conn, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Many rows into ``table``: COPY on the server, one ``executemany`` on the file."""
    if not rows:
        return
    if is_server(conn):
        copy_rows(conn, table, columns, rows)
        return
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", list(map(tuple, rows)))


def next_free_id(conn, table: str) -> int:
    """``max(id) + 1`` of ``table``, the first of the ids a bulk write gives its rows itself. On
    the server another app may import at the same time: the table is locked against other
    writers (readers go on) until this transaction ends, so the ids cannot collide; call
    :func:`ids_given` after writing them."""
    if is_server(conn):  # the highest id of the whole table, which row-level security may hide part of
        conn.exec_driver_sql(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
        return int(conn.exec_driver_sql("SELECT cd_next_id(?)", (table,)).scalar())
    return (conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0) + 1


def ids_given(conn, table: str) -> None:
    """After rows were written with ids of their own (:func:`next_free_id`): PostgreSQL's id
    sequence is moved past them (never back), so the next ordinary insert does not collide.
    SQLite picks ``max(id) + 1`` by itself: nothing to do."""
    if not is_server(conn):
        return
    conn.exec_driver_sql("SELECT cd_ids_given(?)", (table,))  # as the owner: no role may move a sequence


# ---------------------------------------------------------------- pg-speed: copy-up, round trips


def insert_table_rows(conn, table, rows: Sequence[Sequence[Any]]) -> None:
    """Rows of a SQLAlchemy ``table`` (values in ``table.columns`` order, as its types give them
    in Python) into that table, ids kept: COPY on the server (the types' bind processors applied
    first, as an INSERT would), one ``executemany`` INSERT on the file."""
    if not rows:
        return
    columns = list(table.columns)
    if not is_server(conn):
        conn.execute(table.insert(), [dict(zip((c.key for c in columns), row)) for row in rows])
        return
    processors = [(i, p) for i, p in enumerate(c.type.bind_processor(conn.dialect) for c in columns) if p is not None]
    if processors:
        def processed(row: Sequence[Any]) -> list:
            row = list(row)
            for i, process in processors:
                if row[i] is not None:
                    row[i] = process(row[i])
            return row

        rows = map(processed, rows)
    copy_rows(conn, table.name, [f'"{c.name}"' for c in columns], rows)


class BulkRead:
    """Rows read in one go by :func:`bulk_read`, kept in the form the store gave them until they
    are used: the server's fetched tuples as they are; the file's one JSON array per column,
    decoded when first needed (so a reading thread can hand them to the thread that uses
    them, which decodes them there). Going through columns on the server cost two
    transpositions of every chunk (rows to columns and back: 15 ms of the roster's 80 ms)."""

    __slots__ = ("_rows", "_columns")

    def __init__(self, rows: Optional[list] = None, columns: Optional[list] = None) -> None:
        self._rows = rows
        self._columns = columns

    def column(self, index: int) -> list:
        """One column's values (decoded, and kept decoded, on the file)."""
        if self._rows is not None:
            return [row[index] for row in self._rows]
        value = self._columns[index]
        if isinstance(value, str):
            value = self._columns[index] = json.loads(value)
        return value

    def last(self, index: int) -> Any:
        """Column ``index`` of the last row (None when no rows)."""
        if self._rows is not None:
            return self._rows[-1][index] if self._rows else None
        values = self.column(index)
        return values[-1] if values else None

    def rows(self) -> Iterable[Sequence[Any]]:
        if self._rows is not None:
            return self._rows
        return zip(*(self.column(i) for i in range(len(self._columns))))


def bulk_read(conn, columns: Sequence[str], source: str, params: Sequence[Any] = ()) -> BulkRead:
    """``SELECT <columns> FROM (<source>)`` read in one go, decoded later (:class:`BulkRead`): on
    the file ONE step giving a JSON array per column (the GIL released meanwhile), on the server
    one fetch of plain tuples."""
    if is_server(conn):
        return BulkRead(rows=_fetch_all(conn, f"SELECT {', '.join(columns)} FROM ({source}) AS bulk", params))
    arrays = ", ".join(f"json_group_array({c})" for c in columns)
    return BulkRead(columns=list(conn.exec_driver_sql(f"SELECT {arrays} FROM ({source}) AS bulk", tuple(params)).fetchone()))
