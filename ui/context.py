"""The small service object every page and dialog receives (instead of "the whole app")."""

from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal

from models.db import Database

from .settings import Settings
from .tasks import Job, run_in_background, wait_for_all


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
        return run_in_background(op, on_success, on_failure, with_progress, in_pool)

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)

    def shutdown(self) -> None:
        """Wait for background work, then close the database (drops the key)."""
        wait_for_all()
        self.db.close()
