"""None, True and False outlive the Qt binding's lost references (src/onestop/gui/singletons.py).

PySide6 6.12.0 on Python 3.11 takes one reference of None that it never gave each time it hands
an invalid QVariant to Python as None: an empty cell's ``data()``, a combo box's
``currentData()``, an item's unset role. Without the margin onestop.gui gives them, a process
making enough such calls frees None and aborts ("Fatal Python error: none_dealloc").
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox

import onestop.gui  # noqa: F401 - gives the margin, as the desktop does at its start
from onestop.gui import singletons

CALLS = 500
ONE_OLDER_PYTHON = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12"
)


@ONE_OLDER_PYTHON
def test_none_true_and_false_hold_the_margin_in_a_process_of_the_desktop(
    qapp: QApplication,
) -> None:
    model = QStandardItemModel(1, 1)
    combo = QComboBox()
    combo.addItem("no data")
    item = QStandardItem("text")
    for call in (
        lambda: model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole),
        lambda: item.data(Qt.ItemDataRole.UserRole),
        combo.currentData,
    ):
        for _ in range(CALLS):
            assert call() is None
    for obj in (None, True, False):
        assert sys.getrefcount(obj) > singletons.MARGIN - 3 * CALLS, obj
    assert singletons.keep() is False  # once per process: given already


@ONE_OLDER_PYTHON
def test_a_process_reading_empty_values_for_hours_is_not_ended_by_them(tmp_path) -> None:
    """More empty values read than None had references when the process began (a day of lists
    and forms), and ten thousand more: a fresh process of the desktop ends normally (without
    the margin, with the faulty binding, it frees None and aborts)."""
    script = tmp_path / "empty_values.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys
            import onestop.gui
            from onestop.gui import singletons
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QStandardItem
            from PySide6.QtWidgets import QApplication

            app = QApplication([])
            item = QStandardItem("text")
            count = sys.getrefcount(None)
            held = count - singletons.MARGIN if count > singletons.MARGIN else count
            for _ in range(held + 10_000):
                item.data(Qt.ItemDataRole.ToolTipRole)
            print("done", held, flush=True)
            """
        )
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    word, held = done.stdout.split()
    assert word == "done" and int(held) > 1000  # a real process's count, not the margin
