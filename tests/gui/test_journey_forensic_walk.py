"""What a walk of the medico-legal report found (issue 23), as the clinician at the keyboard:

- The examiner's name (the name the report's declaration prints: "I, …, examined") takes a
  direction override pasted into it; the forensic screen then shows it reordered ("Dr evil"
  as "Dr live") while the report prints "Dr evil". Names refuse these marks (issue 22)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    has_window,
    on_screen,
    open_file_from_list,
    sign_in_by_keyboard,
)

PASSWORD = "granite harbour 31"
OVERRIDES = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support QPlatformServices::openDocument",
    "Unable to detect a launcher",  # the same, in a real X window (make walk)
)


def _case_with_an_incident(vault) -> tuple[str, int, datetime]:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    occurred = now - timedelta(days=6)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Sandpiper")).reference
        incident = IncidentService(cw).record(
            ref, IncidentDetails(IncidentTime.exact(occurred), GbvType.RAPE, IncidentContext.OTHER)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    return ref, incident.incident_id, now


def paste(field: QWidget, text: str) -> None:
    """Copied from elsewhere and pasted with Ctrl+V, as a person brings such text in."""
    QApplication.clipboard().setText(text)
    click(field)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@DROP_DOWN
def test_the_examiner_s_name_shows_as_the_report_prints_it(qtbot, make_shell, vault) -> None:
    ref, _incident, _now = _case_with_an_incident(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    click(find_button(shell, "Add…"))
    paste(find_field(shell, "Examiner"), "Dr \u202eevil\u202c Example")
    click(find_button(shell, "Save"))
    refused = "invisible direction marks" in on_screen(shell)
    qtbot.waitUntil(
        lambda: refused or "Example" in on_screen(find_field(shell, "Examinations")),
        timeout=10_000,
    )
    if refused:
        return  # refused in words, as a name is: nothing saved to show reordered
    table = find_field(shell, "Examinations")
    assert isinstance(table, QAbstractItemView)
    model = table.model()
    shown = [
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if "Example" in str(model.index(r, c).data())
    ]
    # Saved: then shown as the report prints it ("Dr evil Example"), not reordered.
    assert shown and all(not OVERRIDES & set(cell) for cell in shown), shown
    assert not has_window("Export: Medico-legal report")
