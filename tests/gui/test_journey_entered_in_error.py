"""An incident entered in error, from the sign-in window with only what is on screen.

Two women were registered with a rape 20 hours ago; one of the incidents was recorded in the
wrong file. The caseworker opens that file, chooses the incident on the Incidents tab and
marks it as entered in error: the dialog asks for the reason (Escape cancels, an empty reason
is refused under the field), the incident stays listed, labelled with the reason. The
clinician's home then lists the other woman's windows only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from onestop.domain.roles import Role
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_window,
    has_window,
    on_screen,
    open_file_from_list,
    press,
    shows_button,
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    snap,
    type_into,
)
from tests.gui.test_journey_nurse import _registered

REASON = "Recorded in the wrong file"


def _incidents_table(shell) -> QTableView:
    """The Incidents table (its tab page has the same name)."""
    (table,) = [
        w
        for w in shell.findChildren(QTableView)
        if w.isVisible() and w.accessibleName() == "Incidents"
    ]
    return table


def _click_incident(shell, text: str) -> None:
    """Click the incident's row."""
    table = _incidents_table(shell)
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 3)
        if text in str(model.data(index)):
            QTest.mouseClick(
                table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
            )
            return
    raise AssertionError(f"no incident {text!r}")


def test_a_caseworker_marks_an_incident_entered_in_error(qtbot, make_shell, vault, clock) -> None:
    wrong = _registered(vault, clock, "Avocet", 20)
    right = _registered(vault, clock, "Bittern", 20)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    open_file_from_list(qtbot, shell, wrong)
    click_tab(shell, "Incidents")
    qtbot.waitUntil(lambda: shows_button(shell, "Mark as entered in error…"), timeout=10_000)
    _click_incident(shell, "Rape")

    # Escape cancels: nothing is marked.
    click(find_button(shell, "Mark as entered in error…"))
    dialog = find_window("Entered in error")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not has_window("Entered in error"), timeout=5_000)
    assert "Entered in error:" not in on_screen(shell)

    # An empty reason is refused, under the field; then the reason is given.
    click(find_button(shell, "Mark as entered in error…"))
    dialog = find_window("Entered in error")
    click(find_button(dialog, "Mark as entered in error"))
    assert "Say why" in on_screen(dialog)
    type_into(dialog, "Reason", REASON)
    click(find_button(dialog, "Mark as entered in error"))
    qtbot.waitUntil(lambda: not has_window("Entered in error"), timeout=5_000)
    qtbot.waitUntil(lambda: f"Entered in error: {REASON}" in on_screen(shell), timeout=10_000)
    # Still in her file (nothing deleted); its windows no longer count down in the header.
    qtbot.waitUntil(lambda: "PEP:" not in on_screen(shell), timeout=5_000)
    assert _incidents_table(shell).model().rowCount() == 1
    # Struck through, every cell of its row (the reason says it in words, in its own column).
    table = _incidents_table(shell)
    model = table.model()
    assert all(
        model.data(model.index(0, column), Qt.ItemDataRole.FontRole).strikeOut()
        for column in range(model.columnCount())
    )
    snap("the incident struck through, with its reason")
    # The timeline labels it too; her case's opening is not struck.
    click_tab(shell, "Timeline")
    timeline = on_screen(shell)
    assert "Incident entered in error: Rape (Intimate partner)" in timeline, timeline
    assert "Incident: Rape" not in timeline
    snap("the timeline labels it")

    sign_out_by_mouse(qtbot, shell)
    sign_in_after_a_colleague(qtbot, shell, Role.CLINICIAN)
    qtbot.waitUntil(lambda: shows_button(shell, f"{right} · Bittern"), timeout=10_000)
    assert not shows_button(shell, f"{wrong} · Avocet")
