"""A case file read lazily: it opens with the tab in front and the header, and reads a tab's
sections when the tab is first shown, each read audited when it happens; every tab then shows
what a file read whole shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QTableView

from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.health import BodySide, Injury, Treatment, TreatmentKind
from onestop.domain.roles import Role, Section
from onestop.gui.views.case_file.health import health_page
from onestop.gui.views.case_file.widget import LazyTab
from onestop.services.audit import AuditService
from onestop.services.casefile import open_case_file
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.tasks import TaskDetails, TaskService
from tests.gui.conftest import sign_in


def _file_with_a_dose(vault) -> str:
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=30)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Lazy Testfile")).reference
        incident = IncidentService(cw).record(
            ref,
            IncidentDetails(
                occurred=IncidentTime.exact(at),
                gbv_type=GbvType.RAPE,
                context=IncidentContext.INTIMATE_PARTNER,
            ),
        )
        TaskService(cw).record(ref, TaskDetails("Call back", datetime.now(UTC) + timedelta(days=1)))
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=at + timedelta(hours=2),
                incident_id=incident.incident_id,
                injuries=(Injury(1, "Bruise", "2 cm", "synthetic 8812", BodySide.FRONT, 0.4, 0.3),),
                treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, at + timedelta(hours=3)),),
            ),
        )
    return ref


def _rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_tab_is_read_when_first_shown_and_shows_what_a_whole_file_shows(
    qtbot, make_shell, vault
) -> None:
    ref = _file_with_a_dose(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    who = shell.session.actor.username
    page = shell.workspace.open_case(ref)
    health = page.findChild(LazyTab, "healthTab")
    assert page.tabs.currentIndex() == 0  # her details, in front
    assert health is not None and not health.filled
    assert page.view.health is None and Section.HEALTH in page.view.unread
    # The header's PEP window is met by the dose, read without her encounters.
    (pep,) = [b for b in page.header.badges if b.objectName() == "window_pep"]
    assert pep.state == "given"

    page.tabs.setCurrentWidget(health)
    assert health.filled and page.view.health is not None
    shown = health.findChild(QTableView, "encounterTable")
    whole = health_page(page, open_case_file(shell.session, ref))
    assert _rows(shown) == _rows(whole.findChild(QTableView, "encounterTable"))
    assert len(_rows(shown)) == 1 and "1. Bruise" in _rows(shown)[0]
    page.tabs.setCurrentWidget(page.findChild(LazyTab, "healthTab"))  # shown again: not read
    tasks = page.show_section("tasksTab")
    assert isinstance(tasks, LazyTab) and tasks.filled
    shell.sign_out()

    with vault.sign_in(Role.MANAGER) as manager:
        reads = [
            (e.section, e.detail)
            for e in AuditService(manager).entries(actor=who, record_ref=ref)
            if e.action == AuditAction.RECORD_READ.value
        ]
    health_reads = [detail for section, detail in reads if section == Section.HEALTH.value]
    # Opened: the doses (header); the tab shown: her encounters; then the whole file the
    # test read for comparison. The tab shown a second time read nothing again.
    assert health_reads == ["doses given", "", ""]
    # Her tasks were not read at the opening: first when the Health tab was shown.
    tasks_read = (Section.TASKS.value, "task")
    assert reads.index((Section.HEALTH.value, "")) < reads.index(tasks_read), reads
    assert reads.count(tasks_read) == 2  # the comparison's, the tab's
