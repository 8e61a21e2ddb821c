"""The committee server: the same models on a PostgreSQL database the union controls (issue 25).

``open_store(target, secret)`` opens either store: a ``postgresql://user@host:port/db`` address
is a :class:`ServerDatabase` (``secret`` is the login's password), anything else the encrypted
file (``secret`` is its passphrase). Both have the interface of models/core/store.py.

* Driver: psycopg 3. Raw statements keep SQLite's ``?`` parameters; the engine rewrites them for
  psycopg (models/core/dialect.py), so no feature code knows which store it talks to.
* Safe by default: a host that is not this machine is reached only with
  ``sslmode=verify-full`` (the server's certificate is checked before the password is sent); an
  address asking for less is refused before anything is sent. The app never runs as a
  superuser (refused right after login). A password is never part of the address.
* Access is the database's business: each person has their own login, and grants plus
  row-level security decide what they see (models/core/server_roles.py). Nothing is filtered
  here.
* Live: every write transaction ends with ``pg_notify`` naming the tables it wrote (table names
  only: nothing personal); one listening connection per open store turns other apps' notices
  into the same change announcements a local write makes.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from . import dialect, errors, migrate
from .changes import Changes
from .db import Database
from .errors import QT_TRANSLATE_NOOP
from .store import Store

log = logging.getLogger(__name__)

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
CHANNEL = "committee_desk_changes"
APP_MARK = "committee-desk"
PING_AFTER = 5.0  # seconds a pooled connection may sit unused before it is checked again


def is_server_address(target: object) -> bool:
    return str(target).strip().lower().startswith(SCHEMES)


def is_local(host: str | None) -> bool:
    """This machine: no host (the local socket), a socket folder, or a loopback name."""
    return not host or host.startswith("/") or host.lower() in LOCAL_HOSTS


def _bad_address() -> errors.UserError:
    return errors.UserError(
        QT_TRANSLATE_NOOP("Errors", "That is not a committee server address."),
        QT_TRANSLATE_NOOP("Errors", "Write it as postgresql://user@host:port/database."),
    )


def parse_address(target: str) -> URL:
    """The address as a SQLAlchemy URL for psycopg, with the TLS the host needs; refuses an
    address that carries a password or asks for less than a verified TLS connection."""
    try:
        url = make_url(str(target).strip())
    except ArgumentError:
        raise _bad_address() from None
    if not url.database or not url.username:
        raise _bad_address()
    if url.password is not None:
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The server address must not contain the password."),
            QT_TRANSLATE_NOOP("Errors", "Remove it from the address: Committee Desk asks for it, or reads "
                              "COMMITTEE_DESK_PASSWORD (an address is seen by everyone who can list the computer's programs)."),
        )
    query = dict(url.query)
    host = url.host or query.get("host")
    if not is_local(host if isinstance(host, str) else None):
        mode = query.get("sslmode")
        if mode is None:
            query["sslmode"] = "verify-full"
        elif mode != "verify-full":
            raise errors.UserError(
                QT_TRANSLATE_NOOP("Errors", "The server {host} is on another machine, so the connection must be encrypted and its "
                                  "certificate checked (sslmode=verify-full). Nothing was sent."),
                QT_TRANSLATE_NOOP("Errors", "Remove sslmode from the address, and ask the server's admin for its certificate "
                                  "(saved as ~/.postgresql/root.crt)."),
                host=host,
            )
    return url.set(drivername="postgresql+psycopg", query=query)


def display_address(url: URL) -> str:
    """``user@host:port/database`` for the status bar and messages (never the password)."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{url.username}@{host}{port}/{url.database}"


def translate_server_error(exc: BaseException) -> errors.UserError | None:
    """What the server or the network said, as a plain message (no personal data in it)."""
    orig = getattr(exc, "orig", exc)
    text = str(orig or exc).lower()
    state = getattr(orig, "sqlstate", None) or ""
    if "password authentication failed" in text or state == "28P01":
        return errors.WrongPassphrase(
            QT_TRANSLATE_NOOP("Errors", "The server did not accept that user name and password."),
            QT_TRANSLATE_NOOP("Errors", "Check both (the password is case-sensitive), or ask the server's admin."),
        )
    if state == "42501" or "permission denied" in text or "row-level security" in text:
        return errors.PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your role on the committee server does not allow this."),
            QT_TRANSLATE_NOOP("Errors", "Nothing was changed. Ask the server's admin if you need it."),
        )
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return errors.DatabaseMissing(
            QT_TRANSLATE_NOOP("Errors", "That database does not exist on the server."),
            QT_TRANSLATE_NOOP("Errors", "Check the database name in the address."),
        )
    if "certificate" in text or "ssl" in text or "tls" in text:
        return errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The server's identity could not be checked (its TLS certificate). Nothing was sent."),
            QT_TRANSLATE_NOOP("Errors", "Ask the server's admin for its certificate (saved as ~/.postgresql/root.crt)."),
        )
    if state.startswith("08") or "connection" in text or "could not" in text or "timeout" in text:
        return errors.DatabaseBusy(
            QT_TRANSLATE_NOOP("Errors", "The committee server could not be reached."),
            QT_TRANSLATE_NOOP("Errors", "Check the network and the address, then try again. Nothing was changed."),
        )
    if state == "40001" or state == "40P01":
        return errors.DatabaseBusy(
            QT_TRANSLATE_NOOP("Errors", "Someone else was saving the same data at the same moment."),
            QT_TRANSLATE_NOOP("Errors", "Nothing was changed. Try again."),
        )
    if "no space" in text or state == "53100":
        return errors.DiskFull(
            QT_TRANSLATE_NOOP("Errors", "The committee server's disk is full, so nothing was saved."),
            QT_TRANSLATE_NOOP("Errors", "Tell the server's admin. Your data is unchanged."),
        )
    return None


