"""Direction overrides typed at a conference (issue 23), from the sign-in window with only
what is on screen: an action whose text carries a right-to-left override (it would show
"no need to tell her" for its opposite) is refused with words that say why, and nothing is
heard; a discussion kept with one is shown without it, so it reorders nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from onestop.domain.roles import Role
from onestop.services.conferences import Attendance, Discussion, PlannedAction
from tests.conftest import dated_at_each_test
from tests.gui.conftest import DROP_DOWN, NOW, ConferenceSetting
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

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

RLO, PDF = "\u202e", "\u202c"
TYPED = f"{RLO}ffo doirep gnitiaw eht{PDF}"  # shows as "the waiting period off"


def _referred(conference: ConferenceSetting, heard: bool) -> str:
    [ref] = conference.refer("Heron", held_on=NOW.date(), consent_to_police=True)
    if heard:
        conference.hear(ref, PlannedAction("Police", "PC Lowe", "Flag the address", NOW.date()))
        conference.minute(Attendance("Chair"), {ref: Discussion(f"Agreed: {TYPED}.")})
    return ref


@DROP_DOWN
def test_an_action_typed_with_an_override_is_refused_in_words(
    qtbot, make_shell, vault, conference
) -> None:
    ref = _referred(conference, heard=False)
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


def test_a_discussion_kept_with_an_override_is_shown_without_it(
    qtbot, make_shell, vault, conference
) -> None:
    ref = _referred(conference, heard=True)
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
