"""The screens imported in the background (gui.warm) leave no copy of their source behind:
PySide6's import hook reads every module imported after it through linecache (to see whether
it uses PySide6), and linecache kept them all, 1,200 files and 31 MB of the desktop's memory
for as long as it ran (issue 24: memory after browsing 100 cases, target <= 300 MB). What
the window's own thread read before is left to it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_warm_up_keeps_no_source_of_what_it_imported() -> None:
    script = textwrap.dedent(
        """
        import linecache, sys
        from PySide6.QtWidgets import QApplication  # first, as the desktop starts
        from onestop.gui import warm
        before = set(linecache.cache)
        assert "sqlalchemy" not in sys.modules
        warm.start()
        warm.wait()
        assert "onestop.gui.views.workspace" in sys.modules
        assert "sqlalchemy" in sys.modules
        kept = [f for f in set(linecache.cache) - before if f.endswith(".py")]
        assert not kept, (len(kept), kept[:5])
        """
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
