"""Documents exported from the screens, acted as the staff would: her copy of the safety plan
from the risk tab, the conference pack refused for want of consent and then printed on a
manager's written reason, a password that protects the file, and cancel that writes nothing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose, Told
from onestop.domain.coordination import SharingReason
from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Role
from onestop.gui.views.conference_referral import SharingChoices
from onestop.gui.views.documents import (
    BundleChoices,
    MedicoLegalChoices,
    PeriodChoices,
)
from onestop.gui.views.export import ExportDialog
from onestop.paths import resources
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService
from onestop.services.consent import ConsentService
from onestop.services.exports import BundleSection, ExportService
from onestop.services.forensic import ExamDetails, ForensicService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService
from onestop.services.statistics import Period
from tests.gui.conftest import sign_in
from tests.gui.journey import find_button, find_field, tick
from tests.gui.test_coordination_screens import _tab

NOW = datetime.now(UTC).replace(microsecond=0)


def _case_with_plan(vault, name: str = "Yaa Asantewaa") -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
        SafetyPlanService(cw).record(ref, SafetyPlanDetails(code_word="green kettle"))
    return ref


def _export(qtbot, dialog: ExportDialog, path, **fields) -> None:
    dialog.open_after.setChecked(False)
    if "password" not in fields:
        dialog.protect.setChecked(False)  # deliberately: the test reads the file back
    dialog.path.setText(str(path))
    for name, value in fields.items():
        if name == "reason":
            dialog.reason.setPlainText(value)
        else:
            getattr(dialog, name).setText(value)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


def _close_written(qtbot, dialog: ExportDialog, dialogs) -> None:
    """Once written, the dialog says where; Close closes it."""
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=20_000)
    assert str(dialog.result_file.path) in dialog.where.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialogs.open_dialogs)


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
    # Her file is named for no one and nothing: not the centre, the case or the document.
    assert Path(dialog.path.text()).name == "notes.pdf"
    target = tmp_path / "copy.pdf"
    assert dialog.protect.isChecked()  # on by default: her copy leaves the centre
    _export(qtbot, dialog, target, password="short", repeat="short")
    assert "at least 10" in dialog.message.text() and not target.exists()
    _export(qtbot, dialog, target, password="amber kettle 77", repeat="amber kettle 78")
    assert "not the same" in dialog.message.text() and not target.exists()
    # Discreet unless she chooses otherwise: the choice is in the dialog, unticked.
    with_centre = find_field(dialog, "Print the centre's name on her copy")
    assert not with_centre.isChecked()
    # Her code word too is left off unless she wants it: the box says so, unticked.
    assert not find_button(dialog, "Print her code word on it").isChecked()
    _export(qtbot, dialog, target, password="amber kettle 77", repeat="amber kettle 77")
    _close_written(qtbot, dialog, dialogs)
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("amber kettle 77")
    text = reader.pages[0].extract_text()
    assert "green kettle" not in text and "Code word" not in text and "Yaa" not in text
    assert "Safety plan" not in text and ref not in text and "CONFIDENTIAL" not in text
    # She wants it headed as it is, with her code word: ticked, by the boxes' words.
    qtbot.mouseClick(plan.print_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    find_field(dialog, "Print the centre's name on her copy").setChecked(True)
    tick(dialog, "Print her code word on it")
    assert find_button(dialog, "Print her code word on it").isChecked()
    named = tmp_path / "named.pdf"
    _export(qtbot, dialog, named, password="amber kettle 77", repeat="amber kettle 77")
    _close_written(qtbot, dialog, dialogs)
    reader = PdfReader(named)
    assert reader.decrypt("amber kettle 77")
    text = reader.pages[0].extract_text()
    assert "Safety plan" in text and ref in text and "CONFIDENTIAL" in text
    assert "Code word" in text and "green kettle" in text
    # Which she chose is in the audit trail, beside each file's digest.
    shell._end_session()  # the window lets go of the vault
    with vault.sign_in(Role.MANAGER) as manager:
        details = [e.detail for e in AuditService(manager).entries(action=AuditAction.EXPORT.value)]
    assert sorted(d.split("sha256=")[1].split(" ", 1)[1] for d in details) == [
        "code_word=left_out centre=not_named headings=plain",
        "code_word=printed centre=named headings=full",
    ] or [d.split(" ", 2)[2] for d in reversed(details)] == [
        "code_word=printed centre=named headings=full",
        "code_word=left_out centre=not_named headings=plain",
    ]


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
    # Decided case by case (below): the dialog's general decision box is not offered.
    assert dialog is not None and not dialog.override.isVisible()
    target = tmp_path / "pack.pdf"
    # Decided case by case: her case, without consent, needs its own reason first.
    _export(qtbot, dialog, target)
    assert f"shared without her consent: {ref}." in dialog.message.text() and not target.exists()
    choices = dialog.findChild(SharingChoices)
    assert choices is not None and list(choices.rows) == [ref]
    reason, note = choices.rows[ref]
    reason.setCurrentIndex(reason.findData(SharingReason.HIGH_RISK.value))
    note.setText("short")
    _export(qtbot, dialog, target)
    # The note's length, refused in words before anything is written.
    assert "Say what makes it so for each case" in dialog.message.text() and not target.exists()
    note.setText("Threats to kill since she left; he knows where she is staying.")
    _export(qtbot, dialog, target)
    # With the decision, for her case: has she been told of it? Asked beside its reason (the
    # dialog's one question for all is not shown); nothing is written until it is answered.
    assert not dialog.told.isVisible()
    assert f"whether she has been told of it: {ref}." in dialog.message.text()
    assert not target.exists()
    told = choices.told[ref]
    assert not told.said.isEnabled()
    told.choice.setCurrentIndex(told.choice.findData(Told.WILL_BE_TOLD.value))
    assert told.said.isEnabled() and not told.day.isEnabled()
    told.said.setText("Her caseworker, at Monday's appointment")
    _export(qtbot, dialog, target)
    _close_written(qtbot, dialog, dialogs)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Yaa Asantewaa" in text and "SHARED WITHOUT THE SURVIVOR" in text
    assert "She has not been told of this sharing yet." in " ".join(text.split())
    assert "High risk of serious harm or homicide: Threats to kill" in " ".join(text.split())
    assert "Written" in view.message.text() and "pack.pdf" in view.message.text()


def test_only_a_manager_is_offered_a_pack_without_consent(qtbot, make_shell, vault) -> None:
    """A caseworker (who may print packs) is told at once, naming the case, that a manager
    decides a sharing without consent: no form to fill in first and be refused at its end."""
    ref = _case_with_plan(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConferenceService(cw).refer(ref, "Threats to kill since she left.")
        ConferenceService(cw).schedule(NOW.date() + timedelta(days=4), ["Police"])
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    view = _tab(shell, "conferences")
    assert view.export_pack() is None  # (the minutes ask the same, of the cases heard)
    said = view.message.text()
    assert "only a manager may decide to share without consent" in said and ref in said


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
    dialog.protect.setChecked(False)
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


def _rape_case_examined(vault) -> str:
    """A case with a rape 40 hours ago, an encounter with the first PEP dose 31 hours after it,
    and her consent to share with the police (not to use in court)."""
    incident_at = NOW - timedelta(hours=40)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Efua Mensah")).reference
        incident = IncidentService(cw).record(
            ref,
            IncidentDetails(IncidentTime.exact(incident_at), GbvType.RAPE, IncidentContext.OTHER),
        )
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=NOW - timedelta(hours=10),
                incident_id=incident.incident_id,
                examination="Bruising on both wrists.",
                treatments=(
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, incident_at + timedelta(hours=31)),
                ),
            ),
        )
    return ref


def test_the_medico_legal_report_for_the_police_from_the_health_tab(
    qtbot, make_shell, vault, tmp_path, dialogs
) -> None:
    ref = _rape_case_examined(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)
    page.tabs.setCurrentWidget(page.findChild(QWidget, "healthTab"))
    button = page.findChild(QPushButton, "medicoLegalButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    choices = dialog.findChild(MedicoLegalChoices)
    assert choices.examination.count() == 2  # the latest examined, and the one incident
    assert "Rape" in choices.examination.itemText(1)
    choices.recipient.setCurrentIndex(choices.recipient.findText("Court"))
    choices.examination.setCurrentIndex(1)
    target = tmp_path / "report.pdf"
    _export(qtbot, dialog, target)
    assert "use of this information in court" in dialog.message.text()
    assert not target.exists()
    choices.recipient.setCurrentIndex(choices.recipient.findText("The police"))
    _export(qtbot, dialog, target)
    _close_written(qtbot, dialog, dialogs)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Efua Mensah" in text and "31 h after the incident" in " ".join(text.split())
    shell._end_session()
    # The caseworker does not read the forensic section: no report from her.
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    assert page.findChild(QPushButton, "medicoLegalButton") is None


def test_the_court_bundle_with_the_sections_in_the_advocates_order(
    qtbot, make_shell, vault, tmp_path, dialogs
) -> None:
    ref = _rape_case_examined(vault)
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        Hearings(advocate).record(
            ref, HearingDetails(NOW - timedelta(days=2), "High Court", "Mention", "Adjourned")
        )
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.LEGAL_ADVOCATE)
    page = shell.workspace.open_case(ref)
    page.tabs.setCurrentWidget(page.findChild(QWidget, "legalTab"))
    qtbot.mouseClick(page.findChild(QPushButton, "courtBundleButton"), Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    choices = dialog.findChild(BundleChoices)
    offered = [choices.list.item(i).text() for i in range(choices.list.count())]
    assert not any("Counselling notes" in o for o in offered)  # she may not read them
    # Each part shown under its PD27A section letter, in the sections' order.
    assert "D · Medical report" in offered
    assert [o.split(" · ")[0] for o in offered] == sorted(o.split(" · ")[0] for o in offered)
    target = tmp_path / "bundle.pdf"
    for i in range(choices.list.count()):
        choices.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    _export(qtbot, dialog, target)
    assert "at least one section" in dialog.message.text() and not target.exists()
    medical = offered.index("D · Medical report")
    custody = offered.index("D · Chain of custody")
    incidents = offered.index("F · Incident summary")
    for row in (medical, custody, incidents):
        choices.list.item(row).setCheckState(Qt.CheckState.Checked)
    choices.list.setCurrentRow(custody)
    choices.list.setFocus()
    for _ in range(custody - medical):  # "Move up", from the keyboard
        qtbot.keyClick(choices.up, Qt.Key.Key_Space)
    # The incident summary moved to the top stays in section F, after section D.
    choices.list.setCurrentRow(offered.index("F · Incident summary"))
    for _ in range(choices.list.count()):
        qtbot.keyClick(choices.up, Qt.Key.Key_Space)
    assert choices.sections() == [
        BundleSection.CUSTODY,
        BundleSection.MEDICAL,
        BundleSection.INCIDENTS,
    ]
    _export(qtbot, dialog, target)
    _close_written(qtbot, dialog, dialogs)
    index = " ".join(PdfReader(target).pages[1].extract_text().split())
    order = [
        index.index(title)
        for title in (
            "Section D: Medical and forensic reports",
            "Medical report",
            "Section F:",
            "Incident summary",
        )
    ]
    assert order == sorted(order), index
    assert "Chain of custody" not in index  # nothing is in it (no specimen): left out


def test_the_bundle_warns_of_a_draft_medico_legal_report_it_leaves_out(
    qtbot, make_shell, vault, tmp_path, dialogs
) -> None:
    """An examination without the examiner's opinion: its report is a draft, not ready to
    sign. The dialog says before export that section D leaves it out; the index says so."""
    ref = _rape_case_examined(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (incident,) = IncidentService(clinician).list(ref)
        ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Okafor", NOW - timedelta(hours=10), incident.incident_id)
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.LEGAL_ADVOCATE)
    page = shell.workspace.open_case(ref)
    page.tabs.setCurrentWidget(page.findChild(QWidget, "legalTab"))
    qtbot.mouseClick(page.findChild(QPushButton, "courtBundleButton"), Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    (warning,) = [
        w
        for w in dialog.findChildren(QLabel)
        if w.accessibleName() == "Medico-legal reports left out"
    ]
    assert not warning.isHidden()
    assert "has no opinion recorded: 1. The medico-legal report of each is a draft" in (
        warning.text()
    )
    target = tmp_path / "bundle.pdf"
    _export(qtbot, dialog, target)
    _close_written(qtbot, dialog, dialogs)
    index = " ".join(PdfReader(target).pages[1].extract_text().split())
    assert "Medico-legal report for incident 1: not included, no opinion recorded (draft)" in index


def test_statistics_from_the_home_screen(qtbot, make_shell, vault, tmp_path, dialogs) -> None:
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CLINICIAN)
    assert shell.workspace.home.findChild(QPushButton, "statisticsButton") is None
    shell._end_session()
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.MANAGER)
    home = shell.workspace.home
    qtbot.mouseClick(home.findChild(QPushButton, "statisticsButton"), Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    choices = dialog.findChild(PeriodChoices)
    assert not dialog.override.isVisible()  # about no one: no consent to override
    assert not dialog.protect.isChecked()  # anonymised counts: no password by default
    month = Period.last_month(datetime.now(UTC).date())
    assert dialog.path.text().endswith(f"{month.slug}-anonymised-statistics.pdf")
    # Only whole periods are offered: a month, a quarter or a year, all ended.
    choices.span.setCurrentIndex(choices.span.findData("quarter"))
    quarter = Period.last_quarter(datetime.now(UTC).date())
    assert choices.which.currentText() == quarter.name
    assert dialog.path.text().endswith(f"{quarter.slug}-anonymised-statistics.pdf")
    choices.span.setCurrentIndex(choices.span.findData("month"))
    dialog.open_after.setChecked(False)
    choices.dhis2.setChecked(True)  # and for the ministry: but no mapping file chosen yet
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "mapping file" in dialog.message.text() and not dialog.running
    choices.mapping.setText(str(resources() / "dhis2" / "sample-mapping.json"))
    out = tmp_path / "stats"
    out.mkdir()
    dialog.path.setText(str(out))  # a folder: the default name inside it
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _close_written(qtbot, dialog, dialogs)
    slug = month.slug
    assert sorted(p.name for p in out.iterdir()) == [
        f"{slug}-anonymised-statistics-dhis2.csv",
        f"{slug}-anonymised-statistics-dhis2.json",
        f"{slug}-anonymised-statistics.csv",
        f"{slug}-anonymised-statistics.pdf",
    ]


def test_the_counsellor_prints_the_counselling_notes_bundle_from_her_tab(
    qtbot, make_shell, vault, tmp_path, dialogs
) -> None:
    """From the counselling tab: the notes alone (a bundle of their own), her consent to
    disclose them to a court, the note of relevance and the court's particulars, typed (the
    counsellor cannot read the legal matter); the PDF's cover names the court and its pages
    are CN1 …"""
    from onestop.domain.counselling import SessionType
    from onestop.services.counselling import CounsellingService, SessionDetails

    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            ref, SessionDetails(NOW - timedelta(days=3), SessionType.FAMILY, notes="Notes F.")
        )
        ConsentService(counsellor).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        ConsentService(counsellor).record(ref, Purpose.COUNSELLING_TO_COURT, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.COUNSELLOR)
    page = shell.workspace.open_case(ref)
    page.tabs.setCurrentWidget(page.findChild(QWidget, "counsellingTab"))
    button = page.findChild(QPushButton, "counsellingBundleButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs.open_dialogs
    choices = dialog.findChild(BundleChoices)
    offered = [choices.list.item(i).text() for i in range(choices.list.count())]
    assert offered == ["CN · Counselling notes"]
    assert choices.sections() == [BundleSection.COUNSELLING]
    choices.relevance.setPlainText("Her account to her counsellor is disputed by the respondent.")
    target = tmp_path / "notes.pdf"
    _export(qtbot, dialog, target)
    assert "the court and the case number" in dialog.message.text() and not target.exists()
    for name, value in (
        ("Court", "Central Family Court"),
        ("Case number", "FD26P00123"),
        ("Parties", "A v B"),
    ):
        find_field(choices, name).setText(value)
    _export(qtbot, dialog, target)
    assert target.exists(), dialog.message.text()
    _close_written(qtbot, dialog, dialogs)
    reader = PdfReader(target)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Counselling notes bundle" in cover
    assert "Central Family Court" in cover and "FD26P00123" in cover and "A v B" in cover
    assert reader.page_labels[2:] == ["CN1"]
    notes = " ".join(reader.pages[2].extract_text().split())
    assert "Family session: others were present." in notes
