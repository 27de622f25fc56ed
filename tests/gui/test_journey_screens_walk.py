"""What a walk of the case file's screens found (issue 23), as staff at the keyboard read them:

- The Health tab said who saved an encounter by her user name ("u-clinician"), where the
  other screens name a member of staff as colleagues know her ("Test Clinician").
- The court bundle's chronology, in the export dialog, showed an incident whose time was
  not recorded with an empty date: it says "date not recorded" (the bundle prints "not
  known").
- A referral with no reason was saved, and refused only when its letter was printed: it is
  refused when saved, the reason said under the field, the dialog still open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.conftest import username_for
from tests.gui.journey import (
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
    tick,
    type_into,
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


@pytest.mark.qt_log_ignore("This plugin does not support QPlatformServices::openDocument")
def test_the_chronology_says_when_an_incident_s_date_was_not_recorded(
    qtbot, make_shell, vault
) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Turnstone")).reference
        incidents = IncidentService(cw)
        for when, kind in (
            (IncidentTime.unknown(), GbvType.RAPE),
            (IncidentTime.exact(now - timedelta(days=9)), GbvType.PHYSICAL_ASSAULT),
        ):
            incidents.record(ref, IncidentDetails(when, kind, IncidentContext.INTIMATE_PARTNER))
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    table = find_field(dialog, "Chronology")
    assert isinstance(table, QAbstractItemView)
    snap("the chronology, each line with its date")
    model = table.model()
    dated = {
        str(model.index(r, 1).data()): str(model.index(r, 0).data())
        for r in range(model.rowCount())
    }
    assert dated["Incident: Rape"] == "date not recorded", dated
    assert all(day.strip() for day in dated.values()), dated
    # Printed unedited: the bundle says the date is not known.
    tick(dialog, "Protect with a password (AES-256)")  # off, for this test
    target = Path(find_field(dialog, "Save as").text())  # type: ignore[attr-defined]
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=60_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "not known Incident: Rape" in text


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_referral_without_a_reason_is_refused_when_saved(qtbot, make_shell, vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Sanderling")).reference
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Referrals")
    click(find_button(shell, "New referral…"))
    dialog = find_window("New referral")
    type_into(dialog, "Agency", "Harbour Legal Aid")
    type_into(dialog, "Service asked for", "Divorce advice")
    type_into(dialog, "Reason for referral", "   ")
    click(find_button(dialog, "Refer"))
    # Refused in words under the field; the dialog stays open with what she typed.
    said = "Give the reason for the referral: the agency's letter states it."
    qtbot.waitUntil(lambda: said in on_screen(dialog), timeout=5_000)
    snap("a referral without a reason, refused")
    assert has_window("New referral")
    assert find_field(dialog, "Reason for referral").hasFocus()
    listed = find_field(shell, "Referrals and where they stand")
    assert "Harbour Legal Aid" not in on_screen(listed)  # nothing was saved
    # With her reason, it is saved and listed.
    type_into(dialog, "Reason for referral", "She asked for advice on a divorce.")
    assert said not in on_screen(dialog)  # the message goes once the field changes
    click(find_button(dialog, "Refer"))
    qtbot.waitUntil(lambda: not has_window("New referral"), timeout=5_000)
    qtbot.waitUntil(
        lambda: (
            "Harbour Legal Aid" in on_screen(find_field(shell, "Referrals and where they stand"))
        ),
        timeout=10_000,
    )
    # Once: the refused one was never saved.
    listed = find_field(shell, "Referrals and where they stand")
    assert isinstance(listed, QAbstractItemView)
    assert listed.model().rowCount() == 1
