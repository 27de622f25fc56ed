"""The search index read and checked after sign-in without holding up the window: read on a
thread of its own (services.caseindex.Loading) while her home is shown, then, when it came
from its sealed snapshot, checked against the cases' own rows (services.caseindex.
snapshot_findings).

At 100,000 survivors the check opens every case's row again: seconds of work. It runs on a
plain Python thread that touches no Qt object and no session of the window's: it reads through
a connection of its own and compares with copies of the index taken here, on the window's
thread. The window polls for its end with a timer it owns, so nothing is delivered to a widget
that is gone; what it found is put into the index, and a planted snapshot reported, back on the
window's thread (services.caseindex.apply_findings), and only into the index it checked. A lock
or a sign-out cancels it and waits for the thread (a few milliseconds: it looks at the
cancellation every thousand rows); the unlock that builds the index again starts a new check.

Until it ends, a search uses the index as the snapshot made it; the case file always shows the
case's own row. An import checks the snapshot itself before it matches anything
(services.caseindex.of with ``checked``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from onestop import logs
from onestop.services import caseindex

if TYPE_CHECKING:
    from onestop.services.caseindex import CaseIndex, Findings
    from onestop.services.session import VaultSession

POLL_MS = 50


class IndexCheck(QObject):
    """One check of ``session``'s index; ``finished`` is set when it has ended (found,
    applied, failed or cancelled). With ``index`` None her index is still being read on its
    own thread (services.caseindex.Loading): it is put in place when read, then checked if it
    came from the snapshot. ``put_right`` is called on the window's thread when the snapshot
    was wrong and the index has been put right: what the window listed from it is to be read
    again."""

    def __init__(
        self,
        session: VaultSession,
        index: CaseIndex | None,
        parent: QObject,
        put_right: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._index = index
        self._put_right = put_right
        self._cancel = threading.Event()
        self._findings: Findings | None = None
        self._failure = ""
        self.finished = False
        self.wrong = 0  # how many cases the snapshot showed wrongly, once applied
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        if index is not None:
            self._start(index)
        self._timer.start()

    def _start(self, index: CaseIndex) -> None:
        self._index = index
        shown, versions = index.state()
        index.checking = True
        self._thread = threading.Thread(
            target=self._run, args=(shown, versions), name="onestop-index-check"
        )
        self._thread.start()

    def _run(self, shown: dict[int, caseindex.Entry], versions: dict[int, int]) -> None:
        """On the check's own thread: no Qt, nothing written."""
        try:
            self._findings = caseindex.snapshot_findings(
                self._session, shown, versions, self._cancel.is_set
            )
        except Exception as exc:  # the index stays as read; the next sign-in checks again
            self._failure = type(exc).__name__

    def _poll(self) -> None:
        if self._thread is None:
            self._read()
            return
        if self._thread.is_alive():
            return
        self._timer.stop()
        self._end()

    def _read(self) -> None:
        """Her index being read on its own thread: put in place once read (on this, the
        window's thread), then checked if it came from the snapshot."""
        if self._cancel.is_set() or caseindex.loading(self._session):
            return
        try:
            index = caseindex.finish_loading(self._session)
        except Exception as exc:  # read again when next needed (caseindex.of)
            logs.log.warning("search index not put in place: %s", type(exc).__name__)
            index = None
        if index is None or not index.from_snapshot or not index.checking:
            self._timer.stop()
            self.finished = True
            return
        self._start(index)

    def _end(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self._index is None:
            return  # stopped while her index was still being read
        self._index.checking = False
        if self._failure:
            logs.log.warning("search index check failed: %s", self._failure)
            return
        findings = self._findings
        if findings is None or self._cancel.is_set():
            return
        if self._session.case_index is not self._index or self._session.is_locked:
            return  # the index it checked is gone (a lock, a fresh build): nothing to put
        if not self._index.from_snapshot:
            return  # checked meanwhile in this thread (an import checks before it matches)
        try:
            self.wrong = caseindex.apply_findings(self._session, self._index, findings)
        except Exception as exc:  # the snapshot stays in the vault: the next sign-in checks
            # again and reports it; the index was put right before the report was written.
            logs.log.warning("search index check not reported: %s", type(exc).__name__)
            self.wrong = len(findings.wrong) + len(findings.unopened)
        if self.wrong and self._put_right is not None:
            self._put_right()

    def wait(self) -> None:
        """Block until her index is read and checked, then finish on this thread (tests; the
        command line never starts one)."""
        if self._thread is None and not self.finished:
            load = self._session.index_loading
            if load is not None:
                load.result()
            self._read()
        if self._thread is not None:
            self._thread.join()
        self._timer.stop()
        self._end()

    def stop(self) -> None:
        """Cancel and wait for the thread (a lock, a sign-out): nothing it found is put. Her
        index's reading, if still under way, is cancelled by the lock itself (VaultSession)."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join()
        self._timer.stop()
        self._end()
