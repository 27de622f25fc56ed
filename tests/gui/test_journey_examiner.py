"""The examiner's report: the admin records the clinician's qualifications and registration
number on her staff profile; the clinician opens the survivor's file, records the forensic
examination with herself chosen as its examiner and her opinion on the findings, then prints
the medico-legal report through the export dialog. The PDF, read back, is signed in her name
with her registration number and carries her opinion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
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
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_file_from_list,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_into,
)

PASSWORD = "granite harbour 31"
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
    click(find_button(shell, "Add…"))
    type_into(shell, "Examiner", "Test Clinician")
    choose(shell, "Examiner on staff (signs the report)", "Test Clinician")
    choose(shell, "Incident", f"Rape · {fmt.occurred(occurred)}")
    type_into(shell, "Opinion on the findings", "Consistent with the account given.")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add…"), timeout=10_000)
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
                "Test Clinician",
                now - timedelta(days=19),
                first.incident_id,
                opinion="Consistent with the account given.",
            ),
        )
        forensic.open_exam(
            ref, ExamDetails("Test Clinician", now - timedelta(hours=20), second.incident_id)
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    dialog = find_window("Export: Medico-legal report")
    warning = "Not ready to sign: the examiner has not recorded an opinion on the findings"
    assert warning in on_screen(dialog)  # the latest examined: no opinion
    incident = find_field(dialog, "The incident the report is about")
    assert isinstance(incident, QComboBox)

    def pick(text: str) -> None:  # items start with a date: the list's type-ahead skips them
        assert incident.findText(text) >= 0, text
        incident.setCurrentIndex(incident.findText(text))

    pick(f"{fmt.occurred(earlier)} · Physical assault")
    assert warning not in on_screen(dialog)  # her opinion is recorded for this one
    pick(f"{fmt.occurred(latest)} · Rape")
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
