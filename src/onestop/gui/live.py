"""A colleague's change on the centre's server, brought to this window (services/liveupdates).

The listener waits on a thread of its own; what it read arrives here through a queued signal,
so the search index is changed and the screens are read again on the GUI's thread only, and
the window never waits for the server to say something.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from onestop.domain.roles import Action, Section
from onestop.services.backend import CentreServer
from onestop.services.liveupdates import Batch, Listener, apply
from onestop.services.session import VaultSession


class LiveUpdates(QObject):
    """Hears the server's notifications for one session; ``changed`` says which cases."""

    arrived = Signal(object)  # a Batch, emitted on the listener's thread
    # The changed cases' ids and references, and whether anything may have changed (a
    # catch-up after the connection came back).
    changed = Signal(frozenset, frozenset, bool)

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.arrived.connect(self._apply)  # queued: the receiver lives on the GUI thread
        self.listener = Listener(session, self.arrived.emit)

    @staticmethod
    def for_session(session: VaultSession, parent: QObject | None = None) -> LiveUpdates | None:
        """A listener on a server; None on a local vault (no colleague on another computer)
        and for a role that reads no case (the admin's: nothing on her screens changes)."""
        if not isinstance(session.backend, CentreServer):
            return None
        if not session.allowed(Section.IDENTITY, Action.READ):
            return None
        live = LiveUpdates(session, parent)
        live.listener.start()
        return live

    def stop(self) -> None:
        self.listener.stop()

    def _apply(self, batch: Batch) -> None:
        if not self._session.is_open:
            return  # locked: the lists are read again after unlocking
        cases = apply(self._session, batch)
        if cases or batch.catch_up:
            self.changed.emit(cases, batch.references, batch.catch_up)
