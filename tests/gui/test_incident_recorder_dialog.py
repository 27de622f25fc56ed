"""The GBVIMS Incident Recorder from the statistics dialog: a manager exports a month, inside
an AES-256 ZIP archive by default."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyzipper
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.gui.views.incident_recorder import IncidentRecorderDialog, RecorderButton
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.gui.journey import sign_in_by_keyboard


def test_the_recorder_is_offered_in_the_statistics_dialog(
    qtbot, make_shell, vault, dialogs, tmp_path: Path
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Amina Hassan")).reference
        IncidentService(cw).record(
            ref, IncidentDetails(IncidentTime.unknown(), GbvType.RAPE, IncidentContext.FAMILY)
        )
        ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    home = shell.workspace.home
    qtbot.mouseClick(home.findChild(QPushButton, "statisticsButton"), Qt.MouseButton.LeftButton)
    (statistics,) = dialogs.open_dialogs
    button = statistics.findChild(RecorderButton)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    recorder = button.opened
    assert isinstance(recorder, IncidentRecorderDialog) and recorder in dialogs.open_dialogs
    now = datetime.now(UTC)
    assert recorder.months().first == now.date().replace(day=1)
    assert recorder.protect.isChecked()
    recorder.path.setText(str(tmp_path))
    recorder.password.setText("short")
    qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
    assert "at least" in recorder.message.text()
    recorder.password.setText("river stone 2026")
    qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
    assert "1 incident." in recorder.message.text()
    (written,) = tmp_path.glob("*.zip")
    assert written.name == f"gbvims-incident-recorder-{now:%Y-%m}-to-{now:%Y-%m}.zip"
    with pyzipper.AESZipFile(written) as zf:
        zf.setpassword(b"river stone 2026")
        assert zf.read(zf.namelist()[0])[:2] == b"PK"
    recorder.reject()
    statistics.reject()
    qtbot.waitUntil(lambda: not dialogs.open_dialogs, timeout=5_000)
