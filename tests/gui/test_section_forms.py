"""Adding and editing a section's records in its tab: counselling, legal, tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from onestop.domain.roles import Role
from onestop.gui.inspect import visible_text
from onestop.gui.views.records import RecordsPanel
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.drafts import DraftService
from onestop.services.legal import Hearings
from tests.gui.conftest import sign_in


def _case(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        return CaseService(cw).open_case(SurvivorDetails(alias="Tove Testform")).reference


def _panel(page, kind: str) -> RecordsPanel:
    """The section's panel, its tab brought forward (as she clicks on it)."""
    (panel,) = [p for p in page.record_panels if p.kind == f"record:{kind}"]
    page.bring_forward(panel)
    return panel


def _cells(panel: RecordsPanel, row: int) -> list[str]:
    m = panel.model
    return [m.index(row, c).data() for c in range(m.columnCount())]


def test_a_counsellor_records_and_edits_a_session_in_its_tab(qtbot, make_shell, vault) -> None:
    ref = _case(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.COUNSELLOR)
    page = shell.workspace.open_case(ref)
    panel = _panel(page, "counselling_session")
    assert panel.writable and not panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    form = panel.form
    assert panel.stack.currentWidget() is form
    held = form.fields["held_at"].input
    held.setDateTime(QDateTime.currentDateTime().addDays(2))  # not happened yet: refused
    form.fields["session_type"].input.setCurrentIndex(1)
    qtbot.keyClicks(form.fields["notes"].input, "Synthetic note: slept better this week.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "has not happened" in form.form.error_text("held_at")
    assert panel.stack.currentWidget() is form and page.has_unsaved
    held.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    qtbot.keyClick(
        form.fields["notes"].input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    panel = _panel(page, "counselling_session")  # the file was read again
    assert panel.model.rowCount() == 1 and not page.has_unsaved
    row = _cells(panel, 0)
    assert row[1] == "Group" and row[2] == "Synthetic note: slept better this week."

    # Edit: the form opens with the saved values; the change is a new version.
    panel.table.selectRow(0)
    form = panel.edit_current()
    assert form.fields["notes"].input.toPlainText() == "Synthetic note: slept better this week."
    form.fields["plan"].input.setPlainText("Meet again on Thursday.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    panel = _panel(page, "counselling_session")
    assert _cells(panel, 0)[3] == "Meet again on Thursday."

    # Cancel with unsaved text asks first; Escape is the same as Cancel.
    form = panel.edit_current()
    form.fields["plan"].input.setPlainText("changed my mind")
    qtbot.keyClick(form.fields["plan"].input, Qt.Key.Key_Escape)
    (box,) = [d for d in shell.dialogs.open_dialogs if isinstance(d, QMessageBox)]
    next(b for b in box.buttons() if b.text() == "Discard").click()
    assert panel.stack.currentIndex() == 0


def test_a_legal_advocate_adds_a_hearing_and_an_order_and_a_stale_edit_is_caught(
    qtbot, make_shell, vault
) -> None:
    ref = _case(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.LEGAL_ADVOCATE)
    page = shell.workspace.open_case(ref)
    hearings = _panel(page, "hearing")
    form = hearings.edit(None)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert (
        form.form.error_text("court") or form.form.error_text("purpose") or form.form.message.text()
    )
    form.fields["held_at"].input.setDateTime(QDateTime.currentDateTime().addDays(5))
    qtbot.keyClicks(form.fields["court"].input, "Magistrates' Court 2")
    qtbot.keyClicks(form.fields["purpose"].input, "Protection order return date")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    hearings = _panel(page, "hearing")
    assert _cells(hearings, 0)[1:3] == ["Magistrates' Court 2", "Protection order return date"]

    orders = _panel(page, "protection_order")
    form = orders.edit(None)
    assert form.fields["active"].input.isChecked()  # a new order is in force
    assert not form.fields["expires_on"].known.isChecked()
    qtbot.keyClicks(form.fields["order_type"].input, "Interim protection order")
    form.fields["expires_on"].known.setChecked(True)
    form.fields["expires_on"].input.setDate(QDate.currentDate().addDays(20))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    orders = _panel(page, "protection_order")
    assert orders.model.rowCount() == 1 and _cells(orders, 0)[4] == "yes"

    # A colleague changes the hearing while she edits it: her save is refused, not merged.
    hearings = _panel(page, "hearing")
    form = hearings.edit_current()
    record = hearings.records[0]
    from dataclasses import replace

    Hearings(shell.session).update(
        ref, record.record_id, replace(record.details, court="Magistrates' Court 3"), record.version
    )
    form.fields["purpose"].input.setText("Return date, moved")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert hearings.stack.currentWidget() is form
    assert "Someone else saved this hearing" in form.form.message.text()


def test_an_unsaved_task_is_kept_privately_when_someone_else_signs_in(
    qtbot, make_shell, vault
) -> None:
    ref = _case(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    tasks = _panel(page, "task")
    form = tasks.edit(None)
    qtbot.keyClicks(form.fields["title"].input, "Synthetic task 5521: call the shelter")
    due = datetime.now(UTC) + timedelta(days=2)
    form.fields["due_at"].input.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))
    shell.lock()
    assert "Synthetic task 5521" not in " ".join(visible_text())
    qtbot.mouseClick(shell.lock_view.ui.switchUserButton, Qt.MouseButton.LeftButton)
    sign_in(qtbot, shell, Role.CLINICIAN)
    assert "Synthetic task 5521" not in " ".join(visible_text())
    assert DraftService(shell.session).mine() == ()
    shell.sign_out()
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.files()[0]
    tasks = _panel(page, "task")
    assert tasks.stack.currentWidget() is tasks.form and page.has_unsaved
    assert tasks.form.fields["title"].input.text() == "Synthetic task 5521: call the shelter"
    for box in [d for d in shell.dialogs.open_dialogs if d.objectName() == "informBox"]:
        box.accept()
    qtbot.mouseClick(tasks.form.save_button, Qt.MouseButton.LeftButton)
    tasks = _panel(page, "task")
    assert _cells(tasks, 0)[1] == "Synthetic task 5521: call the shelter"


def test_a_caseworker_edits_the_identity_and_records_a_consent_decision(
    qtbot, make_shell, vault
) -> None:
    from onestop.domain.coordination import Sector
    from onestop.services.cases import CaseService as Cases
    from onestop.services.directory import AgencyDetails, DirectoryService

    ref = _case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        DirectoryService(cw).add(AgencyDetails("Riverside Legal Aid", Sector.JUSTICE))
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    identity = _panel(page, "identity")
    qtbot.mouseClick(identity.edit_button, Qt.MouseButton.LeftButton)
    form = identity.form
    assert form.fields["alias"].input.text() == "Tove Testform"
    form.fields["name"].input.setText("")
    form.fields["alias"].input.setText("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert identity.currentWidget() is form and form.form.message.text() + "".join(
        form.form.error_text(k) for k in form.fields
    )
    form.fields["alias"].input.setText("Tove T.")
    form.fields["languages"].input.setText("Swahili,  English ,")
    form.fields["estimated_age"].known.setChecked(True)
    form.fields["estimated_age"].input.setValue(31)
    form.fields["safe_message_allowed"].input.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    case = Cases(shell.session).get(ref)
    assert case.details.alias == "Tove T." and case.details.languages == ("Swahili", "English")
    assert case.details.estimated_age == 31 and case.details.safe_message_allowed
    assert page.header.name.text() == "Tove T."  # the file was read again

    consent = _panel(page, "consent")
    assert not consent.edit_button.isVisibleTo(consent)  # decisions are never edited
    form = consent.edit(None)
    purpose = form.fields["purpose"].input
    purpose.setCurrentIndex(purpose.findData("share_with_agency"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.form.error_text("agency_id") == "Name the agency this consent is for."
    agency = form.fields["agency_id"].input  # chosen from the directory, not typed
    agency.setCurrentIndex(agency.findText("Riverside Legal Aid"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    consent = _panel(page, "consent")
    row = _cells(consent, 0)
    assert row[:4] == ["Share with agency", "Given", "Survivor", "Riverside Legal Aid"]
    assert row[-1] == "u-caseworker"


def test_a_caseworker_records_an_incident_and_its_time_must_hold_together(
    qtbot, make_shell, vault
) -> None:
    ref = _case(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    incidents = _panel(page, "incident")
    form = incidents.edit(None)
    f = form.fields
    assert not f["earliest"].known.isChecked()  # exact, but the time not given yet
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Give the time of the incident" in form.form.error_text("occurred")
    f["earliest"].known.setChecked(True)
    f["earliest"].input.setDateTime(QDateTime.currentDateTime().addSecs(-6 * 3600))
    f["gbv_type"].input.setCurrentIndex(f["gbv_type"].input.findData("rape"))
    f["reported_to_police"].input.setCurrentIndex(2)  # "no"
    qtbot.keyClicks(f["place"].input, "Market road")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    incidents = _panel(page, "incident")
    assert incidents.model.rowCount() == 1
    row = _cells(incidents, 0)
    assert row[0] == "Exact" and row[3] == "Rape" and row[8] == "no"
    assert any(b.objectName() == "window_pep" for b in page.header.badges)  # windows open

    # A range whose end is before its start is refused, under "Time known".
    incidents.table.selectRow(0)
    form = incidents.edit_current()
    f = form.fields
    f["occurred"].input.setCurrentIndex(f["occurred"].input.findData("approximate"))
    f["latest"].known.setChecked(True)
    f["latest"].input.setDateTime(QDateTime.currentDateTime().addDays(-3))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "after its start" in form.form.error_text("occurred")
    f["latest"].input.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert _cells(_panel(page, "incident"), 0)[0] == "Approximate"


def test_a_nurse_examines_collects_a_specimen_and_hands_it_over_in_the_forensic_tab(
    qtbot, make_shell, vault
) -> None:
    ref = _case(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)  # the incident first, as the caseworker records it
    page = shell.workspace.open_case(ref)
    form = _panel(page, "incident").edit(None)
    form.fields["earliest"].known.setChecked(True)
    form.fields["earliest"].input.setDateTime(QDateTime.currentDateTime().addSecs(-8 * 3600))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    shell.sign_out()
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)

    exams = _panel(page, "forensic_exam")
    form = exams.edit(None)
    incident = form.fields["incident_id"].input
    assert incident.count() == 2  # "not linked", and her one incident
    incident.setCurrentIndex(1)
    form.fields["started_at"].input.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    # No one on the staff chosen: the name typed is of an examiner not on it.
    qtbot.keyClicks(form.fields["examiner"].input, "Nurse Adjoa")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    # One Examiner column names her as the report does.
    assert _cells(_panel(page, "forensic_exam"), 0)[1] == "Nurse Adjoa (not on the centre's staff)"

    specimens = _panel(page, "specimen")
    form = specimens.edit(None)
    f = form.fields
    f["specimen_type"].input.setCurrentIndex(f["specimen_type"].input.findData("vaginal_swab"))
    f["collected_at"].input.setDateTime(QDateTime.currentDateTime().addSecs(-1800))
    qtbot.keyClicks(f["collected_by"].input, "Nurse Adjoa")
    qtbot.keyClicks(f["seal_number"].input, "SEAL-0042")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "No consent to forensic evidence collection" in form.form.message.text()
    form.dirty = False
    specimens.cancel()
    # Her consent, recorded in the consent tab (an hour before), then the specimen again.
    consent = _panel(page, "consent").edit(None)
    purpose = consent.fields["purpose"].input
    purpose.setCurrentIndex(purpose.findData("forensic_collection"))
    consent.fields["decided_at"].known.setChecked(True)
    consent.fields["decided_at"].input.setDateTime(QDateTime.currentDateTime().addSecs(-3000))
    qtbot.mouseClick(consent.save_button, Qt.MouseButton.LeftButton)
    specimens = _panel(page, "specimen")
    form = specimens.edit(None)
    f = form.fields
    f["specimen_type"].input.setCurrentIndex(f["specimen_type"].input.findData("vaginal_swab"))
    f["collected_at"].input.setDateTime(QDateTime.currentDateTime().addSecs(-1800))
    qtbot.keyClicks(f["collected_by"].input, "Nurse Adjoa")
    qtbot.keyClicks(f["seal_number"].input, "SEAL-0042")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.form.message.text(), form.form.message.text()
    row = _cells(_panel(page, "specimen"), 0)
    assert row[1:3] == ["Vaginal swab", "SEAL-0042"] and row[-1] == "Nurse Adjoa"

    chain = _panel(page, "handover")
    assert not chain.edit_button.isVisibleTo(chain)  # the chain is never edited
    form = chain.edit(None)
    f = form.fields
    assert f["specimen_id"].input.currentText().startswith("SEAL-0042")
    qtbot.keyClicks(f["handed_from"].input, "Someone Else")
    qtbot.keyClicks(f["handed_to"].input, "PC Mensah")
    qtbot.keyClicks(f["organisation"].input, "Police")
    qtbot.keyClicks(f["purpose"].input, "To the laboratory")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "last with Nurse Adjoa" in form.form.error_text("handed_from")
    f["handed_from"].input.setText("Nurse Adjoa")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert _cells(_panel(page, "handover"), 0)[2:4] == ["Nurse Adjoa", "PC Mensah"]
    assert _cells(_panel(page, "specimen"), 0)[-1] == "PC Mensah"  # now held by the police


@pytest.mark.slow
def test_hostile_text_typed_into_a_section_form_comes_back_exactly(
    qtbot, make_shell, vault, hostile_text, naughty_strings
) -> None:
    """The corpus through the form itself (typed into the widgets, saved, read back into the
    table and into the form again), not only through the service."""
    ref = _case(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.COUNSELLOR)
    page = shell.workspace.open_case(ref)
    texts = hostile_text["notes"] + [s for s in naughty_strings if s.strip()][:40]
    for n, text in enumerate(texts):
        form = _panel(page, "counselling_session").edit(None)
        form.fields["held_at"].input.setDateTime(QDateTime.currentDateTime().addSecs(-60 - n))
        form.fields["notes"].input.setPlainText(text)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert not form.form.message.text(), (n, form.form.message.text())
    panel = _panel(page, "counselling_session")
    shown = {panel.model.index(r, 2).data() for r in range(panel.model.rowCount())}
    assert shown == set(texts)
    panel.table.selectRow(0)
    again = panel.edit_current()
    assert again.fields["notes"].input.toPlainText() in set(texts)  # back into the form intact
    again.dirty = False
    panel.cancel()
