"""The small service object every page and dialog receives (instead of "the whole app")."""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Qt, Signal

from models.core.changes import Changes
from models.core.db import Database
from models.core.logsetup import log_exception_safely
from models.core.server_session import current_role
from models.core.text import set_default_region

from .navigation import Navigator, NoNavigator
from .settings import Settings
from .tasks import Job, run_in_background, wait_for_all
from ui.widgets.messages import report_unexpected, show_error, user_error_for

log = logging.getLogger(__name__)


class AppContext(QObject):
    """``db`` (unlocked database), ``settings``, ``run()`` for background work, ``navigator``
    (typed navigation, ui/navigation.py), ``data_changed`` and ``role`` (what the login may do
    on a committee server, "owner" for a file: ui/roles.py).

    ``data_changed(Changes)`` is emitted on the UI thread after every committed write, whoever
    wrote and on whichever thread: the database announces what each transaction changed
    (models/core/changes.py); a committee server also announces other apps' writes, from its
    listening thread (the queued signal below brings them to the UI thread). Announcements that arrive together are merged into one. Pages listen
    and refresh when it ``touches`` a kind they show; they never announce anything themselves.
    """

    data_changed = Signal(object)  # models.core.changes.Changes
    status_message = Signal(str)
    _announced = Signal()

    def __init__(self, db: Database, settings: Settings, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.role = current_role(db)
        self.closed = False  # set by shutdown(): the window's pages are gone
        self.navigator: Navigator = NoNavigator()
        self._lock = threading.Lock()
        self._pending = Changes()
        self._scheduled = False
        # Queued even from the UI thread: a page refreshes after the code that wrote has returned.
        self._announced.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        db.add_change_listener(self._on_db_change)
        # Phone numbers without "+" or "00" are read as numbers of the country chosen in Settings.
        set_default_region(settings.phone_region)

    @property
    def user_name(self) -> str:
        return self.settings.user_name

    def run(
        self,
        op: Callable[..., Any],
        on_success: Optional[Callable[[Any], None]] = None,
        on_failure: Optional[Callable[[BaseException], None]] = None,
        with_progress: bool = False,
        in_pool=None,
    ) -> Job:
        """Run ``op`` off the UI thread. Its result reaches the callbacks only while the window is
        open: work that finishes after a lock (the pages deleted) is dropped, a failure logged."""

        def succeeded(result: Any) -> None:
            if not self.closed and on_success is not None:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if self.closed:
                log_exception_safely(log, exc, "background work finished after the window closed")
            elif on_failure is not None:
                on_failure(exc)
            elif user_error_for(exc) is not None:  # e.g. the server refused: its plain message
                show_error(None, exc)
            else:
                report_unexpected(exc)

        return run_in_background(op, succeeded, failed, with_progress, in_pool)

    def _on_db_change(self, changes: Changes) -> None:  # any thread
        with self._lock:
            self._pending = self._pending | changes
            if self._scheduled:
                return
            self._scheduled = True
        self._announced.emit()

    def _deliver(self) -> None:  # UI thread
        with self._lock:
            changes, self._pending, self._scheduled = self._pending, Changes(), False
        if changes:
            self.data_changed.emit(changes)

    def shutdown(self) -> None:
        """Wait for background work, then close the database (drops the key)."""
        self.closed = True
        wait_for_all()
        self.db.remove_change_listener(self._on_db_change)
        self.db.close()
