"""What a walk of the case file's screens found (issue 23), as staff at the keyboard read them:

- The Health tab said who saved an encounter by her user name ("u-clinician"), where the
  other screens name a member of staff as colleagues know her ("Test Clinician")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.conftest import username_for
from tests.gui.journey import (
    click_tab,
    find_field,
    open_file_from_list,
    sign_in_by_keyboard,
    snap,
)


def _case_seen_by_the_clinician(vault) -> str:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Dunlin")).reference
        incident = IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(now - timedelta(days=2)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.OTHER,
            ),
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=now - timedelta(days=1),
                incident_id=incident.incident_id,
                examination="Bruising on the forearm.",
            ),
        )
    return ref


def _column(table: QAbstractItemView, header: str) -> list[str]:
    model = table.model()
    (column,) = [
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    ]
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_the_health_tab_names_who_saved_an_encounter(qtbot, make_shell, vault) -> None:
    ref = _case_seen_by_the_clinician(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Health")
    table = find_field(shell, "Health encounters")
    assert isinstance(table, QAbstractItemView)
    snap("the encounters, each with who saved it")
    assert _column(table, "By") == ["Test Clinician"]
    assert username_for(Role.CLINICIAN) not in _column(table, "By")
