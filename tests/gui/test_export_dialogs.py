"""Documents exported from the screens, acted as the staff would: her copy of the safety plan
from the risk tab, the conference pack refused for want of consent and then printed on a
manager's written reason, a password that protects the file, and cancel that writes nothing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt

from onestop.domain.roles import Role
from onestop.gui.views.export import ExportDialog
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService
from onestop.services.exports import ExportService
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService
from tests.gui.conftest import sign_in
from tests.gui.test_coordination_screens import _tab

NOW = datetime.now(UTC).replace(microsecond=0)
REASON = "High risk: the information-sharing protocol applies to this meeting's cases."


def _case_with_plan(vault, name: str = "Yaa Asantewaa") -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
        SafetyPlanService(cw).record(ref, SafetyPlanDetails(code_word="green kettle"))
    return ref


def _export(qtbot, dialog: ExportDialog, path, **fields) -> None:
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(path))
    for name, value in fields.items():
        if name == "reason":
            dialog.reason.setPlainText(value)
        else:
            getattr(dialog, name).setText(value)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


def test_her_copy_of_the_safety_plan_from_the_risk_tab(
    qtbot, make_shell, vault, tmp_path, dialogs
) -> None:
    ref = _case_with_plan(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    page.tabs.setCurrentWidget(page.findChild(object, "riskTab"))
    plan = page.risk_panel.plan
    plan.fields["routes"].setPlainText("Side gate")  # unsaved: her copy is the saved plan
    qtbot.mouseClick(plan.print_button, Qt.MouseButton.LeftButton)
    assert "Save the changes first" in plan.error.text() and not dialogs.open_dialogs
    plan.fields["routes"].setPlainText("")
    qtbot.mouseClick(plan.print_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    assert isinstance(dialog, ExportDialog) and not dialog.override.isVisible()  # not a manager
    assert dialog.path.text().endswith(f"{ref}-safety-plan.pdf")
    target = tmp_path / "copy.pdf"
    dialog.protect.setChecked(True)
    _export(qtbot, dialog, target, password="short", repeat="short")
    assert "at least 10" in dialog.message.text() and not target.exists()
    _export(qtbot, dialog, target, password="amber kettle 77", repeat="amber kettle 78")
    assert "not the same" in dialog.message.text() and not target.exists()
    _export(qtbot, dialog, target, password="amber kettle 77", repeat="amber kettle 77")
    qtbot.waitUntil(lambda: not dialogs.open_dialogs)
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("amber kettle 77")
    text = reader.pages[0].extract_text()
    assert "green kettle" in text and "Yaa" not in text


def test_the_pack_is_refused_without_consent_then_printed_on_a_managers_reason(
    qtbot, make_shell, vault, tmp_path, dialogs
) -> None:
    ref = _case_with_plan(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConferenceService(cw).refer(ref, "Threats to kill since she left.")
        ConferenceService(cw).schedule(NOW.date() + timedelta(days=4), ["Police"])
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.MANAGER)
    view = _tab(shell, "conferences")
    assert view.pack_button.isEnabled()
    dialog = view.export_pack()
    assert dialog is not None and dialog.override.isVisible()
    target = tmp_path / "pack.pdf"
    _export(qtbot, dialog, target)
    assert f"{ref} (with Police)" in dialog.message.text() and not target.exists()
    assert dialog.override.isChecked()  # the manager is taken to the reason
    _export(qtbot, dialog, target, reason=REASON)
    qtbot.waitUntil(lambda: not dialogs.open_dialogs)
    text = PdfReader(target).pages[0].extract_text()
    assert "Yaa Asantewaa" in text and "SHARED WITHOUT THE SURVIVOR" in text
    assert "Written" in view.message.text() and "pack.pdf" in view.message.text()


def test_cancel_writes_nothing(qtbot, make_shell, vault, tmp_path, dialogs) -> None:
    ref = _case_with_plan(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    session = page._session
    pressed = threading.Event()

    def run(options):  # the real export, started once cancel has been pressed
        pressed.wait(10)
        return ExportService(session).safety_plan(ref, options)

    dialog = ExportDialog(session, "Safety plan", ref, run, page)
    dialogs.track(dialog)
    dialog.open()
    dialog.open_after.setChecked(False)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path.setText(str(out / "never.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.result_file is None and dialog.isVisible()
    assert "no file was written" in dialog.message.text()
    assert list(out.iterdir()) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialogs.open_dialogs)
