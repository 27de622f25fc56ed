"""The GBVIMS Incident Recorder from the statistics dialog: a manager exports a month, inside
an AES-256 ZIP archive by default."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.gui.views.incident_recorder import (
    IncidentRecorderDialog,
    RecorderButton,
    offer_incident_recorder,
)
from onestop.gui.widgets.dates import to_date, to_qdate
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.backdate import backdate, last_month
from tests.gui.journey import click, find_button, shows_button, sign_in_by_keyboard


def find_field_named(dialog: QDialog, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def test_the_recorder_is_offered_in_the_statistics_dialog(
    qtbot, make_shell, vault, dialogs, tmp_path: Path
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Amina Hassan")).reference
        IncidentService(cw).record(
            ref, IncidentDetails(IncidentTime.unknown(), GbvType.RAPE, IncidentContext.FAMILY)
        )
        ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.GIVEN)
    month = backdate(vault)  # into last month, which has ended
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
    assert recorder.months().first == recorder.months().last == month.start
    # Only ended months are offered: the month still running cannot be chosen.
    for edit in (recorder.first, recorder.last):
        assert to_date(edit.maximumDate()) == month.start
        edit.setDate(to_qdate(datetime.now(UTC).date()))
        assert to_date(edit.date()) == month.start
    assert recorder.protect.isChecked()
    recorder.path.setText(str(tmp_path))
    recorder.password.setText("short")
    recorder.repeat.setText("short")
    qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
    assert "at least" in recorder.message.text()
    recorder.password.setText("river stone 2026")
    recorder.repeat.setText("river stone 2026")
    qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
    assert "1 incident." in recorder.message.text()
    (written,) = tmp_path.glob("*.zip")
    assert written.name == f"gbvims-incident-recorder-{month.name}-to-{month.name}.zip"
    with pyzipper.AESZipFile(written) as zf:
        zf.setpassword(b"river stone 2026")
        assert zf.read(zf.namelist()[0])[:2] == b"PK"
    recorder.reject()
    statistics.reject()
    qtbot.waitUntil(lambda: not dialogs.open_dialogs, timeout=5_000)


def test_a_month_still_running_is_refused_in_words(qtbot, vault, dialogs, tmp_path: Path) -> None:
    """Typed past the choices (or the day turned while the dialog stayed open), the month
    still running is refused with the month that may be sent."""
    today = datetime.now(UTC).date()
    with vault.sign_in(Role.MANAGER) as manager:
        # Opened yesterday a month later than today's: today's month is its last ended one.
        recorder = IncidentRecorderDialog(manager, today.replace(day=1) + timedelta(days=32))
        qtbot.addWidget(recorder)
        recorder.show()
        assert to_date(recorder.last.date()) == today.replace(day=1)
        recorder.protect.setChecked(False)
        recorder.path.setText(str(tmp_path))
        qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
        assert recorder.message.text() == (
            "The Incident Recorder is sent for months that have ended: choose "
            f"{last_month(today).name} or an earlier month."
        )
    assert list(tmp_path.glob("gbvims-*")) == []


@pytest.mark.parametrize("role", list(Role))
def test_the_recorder_is_offered_to_the_manager_only(qtbot, vault, dialogs, role: Role) -> None:
    """The statistics dialog's button is the manager's: a caseworker reads the statistics but
    does not export the Incident Recorder; the other roles have no statistics dialog."""
    with vault.sign_in(role) as session:
        statistics = QDialog()
        qtbot.addWidget(statistics)
        QVBoxLayout(statistics)
        offered = offer_incident_recorder(statistics, session, dialogs, datetime.now(UTC).date())
        assert (offered is not None) is (role is Role.MANAGER)
        assert (statistics.findChild(RecorderButton) is not None) is (role is Role.MANAGER)


def test_a_caseworker_is_not_shown_the_button(qtbot, make_shell, vault, dialogs) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click(find_button(shell, "Print anonymised statistics…"))
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs), timeout=5_000)
    (statistics,) = dialogs.open_dialogs
    assert not shows_button(statistics, "GBVIMS Incident Recorder (.xlsx)…")
    statistics.reject()
    qtbot.waitUntil(lambda: not dialogs.open_dialogs, timeout=5_000)


def test_every_label_shows_its_shortcut_not_an_ampersand(qtbot, vault) -> None:
    """ "Save in" (a row whose field is a line edit and a button) showed "&Save in": a label
    without a buddy draws its "&" as a character and Alt+S went nowhere."""
    with vault.sign_in(Role.MANAGER) as manager:
        recorder = IncidentRecorderDialog(manager, datetime.now(UTC).date())
        qtbot.addWidget(recorder)
        recorder.show()
        labels = [label for label in recorder.findChildren(QLabel) if "&" in label.text()]
        assert {label.text() for label in labels} >= {"&Save in", "&From", "&To"}
        assert all(label.buddy() is not None for label in labels)
        # The month fields are named as their labels read.
        assert recorder.first.accessibleName() == "From"
        assert recorder.last.accessibleName() == "To"
        save_in = next(label for label in labels if label.text() == "&Save in")
        assert save_in.buddy() is recorder.path


def test_the_password_is_typed_twice_and_the_result_is_news_in_full(
    qtbot, vault, tmp_path: Path
) -> None:
    """A mistyped archive password is refused under its field; a written file is said in the
    normal style (not red like an error), and neither the intro nor the path is cut off on
    a 1280x768 screen."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Hope")).reference
        IncidentService(cw).record(
            ref, IncidentDetails(IncidentTime.unknown(), GbvType.RAPE, IncidentContext.FAMILY)
        )
        ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.GIVEN)
    backdate(vault)
    deep = tmp_path / "a-centre-with-a-long-folder-name" / "monthly-gbvims-sharing" / "sent"
    deep.mkdir(parents=True)
    with vault.sign_in(Role.MANAGER) as manager:
        recorder = IncidentRecorderDialog(manager, datetime.now(UTC).date())
        qtbot.addWidget(recorder)
        recorder.show()
        assert recorder.width() <= 1280 and recorder.height() <= 768
        recorder.path.setText(str(deep))
        recorder.password.setText("river stone 2026")
        recorder.repeat.setText("river stone 2062")
        qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
        mismatch = find_field_named(recorder, "archivePasswordMismatch")
        assert mismatch.isVisible() and mismatch.text() == "The two passwords are not the same."
        assert mismatch.property("role") == "error"
        assert not recorder.message.text() and list(deep.iterdir()) == []
        row_of_mismatch = recorder.layout().getWidgetPosition(mismatch)[0]
        assert row_of_mismatch == recorder.layout().getWidgetPosition(recorder.repeat)[0] + 1

        recorder.repeat.setText("river stone 2026")
        qtbot.mouseClick(recorder.export_button, Qt.MouseButton.LeftButton)
        assert not mismatch.isVisible()
        message = recorder.message
        (written,) = deep.glob("*.zip")
        # No invisible characters in the path (they end up in copied text): it is shortened
        # in its middle if it must be, and said whole in the tooltip.
        assert "\u200b" not in message.text()
        assert message.text().startswith("Written ") and written.name in message.text()
        assert message.text().endswith(": 1 incident.")
        assert message.toolTip() == str(written)
        assert message.property("role") != "error"
        recorder.layout().activate()
        for label in (message, recorder.findChild(QLabel, "incidentRecorderIntro")):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            widest = max(
                label.fontMetrics().horizontalAdvance(part) for part in label.text().split()
            )
            assert widest <= label.width(), label.text()
