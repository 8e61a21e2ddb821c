"""One helper for background work: ``run_in_background(op, on_success, on_failure)``.

``op`` runs on a worker thread and touches only data, never widgets; its result (or exception)
comes back by signal on the UI thread. Writes are serialized by models.core.db.Database.write().
Long operations take a ``Progress`` they can report to and that tells them to stop on cancel.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from ui.widgets.messages import report_unexpected

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside an operation when the user pressed Cancel."""


class Progress:
    """Handed to long operations: ``progress.update(done, total)`` raises Cancelled after cancel()."""

    def __init__(self, signal: Optional[Signal] = None) -> None:
        self._cancel = threading.Event()
        self._signal = signal

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def update(self, done: int, total: int) -> None:
        if self._signal is not None:
            self._signal.emit(int(done), int(total))
        if self._cancel.is_set():
            raise Cancelled()

    def __call__(self, done: int, total: int) -> None:
        self.update(done, total)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, op: Callable[..., Any], wants_progress: bool) -> None:
        super().__init__()
        self.op = op
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed)
        self.wants_progress = wants_progress
        self.setAutoDelete(False)

    def run(self) -> None:  # worker thread
        try:
            result = self.op(self.progress) if self.wants_progress else self.op()
        except BaseException as exc:  # delivered to on_failure on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Job:
    """A handle on running work: ``cancel()``, and ``progressed(done, total)`` to show a bar."""

    def __init__(self, job: _Job) -> None:
        self._job = job
        self.progressed = job.signals.progressed
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._job.progress.cancel()


_running: set[_Job] = set()
_pool: Optional[QThreadPool] = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


def dedicated_pool(threads: int = 1) -> QThreadPool:
    """A pool of its own for work that must never queue behind long jobs (the leaflet preview)."""
    own = QThreadPool()
    own.setMaxThreadCount(threads)
    return own


def run_in_background(
    op: Callable[..., Any],
    on_success: Optional[Callable[[Any], None]] = None,
    on_failure: Optional[Callable[[BaseException], None]] = None,
    with_progress: bool = False,
    in_pool: Optional[QThreadPool] = None,
) -> Job:
    """Run ``op()`` (or ``op(progress)`` when ``with_progress``) off the UI thread (in the shared
    pool, or ``in_pool``)."""
    job = _Job(op, with_progress)
    handle = Job(job)
    _running.add(job)

    def done_ok(result: Any) -> None:
        _running.discard(job)
        handle.finished.set()
        if on_success is not None:
            on_success(result)

    def done_failed(exc: BaseException) -> None:
        _running.discard(job)
        handle.finished.set()
        if on_failure is not None:
            on_failure(exc)
        else:
            report_unexpected(exc)

    job.signals.succeeded.connect(done_ok)
    job.signals.failed.connect(done_failed)
    (in_pool or pool()).start(job)
    return handle


def wait_for_all(timeout_ms: int = 30000) -> bool:
    return pool().waitForDone(timeout_ms)
