"""What both stores share: the encrypted file (models/core/db.py, ``Database``) and the committee
server (models/core/server.py, ``ServerDatabase``). Feature code only sees this interface:

* ``session()`` for reads, ``write()`` for one unit of write work (commit or roll back);
* change listeners: every committed write is announced as a :class:`Changes` value, found from
  the tables its statements wrote (``_watch_writes``), on the thread that committed; the server
  also announces what other people's apps committed (LISTEN/NOTIFY);
* ``location`` (what the status bar and the window title show), ``is_server``, ``close()``;
* ``may_read(table, column)``: whether this login may read it (always, on the file; on the server
  its grants decide), so a list can leave out what a role may not see instead of failing whole.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.engine import Engine

from .changes import Changes, written_table

log = logging.getLogger(__name__)


class Store:
    """The change announcements of an open store (the base of both store classes)."""

    is_server = False

    def may_read(self, table: str, column: str | None = None) -> bool:
        """Whether this login may read ``table`` (or that ``column`` of it): the file holds no
        logins, so always."""
        return True

    def _init_changes(self) -> None:
        self._change_listeners: list[Callable[[Changes], None]] = []
        self._committed = threading.local()  # tables a commit on this thread wrote, until announced

    def _watch_writes(self, engine: Engine) -> None:
        """What each write transaction changed: the tables its statements wrote, collected per
        connection, handed to the committing thread by the commit event (which runs just before
        the DBAPI commit) and announced by write() once the commit has returned, so a listener
        that reads at once sees the new data. A rollback drops them."""

        @event.listens_for(engine, "before_cursor_execute")
        def _written(conn, cursor, statement, parameters, context, executemany):
            table = written_table(statement)
            if table is not None:
                conn.info.setdefault("written_tables", set()).add(table)

        @event.listens_for(engine, "commit")
        def _committed(conn):
            tables = conn.info.pop("written_tables", None)
            if tables:
                pending = getattr(self._committed, "tables", None)
                self._committed.tables = tables if pending is None else pending | tables
                self._on_commit(conn, tables)

        @event.listens_for(engine, "rollback")
        def _rolled_back(conn):
            conn.info.pop("written_tables", None)

    def _on_commit(self, conn, tables: set[str]) -> None:
        """Just before a write commits (the server tells the other apps here)."""

    def _forget_committed(self) -> None:
        self._committed.tables = None

    def _announce_committed(self) -> None:
        tables, self._committed.tables = getattr(self._committed, "tables", None), None
        if tables:  # committed: tell the listeners what changed
            self.announce(Changes.from_tables(tables))

    def add_change_listener(self, listener: Callable[[Changes], None]) -> None:
        """``listener(changes)`` after every committed write, on the thread that committed (on
        the server also for other apps' writes, on the thread that listens for them)."""
        self._change_listeners.append(listener)

    def remove_change_listener(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._change_listeners:
            self._change_listeners.remove(listener)

    def announce(self, changes: Changes) -> None:
        """Tell the listeners what a write changed (the engine does it after each commit)."""
        if not changes:
            return
        for listener in list(self._change_listeners):
            try:
                listener(changes)
            except Exception as exc:  # noqa: BLE001 - a listener must not undo a committed write
                log.error("change listener failed: %s", type(exc).__name__)
