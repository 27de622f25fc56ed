"""One OneStop process per vault: an exclusive lock on ``vault.lock`` held while it is open.

The operating system drops the lock when the process ends, however it ends, so a crash never
leaves a vault that cannot be opened. The file holds only the process id.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from onestop.errors import VaultInUse
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.engine import disk_errors

LOCK_NAME = "vault.lock"


class VaultLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        with disk_errors():  # a read-only folder (or a full disk) in words, not a traceback
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fh = os.fdopen(fd, "r+", encoding="ascii")  # held until release()
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise VaultInUse(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This vault is already open in another OneStop window or command{who}. Close "
                    "it there first, then try again.",
                ).format(who=who)
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
