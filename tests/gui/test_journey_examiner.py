"""The examiner's report: the admin records the clinician's qualifications and registration
number on her staff profile; the clinician opens the survivor's file, records the forensic
examination with herself chosen as its examiner and her opinion on the findings, then prints
the medico-legal report through the export dialog. The PDF, read back, is signed in her name
with her registration number and carries her opinion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.forensic import ExamDetails, ForensicService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.users import UserService
from tests.conftest import username_for
from tests.gui.journey import (
    activate,
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    labels_saying,
    on_screen,
    open_file_from_list,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_into,
)

PASSWORD = "granite harbour 31"
NOT_ON_STAFF = "Name of an examiner not on the centre's staff"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support QPlatformServices::openDocument",
    "Unable to detect a launcher",  # the same, in a real X window (make walk)
)


@DROP_DOWN
def test_the_examiner_signs_her_own_report(qtbot, make_shell, vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).update_profile(
            username_for(Role.CLINICIAN),
            qualifications="MB ChB",
            registration_number="REG-4411",
        )
    occurred = IncidentTime.exact(datetime.now(UTC).replace(second=0) - timedelta(hours=30))
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Merlin")).reference
        IncidentService(cw).record(
            ref, IncidentDetails(occurred, GbvType.RAPE, IncidentContext.OTHER)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    click(find_button(shell, "Add an examination…"))
    # One examiner, chosen from the staff: the name of one not on it is not asked for then.
    assert labels_saying(shell, "New examination"), "the form is not headed New examination"
    choose(shell, "Examiner (signs the report)", "Test Clinician")
    assert not find_field(shell, NOT_ON_STAFF).isEnabled()
    choose(shell, "Incident", f"Rape · {fmt.occurred(occurred)}")
    type_into(shell, "Opinion on the findings", "Consistent with the account given.")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add an examination…"), timeout=10_000)
    # What was saved shows in the report below: the examiner chosen, and her opinion.
    # The report, through the export dialog.
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    dialog = find_window("Export: Medico-legal report")
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: "Written to" in on_screen(dialog), timeout=30_000)
    (written,) = (vault.path / "exports").iterdir()
    reader = PdfReader(written)
    assert reader.decrypt(PASSWORD)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "I, Test Clinician (MB ChB), examined the person" in text
    assert "Registration number: REG-4411" in text
    assert "Consistent with the account given." in text
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Medico-legal report"), timeout=5_000)


@DROP_DOWN
def test_the_dialog_warns_before_a_report_without_an_opinion_then_prints_a_draft(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """The examination of the latest incident has no opinion recorded: the export dialog says,
    before anything is exported, that the report is not ready to sign; exported anyway, the PDF
    says so too. The earlier incident, whose examiner gave her opinion, is not warned about."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    earlier = IncidentTime.exact(now - timedelta(days=20))
    latest = IncidentTime.exact(now - timedelta(hours=30))
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Kestrel")).reference
        first = IncidentService(cw).record(
            ref, IncidentDetails(earlier, GbvType.PHYSICAL_ASSAULT, IncidentContext.OTHER)
        )
        second = IncidentService(cw).record(
            ref, IncidentDetails(latest, GbvType.RAPE, IncidentContext.OTHER)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
        forensic = ForensicService(clinician)
        forensic.open_exam(
            ref,
            ExamDetails(
                "",
                now - timedelta(days=19),
                first.incident_id,
                examined_by=username_for(Role.CLINICIAN),
                opinion="Consistent with the account given.",
            ),
        )
        forensic.open_exam(
            ref,
            ExamDetails(
                "",
                now - timedelta(hours=20),
                second.incident_id,
                examined_by=username_for(Role.CLINICIAN),
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    dialog = find_window("Export: Medico-legal report")
    warning = "Not ready to sign: the examiner has not recorded an opinion on the findings"
    assert warning in on_screen(dialog)  # the latest examined: no opinion
    examination = find_field(dialog, "The examination the report is on")
    assert isinstance(examination, QComboBox)

    def pick(text: str) -> None:  # the examination of this incident (items are alike at first)
        found = examination.findText(text, Qt.MatchFlag.MatchContains)
        assert found >= 0, text
        examination.setCurrentIndex(found)

    pick(f"incident: Physical assault, {fmt.occurred(earlier)}")
    assert warning not in on_screen(dialog)  # her opinion is recorded for this one
    pick(f"incident: Rape, {fmt.occurred(latest)}")
    assert warning in on_screen(dialog)
    snap("warned before a report without an opinion")
    # Still exported, as a draft: the report says it is not ready to sign.
    out = tmp_path / "draft.pdf"
    path = find_field(dialog, "Save as")
    path.clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(out))
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: "Written to" in on_screen(dialog), timeout=30_000)
    reader = PdfReader(out)
    assert reader.decrypt(PASSWORD)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "This report is not ready to sign: the examiner has not recorded an opinion" in text
    assert "Rape" in text and "Consistent with the account given." not in text
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Medico-legal report"), timeout=5_000)


@DROP_DOWN
def test_a_visiting_examiner_is_named_as_not_on_the_staff(qtbot, make_shell, vault) -> None:
    """A visiting forensic physician examined her; the nurse records the examination. The
    form asks for one examiner: chosen from the staff, or, when she is not on it, her name in
    the field that says so. The report's declaration is the physician's, and the centre says
    the physician is not on its staff and that it holds no record of the examiner's
    qualifications, in words that assume no gender; that the nurse recorded it, not the
    physician."""
    occurred = IncidentTime.exact(datetime.now(UTC).replace(second=0) - timedelta(hours=30))
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Merlin")).reference
        IncidentService(cw).record(
            ref, IncidentDetails(occurred, GbvType.RAPE, IncidentContext.OTHER)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    click(find_button(shell, "Add an examination…"))
    assert labels_saying(shell, "New examination")
    # Two labels say "examiner": the one choice, and the name only of one not on the staff.
    assert [w.text() for w in labels_saying(shell, "(?i).*examiner.*")] == [
        "Examiner (signs the report)",
        NOT_ON_STAFF,
    ]
    choose(shell, "Examiner (signs the report)", "Test Clinician")
    assert not find_field(shell, NOT_ON_STAFF).isEnabled()
    click_item(shell, "Examiner (signs the report)", "Not on the centre's staff")
    assert find_field(shell, NOT_ON_STAFF).isEnabled()
    type_into(shell, NOT_ON_STAFF, "Dr Visiting Physician")
    choose(shell, "Incident", f"Rape · {fmt.occurred(occurred)}")
    type_into(shell, "Opinion on the findings", "Consistent with the account given.")
    snap("a visiting examiner named")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add an examination…"), timeout=10_000)
    # Opened again: headed as the examination it is, her name where it was typed.
    click(find_field(shell, "Edit the examination"))
    assert labels_saying(shell, "Edit examination")
    chosen = find_field(shell, "Examiner (signs the report)")
    assert isinstance(chosen, QComboBox)
    assert chosen.currentText() == "Not on the centre's staff"
    assert find_field(shell, NOT_ON_STAFF).text() == "Dr Visiting Physician"  # type: ignore[attr-defined]
    click(find_button(shell, "Cancel"))
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    dialog = find_window("Export: Medico-legal report")
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: "Written to" in on_screen(dialog), timeout=30_000)
    (written,) = (vault.path / "exports").iterdir()
    reader = PdfReader(written)
    assert reader.decrypt(PASSWORD)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    declaration = text.split("Declaration and statement of truth", 1)[1]
    assert (
        "I, Dr Visiting Physician, examined the person named in this report and made the "
        "findings it records; they were recorded by Test Clinician" in declaration
    ), declaration
    assert (
        "Note by the centre: Dr Visiting Physician is recorded on the examination as an "
        "examiner who is not on the centre's staff." in declaration
    )
    # The visiting examiner may be of any gender: what the centre says of the examiner
    # assumes none (the survivor is "her"; the examiner is "the examiner").
    said = text.split("Her consents", 1)[0] + declaration.split("I believe that", 1)[0]
    assert "the centre holds no record of the examiner's qualifications." in said, said
    assert "The centre holds no record of the examiner's qualifications or registration " in (said)
    for assumed in (" her qualifications", "she gives them", " his qualifications"):
        assert assumed not in said, f"{assumed!r} assumes the examiner's gender: {said}"
    assert "Qualifications: ________________" in declaration
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Medico-legal report"), timeout=5_000)


def click_item(window, accessible_name: str, text: str) -> None:
    """Open the drop-down list called ``accessible_name`` and go to its item ``text`` with the
    arrow keys, then Enter (typed, the spaces of a long item close the list before it is
    reached)."""
    combo = find_field(window, accessible_name)
    assert isinstance(combo, QComboBox), accessible_name
    click(combo)
    listed = combo.view()
    assert QTest.qWaitForWindowExposed(listed.window()), "the list did not drop down"
    row = combo.findText(text)
    assert row >= 0, text
    for _ in range(combo.count()):
        if listed.currentIndex().row() == row:
            break
        key = Qt.Key.Key_Up if listed.currentIndex().row() > row else Qt.Key.Key_Down
        QTest.keyClick(listed, key)
    QTest.keyClick(listed, Qt.Key.Key_Return)
    assert combo.currentText() == text
    activate(combo.window())
