"""The modules the screens after the sign-in need, imported in the background while the
person types her password: the sign-in window shows before them (they take most of a second
to import), and the home screen does not wait for them."""

from __future__ import annotations

import importlib
import linecache
import threading

MODULES = (
    "onestop.services.auth",  # the vault's libraries: SQLAlchemy, Alembic, SQLCipher, Argon2
    "onestop.gui.views.workspace",  # every screen, and the documents (ReportLab, pypdf)
    "onestop.gui.views.change_password",
    "onestop.gui.views.setup_wizard",
    "onestop.services.drafts",
    "onestop.services.settings",
    "onestop.services.users",
)

_lock = threading.Lock()
_thread: threading.Thread | None = None


def _import_all() -> None:
    for name in MODULES:
        before = set(linecache.cache)
        importlib.import_module(name)
        # PySide6's import hook reads the source of every module imported after it (to see
        # whether it uses PySide6: shibokensupport.feature, PYSIDE-2029) through linecache,
        # which keeps it: 1,200 files, 560,000 lines, 31 MB of the process's memory for as
        # long as it runs (issue 24's memory). Dropped as they come (a traceback reads the
        # lines it shows again): only what this import added, never an entry the window's
        # thread may be reading at the same moment (linecache has no lock).
        for filename in set(linecache.cache) - before:
            linecache.cache.pop(filename, None)


def start() -> None:
    """Begin importing them in the background (once per process)."""
    global _thread
    with _lock:
        if _thread is None:
            # Not a daemon: a process that quits before the imports end (a start timed by
            # bench/gui.py) waits for them. A daemon thread killed at the interpreter's exit
            # in the middle of a C++ import aborts the process ("FATAL: exception not
            # rethrown").
            _thread = threading.Thread(target=_import_all, name="onestop-warm-up")
            _thread.start()


def running() -> bool:
    """The background import has begun and not ended yet."""
    with _lock:
        thread = _thread
    return thread is not None and thread.is_alive()


def wait() -> None:
    """Return once every module is imported: waits for the background import if it runs (no
    two threads import the same modules at once), else imports them here."""
    with _lock:
        thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()
    _import_all()
