"""A process that quits while the screens are still being imported in the background
(gui.warm) must not abort: bench/gui.py's timed start quits as soon as the sign-in window is
painted, and under load it aborted one start in twelve with "FATAL: exception not rethrown"
(a daemon thread killed at the interpreter's exit in the middle of a C++ import)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_warm_up_thread_is_waited_for_at_exit() -> None:
    from onestop.gui import warm

    warm.start()
    thread = warm._thread
    assert thread is not None and not thread.daemon
    warm.wait()


def test_quitting_during_the_warm_up_exits_cleanly() -> None:
    """The process quits at once after starting the warm-up: it waits for the imports and
    exits 0, with no abort on standard error."""
    script = textwrap.dedent(
        """
        from onestop.gui import warm
        warm.start()
        import sys
        sys.modules.get("onestop.gui.views.workspace")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "FATAL" not in done.stderr


def test_a_local_vault_starts_without_the_database_libraries(tmp_path: Path) -> None:
    """The first window of a local vault's start waits for nothing the background warm-up
    loads (gui.warm): choosing between a local vault and a server imported the workstation's
    module, and with it SQLAlchemy and the server's code (0.3 s to the sign-in window became
    1.1 s; bench/package.py)."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from onestop.gui.app import chosen_server
        assert chosen_server(None, Path({str(tmp_path / "vault")!r})) is None
        loaded = [m for m in ("onestop.services.workstation", "sqlalchemy") if m in sys.modules]
        assert not loaded, loaded
        """
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        "ONESTOP_HOME": str(tmp_path / "home"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
