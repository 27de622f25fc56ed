"""Times typed as people write them: a caseworker records an incident at "3:00 PM" (or "15:00",
"3pm", "3:00 pm"); garbage is refused under the field, in words; ticking "known" opens an empty
field that must be typed, never a silent *now*."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCalendarWidget, QToolButton

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    on_screen,
    open_row,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_into,
)

DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
YESTERDAY = date.today() - timedelta(days=1)


def _open_incidents(qtbot, shell, ref: str) -> None:
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Incidents")


def _popups() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@DROP_DOWN
@pytest.mark.parametrize("typed", ["3:00 PM", "15:00", "3pm", "3:00 pm"])
def test_a_time_typed_as_people_write_it(qtbot, make_shell, vault, typed) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Wren")).reference
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    _open_incidents(qtbot, shell, ref)
    click(find_button(shell, "Add…"))
    choose(shell, "Type", "Physical assault")
    # "known" ticked: the date and time are empty, not now; saving says what is missing.
    known = find_field(shell, "From (or at) is known")
    click(known)
    day = find_field(shell, "From (or at)")
    at = find_field(shell, "From (or at): time")
    assert day.isEnabled() and day.text() == "" and at.text() == ""
    click(find_button(shell, "Save"))
    assert "Type the date" in on_screen(shell) and shows_button(shell, "Save")
    # The calendar beside the date opens on today (none typed yet): a click on it takes it.
    pick = day.parentWidget().findChild(QToolButton, "momentCalendar")
    click(pick)
    qtbot.waitUntil(lambda: any(isinstance(w, QCalendarWidget) for w in _popups()), timeout=5_000)
    calendar = next(w for w in _popups() if isinstance(w, QCalendarWidget))
    days = calendar.findChild(QAbstractItemView)  # the grid of days: today's is selected
    cell = days.visualRect(days.currentIndex()).center()
    QTest.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert day.text() == date.today().isoformat()
    day.clear()
    type_into(shell, "From (or at)", YESTERDAY.isoformat())
    assert "Type the date" not in on_screen(shell)  # the stale message went as she typed
    click(find_button(shell, "Save"))
    assert "Type the time, e.g. 15:00." in on_screen(shell)
    type_into(shell, "From (or at): time", "half past tea")
    click(find_button(shell, "Save"))
    assert "Type the time as 15:00 or 3:00 PM." in on_screen(shell)
    snap("a time that is not one, refused under its field")
    at.clear()
    type_into(shell, "From (or at): time", "25:00")
    click(find_button(shell, "Save"))
    assert "There is no 25:00 on a clock." in on_screen(shell)
    at.clear()
    type_into(shell, "From (or at): time", typed)
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add…"), timeout=10_000)
    shown = on_screen(shell)
    assert "15:00" in shown and "Physical assault" in shown and "Type the" not in shown
