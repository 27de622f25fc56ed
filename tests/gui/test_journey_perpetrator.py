"""Journey: a caseworker names the perpetrator of an incident. In the first file he is not on
record: she adds him. In a second survivor's file she types his name with other accents, looks
on record, finds him and links him; that file then warns that he is linked to another
survivor's incidents. An empty name is refused under its field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.perpetrators import PerpetratorService
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
    sign_out_by_mouse,
    type_any_text,
    type_into,
)
from tests.gui.test_accessibility import _unnamed

NOW = datetime.now(UTC).replace(microsecond=0)
HIM = "Dorian Testperp"


def _file_with_an_incident(vault, alias: str) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias=alias)).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(NOW - timedelta(days=2)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.INTIMATE_PARTNER,
            ),
        )
    return ref


def _choose_the_incident(qtbot, shell) -> None:
    click_tab(shell, "Incidents")
    qtbot.waitUntil(lambda: shows_button(shell, "Add a perpetrator…"), timeout=10_000)
    (table,) = [
        w
        for w in shell.findChildren(QTableView)
        if w.isVisible() and w.accessibleName() == "Incidents"
    ]
    index = table.model().index(0, 0)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_a_perpetrator_is_added_then_linked_from_another_file(qtbot, make_shell, vault) -> None:
    first = _file_with_an_incident(vault, "Plover")
    second = _file_with_an_incident(vault, "Dunlin")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)

    # First file: not on record, so she adds him (an empty name is refused first).
    open_file_from_list(qtbot, shell, first)
    _choose_the_incident(qtbot, shell)
    click(find_button(shell, "Add a perpetrator…"))
    dialog = find_window("Perpetrator of this incident")
    assert not _unnamed(dialog)
    click(find_button(dialog, "Add as new"))
    assert "Give a name" in on_screen(dialog)
    type_into(dialog, "Name", HIM)
    type_into(dialog, "Relationship to her", "Husband")
    click(find_button(dialog, "Look on record"))
    qtbot.waitUntil(lambda: "No one is on record" in on_screen(dialog), timeout=5_000)
    click(find_button(dialog, "Add as new"))
    qtbot.waitUntil(lambda: not has_window("Perpetrator of this incident"), timeout=5_000)
    qtbot.waitUntil(lambda: shows_button(shell, f"Edit {HIM}…"), timeout=10_000)

    # Second file: his name typed with other accents and case is found, and linked.
    open_file_from_list(qtbot, shell, second)
    _choose_the_incident(qtbot, shell)
    click(find_button(shell, "Add a perpetrator…"))
    dialog = find_window("Perpetrator of this incident")
    type_any_text(dialog, "Name", "DORIÁN testperp")
    type_into(dialog, "Relationship to her", "Former partner")
    click(find_button(dialog, "Look on record"))
    found = find_field(dialog, "On record under this name")
    qtbot.waitUntil(lambda: found.count() == 1, timeout=5_000)  # type: ignore[attr-defined]
    assert HIM in found.item(0).text()  # type: ignore[attr-defined]
    click(find_button(dialog, "Link the one chosen"))
    qtbot.waitUntil(lambda: not has_window("Perpetrator of this incident"), timeout=5_000)
    qtbot.waitUntil(
        lambda: f"{HIM} is also linked to incidents of 1 other survivor" in on_screen(shell),
        timeout=10_000,
    )
    assert "Former partner" in on_screen(shell)
    sign_out_by_mouse(qtbot, shell)
    with vault.sign_in(Role.CASEWORKER) as cw:
        linked = PerpetratorService(cw).of_case(second)
    assert [(p.perpetrator.details.name, p.relationship) for p in linked] == [
        (HIM, "Former partner")
    ]
