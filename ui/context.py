"""The small service object every page and dialog receives (instead of "the whole app")."""

from __future__ import annotations

import logging
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal

from models.db import Database
from models.logsetup import log_exception_safely

from .settings import Settings
from .tasks import Job, run_in_background, wait_for_all

log = logging.getLogger(__name__)


class AppContext(QObject):
    """``db`` (unlocked database), ``settings``, ``run()`` for background work, and change signals.

    Pages emit ``changed("people")`` (or "workplaces", "committees", "events", ...) after they
    write, and listen to it to refresh what they show.
    """

    changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.closed = False  # set by shutdown(): the window's pages are gone

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
            else:
                from .messages import report_unexpected

                report_unexpected(exc)

        return run_in_background(op, succeeded, failed, with_progress, in_pool)

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)

    def shutdown(self) -> None:
        """Wait for background work, then close the database (drops the key)."""
        self.closed = True
        wait_for_all()
        self.db.close()
