"""Direction overrides typed at a conference (issue 23), from the sign-in window with only
what is on screen: an action whose text carries a right-to-left override (it would show
"no need to tell her" for its opposite) is refused with words that say why, and nothing is
heard; a discussion kept with one is shown without it, so it reorders nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import (
    Attendance,
    ConferenceService,
    Discussion,
    PlannedAction,
)
from onestop.services.consent import ConsentService
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
    type_any_text,
    type_into,
)

NOW = datetime.now(UTC).replace(microsecond=0)
RLO, PDF = "\u202e", "\u202c"
TYPED = f"{RLO}ffo doirep gnitiaw eht{PDF}"  # shows as "the waiting period off"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def _referred(vault, heard: bool) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Heron")).reference
        ConferenceService(cw).refer(ref, "She fears for her life")
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Police")
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(NOW.date(), ["Police"])
        if heard:
            action = PlannedAction("Police", "PC Lowe", "Flag the address", NOW.date())
            conferences.hear(meeting.id, ref, [action])
            conferences.record_minutes(
                meeting.id, Attendance("Chair"), {ref: Discussion(f"Agreed: {TYPED}.")}
            )
    return ref


@DROP_DOWN
def test_an_action_typed_with_an_override_is_refused_in_words(qtbot, make_shell, vault) -> None:
    ref = _referred(vault, heard=False)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: ref in on_screen(shell), timeout=10_000)
    select_row(find_field(shell, "Agenda"), ref)
    click(find_button(shell, "Hear the selected case…"))
    title = f"Heard at the meeting: {ref}"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    type_into(dialog, "Action 1: Agency", "Police")
    type_into(dialog, "Action 1: Owner", "PC Lowe")
    type_any_text(dialog, "Action 1: What is to be done", TYPED)
    click(find_button(dialog, "OK"))
    qtbot.waitUntil(lambda: "invisible direction marks" in on_screen(shell), timeout=10_000)
    snap("an override refused", shell)
    assert ref in on_screen(shell)  # not heard: still on the agenda
    assert f"{ref} heard." not in on_screen(shell)


def test_a_discussion_kept_with_an_override_is_shown_without_it(qtbot, make_shell, vault) -> None:
    ref = _referred(vault, heard=True)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the minutes…"), timeout=10_000)
    click(find_button(shell, "Print the minutes…"))
    qtbot.waitUntil(lambda: has_window("Export: Conference minutes"), timeout=5_000)
    dialog = find_window("Export: Conference minutes")
    field = find_field(dialog, f"Discussion of case {ref}")
    assert isinstance(field, QPlainTextEdit)
    assert field.toPlainText() == f"Agreed: {TYPED[1:-1]}."
    assert RLO not in on_screen(dialog)