def _not_ours() -> errors.NotADatabase:
    return errors.NotADatabase(
        QT_TRANSLATE_NOOP("Errors", "This server database has not been set up for Committee Desk."),
        QT_TRANSLATE_NOOP("Errors", "The server's owner sets it up with: committee-desk server init --db ADDRESS"),
    )


class ServerDatabase(Store):
    """An open connection to a committee server, as one login. Use :meth:`open`."""

    is_server = True
    path = None  # not a file: backups, passphrase changes and file locks do not apply
    instance_lock = None

    def __init__(self, url: URL, password: str) -> None:
        self.url = url
        self.location = display_address(url)
        self.user = url.username or ""
        self._password: str | None = password
        self._token = uuid.uuid4().hex  # our own notices are not announced twice
        self._readable: dict[tuple[str, str | None], bool] = {}  # may_read's answers
        self._init_changes()
        self._listener: threading.Thread | None = None
        self._listening = threading.Event()
        self._stop = threading.Event()
        self.engine: Engine = self._make_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _connect_args(self) -> dict:
        return {"password": self._password, "application_name": "committee-desk", "connect_timeout": 10}

    def _make_engine(self) -> Engine:
        settings = {k: v for k, v in self._connect_args().items() if k != "password"}
        engine = create_engine(self.url, connect_args=settings, pool_size=3, max_overflow=6, hide_parameters=True)

        # A pooled connection is checked (one round trip) before use only when it has been idle
        # for PING_AFTER seconds: a dialog's reads take a connection several times within
        # milliseconds, and SQLAlchemy's pool_pre_ping paid a round trip for each (a third of the
        # round trips of opening a person). A connection found dead is replaced, as with
        # pool_pre_ping; one that died in the last seconds fails its statement, which the pool
        # then replaces (errors.DatabaseBusy: "try again").
        @event.listens_for(engine, "checkin")
        def _returned(dbapi_connection, record):
            record.info["idle_since"] = time.monotonic()

        @event.listens_for(engine, "checkout")
        def _ping_if_idle(dbapi_connection, record, proxy):
            since = record.info.get("idle_since")
            if since is None or time.monotonic() - since < PING_AFTER:
                return
            try:
                engine.dialect.do_ping(dbapi_connection)
            except Exception as exc:  # noqa: BLE001 - gone: the pool opens a new one
                raise DisconnectionError() from exc

        @event.listens_for(engine, "do_connect")
        def _password(dialect_, record, cargs, cparams):
            # The password is read at each new connection, not kept by the engine: once closed
            # (locked, logged out), nothing can connect again with it.
            if self._password is None:
                raise errors.UserError(
                    QT_TRANSLATE_NOOP("Errors", "The connection to the committee server is closed."),
                    QT_TRANSLATE_NOOP("Errors", "Connect again with your password."),
                )
            cparams["password"] = self._password

        @event.listens_for(engine, "before_cursor_execute", retval=True)
        def _placeholders(conn, cursor, statement, parameters, context, executemany):
            if context is None or context.compiled is None:  # raw SQL, written with "?"
                statement = dialect.driver_placeholders(statement)
            return statement, parameters

        @event.listens_for(engine, "connect")
        def _connected(dbapi_connection, record):
            with dbapi_connection.cursor() as cur:
                cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                row = cur.fetchone()
            dbapi_connection.commit()
            if row and row[0]:
                dbapi_connection.close()
                raise errors.PermissionDenied(
                    QT_TRANSLATE_NOOP("Errors", "Committee Desk does not connect as a database superuser."),
                    QT_TRANSLATE_NOOP("Errors", "Use your own login (the server's owner adds it with: committee-desk server add-user)."),
                )

        self._watch_writes(engine)
        return engine

    def _on_commit(self, conn, tables: set[str]) -> None:
        payload = json.dumps({"from": self._token, "tables": sorted(tables)})
        conn.exec_driver_sql("SELECT pg_notify(?, ?)", (CHANNEL, payload))

    # ------------------------------------------------------------ construction
    @classmethod
    def open(cls, target: str, password: str, migrate_schema: bool = False, listen: bool = True) -> "ServerDatabase":
        """Log in to the server at ``target``; refuses a database that was not set up for us or is
        at an older or newer schema (``migrate_schema``: the owner's ``server init`` upgrades)."""
        db = cls(parse_address(target), password)
        try:
            try:
                with db.engine.connect() as conn:
                    current = migrate.current_heads(conn)
                    migrate.refuse_unknown(current)
                    if migrate_schema and not migrate.is_up_to_date(current):
                        conn.rollback()
                        with conn.begin():
                            migrate.upgrade(conn)
                        current = migrate.current_heads(conn)
                    if not migrate.is_up_to_date(current):
                        if current:
                            raise errors.NewerSchema(
                                QT_TRANSLATE_NOOP("Errors", "The committee server's data is from an older version of Committee Desk."),
                                QT_TRANSLATE_NOOP("Errors", "The server's owner upgrades it with: committee-desk server init --db ADDRESS"),
                            )
                        raise _not_ours()
                    mark = conn.exec_driver_sql("SELECT value FROM app_meta WHERE key = 'app'").scalar()
                    if mark != APP_MARK and not migrate_schema:
                        raise _not_ours()
            except DBAPIError as exc:
                translated = translate_server_error(exc)
                if translated is not None:
                    raise translated from None
                raise
            if listen:
                db._start_listening()
        except BaseException:
            db.close()
            raise
        log.info("connected to a committee server")
        return db

    # -------------------------------------------------------------------- live
    def _start_listening(self) -> None:
        self._listener = threading.Thread(target=self._listen, name="db-listen", daemon=True)
        self._listener.start()
        self._listening.wait(5)

    def _listen(self) -> None:
        """Other apps' notices, as change announcements (reconnects after a network fault)."""
        import psycopg  # lazy: the driver of the server store only (SQLAlchemy imports it too, on connect)

        dsn = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, **self._connect_args()) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=0.5):
                            self._notice(notice.payload)
            except Exception as exc:  # noqa: BLE001 - the network went away: try again shortly
                log.warning("change listener lost its connection: %s", type(exc).__name__)
                self._listening.set()
                self._stop.wait(2)

    def _notice(self, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            return
        if data.get("from") == self._token:
            return
        tables = {t for t in data.get("tables", ()) if isinstance(t, str)}
        if tables:
            self.announce(Changes.from_tables(tables, elsewhere=True))

    # ------------------------------------------------------------------- usage
    def may_read(self, table: str, column: str | None = None) -> bool:
        """Whether this login's grants let it read ``table`` (or that ``column``): asked of the
        server once per table and column, then remembered (grants change only by ``server init``
        and ``add-user``, which take effect at the next connect)."""
        key = (table, column)
        known = self._readable.get(key)
        if known is None:
            with self.engine.connect() as conn:
                if column is None:
                    known = bool(conn.exec_driver_sql("SELECT has_table_privilege(?, 'SELECT')", (table,)).scalar())
                else:
                    known = bool(conn.exec_driver_sql("SELECT has_column_privilege(?, ?, 'SELECT')",
                                                      (table, column)).scalar())
            self._readable[key] = known
        return known

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def write(self, checkpoint_later: bool = False) -> Iterator[Session]:
        """One unit of write work: commits or rolls back (PostgreSQL does the concurrency)."""
        with self.session() as s:
            try:
                with s.begin():
                    yield s
            except DBAPIError as exc:
                self._forget_committed()
                translated = translate_server_error(exc)
                if translated:
                    raise translated from None
                raise
            except BaseException:
                self._forget_committed()
                raise
        self._announce_committed()

    def hold_writer_lock(self) -> None:
        """Nothing to hold: the server serializes writers itself."""

    def checkpoint(self) -> None:
        """Nothing to do: the server keeps its own files."""

    def wait_for_checkpoint(self) -> None:
        """Nothing to wait for."""

    def quick_check(self, backup_folder=None) -> None:
        """The server checks its own pages."""

    def schema_versions(self) -> list[str]:
        with self.engine.connect() as conn:
            return sorted(migrate.current_heads(conn))

    @property
    def is_open(self) -> bool:
        return self._password is not None

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(3)
        try:
            self.engine.dispose()
        finally:
            self._password = None


def open_store(target: "str | os.PathLike[str]", secret: str, **options) -> "Store":
    """The store at ``target``: a committee server address (``secret``: the login's password) or
    an encrypted file (``secret``: its passphrase; ``options`` go to Database.open)."""
    if is_server_address(target):
        return ServerDatabase.open(str(target), secret, listen=options.pop("listen", True))
    return Database.open(target, secret, **options)
