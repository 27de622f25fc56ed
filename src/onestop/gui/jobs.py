"""Work that must not freeze the window (key derivation, backups, big exports) on a pool thread.

The result or the error comes back to the GUI thread as a signal. The job is given a
``Progress`` to report through and to ask whether the person pressed cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job that noticed its cancel button."""


class Progress:
    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._report(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Job(QObject):
    """``fn(progress)`` on a pool thread; ``done(result)`` or ``failed(exc)`` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.progress = Progress(self.progressed.emit)
        self.running = False

    def start(self) -> Job:
        self.running = True
        runnable = _Runnable(self)
        QThreadPool.globalInstance().start(runnable)
        return self

    def cancel(self) -> None:
        self.progress.cancel()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        job = self._job
        try:
            result = job._fn(job.progress)
        except BaseException as exc:
            job.running = False
            job.failed.emit(exc)
        else:
            job.running = False
            job.done.emit(result)
