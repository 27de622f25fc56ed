"""The Conferences screen's list of meetings says when and where each meets, from the
sign-in window with only what is on screen.

The centre's documents print in Nairobi's zone. One meeting was planned with a time and a
venue, one without either; the manager plans a third through "Plan a meeting…", typing its
time and venue. The list shows each meeting's day, its time at the centre named by the
centre's zone ("14:30 EAT"), its venue, or says that they were not recorded.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.conferences import ConferenceService
from onestop.services.settings import SettingsService
from tests.conftest import dated_at_each_test
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_into,
)

TODAY = datetime.now(UTC).date()
_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start
ROOM = "Room 4, Town Hall"
ANNEXE = "Police station annexe, 2nd floor"


def test_the_list_of_meetings_shows_their_time_and_venue(qtbot, make_shell, vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone="Africa/Nairobi")  # EAT all year round
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        conferences.schedule(TODAY + timedelta(days=3), ["Police"], time(14, 30), ROOM)
        conferences.schedule(TODAY + timedelta(days=10), ["Police"])
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Plan a meeting…"), timeout=10_000)

    timed = f"{fmt.day(TODAY + timedelta(days=3))}, {fmt.clock_time(time(14, 30))} EAT"
    assert f"{timed} · planned\n{ROOM}" in on_screen(shell)
    untimed = f"{fmt.day(TODAY + timedelta(days=10))}, time not recorded"
    assert f"{untimed} · planned\nvenue not recorded" in on_screen(shell)

    # A third, planned on screen with its time and venue typed.
    click(find_button(shell, "Plan a meeting…"))
    qtbot.waitUntil(lambda: has_window("Plan a case conference"), timeout=5_000)
    dialog = find_window("Plan a case conference")
    time_field = find_field(dialog, "Time")
    time_field.setFocus()
    qtbot.keyClicks(time_field, "0915")
    type_into(dialog, "Venue", ANNEXE)
    snap("a meeting planned with its time and venue")
    click(find_button(dialog, "OK"))
    qtbot.waitUntil(lambda: not has_window("Plan a case conference"), timeout=5_000)
    planned = f"{fmt.day(TODAY + timedelta(days=7))}, {fmt.clock_time(time(9, 15))} EAT"
    row = f"{planned} · planned\n{ANNEXE}"
    qtbot.waitUntil(lambda: row in on_screen(shell), timeout=10_000)
    select_row(find_field(shell, "Meetings"), row)
    snap("the meetings with their time and venue", shell)
