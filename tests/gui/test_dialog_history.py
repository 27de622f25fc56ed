"""No folder or file name chosen in a file dialog reaches a file outside the vault: Qt's file
dialogs keep their history in ~/.config/QtProject.conf unless told otherwise.

Run in a fresh process with HOME and XDG_CONFIG_HOME in a folder of the test's own, since Qt
fixes where its settings live the first time any are used in a process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import REPO, files_under

CANARY = "Canary-Folder-Ngozi-Q7"

SCRIPT = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QFileDialog
from onestop.gui.app import make_application

app = make_application()
chosen = Path(sys.argv[1])
dialog = QFileDialog(None, "Save the document as", str(chosen))
dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
dialog.show()
app.processEvents()
dialog.selectFile(str(chosen / "{CANARY}-file.pdf"))
dialog.accept()  # as pressing Save: the history is updated
app.processEvents()
del dialog  # its settings are saved as it goes
print("done")
"""


def test_a_chosen_folder_leaves_no_trace_in_the_home_folder(tmp_path) -> None:
    home, config, data = tmp_path / "home", tmp_path / "home" / ".config", tmp_path / "data"
    chosen = tmp_path / "exports" / CANARY
    for folder in (home, config, data, chosen):
        folder.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO / "src"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(chosen)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0 and "done" in result.stdout, result.stderr
    written = files_under(home, data)
    leaks = [p for p in written if CANARY.encode() in p.read_bytes()]
    assert leaks == [], [str(p.relative_to(tmp_path)) for p in leaks]
